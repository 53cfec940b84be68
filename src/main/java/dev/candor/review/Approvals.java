package dev.candor.review;

import dev.candor.diff.ChangeSet;
import dev.candor.diff.InventoryDiff;
import dev.candor.diff.Materiality;
import dev.candor.load.History;
import dev.candor.model.Change;
import dev.candor.model.Inventory;
import dev.candor.problem.Location;
import dev.candor.problem.Problem;
import dev.candor.problem.SourceMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds current versions that change something material since the version before them and carry no
 * approval in their changelog entry ({@code changes[].approved}).
 */
public final class Approvals {
  /** The rule id of the finding. */
  public static final String RULE = "approval";

  private static final String CITATION =
      "GDPR Art. 5(2) and 24(1): the controller must be able to show that it complies";

  private final InventoryDiff diff;

  /** Approvals judged with the given diff engine. */
  public Approvals(InventoryDiff diff) {
    this.diff = diff;
  }

  /** Approvals judged with Candor's diff engine. */
  public static Approvals standard() {
    return new Approvals(InventoryDiff.standard());
  }

  /** One error for each history whose current version needs an approval it lacks. */
  public List<Problem> missing(List<History> histories) {
    List<Problem> out = new ArrayList<>();
    histories.forEach(h -> missing(h).ifPresent(out::add));
    return out;
  }

  /**
   * The error for a history's current version when it has a material change since the version
   * before it and no approval; empty when it has one, when nothing material changed, or when it is
   * the first version.
   */
  public Optional<Problem> missing(History h) {
    if (h.versions().size() < 2) {
      return Optional.empty();
    }
    Inventory older = h.versions().get(h.versions().size() - 2).inventory();
    Inventory current = h.current().inventory();
    ChangeSet changes = diff.diff(older, current);
    long material = changes.count(Materiality.MATERIAL);
    if (material == 0) {
      return Optional.empty();
    }
    String version = current.notice().version();
    List<Change> log = current.changes();
    int entry = -1;
    for (int i = 0; i < log.size(); i++) {
      if (log.get(i).version().equals(version)) {
        entry = i;
        break;
      }
    }
    if (entry >= 0 && log.get(entry).approved() != null) {
      return Optional.empty();
    }
    SourceMap src = h.current().source();
    String since =
        "version "
            + version
            + " has "
            + material
            + (material == 1 ? " material change" : " material changes")
            + " since version "
            + older.notice().version();
    String approve = "approved: {by: <who>, date: <YYYY-MM-DD>}";
    Location at = entry >= 0 ? src.at("changes[" + entry + "]") : src.at("notice.version");
    String message =
        entry >= 0
            ? since + ", and its entry in 'changes' has no approval"
            : since + ", and no entry in 'changes' records its approval";
    String hint =
        (entry >= 0
                ? "once someone has reviewed them (candor diff shows them), add to the entry: "
                : "once someone has reviewed them (candor diff shows them), add an entry for"
                    + " version \""
                    + version
                    + "\" with a date, a summary and ")
            + approve;
    return Optional.of(
        new Problem(dev.candor.problem.Severity.ERROR, at, RULE, message, hint, CITATION));
  }
}
