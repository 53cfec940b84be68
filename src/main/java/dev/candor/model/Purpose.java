package dev.candor.model;

import java.io.Serializable;
import java.util.List;

/**
 * Why data is used, and on what legal basis.
 *
 * <p>label, description, interest, specialBasis, choice and automated may be null; apple and google
 * are null unless the inventory overrides the crosswalk for this purpose; scope limits whose data
 * it uses; subjects names the categories of people whose data it uses (fideslang data-subject
 * keys), empty when not stated; onBehalfOf is null unless the company does it as a processor for
 * another controller (GDPR Art. 30(2)), whom it names.
 */
public record Purpose(
    String id,
    String use,
    String label,
    String description,
    LegalBasis basis,
    String interest,
    SpecialBasis specialBasis,
    Choice choice,
    Automated automated,
    String apple,
    String google,
    Scope scope,
    List<String> subjects,
    String onBehalfOf)
    implements Serializable {
  public Purpose {
    scope = scope == null ? Scope.EVERYONE : scope;
    subjects = subjects == null ? List.of() : List.copyOf(subjects);
  }

  /** A purpose for everyone, that names no categories of people and is done for ourselves. */
  public Purpose(
      String id,
      String use,
      String label,
      String description,
      LegalBasis basis,
      String interest,
      SpecialBasis specialBasis,
      Choice choice,
      Automated automated,
      String apple,
      String google) {
    this(
        id,
        use,
        label,
        description,
        basis,
        interest,
        specialBasis,
        choice,
        automated,
        apple,
        google,
        Scope.EVERYONE,
        List.of(),
        null);
  }
}
