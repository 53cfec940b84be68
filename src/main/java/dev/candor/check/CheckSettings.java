package dev.candor.check;

import dev.candor.model.Waiver;
import java.util.List;

/**
 * How one run checks inventories.
 *
 * @param maxGrade the reading grade limit for every inventory, overriding their own; null keeps
 *     each inventory's {@code checks.max_grade}, or {@link Checker#DEFAULT_MAX_GRADE}
 * @param disable rules switched off for this run, each with its reason
 * @param strict whether warnings fail the run as errors do ({@code --strict})
 */
public record CheckSettings(Integer maxGrade, List<Waiver> disable, boolean strict) {
  /** The defaults: every rule on, grade limits from the inventories, warnings only printed. */
  public static final CheckSettings DEFAULTS = new CheckSettings(null, List.of());

  public CheckSettings {
    disable = List.copyOf(disable);
  }

  /** Settings that let warnings pass. */
  public CheckSettings(Integer maxGrade, List<Waiver> disable) {
    this(maxGrade, disable, false);
  }
}
