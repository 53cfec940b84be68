package dev.candor.cli;

import dev.candor.load.LoadedInventory;
import dev.candor.pipeline.Build;
import dev.candor.problem.ExitCodes;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code candor validate}: report every problem in inventories, write nothing. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    header = "Reports every problem in inventories as file:line:column.",
    description = {
      "Checks inventories and reports every problem as file:line:column.",
      "With no FILE, checks every *.yaml in the notices folder (notices/, or 'notices' in"
          + " candor.yaml); a FILE may be a folder. Writes nothing."
    })
final class ValidateCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Inventory files, or folders of them.")
  List<Path> files = List.of();

  @Mixin LimitOptions limits;

  @Mixin ProjectOptions project;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<Path> inputs = Build.inputs(files, project.project().notices());
    List<LoadedInventory> loaded = Build.load(inputs, limits.limits());
    for (LoadedInventory li : loaded) {
      li.warnings().forEach(w -> spec.commandLine().getErr().println(w.format()));
      spec.commandLine().getOut().println(li.source().file() + ": ok");
    }
    return ExitCodes.OK;
  }
}
