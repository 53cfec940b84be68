package dev.candor.diff;

import dev.candor.model.Keyed;

/** Which changes make {@code candor diff} report "changes found" (exit code 1). */
public enum FailOn implements Keyed {
  /** Only material changes. */
  MATERIAL,
  /** Material or minor changes. */
  MINOR,
  /** Any change at all, even a new version number. */
  ANY;

  /** Whether the changes cross this threshold. */
  public boolean fails(ChangeSet changes) {
    return switch (this) {
      case MATERIAL -> changes.count(Materiality.MATERIAL) > 0;
      case MINOR -> changes.count(Materiality.MATERIAL) + changes.count(Materiality.MINOR) > 0;
      case ANY -> !changes.isEmpty();
    };
  }
}
