package dev.candor.cli;

import dev.candor.pipeline.Schemas;
import dev.candor.problem.ExitCodes;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code candor schema}: write the JSON Schemas that editors check inventories against. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    header = "Writes the JSON Schemas of inventories and site settings.",
    description = {
      "Writes inventory.schema.json and site.schema.json, the schemas named by the editor"
          + " lines of inventories and site.yaml.",
      "Run it after upgrading Candor to refresh them."
    })
final class SchemaCommand implements Callable<Integer> {
  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      description = "Where to write them (default: <notices>/schema).")
  Path out;

  @Mixin ProjectOptions project;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path dir = out != null ? out : project.project().schemas();
    for (Path p : Schemas.write(dir)) {
      spec.commandLine().getOut().println("wrote " + p);
    }
    return ExitCodes.OK;
  }
}
