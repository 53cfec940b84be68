package dev.candor.cli;

import dev.candor.diff.FailOn;
import dev.candor.model.Keyed;
import dev.candor.pipeline.Comparison;
import dev.candor.pipeline.DiffSettings;
import dev.candor.problem.ExitCodes;
import dev.candor.problem.UsageException;
import dev.candor.render.DiffFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code candor diff}: what changed between two inventories, and how much it matters. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    header = "Shows what changed between two inventories, and whether it matters.",
    description = {
      "Lists what changed between two inventories, rated material, minor or none, with a"
          + " redline of the notice text. OLD and NEW are files, or FILE@REV for a file at a"
          + " git revision (e.g. notices/shop.yaml@HEAD~1). Exit 0: no changes; 1: changes"
          + " found. The ratings are explained in candor docs diff."
    })
final class DiffCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "OLD",
      description = "The earlier inventory: a file, or FILE@REV for a file at a git revision.")
  String old;

  @Parameters(
      index = "1",
      paramLabel = "NEW",
      description = "The later inventory: a file, or FILE@REV.")
  String neu;

  @Option(
      names = {"-f", "--format"},
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text, md, html, pdf or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Write the report to FILE (atomically) instead of standard output.")
  Path out;

  @Option(
      names = "--fail-on",
      defaultValue = "any",
      paramLabel = "LEVEL",
      description =
          "material, minor or any: which changes give exit code 1 (default: ${DEFAULT-VALUE}).")
  String failOn;

  @Option(
      names = "--language",
      paramLabel = "LANG",
      description =
          "Word the report in this language instead of the new inventory's; its own text comes"
              + " from the new inventory's translation file (candor docs translations).")
  String language;

  @Mixin ColorOption color;
  @Mixin LimitOptions limits;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    DiffFormat f = key(DiffFormat.class, format, "--format", "text, md, html, pdf or json");
    FailOn threshold = key(FailOn.class, failOn, "--fail-on", "material, minor or any");
    Languages.check(language);
    if (f == DiffFormat.PDF && out == null) {
      throw new UsageException("--format pdf needs --out FILE");
    }
    var r =
        Comparison.run(
            new DiffSettings(
                old,
                neu,
                f,
                Optional.ofNullable(out),
                color.enabled(out == null),
                limits.limits(),
                Optional.ofNullable(language)));
    r.warnings().forEach(w -> spec.commandLine().getErr().println(w.format()));
    if (out == null) {
      spec.commandLine().getOut().print(new String(r.report(), StandardCharsets.UTF_8));
    }
    return threshold.fails(r.changes()) ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private static <E extends Enum<E> & Keyed> E key(
      Class<E> type, String v, String opt, String allowed) throws UsageException {
    return Keyed.byKey(type, v.strip().toLowerCase(java.util.Locale.ROOT))
        .orElseThrow(() -> new UsageException("unknown " + opt + " '" + v + "'; use " + allowed));
  }
}
