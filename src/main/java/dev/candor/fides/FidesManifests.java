package dev.candor.fides;

import dev.candor.load.Limits;
import dev.candor.load.YamlFile;
import dev.candor.load.YamlNode;
import dev.candor.problem.InvalidInputException;
import dev.candor.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The resources of a folder of Fides manifests: every {@code .yml} and {@code .yaml} file, each
 * with top-level {@code organization}, {@code system} and {@code dataset} lists.
 */
public record FidesManifests(
    List<Organization> organizations, List<FidesSystem> systems, List<Dataset> datasets) {

  public FidesManifests {
    organizations = List.copyOf(organizations);
    systems = List.copyOf(systems);
    datasets = List.copyOf(datasets);
  }

  /**
   * Reads every manifest in a folder, in file-name order, with the inventory's safety limits.
   *
   * @throws InvalidInputException listing, with file, line and column, every manifest that is not
   *     valid YAML or has a value of the wrong shape
   */
  public static FidesManifests read(Path dir) throws IOException, InvalidInputException {
    if (!Files.isDirectory(dir)) {
      throw new NotDirectoryException(dir.toString());
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files =
          s.filter(Files::isRegularFile)
              .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
              .sorted()
              .toList();
    }
    List<Organization> organizations = new ArrayList<>();
    List<FidesSystem> systems = new ArrayList<>();
    List<Dataset> datasets = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    ManifestReader reader = new ManifestReader(problems);
    for (Path f : files) {
      List<Problem> found = new ArrayList<>();
      YamlNode root = YamlFile.read(f, Limits.DEFAULTS, found);
      found.removeIf(p -> p.rule().equals("empty")); // an empty file holds no resources
      problems.addAll(found);
      if (root != null) {
        reader.bind(root, organizations, systems, datasets);
      }
    }
    if (problems.stream().anyMatch(Problem::isError)) {
      throw new InvalidInputException(problems);
    }
    return new FidesManifests(organizations, systems, datasets);
  }

  /** The system with a key, or null. */
  public FidesSystem system(String fidesKey) {
    return systems.stream().filter(s -> s.fidesKey().equals(fidesKey)).findFirst().orElse(null);
  }

  /** The dataset with a key, or null. */
  public Dataset dataset(String fidesKey) {
    return datasets.stream().filter(d -> d.fidesKey().equals(fidesKey)).findFirst().orElse(null);
  }
}
