package dev.candor.check;

import dev.candor.problem.Location;
import dev.candor.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/** Collects what one rule finds, stamping each finding with the rule's id and severity. */
public final class Findings {
  private final Rule rule;
  private final List<Problem> found = new ArrayList<>();

  public Findings(Rule rule) {
    this.rule = rule;
  }

  /** A finding citing the rule's own citation. */
  public void add(Location at, String message, String hint) {
    add(at, message, hint, rule.citation());
  }

  /** A finding with a more precise citation, e.g. the law that applies to this notice. */
  /**
   * Adds a finding that is about two places: where it is reported, and the other place it concerns
   * (the inventory entry for a finding in an evidence file, or the other way round).
   */
  public void add(Location at, Location also, String message, String hint) {
    found.add(new Problem(rule.severity(), at, rule.id(), message, hint, rule.citation(), also));
  }

  public void add(Location at, String message, String hint, String citation) {
    found.add(new Problem(rule.severity(), at, rule.id(), message, hint, citation));
  }

  /** Everything found so far. */
  public List<Problem> list() {
    return List.copyOf(found);
  }
}
