package dev.candor.check;

import dev.candor.problem.Severity;

/**
 * One check of an inventory and its notice, with a stable id, a severity and a citation.
 *
 * <p>Rules only report; whether a rule runs is decided by {@link Checker} from the inventory's and
 * the run's waivers.
 */
public interface Rule {

  /** The stable id, used in reports and to switch the rule off, e.g. {@code gdpr-13-1-b-dpo}. */
  String id();

  /** How serious a finding of this rule is. */
  Severity severity();

  /** What the rule checks, in one line. */
  String summary();

  /** The article or section the rule rests on. */
  String citation();

  /** Adds a finding to {@code out} for everything the rule finds wrong. */
  void check(Subject subject, Findings out);

  /** A rule made of its facts and a check function. */
  static Rule of(String id, Severity severity, String citation, String summary, Check check) {
    return new Simple(id, severity, citation, summary, check);
  }

  /** The body of a rule. */
  @FunctionalInterface
  interface Check {
    void check(Subject subject, Findings out);
  }

  /** A rule as plain data. */
  record Simple(String id, Severity severity, String citation, String summary, Check body)
      implements Rule {
    @Override
    public void check(Subject subject, Findings out) {
      body.check(subject, out);
    }
  }
}
