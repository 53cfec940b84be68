package dev.candor.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON Schemas Candor ships, for editors to check inventories and site settings as they are
 * typed. They are read from the jar (or the build's classes folder), so no source tree is needed.
 */
public final class Schemas {
  /** The schema files, by name. */
  public static final List<String> NAMES = List.of("inventory.schema.json", "site.schema.json");

  private Schemas() {}

  /** Every schema, by file name. */
  public static Map<String, byte[]> all() throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    for (String name : NAMES) {
      try (InputStream in = Schemas.class.getResourceAsStream("/dev/candor/schema/" + name)) {
        if (in == null) {
          throw new IOException("the schema " + name + " is missing from Candor's jar");
        }
        out.put(name, in.readAllBytes());
      }
    }
    return out;
  }

  /** Writes every schema into {@code dir}, replacing older ones; returns the files written. */
  public static List<Path> write(Path dir) throws IOException {
    Map<String, byte[]> files = all();
    AtomicWriter.files(dir, files);
    return files.keySet().stream().map(dir::resolve).toList();
  }
}
