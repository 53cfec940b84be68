package dev.candor.check;

import dev.candor.evidence.Evidence;
import dev.candor.model.Waiver;
import java.util.List;

/**
 * How one run checks inventories.
 *
 * @param maxGrade the reading grade limit for every inventory, overriding their own; null keeps
 *     each inventory's {@code checks.max_grade}, or {@link Checker#DEFAULT_MAX_GRADE}
 * @param disable rules switched off for this run, each with its reason
 * @param strict whether warnings fail the run as errors do ({@code --strict})
 * @param evidence what scans observed ({@code --evidence}), for the evidence rules; empty runs none
 *     of them
 */
public record CheckSettings(
    Integer maxGrade, List<Waiver> disable, boolean strict, List<Evidence> evidence) {
  /** The defaults: every rule on, grade limits from the inventories, warnings only printed. */
  public static final CheckSettings DEFAULTS = new CheckSettings(null, List.of());

  public CheckSettings {
    disable = List.copyOf(disable);
    evidence = List.copyOf(evidence);
  }

  /** Settings without evidence. */
  public CheckSettings(Integer maxGrade, List<Waiver> disable, boolean strict) {
    this(maxGrade, disable, strict, List.of());
  }

  /** The same settings with evidence to check against. */
  public CheckSettings withEvidence(List<Evidence> evidence) {
    return new CheckSettings(maxGrade, disable, strict, evidence);
  }

  /** Settings that let warnings pass. */
  public CheckSettings(Integer maxGrade, List<Waiver> disable) {
    this(maxGrade, disable, false);
  }
}
