package dev.candor.model;

import java.time.LocalDate;

/** One entry of the notice's changelog; approved is null until someone has approved it. */
public record Change(String version, LocalDate date, String summary, Approval approved) {
  /** An entry nobody has approved yet. */
  public Change(String version, LocalDate date, String summary) {
    this(version, date, summary, null);
  }
}
