package dev.candor.site;

import dev.candor.load.History;
import dev.candor.model.Inventory;
import java.util.List;
import java.util.Optional;

/**
 * A notice's versions as the site publishes them: each version in every language it is published
 * in.
 *
 * @param history the notice's versions, the current one last
 * @param languages for each version, in the same order, the version in each of its languages, its
 *     own language first; every other one a complete translation
 */
public record Published(History history, List<List<Inventory>> languages) {
  public Published {
    languages = languages.stream().map(List::copyOf).toList();
    if (languages.size() != history.versions().size()) {
      throw new IllegalArgumentException("one list of languages per version");
    }
  }

  /** The notice's id. */
  public String id() {
    return history.id();
  }

  /** Version {@code i} in {@code language}, if it is published in it. */
  public Optional<Inventory> in(int i, String language) {
    return languages.get(i).stream()
        .filter(inv -> inv.notice().language().equals(language))
        .findFirst();
  }

  /** The languages of version {@code i}, its own first. */
  public List<String> languagesOf(int i) {
    return languages.get(i).stream().map(inv -> inv.notice().language()).toList();
  }

  /** The index of the current version. */
  public int current() {
    return languages.size() - 1;
  }
}
