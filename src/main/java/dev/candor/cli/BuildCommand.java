package dev.candor.cli;

import dev.candor.model.Project;
import dev.candor.pipeline.Build;
import dev.candor.pipeline.BuildSettings;
import dev.candor.problem.ExitCodes;
import dev.candor.problem.Problem;
import dev.candor.problem.UsageException;
import dev.candor.render.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code candor build}: validate inventories and write their notices. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    header = "Validates, checks and writes each notice as HTML, Markdown and PDF.",
    description = {
      "Validates inventories and writes each notice as HTML, Markdown and PDF.",
      "With no FILE, builds every *.yaml in the notices folder (notices/, or 'notices' in"
          + " candor.yaml); a FILE may be a folder. Output goes to <out>/<id>.html, .md and"
          + " .pdf.",
      "Nothing is written unless every inventory is valid, no check finds an error"
          + " (see candor check), and every notice rendered."
    })
final class BuildCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Inventory files, or folders of them.")
  List<Path> files = List.of();

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      description = "Output folder (default: out, or 'out' in candor.yaml).")
  Path out;

  @Option(
      names = {"-f", "--format"},
      split = ",",
      paramLabel = "FORMAT",
      description = "Formats to write: html, md, pdf (default: all three).")
  List<String> formats = List.of("html", "md", "pdf");

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description = "A theme folder whose templates override the built-in ones.")
  Path templates;

  @Option(
      names = "--language",
      paramLabel = "LANG",
      description =
          "Write the notices in this language instead of the inventory's (en, de, fr, es, it, nl,"
              + " pl, pt).")
  String language;

  @Mixin CheckOptions checks;

  @Mixin LimitOptions limits;

  @Mixin ProjectOptions project;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    EnumSet<Format> chosen = EnumSet.noneOf(Format.class);
    for (String f : formats) {
      chosen.add(
          dev.candor.model.Keyed.byKey(Format.class, f.strip())
              .orElseThrow(
                  () -> new UsageException("unknown format '" + f + "'; use html, md or pdf")));
    }
    if (templates != null && !Files.isDirectory(templates)) {
      throw new UsageException("--templates " + templates + " is not a folder");
    }
    Languages.check(language);
    Project settings = project.project();
    Build.Result r =
        Build.run(
            new BuildSettings(
                Build.inputs(files, settings.notices()),
                out != null ? out : settings.out(),
                chosen,
                Optional.ofNullable(templates),
                limits.limits(),
                checks.settings(),
                Optional.ofNullable(language),
                Optional.of(settings)));
    var o = spec.commandLine().getOut();
    var e = spec.commandLine().getErr();
    for (Problem w : r.warnings()) {
      e.println(w.citation() == null ? w.format() : w.formatFinding());
    }
    for (Path p : r.written()) {
      o.println("wrote " + p);
    }
    return ExitCodes.OK;
  }
}
