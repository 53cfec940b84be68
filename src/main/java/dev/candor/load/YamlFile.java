package dev.candor.load;

import dev.candor.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a YAML file other than an inventory (a manifest of another tool) into a located {@link
 * YamlNode} tree, with the same limits and the same located errors as an inventory.
 */
public final class YamlFile {
  private YamlFile() {}

  /**
   * The root node of {@code file}, or null when it cannot be read as YAML; then {@code problems}
   * says why and where. The name in locations is the path as given.
   */
  public static YamlNode read(Path file, Limits limits, List<Problem> problems) throws IOException {
    return new YamlReader(limits).read(file.toString(), Files.readAllBytes(file), problems);
  }
}
