package dev.candor.check;

import dev.candor.model.DataItem;
import dev.candor.model.Retention;
import java.util.List;
import java.util.regex.Pattern;

/** Retention statements that tell people nothing: "as long as necessary" and the like. */
final class Retentions {
  private static final Pattern VAGUE =
      Pattern.compile(
          "(?i)\\s*(we keep (it|them|your data) |kept )?(for )?(as long as (is |it is |they are )?"
              + "(necessary|needed|required)|as needed|as required|indefinitely"
              + "|until (it is |they are )?no longer (needed|necessary|required)|as long as we need"
              + " (it|them))( for (the|these|our|legitimate|business)[a-z ]*purposes?)?\\s*\\.?\\s*");

  private Retentions() {}

  /** Adds a finding for every data item whose retention rule states no period or criterion. */
  static void vague(Subject s, Findings out, String citation) {
    List<DataItem> data = s.inventory().data();
    for (int i = 0; i < data.size(); i++) {
      DataItem d = data.get(i);
      if (d.retention() instanceof Retention.Rule r && VAGUE.matcher(r.rule()).matches()) {
        out.add(
            s.at("data[" + i + "].retention.rule"),
            "data item '"
                + d.id()
                + "' is kept '"
                + r.rule().strip()
                + "', which gives no period and no way to work one out",
            "give a period (duration: P2Y) or the event that ends it, e.g. 'until you close your"
                + " account'",
            citation);
      }
    }
  }
}
