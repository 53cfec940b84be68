package dev.candor.model;

import java.io.Serializable;
import java.time.LocalDate;

/** One entry of the notice's changelog; approved is null until someone has approved it. */
public record Change(String version, LocalDate date, String summary, Approval approved)
    implements Serializable {
  /** An entry nobody has approved yet. */
  public Change(String version, LocalDate date, String summary) {
    this(version, date, summary, null);
  }
}
