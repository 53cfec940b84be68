package dev.candor.cli;

import dev.candor.pipeline.SiteVerification;
import dev.candor.problem.ExitCodes;
import dev.candor.site.SiteManifest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code candor verify}: is every file of a published site still as it was built? */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    header = "Checks that a published site is still exactly as it was built.",
    description = {
      "Compares every file in SITE_DIR with the SHA-256 digests candor site recorded in its"
          + " .candor-manifest.json, and lists each file that was changed, is missing or was"
          + " added since. Exit 0: as built; 1: differences found; 2: not a site Candor built."
          + " See candor docs site."
    })
final class VerifyCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SITE_DIR", description = "The folder candor site wrote.")
  Path dir;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    SiteVerification.Result r = SiteVerification.run(dir);
    SiteManifest.Differences d = r.differences();
    PrintWriter out = spec.commandLine().getOut();
    list(out, "changed", d.changed());
    list(out, "missing", d.missing());
    list(out, "extra", d.extra());
    d.versions()
        .forEach(
            v ->
                out.println(
                    "manifest: the digest recorded for " + v + " does not match its files"));
    int files = r.manifest().allFiles().size();
    // A version in a further language is <language>/<id>/<version>.
    long versions =
        r.manifest().versions().keySet().stream().filter(n -> n.split("/").length == 2).count();
    long translated = r.manifest().versions().size() - versions;
    if (d.clean()) {
      out.println(
          dir
              + ": all "
              + files
              + " files of "
              + versions
              + " notice versions"
              + (translated == 0 ? "" : " and " + translated + " translations of them")
              + " are as built");
      return ExitCodes.OK;
    }
    spec.commandLine()
        .getErr()
        .println(
            dir
                + ": "
                + d.changed().size()
                + " changed, "
                + d.missing().size()
                + " missing, "
                + d.extra().size()
                + " extra"
                + (d.versions().isEmpty()
                    ? ""
                    : ", " + d.versions().size() + " edited in the manifest")
                + " (of "
                + files
                + " files built)");
    return ExitCodes.FINDINGS;
  }

  private static void list(PrintWriter out, String what, List<String> paths) {
    paths.forEach(p -> out.println(what + ": " + p));
  }
}
