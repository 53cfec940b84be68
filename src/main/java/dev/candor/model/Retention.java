package dev.candor.model;

import java.io.Serializable;

/**
 * How long a piece of data is kept: a duration, a stated rule, explicitly forever, or by a
 * recipient under its own rules.
 */
public sealed interface Retention extends Serializable {
  /**
   * Kept for a fixed time, counted from an event (after is null when counted from collection);
   * longerWhile names a condition that extends it ("a legal claim about it is open"), endsWhen one
   * that ends it sooner ("you ask us to delete it"); either may be null.
   */
  record For(Span duration, String after, String longerWhile, String endsWhen)
      implements Retention {
    /** A duration with no condition. */
    public For(Span duration, String after) {
      this(duration, after, null, null);
    }
  }

  /** Kept as a stated rule says, e.g. "as long as you keep your account". */
  record Rule(String rule) implements Retention {}

  /** Kept with no end, for the given reason. */
  record Forever(String reason) implements Retention {}

  /**
   * We keep no copy: the named recipient keeps it under its own rules, which rule may describe
   * (null when the recipient's privacy notice says it).
   */
  record HeldBy(String recipient, String rule) implements Retention {}
}
