package dev.candor.cli;

import dev.candor.pipeline.SiteBuilder;
import dev.candor.problem.ExitCodes;
import dev.candor.problem.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code candor site}: build the static notice site with every version and what changed. */
@Command(
    name = "site",
    mixinStandardHelpOptions = true,
    header = "Builds the static notice site with every version and what changed.",
    description = {
      "Builds the static notice site from the notices and their archive, and the site's"
          + " site.yaml (as candor.yaml names them, else notices/ and site/): an index, every"
          + " version of every notice with HTML, Markdown, PDF and JSON downloads, what changed"
          + " between versions, an Atom feed and a sitemap; each notice also in every language"
          + " site.yaml lists under 'languages', under a folder named after it. The settings are"
          + " explained in candor docs site.",
      "The site is built aside and swapped in whole; a failed build changes nothing."
    })
final class SiteCommand implements Callable<Integer> {
  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      description = "The site folder, replaced as a whole (default: <out>/site).")
  Path out;

  @Mixin SiteOptions site;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    SiteBuilder.Settings s = site.settings(out);
    SiteBuilder.Result r =
        SiteBuilder.build(s, ProgressBar.forConsole(spec.commandLine().getErr()));
    r.report().findings().forEach(f -> spec.commandLine().getErr().println(f.formatFinding()));
    r.warnings().forEach(f -> spec.commandLine().getErr().println(f.formatFinding()));
    spec.commandLine()
        .getOut()
        .println(
            "built "
                + s.out()
                + ": "
                + r.notices()
                + " notices, "
                + r.versions()
                + " versions, "
                + r.files()
                + " files");
    return ExitCodes.OK;
  }

  static void requireFolder(Path p, String option) throws UsageException {
    if (p != null && !Files.isDirectory(p)) {
      throw new UsageException(option + " " + p + " is not a folder");
    }
  }

  static Optional<Path> folder(Path p, String option) throws UsageException {
    requireFolder(p, option);
    return Optional.ofNullable(p);
  }
}
