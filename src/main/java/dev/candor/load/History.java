package dev.candor.load;

import java.util.List;

/**
 * Every published version of one notice, oldest first; the last is the current one.
 *
 * @param id the notice id, which names its folder on the site
 * @param versions each version's inventory, ordered by effective date
 */
public record History(String id, List<LoadedInventory> versions) {
  public History {
    versions = List.copyOf(versions);
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("a history needs at least one version");
    }
  }

  public LoadedInventory current() {
    return versions.get(versions.size() - 1);
  }
}
