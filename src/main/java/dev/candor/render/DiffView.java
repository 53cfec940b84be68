package dev.candor.render;

import java.util.List;
import java.util.Map;

/**
 * A diff report as templates see it: every sentence written, nothing left to compute.
 *
 * @param markdownRedline the redline in wdiff notation, for the Markdown report only
 * @param marked the new notice laid out as it reads with the changes marked, as XHTML; null when
 *     the notices were not rendered for it
 * @param folded whether its unchanged sections are folded
 */
public record DiffView(
    String language,
    String title,
    String compared,
    String summary,
    List<Row> rows,
    List<Piece> redline,
    boolean redlineChanged,
    String markdownRedline,
    String marked,
    boolean folded,
    Map<String, String> t) {

  /** One change in the table. */
  public record Row(String materiality, String word, String subject, String sentence) {}

  /** A run of the redline: op is "same", "removed" or "added". */
  public record Piece(String op, String text) {}
}
