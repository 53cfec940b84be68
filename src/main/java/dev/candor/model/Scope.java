package dev.candor.model;

import java.io.Serializable;
import java.util.List;

/**
 * The people a fact applies to, when not everyone: by where they live, by age, or by their
 * relationship with us. An empty list or a null age means no limit of that kind.
 *
 * <p>regions holds ISO 3166 country codes, US state codes such as US-CA, or EEA; people holds plain
 * descriptions such as "our customers" or "job applicants".
 */
public record Scope(List<String> regions, Integer minAge, Integer maxAge, List<String> people)
    implements Serializable {
  public Scope {
    regions = List.copyOf(regions);
    people = List.copyOf(people);
  }

  /** No limit: the fact applies to everyone the notice addresses. */
  public static final Scope EVERYONE = new Scope(List.of(), null, null, List.of());

  /** Whether the scope limits who the fact applies to. */
  public boolean limited() {
    return !regions.isEmpty() || minAge != null || maxAge != null || !people.isEmpty();
  }
}
