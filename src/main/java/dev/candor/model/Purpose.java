package dev.candor.model;

/**
 * Why data is used, and on what legal basis.
 *
 * <p>label, description, interest, specialBasis, choice and automated may be null; apple and google
 * are null unless the inventory overrides the crosswalk for this purpose; scope limits whose data
 * it uses.
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
    Scope scope) {
  public Purpose {
    scope = scope == null ? Scope.EVERYONE : scope;
  }
}
