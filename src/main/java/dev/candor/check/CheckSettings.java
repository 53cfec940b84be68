package dev.candor.check;

import dev.candor.model.Waiver;
import java.util.List;

/**
 * How one run checks inventories.
 *
 * @param maxGrade the reading grade limit for every inventory, overriding their own; null keeps
 *     each inventory's {@code checks.max_grade}, or {@link Checker#DEFAULT_MAX_GRADE}
 * @param disable rules switched off for this run, each with its reason
 */
public record CheckSettings(Integer maxGrade, List<Waiver> disable) {
  /** The defaults: every rule on, grade limits from the inventories. */
  public static final CheckSettings DEFAULTS = new CheckSettings(null, List.of());

  public CheckSettings {
    disable = List.copyOf(disable);
  }
}
