package dev.candor.check;

import java.util.Comparator;

/** Something wrong with an inventory, located in its source and explained with a hint. */
public record Problem(Severity severity, Location at, String rule, String message, String hint)
    implements Comparable<Problem> {

  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::at)
          .thenComparing(Problem::severity)
          .thenComparing(Problem::rule)
          .thenComparing(Problem::message);

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
}
