package dev.candor.check;

import dev.candor.check.CheckReport.Disabled;
import dev.candor.check.CheckReport.FileReport;
import dev.candor.model.Waiver;
import dev.candor.problem.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs rules over one inventory, leaving out the rules its file or the run switched off. */
public final class Checker {
  /** The reading grade limit when neither the run nor the inventory sets one. */
  public static final int DEFAULT_MAX_GRADE = 8;

  private final List<Rule> rules;

  /** A checker with the given rules, in report order. */
  public Checker(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** A checker with every built-in rule. */
  public static Checker builtIn() {
    return new Checker(Rules.builtIn());
  }

  /** The grade limit for an inventory: the run's, else the file's, else the default. */
  public static int maxGrade(CheckSettings run, dev.candor.model.Inventory inv) {
    if (run.maxGrade() != null) {
      return run.maxGrade();
    }
    Integer own = inv.checks().maxGrade();
    return own != null ? own : DEFAULT_MAX_GRADE;
  }

  /** Checks one inventory; the subject's grade limit must already be resolved. */
  public FileReport check(Subject s, CheckSettings run) {
    Map<String, Disabled> off = new LinkedHashMap<>();
    for (Waiver w : s.inventory().checks().disable()) {
      off.putIfAbsent(w.rule(), new Disabled(w.rule(), w.reason(), "inventory"));
    }
    for (Waiver w : run.disable()) {
      off.putIfAbsent(w.rule(), new Disabled(w.rule(), w.reason(), "command line"));
    }
    List<Problem> found = new ArrayList<>();
    for (Rule r : rules) {
      if (off.containsKey(r.id())) {
        continue;
      }
      Findings out = new Findings(r);
      try {
        r.check(s, out);
      } catch (RuntimeException e) {
        if (s.complete()) {
          throw e;
        }
        // A part of a partial inventory the rule needs could not be built; that part's errors
        // are reported already, and what the rule would say about it would mislead.
        continue;
      }
      found.addAll(out.list());
    }
    return new FileReport(
        s.source().file(),
        found,
        List.copyOf(off.values()),
        Readability.score(s.prose()),
        s.maxGrade(),
        s.pageWords());
  }
}
