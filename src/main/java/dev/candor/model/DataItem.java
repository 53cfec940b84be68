package dev.candor.model;

import java.io.Serializable;
import java.util.List;

/**
 * One kind of personal data the product collects.
 *
 * <p>label, example, how, givenTo and without may be null; from lists who gives third-party data;
 * specialBasis (for every purpose) and specialBasisFor (by purpose id) give the Art. 9(2) condition
 * of special-category data; plural is null when the label decides; sensitive is null when the
 * category decides; linked is null when the default (linked to the person) applies; apple and
 * google are null unless the inventory overrides the crosswalk for this item.
 */
public record DataItem(
    String id,
    String category,
    String label,
    String example,
    List<Source> sources,
    List<String> from,
    String how,
    String givenTo,
    boolean required,
    String without,
    List<String> purposes,
    Retention retention,
    List<String> stores,
    List<String> recipients,
    Boolean sensitive,
    List<String> collectedAt,
    Boolean linked,
    String apple,
    String google,
    SpecialBasis specialBasis,
    java.util.Map<String, SpecialBasis> specialBasisFor,
    Scope scope,
    Boolean plural)
    implements Serializable {
  public DataItem {
    sources = List.copyOf(sources);
    from = List.copyOf(from);
    specialBasisFor =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(specialBasisFor));
    scope = scope == null ? Scope.EVERYONE : scope;
    purposes = List.copyOf(purposes);
    stores = List.copyOf(stores);
    recipients = List.copyOf(recipients);
    collectedAt = List.copyOf(collectedAt);
  }

  /** Whether the data comes, at least partly, from the given source. */
  public boolean comesFrom(Source source) {
    return sources.contains(source);
  }

  /** The Art. 9(2) condition for using this item for a purpose, or null when none is stated. */
  public SpecialBasis specialBasis(String purpose) {
    return specialBasisFor.getOrDefault(purpose, specialBasis);
  }
}
