package dev.candor.model;

import java.io.Serializable;
import java.time.Duration;
import java.time.Period;

/**
 * A length of time as an ISO-8601 duration: a date part (years, months, days) and a time part
 * (hours, minutes), e.g. P6Y, P30D, PT24H or PT30M.
 */
public record Span(Period period, Duration time) implements Serializable {
  public Span {
    period = period == null ? Period.ZERO : period;
    time = time == null ? Duration.ZERO : time;
  }

  /** A span of whole days, months or years. */
  public static Span of(Period period) {
    return new Span(period, Duration.ZERO);
  }

  /** About how many minutes long the span is, for comparing two spans. */
  public long approximateMinutes() {
    return period.toTotalMonths() * 43_830L + period.getDays() * 1_440L + time.toMinutes();
  }

  /** The span as written in an inventory, e.g. P1Y6M or PT24H. */
  public String iso() {
    if (time.isZero()) {
      return period.toString();
    }
    String date = period.isZero() ? "P" : period.toString();
    return date + time.toString().substring(1);
  }
}
