package dev.candor.load;

import dev.candor.model.Inventory;
import dev.candor.problem.Problem;
import dev.candor.problem.SourceMap;
import java.util.List;

/**
 * A valid inventory, where each of its parts was written, and any warnings about it.
 *
 * @param digest the SHA-256 of the bytes it was read from, in hex: the same bytes, read by the same
 *     Candor, always make the same inventory, so work done on it may be kept by this key
 */
public record LoadedInventory(
    Inventory inventory, SourceMap source, List<Problem> warnings, String digest) {
  public LoadedInventory {
    warnings = warnings.stream().sorted().toList();
  }
}
