package dev.candor.site;

import dev.candor.load.History;
import dev.candor.model.Inventory;
import dev.candor.model.Outline;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A notice's versions as the site publishes them: each version in its own language and in every
 * further language it is published in.
 *
 * <p>A version in its own language is its inventory as read, which is asked for only when one of
 * its pages is rendered; what every page says of all versions comes from their {@link Outline}s.
 *
 * @param history the notice's versions, the current one last
 * @param translations for each version, in the same order, its complete translations into other
 *     languages
 */
public record Published(History history, List<List<Inventory>> translations) {
  public Published {
    translations = translations.stream().map(List::copyOf).toList();
    if (translations.size() != history.versions().size()) {
      throw new IllegalArgumentException("one list of translations per version");
    }
  }

  /** The notice's id. */
  public String id() {
    return history.id();
  }

  /** The number of versions. */
  public int size() {
    return translations.size();
  }

  /** Version {@code i} in {@code language}, if it is published in it. */
  public Optional<Inventory> in(int i, String language) {
    if (own(i).equals(language)) {
      return Optional.of(history.versions().get(i).inventory());
    }
    return translation(i, language);
  }

  /** The outline of version {@code i} in {@code language}, if it is published in it. */
  public Optional<Outline> outline(int i, String language) {
    if (own(i).equals(language)) {
      return Optional.of(history.versions().get(i).outline());
    }
    return translation(i, language).map(Outline::of);
  }

  /** Whether version {@code i} is published in {@code language}. */
  public boolean has(int i, String language) {
    return own(i).equals(language) || translation(i, language).isPresent();
  }

  /** Whether version {@code i} in {@code language} is the inventory as read, not a translation. */
  boolean asRead(int i, String language) {
    return own(i).equals(language);
  }

  /** The languages of version {@code i}, its own first. */
  public List<String> languagesOf(int i) {
    List<String> out = new ArrayList<>();
    out.add(own(i));
    translations.get(i).forEach(inv -> out.add(inv.notice().language()));
    return out;
  }

  /** The index of the current version. */
  public int current() {
    return translations.size() - 1;
  }

  private String own(int i) {
    return history.versions().get(i).notice().language();
  }

  private Optional<Inventory> translation(int i, String language) {
    return translations.get(i).stream()
        .filter(inv -> inv.notice().language().equals(language))
        .findFirst();
  }
}
