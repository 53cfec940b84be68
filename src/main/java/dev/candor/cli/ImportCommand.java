package dev.candor.cli;

import dev.candor.fides.FidesImport;
import dev.candor.fides.FidesManifests;
import dev.candor.pipeline.AtomicWriter;
import dev.candor.problem.ExitCodes;
import dev.candor.problem.UsageException;
import dev.candor.vocab.Vocabulary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code candor import}: start an inventory from another tool's records. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Writes an inventory from another tool's records. See candor docs exports.",
    subcommands = {ImportCommand.Fides.class, ImportCommand.EvidenceImport.class})
final class ImportCommand implements Runnable {
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name the source: fides or evidence");
  }

  /** {@code candor import fides DIR}. */
  @Command(
      name = "fides",
      mixinStandardHelpOptions = true,
      header = "Writes an inventory from Fides manifests.",
      description = {
        "Reads Fides organization, system and dataset manifests (*.yml, *.yaml) in DIR and"
            + " writes an inventory. Facts Fides does not hold are TODO values, which candor"
            + " validate rejects until you fill them in."
      })
  static final class Fides implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "Folder of Fides manifests.")
    Path dir;

    @Option(
        names = {"-o", "--out"},
        paramLabel = "FILE",
        description = "Where to write the inventory (default: notices/<id>.yaml).")
    Path out;

    @Option(names = "--force", description = "Replace the file if it exists.")
    boolean force;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      FidesImport.Result r = new FidesImport(Vocabulary.english()).map(FidesManifests.read(dir));
      Path file = (out != null ? out : Path.of("notices", r.id() + ".yaml")).toAbsolutePath();
      if (Files.exists(file) && !force) {
        throw new UsageException(file + " exists; use --force to replace it");
      }
      AtomicWriter.files(
          file.getParent(),
          Map.of(file.getFileName().toString(), r.yaml().getBytes(StandardCharsets.UTF_8)));
      spec.commandLine()
          .getOut()
          .println(
              "wrote "
                  + file
                  + " ("
                  + r.todos()
                  + " TODO values to fill in; candor validate lists them)");
      return ExitCodes.OK;
    }
  }

  /** {@code candor import evidence FILE...}. */
  @Command(
      name = "evidence",
      mixinStandardHelpOptions = true,
      header = "Prints the cookies a site scan saw, as YAML to paste.",
      description = {
        "Reads evidence files of candor scan site and prints the cookies and storage keys in"
            + " them as a cookies: list to paste into the inventory; with --inventory, only"
            + " those it does not declare. The Open Cookie Database fills in what it knows;"
            + " the rest are TODO values, which candor validate rejects until you fill them in."
      })
  static final class EvidenceImport implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Evidence files.")
    java.util.List<Path> files;

    @Option(
        names = "--inventory",
        paramLabel = "FILE",
        description = "Leave out what this inventory declares; find recipients by their domains.")
    Path inventory;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      var r = dev.candor.pipeline.Scans.cookies(files, inventory);
      if (r.entries() == 0) {
        spec.commandLine().getErr().println("nothing undeclared: every cookie seen is declared");
        return ExitCodes.OK;
      }
      spec.commandLine().getOut().print(r.yaml());
      spec.commandLine()
          .getErr()
          .println(
              r.entries()
                  + " entries to paste under cookies: ("
                  + r.todos()
                  + " TODO values to fill in; candor validate lists them)");
      return ExitCodes.OK;
    }
  }
}
