package dev.candor.load;

import dev.candor.model.Inventory;
import dev.candor.problem.Problem;
import dev.candor.problem.SourceMap;
import java.util.List;

/** A valid inventory, where each of its parts was written, and any warnings about it. */
public record LoadedInventory(Inventory inventory, SourceMap source, List<Problem> warnings) {
  public LoadedInventory {
    warnings = warnings.stream().sorted().toList();
  }
}
