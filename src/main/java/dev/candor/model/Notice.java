package dev.candor.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The notice's identity: which document this is, which version, and which laws apply.
 *
 * <p>languages lists every language the notice is built in, its own first; it holds only the
 * notice's own language when the inventory names no others.
 */
public record Notice(
    String id,
    String title,
    String version,
    LocalDate effective,
    String language,
    List<Jurisdiction> jurisdictions,
    List<String> languages)
    implements Serializable {
  public Notice {
    jurisdictions = List.copyOf(jurisdictions);
    languages =
        languages == null || languages.isEmpty()
            ? (language == null ? List.of() : List.of(language))
            : List.copyOf(languages);
  }

  /** A notice built in its own language only. */
  public Notice(
      String id,
      String title,
      String version,
      LocalDate effective,
      String language,
      List<Jurisdiction> jurisdictions) {
    this(id, title, version, effective, language, jurisdictions, List.of());
  }

  /** Whether the notice declares the given jurisdiction. */
  public boolean under(Jurisdiction j) {
    return jurisdictions.contains(j);
  }
}
