package dev.candor.model;

import java.time.Period;

/** How long a piece of data is kept: a duration, a stated rule, or explicitly forever. */
public sealed interface Retention {

  /** Kept for a fixed time, counted from an event (null when counted from collection). */
  record For(Period duration, String after) implements Retention {}

  /** Kept as a stated rule says, e.g. "as long as you keep your account". */
  record Rule(String rule) implements Retention {}

  /** Kept with no end, for the given reason. */
  record Forever(String reason) implements Retention {}
}
