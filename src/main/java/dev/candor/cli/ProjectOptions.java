package dev.candor.cli;

import dev.candor.load.ProjectReader;
import dev.candor.model.Project;
import dev.candor.problem.InvalidInputException;
import dev.candor.render.Messages;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a command finds the project's {@code candor.yaml}; its settings fill unset options. */
final class ProjectOptions {
  @Option(
      names = "--project",
      paramLabel = "DIR",
      description =
          "Read candor.yaml from DIR or the nearest folder above it (default: the current"
              + " folder).")
  Path dir;

  /** The project's settings, or Candor's own layout when there is no candor.yaml. */
  Project project() throws IOException, InvalidInputException {
    return ProjectReader.find(dir == null ? Path.of("") : dir, Messages.languages());
  }
}
