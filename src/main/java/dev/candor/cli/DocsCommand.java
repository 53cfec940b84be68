package dev.candor.cli;

import dev.candor.problem.ExitCodes;
import dev.candor.problem.UsageException;
import dev.candor.vocab.Nearest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code candor docs}: the reference pages, bundled in the jar, so they are there offline. */
@Command(
    name = "docs",
    mixinStandardHelpOptions = true,
    header = "Prints a reference page: the inventory format, the checks, and more.",
    description = {
      "Prints one of the reference pages (Markdown) that come with Candor. With no"
          + " TOPIC, lists them."
    })
final class DocsCommand implements Callable<Integer> {
  /** The pages, each {@code docs/<topic>.md} in the source tree and in the jar. */
  static final List<String> TOPICS =
      List.of(
          "project",
          "inventory",
          "translations",
          "checks",
          "diff",
          "site",
          "exports",
          "vendors",
          "ropa",
          "scan",
          "hardening");

  @Parameters(
      paramLabel = "TOPIC",
      arity = "0..1",
      description =
          "project, inventory, translations, checks, diff, site, exports, vendors, scan, ropa or"
              + " hardening.")
  String topic;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    if (topic == null) {
      for (String t : TOPICS) {
        out.printf("  %-10s %s%n", t, title(t));
      }
      out.println("Read one with: candor docs TOPIC");
      return ExitCodes.OK;
    }
    if (!TOPICS.contains(topic)) {
      String near = Nearest.didYouMean(topic, TOPICS);
      throw new UsageException(
          "there is no reference page '"
              + topic
              + "'; "
              + (near == null ? "the pages are " + String.join(", ", TOPICS) : near));
    }
    out.print(page(topic));
    return ExitCodes.OK;
  }

  /** The text of a reference page. */
  static String page(String topic) throws IOException {
    try (InputStream in =
        DocsCommand.class.getResourceAsStream("/dev/candor/docs/" + topic + ".md")) {
      if (in == null) {
        throw new IOException("the reference page " + topic + ".md is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A page's first heading, without its Markdown. */
  private static String title(String topic) throws IOException {
    String first = page(topic).lines().filter(l -> l.startsWith("# ")).findFirst().orElse("");
    return first.substring(Math.min(2, first.length())).replace("`", "");
  }
}
