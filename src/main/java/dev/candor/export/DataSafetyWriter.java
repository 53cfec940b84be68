package dev.candor.export;

import dev.candor.export.DataSafety.Entry;
import dev.candor.vocab.Crosswalk;
import dev.candor.vocab.Crosswalk.StoreTerm;
import java.util.List;

/** Writes Data safety answers as a Markdown checklist and as the CSV Play Console imports. */
public final class DataSafetyWriter {
  private static final String HEADER =
      "Question ID (machine readable),Response ID (machine"
          + " readable),Response value,Answer requirement,Human-friendly question label";

  private final Crosswalk cw;

  public DataSafetyWriter(Crosswalk cw) {
    this.cw = cw;
  }

  /** A checklist to follow in Play Console, in the form's order. */
  public String markdown(DataSafety s) {
    StringBuilder md = new StringBuilder();
    md.append("# Data safety answers: ").append(Text.md(s.title())).append("\n\n");
    md.append(
        "Answers for Play Console (Policy > App content > Data safety), made from the data"
            + " inventory. Tick each box once you have entered it.\n\n");
    md.append("## Data collection and security\n\n");
    md.append("- [ ] Does your app collect or share any of the required user data types? **")
        .append(yes(!s.entries().isEmpty()))
        .append("**\n");
    md.append("- [ ] Is all of the user data collected by your app encrypted in transit? **")
        .append(yes(s.encryptedInTransit()))
        .append("**\n");
    md.append("- [ ] Do you provide a way for users to request that their data is deleted? **")
        .append(yes(s.deletion()))
        .append("**\n\n");
    md.append("## Data types\n\n");
    if (s.entries().isEmpty()) {
      md.append("None.\n");
    }
    for (Entry e : s.entries()) {
      md.append("### ").append(e.section()).append(" > ").append(e.label()).append("\n\n");
      md.append("From: ").append(Text.md(String.join("; ", e.data()))).append("\n\n");
      md.append("- [ ] Collected: **Yes**\n");
      md.append("- [ ] Shared: **").append(yes(e.shared())).append("**");
      if (e.shared()) {
        md.append(" (with ").append(Text.md(String.join("; ", e.sharedWith()))).append(')');
      }
      md.append('\n');
      md.append("- [ ] Processed ephemerally: **").append(yes(e.ephemeral())).append("**\n");
      md.append("- [ ] Required or optional: **")
          .append(
              e.optional()
                  ? "Users can choose whether this data is collected"
                  : "Data collection is required")
          .append("**\n");
      md.append("- [ ] Why is this user data collected? **")
          .append(labels(e.collectionPurposes()))
          .append("**\n");
      if (e.shared()) {
        md.append("- [ ] Why is this user data shared? **")
            .append(labels(e.sharingPurposes()))
            .append("**\n");
      }
      md.append('\n');
    }
    StringBuilder left = new StringBuilder();
    AppPrivacyWriter.leftOut(left, s.leftOut());
    if (left.length() > 0) {
      if (!md.toString().endsWith("\n\n")) {
        md.append('\n');
      }
      md.append(left.toString().stripTrailing()).append('\n');
    }
    return md.toString();
  }

  private String labels(List<String> purposes) {
    return purposes.isEmpty()
        ? "(none mapped; choose in Play Console)"
        : String.join(", ", purposes.stream().map(p -> DataSafety.purposeLabel(cw, p)).toList());
  }

  private static String yes(boolean b) {
    return b ? "Yes" : "No";
  }

  /**
   * The answers in the layout of Play Console's "Export to CSV", which "Import from CSV" reads:
   * every data type row, then a block of usage questions for each type collected.
   */
  public String csv(DataSafety s) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    row(
        out,
        "PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA",
        "",
        bool(!s.entries().isEmpty()),
        "REQUIRED",
        "Does your app collect or share any of the required user data types?");
    row(
        out,
        "PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT",
        "",
        bool(s.encryptedInTransit()),
        "MAYBE_REQUIRED",
        "Is all of the user data collected by your app encrypted in transit?");
    row(
        out,
        "PSL_DATA_COLLECTION_USER_REQUEST_DELETE",
        "",
        bool(s.deletion()),
        "MAYBE_REQUIRED",
        "Do you provide a way for users to request that their data is deleted?");
    for (StoreTerm t : cw.terms("google", "type")) {
      String[] group = t.group().split("\\|", 2);
      boolean collected = s.entries().stream().anyMatch(e -> e.type().equals(t.value()));
      row(
          out,
          group[0],
          t.value(),
          collected ? "true" : "",
          "MULTIPLE_CHOICE",
          group[1] + " / " + t.label());
    }
    List<StoreTerm> purposes = cw.terms("google", "purpose");
    for (Entry e : s.entries()) {
      String q = "PSL_DATA_USAGE_RESPONSES:" + e.type();
      row(
          out,
          q + ":PSL_DATA_USAGE_COLLECTION_AND_SHARING",
          "PSL_DATA_USAGE_ONLY_COLLECTED",
          "true",
          "MULTIPLE_CHOICE",
          e.label() + " / Collected");
      row(
          out,
          q + ":PSL_DATA_USAGE_COLLECTION_AND_SHARING",
          "PSL_DATA_USAGE_ONLY_SHARED",
          e.shared() ? "true" : "",
          "MULTIPLE_CHOICE",
          e.label() + " / Shared");
      row(
          out,
          q + ":PSL_DATA_USAGE_EPHEMERAL",
          "",
          bool(e.ephemeral()),
          "MAYBE_REQUIRED",
          e.label() + " / Is this data processed ephemerally?");
      row(
          out,
          q + ":DATA_USAGE_USER_CONTROL",
          "PSL_DATA_USAGE_USER_CONTROL_OPTIONAL",
          e.optional() ? "true" : "",
          "SINGLE_CHOICE",
          e.label() + " / Users can choose whether this data is collected");
      row(
          out,
          q + ":DATA_USAGE_USER_CONTROL",
          "PSL_DATA_USAGE_USER_CONTROL_REQUIRED",
          e.optional() ? "" : "true",
          "SINGLE_CHOICE",
          e.label() + " / Data collection is required");
      for (StoreTerm p : purposes) {
        row(
            out,
            q + ":DATA_USAGE_COLLECTION_PURPOSE",
            p.value(),
            e.collectionPurposes().contains(p.value()) ? "true" : "",
            "MULTIPLE_CHOICE",
            e.label() + " / Why is this user data collected? / " + p.label());
      }
      for (StoreTerm p : purposes) {
        row(
            out,
            q + ":DATA_USAGE_SHARING_PURPOSE",
            p.value(),
            e.sharingPurposes().contains(p.value()) ? "true" : "",
            "MULTIPLE_CHOICE",
            e.label() + " / Why is this user data shared? / " + p.label());
      }
    }
    return out.toString();
  }

  private static String bool(boolean b) {
    return b ? "true" : "false";
  }

  private static void row(
      StringBuilder out,
      String question,
      String response,
      String value,
      String requirement,
      String label) {
    out.append(
            String.join(
                ",",
                List.of(
                    Text.csv(question),
                    Text.csv(response),
                    Text.csv(value),
                    Text.csv(requirement),
                    Text.csv(label))))
        .append('\n');
  }
}
