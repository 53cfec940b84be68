package dev.candor.diff;

import java.util.Objects;

/**
 * Everything a diff report shows: which two notices were compared, the changes, the redline.
 *
 * @param oldName how the old inventory was named on the command line, e.g. {@code shop.yaml@HEAD~1}
 * @param newName how the new inventory was named
 * @param title the new notice's title
 * @param language the new notice's language
 * @param oldVersion the old notice's version
 * @param newVersion the new notice's version
 * @param changes the changes, material first
 * @param redline the word-level comparison of the two rendered notices
 * @param oldNotice the old notice's body as the templates write it (XHTML), for a redline laid out
 *     like the notice; empty when it was not rendered
 * @param newNotice the new notice's body, the same way
 */
public record DiffReport(
    String oldName,
    String newName,
    String title,
    String language,
    String oldVersion,
    String newVersion,
    ChangeSet changes,
    Redline redline,
    String oldNotice,
    String newNotice) {
  public DiffReport {
    Objects.requireNonNull(changes, "changes");
    Objects.requireNonNull(redline, "redline");
    oldNotice = oldNotice == null ? "" : oldNotice;
    newNotice = newNotice == null ? "" : newNotice;
  }

  /** A report with the text redline only. */
  public DiffReport(
      String oldName,
      String newName,
      String title,
      String language,
      String oldVersion,
      String newVersion,
      ChangeSet changes,
      Redline redline) {
    this(oldName, newName, title, language, oldVersion, newVersion, changes, redline, "", "");
  }

  /** Whether both notices' bodies are here, so the redline can be laid out like the notice. */
  public boolean laidOut() {
    return !oldNotice.isEmpty() && !newNotice.isEmpty();
  }
}
