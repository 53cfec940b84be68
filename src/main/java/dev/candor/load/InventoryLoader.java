package dev.candor.load;

import dev.candor.model.Inventory;
import dev.candor.problem.InvalidInputException;
import dev.candor.problem.Location;
import dev.candor.problem.Problem;
import dev.candor.problem.SourceMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Loads inventory files: parses, binds and validates, reporting every problem at once. */
public final class InventoryLoader {
  /**
   * The rules a bound inventory must meet, handed in by the caller (they live with the checks,
   * which depend on this package, not the other way round).
   */
  @FunctionalInterface
  public interface Validation {
    /**
     * Every problem found, in no particular order. The inventory may be partial: a part the binder
     * could not build is null, and its absence is already reported.
     */
    List<Problem> validate(Inventory inventory, SourceMap source);
  }

  private final YamlReader reader;
  private final Validation validator;
  private final KeptInventories kept;

  public InventoryLoader(Limits limits, Validation validator) {
    this(new YamlReader(limits), validator, null);
  }

  private InventoryLoader(YamlReader reader, Validation validator, KeptInventories kept) {
    this.reader = reader;
    this.validator = validator;
    this.kept = kept;
  }

  /**
   * The same loader, taking from {@code kept} each file an earlier run read with the same bytes,
   * and keeping there each file it reads.
   */
  public InventoryLoader keeping(KeptInventories kept) {
    return new InventoryLoader(reader, validator, kept);
  }

  /** Reads a file; the name in locations is the path as given. */
  public LoadedInventory load(Path file) throws IOException, InvalidInputException {
    byte[] bytes = Files.readAllBytes(file);
    return kept == null ? parse(file.toString(), bytes) : kept.load(this, file.toString(), bytes);
  }

  /** Parses inventory bytes; {@code name} is used in locations. */
  public LoadedInventory parse(String name, byte[] bytes) throws InvalidInputException {
    return parse(name, bytes, digest(bytes));
  }

  /** The same, for bytes whose {@link #digest} is already known. */
  LoadedInventory parse(String name, byte[] bytes, String digest) throws InvalidInputException {
    return draft(name, bytes, digest).loaded();
  }

  /** Reads a file, keeping what could be built even when it has errors. */
  public InventoryDraft draft(Path file) throws IOException {
    return draft(file.toString(), Files.readAllBytes(file));
  }

  /**
   * Parses, binds and validates inventory bytes, keeping a partial inventory when binding found
   * errors, so that checks can still report on it; {@code name} is used in locations.
   */
  public InventoryDraft draft(String name, byte[] bytes) {
    return draft(name, bytes, digest(bytes));
  }

  private InventoryDraft draft(String name, byte[] bytes, String digest) {
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
    if (inventory == null && problems.stream().noneMatch(Problem::isError)) {
      problems.add(
          Problem.error(
              Location.of(name),
              "invalid",
              "the inventory is incomplete",
              "compare it with an example in notices/"));
    }
    return new InventoryDraft(inventory, source, problems, digest);
  }

  /** The SHA-256 of bytes, in hex. */
  static String digest(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
