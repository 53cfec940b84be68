package dev.candor.fides;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The resources of a folder of Fides manifests: every {@code .yml} and {@code .yaml} file, each
 * with top-level {@code organization}, {@code system} and {@code dataset} lists.
 */
public record FidesManifests(List<JsonNode> organizations, List<JsonNode> systems,
    List<JsonNode> datasets) {
  private static final YAMLMapper YAML = new YAMLMapper();

  public FidesManifests {
    organizations = List.copyOf(organizations);
    systems = List.copyOf(systems);
    datasets = List.copyOf(datasets);
  }

  /** Reads every manifest in a folder, in file-name order. */
  public static FidesManifests read(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new java.nio.file.NotDirectoryException(dir.toString());
    }
    List<JsonNode> organizations = new ArrayList<>();
    List<JsonNode> systems = new ArrayList<>();
    List<JsonNode> datasets = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
          .sorted().toList();
    }
    for (Path f : files) {
      JsonNode root = YAML.readTree(f.toFile());
      if (root == null || !root.isObject()) {
        continue;
      }
      root.path("organization").forEach(organizations::add);
      root.path("system").forEach(systems::add);
      root.path("dataset").forEach(datasets::add);
    }
    return new FidesManifests(organizations, systems, datasets);
  }
}
