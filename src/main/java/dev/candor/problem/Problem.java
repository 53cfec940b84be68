package dev.candor.problem;

import java.io.Serializable;
import java.util.Comparator;

/**
 * Something wrong with an inventory, located in its source and explained with a hint.
 *
 * <p>citation names the article or section a check rests on; null for validation problems.
 */
public record Problem(
    Severity severity,
    Location at,
    String rule,
    String message,
    String hint,
    String citation,
    Location also)
    implements Comparable<Problem>, Serializable {

  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::at)
          .thenComparing(Problem::severity)
          .thenComparing(Problem::rule)
          .thenComparing(Problem::message);

  /** A problem found in one place. */
  public Problem(
      Severity severity, Location at, String rule, String message, String hint, String citation) {
    this(severity, at, rule, message, hint, citation, null);
  }

  /** A problem with no citation. */
  public Problem(Severity severity, Location at, String rule, String message, String hint) {
    this(severity, at, rule, message, hint, null);
  }

  public static Problem error(Location at, String rule, String message, String hint) {
    return new Problem(Severity.ERROR, at, rule, message, hint);
  }

  public static Problem warning(Location at, String rule, String message, String hint) {
    return new Problem(Severity.WARNING, at, rule, message, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }

  /** The compiler-style line {@code file:line:column: error: message (hint)}. */
  public String format() {
    String line = at + ": " + severity.key() + ": " + message;
    return hint == null ? line : line + "\n    hint: " + hint;
  }

  /** The check-report form: {@code file:line:column: severity[rule]: message}, hint, citation. */
  public String formatFinding() {
    StringBuilder b =
        new StringBuilder()
            .append(at)
            .append(": ")
            .append(severity.key())
            .append('[')
            .append(rule)
            .append("]: ")
            .append(message);
    if (hint != null) {
      b.append("\n    hint: ").append(hint);
    }
    if (citation != null) {
      b.append("\n    see: ").append(citation);
    }
    return b.toString();
  }
}
