package dev.candor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.load.Limits;
import dev.candor.load.Translations;
import dev.candor.model.Inventory;
import dev.candor.pipeline.Build;
import dev.candor.render.Messages;
import dev.candor.render.NoticeComposer;
import dev.candor.render.NoticeProse;
import dev.candor.vocab.Vocabulary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each language's reading-ease formula, on known texts and on the examples' notices. */
class ReadingEaseTest {
  private static List<String> prose(String id, String lang) throws Exception {
    var li = Build.load(List.of(Path.of("notices", id + ".yaml")), Limits.DEFAULTS).get(0);
    Inventory inv =
        Translations.needed("en", lang)
                && java.nio.file.Files.exists(Path.of("notices", id + "." + lang + ".yaml"))
            ? Translations.read(li, lang, Limits.DEFAULTS).inventory()
            : li.inventory().inLanguage(lang);
    return NoticeProse.of(
        new NoticeComposer(Messages.forLanguage(lang).orElseThrow(), Vocabulary.forLanguage(lang))
            .compose(inv));
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "fr", "es", "it", "nl", "pl", "pt"})
  void theExamplesFixedWordingMeetsEachLanguagesLimit(String lang) throws Exception {
    ReadingEase.Formula f = ReadingEase.forLanguage(lang).orElseThrow();
    for (String id : List.of("shop", "saas", "fitness")) {
      double score = f.score(prose(id, lang));
      assertTrue(f.passes(score), lang + " " + id + ": " + score + " " + f.limitText());
    }
  }

  @Test
  void syllablesAreGroupsOfTheLanguagesVowels() {
    assertEquals(3, ReadingEase.syllables("Erklärung", "de"));
    assertEquals(1, ReadingEase.syllables("nie", "pl"));
    assertEquals(4, ReadingEase.syllables("informacja", "pl"));
    assertEquals(2, ReadingEase.syllables("données", "fr"));
    assertEquals(1, ReadingEase.syllables("parlent", "fr"));
    assertEquals(4, ReadingEase.syllables("información", "es"));
  }

  @Test
  void aLongWindedSentenceFailsWhereAShortOnePasses() {
    ReadingEase.Formula de = ReadingEase.forLanguage("de").orElseThrow();
    assertTrue(de.passes(de.score(List.of("Wir speichern sie zwei Jahre."))));
    assertTrue(
        !de.passes(
            de.score(
                List.of(
                    "Die Verarbeitung personenbezogener Informationen erfolgt ausschließlich"
                        + " zweckgebunden unter Berücksichtigung datenschutzrechtlicher"
                        + " Anforderungen einschließlich entsprechender Dokumentationspflichten"
                        + " gegenüber Aufsichtsbehörden."))));
    assertTrue(ReadingEase.forLanguage("en").isEmpty());
    assertTrue(ReadingEase.forLanguage("en-US").isEmpty());
  }
}
