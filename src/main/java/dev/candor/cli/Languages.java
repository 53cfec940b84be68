package dev.candor.cli;

import dev.candor.problem.UsageException;
import dev.candor.render.Messages;

/** Checks a {@code --language} option against the languages Candor has wording for. */
final class Languages {
  private Languages() {}

  /** Throws a usage error unless the language is null or supported. */
  static void check(String language) throws UsageException {
    if (language != null && !Messages.languages().contains(language.split("-")[0])) {
      throw new UsageException(
          "no wording for language '"
              + language
              + "'; use one of "
              + String.join(", ", Messages.languages().stream().sorted().toList()));
    }
  }
}
