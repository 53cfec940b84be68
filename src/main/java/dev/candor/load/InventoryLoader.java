package dev.candor.load;

import dev.candor.problem.InvalidInputException;
import dev.candor.problem.Location;
import dev.candor.problem.Problem;
import dev.candor.problem.SourceMap;
import dev.candor.model.Inventory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Loads inventory files: parses, binds and validates, reporting every problem at once. */
public final class InventoryLoader {
  /** The rules a bound inventory must meet; the checks hand theirs in. */
  @FunctionalInterface
  public interface Validator {
    /** Every problem found, in no particular order. */
    List<Problem> validate(Inventory inventory, SourceMap source);
  }

  private final YamlReader reader;
  private final Validator validator;

  public InventoryLoader(Limits limits, Validator validator) {
    this.reader = new YamlReader(limits);
    this.validator = validator;
  }

  /** Reads a file; the name in locations is the path as given. */
  public LoadedInventory load(Path file) throws IOException, InvalidInputException {
    return parse(file.toString(), Files.readAllBytes(file));
  }

  /** Parses inventory bytes; {@code name} is used in locations. */
  public LoadedInventory parse(String name, byte[] bytes) throws InvalidInputException {
    List<Problem> problems = new ArrayList<>();
    Map<String, Location> where = new HashMap<>();
    YamlNode root = reader.read(name, bytes, problems);
    Inventory inventory = null;
    if (root != null) {
      inventory = new Binder(new Fields.Context(problems, where)).bind(root);
    }
    SourceMap source = new SourceMap(name, where);
    if (inventory != null) {
      problems.addAll(validator.validate(inventory, source));
    }
    if (root != null) {
      Todos.replaceProblems(root, problems);
    }
    if (inventory == null || problems.stream().anyMatch(Problem::isError)) {
      if (problems.isEmpty()) {
        problems.add(Problem.error(Location.of(name), "invalid", "the inventory is incomplete",
            "compare it with an example in notices/"));
      }
      throw new InvalidInputException(problems);
    }
    return new LoadedInventory(inventory, source, problems);
  }
}
