package dev.candor.cli;

import dev.candor.evidence.Finding;
import dev.candor.pipeline.Scans;
import dev.candor.problem.ExitCodes;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code candor scan}: observe what a product really does, as evidence for the checks. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {"Writes evidence of what a product uses. See candor docs scan."},
    subcommands = {ScanCommand.Deps.class})
final class ScanCommand implements Runnable {
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name what to scan: deps");
  }

  /** {@code candor scan deps DIR}. */
  @Command(
      name = "deps",
      mixinStandardHelpOptions = true,
      header = "Finds the SDKs a project depends on and its privacy manifests.",
      description = {
        "Reads the dependency manifests and lock files of npm, Gradle, CocoaPods, Swift"
            + " Package Manager, pub, PyPI, Go and RubyGems in DIR, and the privacy manifests"
            + " in it.",
        "Writes the SDKs of Candor's vendor registry it finds, and the manifests, as an"
            + " evidence file for candor check --evidence."
      })
  static final class Deps implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The project folder to scan.")
    Path dir;

    @Option(
        names = {"-o", "--out"},
        paramLabel = "FILE",
        defaultValue = "candor-evidence.json",
        description = "The evidence file to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      var e = Scans.deps(dir, out);
      spec.commandLine()
          .getOut()
          .println(
              "found "
                  + e.all(Finding.Sdk.class).size()
                  + " SDKs and "
                  + e.all(Finding.PrivacyManifest.class).size()
                  + " privacy manifests; wrote "
                  + out);
      return ExitCodes.OK;
    }
  }
}
