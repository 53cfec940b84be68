package dev.candor.cli;

import dev.candor.pipeline.ExportSettings;
import dev.candor.pipeline.Exports;
import dev.candor.problem.ExitCodes;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The files, output folder and limits every {@code candor export} command takes. */
final class ExportOptions {
  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Inventory files or folders (default: the notices folder's *.yaml).")
  List<Path> files = List.of();

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      description = "Output folder (default: out, or 'out' in candor.yaml).")
  Path out;

  @Option(
      names = "--language",
      paramLabel = "LANG",
      description =
          "Write in this language instead of the inventory's (en, de, fr, es, it, nl,"
              + " pl, pt).")
  String language;

  @Mixin LimitOptions limits;

  @Mixin ProjectOptions project;

  /** Runs one kind of export and prints what was written. */
  int run(ExportSettings.Kind kind, Optional<String> noticeUrl, CommandSpec spec) throws Exception {
    return run(kind, noticeUrl, List.of(), spec);
  }

  /** Runs one kind of export, merging the privacy manifests of evidence files where it can. */
  int run(
      ExportSettings.Kind kind, Optional<String> noticeUrl, List<Path> evidence, CommandSpec spec)
      throws Exception {
    Languages.check(language);
    var settings = project.project();
    for (Path p :
        Exports.run(
            new ExportSettings(
                kind,
                dev.candor.pipeline.Build.inputs(files, settings.notices()),
                out != null ? out : settings.out(),
                limits.limits(),
                noticeUrl,
                Optional.ofNullable(language),
                evidence))) {
      spec.commandLine().getOut().println("wrote " + p);
    }
    return ExitCodes.OK;
  }
}
