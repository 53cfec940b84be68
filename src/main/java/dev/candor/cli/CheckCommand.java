package dev.candor.cli;

import dev.candor.check.CheckReport;
import dev.candor.check.ReportFormat;
import dev.candor.check.ReportWriter;
import dev.candor.check.Rules;
import dev.candor.model.Keyed;
import dev.candor.pipeline.AtomicWriter;
import dev.candor.pipeline.Build;
import dev.candor.pipeline.Scans;
import dev.candor.pipeline.Translate;
import dev.candor.problem.ChecksFailedException;
import dev.candor.problem.ExitCodes;
import dev.candor.problem.UsageException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code candor check}: report legal gaps, dishonest statements and hard reading. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks inventories for legal completeness, honesty and plain language.",
      "With no FILE, checks every *.yaml in the notices folder (notices/, or 'notices' in"
          + " candor.yaml); a FILE may be a folder. Exit 1 when a check finds an error.",
      "With --evidence, also reports what candor scan saw the product use that the"
          + " inventory does not say (candor docs scan).",
      "With --require-approval, a notice whose current version changes something material"
          + " since the version before it (from the archive, as candor diff rates it) also"
          + " fails unless its entry in changes has approved: who and when.",
      "The rules are listed in candor docs checks."
    })
final class CheckCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Inventory files, or folders of them.")
  List<Path> files = List.of();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "human",
      description = "Report format: human, json or sarif (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path out;

  @Option(
      names = "--evidence",
      paramLabel = "FILE",
      description =
          "Also compare the inventories with an evidence file of candor scan. Repeatable."
              + " Without it, the evidence files in the folder candor.yaml names as 'evidence'.")
  List<Path> evidence = List.of();

  @Option(
      names = "--require-approval",
      description = "Fail (exit 1) when the current version has a material change and no approval.")
  boolean requireApproval;

  @Mixin CheckOptions checks;
  @Mixin LimitOptions limits;

  @Mixin ProjectOptions project;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ReportFormat f =
        Keyed.byKey(ReportFormat.class, format.strip())
            .orElseThrow(
                () ->
                    new UsageException(
                        "unknown format '" + format + "'; use human, json or sarif"));
    var p = project.project();
    List<Path> seen = evidence;
    if (seen.isEmpty() && p.evidence().isPresent()) {
      seen = Scans.folder(p.evidence().get());
    }
    var settings = checks.settings().withEvidence(Scans.read(seen));
    var loaded = Build.loadChecked(Build.inputs(files, p.notices()), limits.limits(), settings);
    CheckReport report = Build.check(loaded, settings);
    report = Translate.check(report, loaded, Optional.of(p), limits.limits());
    if (requireApproval) {
      report = report.with(Build.unapproved(loaded, Optional.of(p), limits.limits()));
    }
    String text = ReportWriter.write(report, f, Rules.builtIn());
    if (out == null) {
      spec.commandLine().getOut().print(text);
    } else {
      AtomicWriter.files(
          out.toAbsolutePath().getParent(),
          Map.of(out.getFileName().toString(), text.getBytes(StandardCharsets.UTF_8)));
      spec.commandLine().getErr().println(ReportWriter.summary(report) + "; report in " + out);
    }
    if (!report.failed() && settings.strict() && report.warnings() > 0) {
      spec.commandLine().getErr().println(ChecksFailedException.strictSummary(report.warnings()));
      return ExitCodes.FINDINGS;
    }
    return report.failed() ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
