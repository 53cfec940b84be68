package dev.candor.load;

import dev.candor.model.Inventory;
import dev.candor.problem.InvalidInputException;
import dev.candor.problem.Problem;
import dev.candor.problem.SourceMap;
import java.util.List;

/**
 * An inventory as read, with every problem found in it, whether or not it could be fully built.
 *
 * <p>An incomplete draft holds what could be bound: a part that was missing or malformed is null (a
 * missing {@code rights} or {@code retention}), and its absence is among the problems. The
 * inventory itself is null only when the file was not a YAML mapping at all. Checks may still run
 * on an incomplete draft, so one run reports everything; nothing is rendered from one.
 *
 * @param inventory what could be bound, or null when nothing could
 * @param source where each part of it was written
 * @param problems every error and warning of parsing, binding and validation, sorted
 * @param digest the SHA-256 of the bytes it was read from, in hex: the same bytes always make the
 *     same draft
 */
public record InventoryDraft(
    Inventory inventory, SourceMap source, List<Problem> problems, String digest) {
  public InventoryDraft {
    problems = problems.stream().sorted().toList();
  }

  /** Whether the inventory was fully built and is valid: no problem is an error. */
  public boolean complete() {
    return inventory != null && problems.stream().noneMatch(Problem::isError);
  }

  /** The valid inventory, or every problem as bad input. */
  public LoadedInventory loaded() throws InvalidInputException {
    if (!complete()) {
      throw new InvalidInputException(problems);
    }
    return new LoadedInventory(inventory, source, problems, digest);
  }
}
