package dev.candor.cli;

import dev.candor.pipeline.ExportSettings.Kind;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code candor export}: the same facts, in the shapes app stores and apps need. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes store answers, snippets and the record of processing from inventories. See"
          + " candor docs exports and candor docs ropa."
    },
    subcommands = {
      ExportCommand.Apple.class,
      ExportCommand.Play.class,
      ExportCommand.SnippetsCommand.class,
      ExportCommand.RopaCommand.class
    })
final class ExportCommand implements Runnable {
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "name what to export: apple-privacy, play-data-safety, snippets or ropa");
  }

  /** {@code candor export apple-privacy}. */
  @Command(
      name = "apple-privacy",
      mixinStandardHelpOptions = true,
      header = "Writes the App Store App Privacy answers and a privacy manifest.",
      description = {
        "Writes the App Store App Privacy answers (a Markdown checklist and JSON) and a"
            + " PrivacyInfo.xcprivacy, in <out>/<id>/apple/."
      })
  static final class Apple implements Callable<Integer> {
    @Mixin ExportOptions options;
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--evidence",
        paramLabel = "FILE",
        description =
            "Merge the privacy manifests an evidence file of candor scan deps found into"
                + " PrivacyInfo.xcprivacy. Repeatable.")
    java.util.List<java.nio.file.Path> evidence = java.util.List.of();

    @Override
    public Integer call() throws Exception {
      return options.run(Kind.APPLE_PRIVACY, Optional.empty(), evidence, spec);
    }
  }

  /** {@code candor export play-data-safety}. */
  @Command(
      name = "play-data-safety",
      mixinStandardHelpOptions = true,
      header = "Writes the Google Play Data safety answers.",
      description = {
        "Writes the Google Play Data safety answers (a Markdown checklist and the CSV Play"
            + " Console imports), in <out>/<id>/google/."
      })
  static final class Play implements Callable<Integer> {
    @Mixin ExportOptions options;
    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      return options.run(Kind.PLAY_DATA_SAFETY, Optional.empty(), spec);
    }
  }

  /** {@code candor export snippets}. */
  @Command(
      name = "snippets",
      mixinStandardHelpOptions = true,
      header = "Writes a short notice for each place data is collected.",
      description = {
        "Writes a short HTML and Markdown notice for each place data is collected"
            + " (collected_at), linking to the notice, in <out>/<id>/snippets/."
      })
  static final class SnippetsCommand implements Callable<Integer> {
    @Mixin ExportOptions options;
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--notice-url",
        paramLabel = "URL",
        description = "Where the notice is published (default: <id>.html).")
    String noticeUrl;

    @Override
    public Integer call() throws Exception {
      return options.run(Kind.SNIPPETS, Optional.ofNullable(noticeUrl), spec);
    }
  }

  /** {@code candor export ropa}. */
  @Command(
      name = "ropa",
      mixinStandardHelpOptions = true,
      header = "Writes the record of processing activities (GDPR Art. 30).",
      description = {
        "Writes the record of processing activities (GDPR Art. 30(1), and 30(2) for purposes"
            + " done on behalf of another controller) laid out like the UK ICO template, as an"
            + " XLSX workbook, CSV files and an HTML page, in <out>/<id>/ropa/."
      })
  static final class RopaCommand implements Callable<Integer> {
    @Mixin ExportOptions options;
    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      return options.run(Kind.ROPA, Optional.empty(), spec);
    }
  }
}
