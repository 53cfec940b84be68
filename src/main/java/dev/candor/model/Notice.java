package dev.candor.model;

import java.time.LocalDate;
import java.util.List;

/** The notice's identity: which document this is, which version, and which laws apply. */
public record Notice(
    String id,
    String title,
    String version,
    LocalDate effective,
    String language,
    List<Jurisdiction> jurisdictions) {
  public Notice {
    jurisdictions = List.copyOf(jurisdictions);
  }

  /** Whether the notice declares the given jurisdiction. */
  public boolean under(Jurisdiction j) {
    return jurisdictions.contains(j);
  }
}
