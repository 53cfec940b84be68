package dev.candor.cli;

import dev.candor.check.CheckSettings;
import dev.candor.check.Rules;
import dev.candor.model.Waiver;
import dev.candor.problem.UsageException;
import dev.candor.vocab.Nearest;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options that decide how the checks run: the grade limit and rules switched off. */
final class CheckOptions {
  @Option(
      names = "--max-grade",
      paramLabel = "N",
      description =
          "Highest Flesch-Kincaid grade"
              + " the notice may read at; overrides checks.max_grade in inventories (default: 8).")
  Integer maxGrade;

  @Option(
      names = "--disable",
      paramLabel = "RULE=REASON",
      description =
          "Switch a check off for" + " this run, with the reason the report shows. Repeatable.")
  List<String> disable = List.of();

  @Option(
      names = "--strict",
      description = "Fail (exit 1) on warnings as on errors: build and site write nothing.")
  boolean strict;

  CheckSettings settings() throws UsageException {
    if (maxGrade != null && (maxGrade < 1 || maxGrade > 20)) {
      throw new UsageException("--max-grade must be from 1 to 20, not " + maxGrade);
    }
    List<Waiver> waivers = new ArrayList<>();
    for (String d : disable) {
      int eq = d.indexOf('=');
      String rule = (eq < 0 ? d : d.substring(0, eq)).strip();
      String reason = eq < 0 ? "" : d.substring(eq + 1).strip();
      if (Rules.byId(rule).isEmpty()) {
        String near = Nearest.didYouMean(rule, Rules.ids());
        throw new UsageException(
            "--disable: there is no check called '"
                + rule
                + "'"
                + (near == null ? "; see candor help checks" : "; " + near));
      }
      if (reason.isEmpty()) {
        throw new UsageException(
            "--disable "
                + rule
                + " needs a reason: --disable "
                + rule
                + "=\"why it does not apply\"");
      }
      waivers.add(new Waiver(rule, reason));
    }
    return new CheckSettings(maxGrade, waivers, strict);
  }
}
