package dev.candor.diff;

import java.util.Comparator;
import java.util.List;

/** The changes between two inventories: material first, then minor, then none, else as found. */
public record ChangeSet(List<Change> changes) {
  public ChangeSet {
    // sorted() is stable on an ordered stream: changes of one materiality keep their order.
    changes =
        changes.stream().sorted(Comparator.comparingInt(c -> c.materiality().rank())).toList();
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** How many changes have the given materiality. */
  public long count(Materiality m) {
    return changes.stream().filter(c -> c.materiality() == m).count();
  }

  /** The changes of one materiality, in order. */
  public List<Change> of(Materiality m) {
    return changes.stream().filter(c -> c.materiality() == m).toList();
  }
}
