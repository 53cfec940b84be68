package dev.candor.cli;

import dev.candor.evidence.Finding;
import dev.candor.pipeline.Scans;
import dev.candor.problem.ExitCodes;
import dev.candor.problem.UsageException;
import dev.candor.scan.SiteScan;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
    subcommands = {ScanCommand.Deps.class, ScanCommand.Site.class})
final class ScanCommand implements Runnable {
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name what to scan: deps or site");
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

  /** {@code candor scan site URL...}. */
  @Command(
      name = "site",
      mixinStandardHelpOptions = true,
      header = "Records the cookies, storage and third-party hosts of a website.",
      description = {
        "Visits each URL and up to --pages more pages of the same sites in the machine's"
            + " headless Chromium, clicking nothing, and records what is set before consent."
            + " With --accept it then clicks that element and records what is set after.",
        "Loads only what the pages load, follows links only within the given sites, types"
            + " nothing and submits no form. Writes an evidence file for candor check"
            + " --evidence and candor import evidence."
      })
  static final class Site implements Callable<Integer> {
    @Parameters(paramLabel = "URL", arity = "1..*", description = "The pages to start from.")
    List<URI> urls;

    @Option(
        names = {"-o", "--out"},
        paramLabel = "FILE",
        defaultValue = "candor-evidence.json",
        description = "The evidence file to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
        names = "--pages",
        paramLabel = "N",
        defaultValue = "10",
        description = "How many more pages of the same sites to visit (default: ${DEFAULT-VALUE}).")
    int pages;

    @Option(
        names = "--accept",
        paramLabel = "SELECTOR",
        description = "CSS selector of the button that accepts cookies, for the after-consent run.")
    String accept;

    @Option(
        names = "--timeout",
        paramLabel = "SECONDS",
        defaultValue = "30",
        description = "How long a page may take to load (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Option(
        names = "--host-resolver-rules",
        paramLabel = "RULES",
        description =
            "Chromium's host mapping, e.g. 'MAP shop.example 10.0.0.5', to scan a site under its"
                + " own name before its DNS points there.")
    String hostRules;

    @Option(
        names = "--insecure",
        description = "Accept any TLS certificate, for a staging site with its own certificate.")
    boolean insecure;

    @Option(
        names = "--chromium",
        paramLabel = "FILE",
        defaultValue = "/usr/bin/chromium",
        description = "The browser (default: ${DEFAULT-VALUE}).")
    Path chromium;

    @Option(
        names = "--chromedriver",
        paramLabel = "FILE",
        defaultValue = "/usr/bin/chromedriver",
        description = "Its driver, of the same version (default: ${DEFAULT-VALUE}).")
    Path chromedriver;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (pages < 0 || timeout < 1) {
        throw new UsageException("--pages must be 0 or more and --timeout at least 1");
      }
      var e =
          Scans.site(
              new SiteScan.Settings(
                  urls,
                  pages,
                  accept,
                  Duration.ofSeconds(timeout),
                  20L << 20,
                  hostRules,
                  insecure,
                  chromium,
                  chromedriver),
              out);
      spec.commandLine()
          .getOut()
          .println(
              "found "
                  + e.all(Finding.Cookie.class).size()
                  + " cookies, "
                  + e.all(Finding.Storage.class).size()
                  + " storage keys and "
                  + e.all(Finding.Host.class).size()
                  + " third-party hosts; wrote "
                  + out);
      return ExitCodes.OK;
    }
  }
}
