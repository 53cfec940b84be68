package dev.candor.model;

import java.io.Serializable;
import java.util.List;

/**
 * Where a store or recipient keeps data: one or more countries, or no fixed country.
 *
 * <p>countries holds ISO 3166 codes in the order given and is empty when {@code anywhere} holds the
 * reason there is no fixed country (e.g. "the servers of other communities your posts reach");
 * anywhere is null otherwise.
 */
public record Place(List<String> countries, String anywhere) implements Serializable {
  public Place {
    countries = List.copyOf(countries);
  }

  /** A place in one country. */
  public static Place in(String country) {
    return new Place(country == null ? List.of() : List.of(country), null);
  }

  /** Whether the data can be in any country. */
  public boolean any() {
    return anywhere != null;
  }
}
