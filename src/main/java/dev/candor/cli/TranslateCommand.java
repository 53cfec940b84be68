package dev.candor.cli;

import dev.candor.pipeline.Build;
import dev.candor.pipeline.Translate;
import dev.candor.problem.ExitCodes;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code candor translate}: write the translation file a translator fills in. */
@Command(
    name = "translate",
    mixinStandardHelpOptions = true,
    header = "Writes the file a translator fills in: every text of an inventory, in pairs.",
    description = {
      "Writes <id>.<language>.yaml beside each inventory: each field of its own text with the"
          + " text it translates and an empty translation to fill in.",
      "A file already there keeps every translation it gives; fields the inventory no longer"
          + " has are dropped. candor build refuses a language with an empty field; candor check"
          + " warns when the inventory's text has changed since it was translated.",
      "With no FILE, writes one for every *.yaml in the notices folder. See candor docs"
          + " translations."
    })
final class TranslateCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Inventory files, or folders of them.")
  List<Path> files = List.of();

  @Option(
      names = "--language",
      paramLabel = "LANG",
      required = true,
      description = "The language to translate into, e.g. de.")
  String language;

  @Mixin LimitOptions limits;

  @Mixin ProjectOptions project;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Languages.check(language);
    var loaded = Build.load(Build.inputs(files, project.project().notices()), limits.limits());
    for (Path written : Translate.skeletons(loaded, language, limits.limits())) {
      spec.commandLine().getOut().println("wrote " + written);
    }
    return ExitCodes.OK;
  }
}
