package dev.candor.problem;

import java.util.Map;

/**
 * Where each part of an inventory was written, by path: {@code data[2].purposes[0]}.
 *
 * <p>Paths name list items by index, so checks can point at the exact entry.
 */
public record SourceMap(String file, Map<String, Location> locations) {
  public SourceMap {
    locations = Map.copyOf(locations);
  }

  /** Whether the path was written in the source. */
  public boolean has(String path) {
    return locations.containsKey(path);
  }

  /** The location of a path, or of its nearest written parent, or the file's start. */
  public Location at(String path) {
    String p = path;
    while (!p.isEmpty()) {
      Location l = locations.get(p);
      if (l != null) {
        return l;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut < 0 ? "" : p.substring(0, cut);
    }
    return Location.of(file);
  }
}
