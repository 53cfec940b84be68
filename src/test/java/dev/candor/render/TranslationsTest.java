package dev.candor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.load.Limits;
import dev.candor.model.Inventory;
import dev.candor.pipeline.Build;
import dev.candor.render.pdf.PdfChecks;
import dev.candor.testing.Golden;
import dev.candor.vocab.Countries;
import dev.candor.vocab.Vocabulary;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Wording in every language: complete bundles, local dates and counts, no English left. */
class TranslationsTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/languages");

  private static Set<String> keys(String resource) throws Exception {
    Properties p = new Properties();
    try (var in =
        new InputStreamReader(
            TranslationsTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return new TreeSet<>(p.stringPropertyNames());
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "fr", "es", "it", "nl", "pl", "pt"})
  void everyBundleHasEveryEnglishKeyAndNoOther(String lang) throws Exception {
    for (String bundle :
        List.of(
            "/dev/candor/render/messages_",
            "/dev/candor/render/diff_",
            "/dev/candor/vocab/labels_",
            "/dev/candor/vocab/countries_")) {
      Set<String> en = keys(bundle + "en.properties");
      Set<String> other = keys(bundle + lang + ".properties");
      Set<String> missing = new TreeSet<>(en);
      missing.removeAll(other);
      Set<String> extra = new TreeSet<>(other);
      extra.removeAll(en);
      assertEquals(Set.of(), missing, bundle + lang + " lacks keys");
      assertEquals(Set.of(), extra, bundle + lang + " has keys English lacks");
    }
    assertEquals(List.of(), Vocabulary.forLanguage(lang).fallbacks());
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "fr", "es", "it", "nl", "pl", "pt"})
  void whatChangedIsWordedInEveryLanguageWithNoEnglishLeft(String lang) throws Exception {
    Inventory older =
        Build.load(List.of(Path.of("notices/archive/shop/1.1.yaml")), Limits.DEFAULTS)
            .get(0)
            .inventory();
    Inventory newer = example("shop");
    var changes = dev.candor.diff.InventoryDiff.standard().diff(older, newer);
    ChangeWording w = ChangeWording.forLanguage(lang).orElseThrow();
    List<String> sentences = w.forReaders(changes);
    assertTrue(sentences.size() >= 5, sentences::toString);
    Messages en = Messages.forBundle("diff", "en").orElseThrow();
    String translated =
        String.join("\n", Messages.forBundle("diff", lang).orElseThrow().all().values());
    String all = String.join("\n", w.word(changes).stream().map(c -> c.sentence()).toList());
    for (var e : en.all().entrySet()) {
      if (!e.getKey().startsWith("diff.") || e.getKey().startsWith("diff.law.")) {
        continue;
      }
      for (String part : e.getValue().split("\\{[a-z]+}")) {
        String f = part.strip();
        if (f.split("\\s+").length >= 3 && !translated.contains(f)) {
          assertTrue(!all.contains(f), lang + " has English wording of changes: \"" + f + "\"");
        }
      }
    }
    assertTrue(
        w.recent(changes, "1.1", newer.notice().effective(), null).title().contains("1.1"), lang);
  }

  @Test
  void polishCountsTakeTheFormTheirLastDigitsCallFor() {
    NoticeComposer pl = composer("pl");
    assertEquals("1 rok", pl.duration(Period.ofYears(1)));
    assertEquals("2 lata", pl.duration(Period.ofYears(2)));
    assertEquals("5 lat", pl.duration(Period.ofYears(5)));
    assertEquals("12 lat", pl.duration(Period.ofYears(12)));
    assertEquals("22 lata", pl.duration(Period.ofYears(22)));
    assertEquals("14 dni", pl.duration(Period.ofDays(14)));
    assertEquals("1 miesiąc", pl.duration(Period.ofMonths(1)));
    assertEquals("13 miesięcy", pl.duration(Period.ofMonths(13)));
    assertEquals("3 miesiące", pl.duration(Period.ofMonths(3)));
    assertEquals("few", Plurals.category("pl", 104));
    assertEquals("many", Plurals.category("pl", 111));
    assertEquals("one", Plurals.category("fr", 0));
    assertEquals("other", Plurals.category("pt", 0));
  }

  @Test
  void datesAndCountsOfTheNewLanguagesAreTheirOwnWhateverTheMachinesLocale() {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.JAPAN);
      Inventory inv = example("shop");
      assertEquals("1 de marzo de 2026", composer("es").compose(inv.inLanguage("es")).effective());
      assertEquals("1 marzo 2026", composer("it").compose(inv.inLanguage("it")).effective());
      assertEquals("1 maart 2026", composer("nl").compose(inv.inLanguage("nl")).effective());
      assertEquals("1 marca 2026", composer("pl").compose(inv.inLanguage("pl")).effective());
      assertEquals("1 de março de 2026", composer("pt").compose(inv.inLanguage("pt")).effective());
      assertEquals("2 años", composer("es").duration(Period.ofYears(2)));
      assertEquals("1 mese", composer("it").duration(Period.ofMonths(1)));
      assertEquals("10 jaar", composer("nl").duration(Period.ofYears(10)));
      assertEquals("Stany Zjednoczone", Countries.name("US", "pl"));
      assertEquals("Verenigde Staten", Countries.name("US", "nl"));
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void datesAndDurationsFollowTheLanguage() {
    NoticeComposer de = composer("de");
    NoticeComposer fr = composer("fr");
    NoticeComposer en = composer("en");
    assertEquals("2 Jahre", de.duration(Period.ofYears(2)));
    assertEquals("1 Jahr und 6 Monate", de.duration(Period.of(1, 6, 0)));
    assertEquals("2 ans", fr.duration(Period.ofYears(2)));
    assertEquals("1 an", fr.duration(Period.ofYears(1)));
    assertEquals("14 jours", fr.duration(Period.ofDays(14)));
    assertEquals("1 year", en.duration(Period.ofYears(1)));
    Inventory inv = example("shop").inLanguage("de");
    assertEquals("1. März 2026", de.compose(inv).effective());
    assertEquals("1 mars 2026", fr.compose(inv.inLanguage("fr")).effective());
    assertEquals("Vereinigte Staaten", Countries.name("US", "de"));
    assertEquals("États-Unis", Countries.name("US", "fr"));
    assertTrue(LocalDate.of(2026, 3, 1).isEqual(inv.notice().effective()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "fr", "es", "it", "nl", "pl", "pt"})
  void fitnessBuildsWithNoEnglishFixedWordingInEveryFormat(String lang) throws Exception {
    // German and French have the example's own text too; the others test the fixed wording,
    // around the example's English text.
    Inventory inv =
        java.nio.file.Files.exists(Path.of("notices", "fitness." + lang + ".yaml"))
            ? translated("fitness", lang)
            : example("fitness").inLanguage(lang);
    NoticeRenderer r = new NoticeRenderer(new Templates(Optional.empty()), Vocabulary.english());
    Map<Format, byte[]> out = r.render(inv, EnumSet.allOf(Format.class));
    String html = new String(out.get(Format.HTML), StandardCharsets.UTF_8);
    String md = new String(out.get(Format.MD), StandardCharsets.UTF_8);
    String pdf = PdfChecks.extractText(out.get(Format.PDF));
    assertTrue(html.contains("<html lang=\"" + lang + "\""), html.substring(0, 200));
    List<String> fragments = englishFragments(lang);
    assertTrue(fragments.size() > 100, "fragments: " + fragments.size());
    for (String fragment : fragments) {
      for (var e :
          Map.of(
                  "html",
                  html.replace("&#39;", "'"),
                  "md",
                  md.replace("\\", ""),
                  "pdf",
                  pdf.replaceAll("\\s+", " "))
              .entrySet()) {
        assertTrue(
            !e.getValue().contains(fragment),
            lang + " " + e.getKey() + " has English wording: \"" + fragment + "\"");
      }
    }
    Golden.assertMatches(GOLDEN.resolve("fitness." + lang + ".html"), html, lang + " html");
    Golden.assertMatches(GOLDEN.resolve("fitness." + lang + ".md"), md, lang + " md");
    Golden.assertMatches(GOLDEN.resolve("fitness." + lang + ".pdf.txt"), pdf, lang + " pdf");
  }

  /**
   * The English bundle's fixed sentences, cut at placeholders into fragments of three words or more
   * that the translation does not share (proper names such as "Global Privacy Control" may stay, so
   * fragments the translation also contains are left out).
   */
  private static List<String> englishFragments(String lang) throws Exception {
    Messages en = Messages.forLanguage("en").orElseThrow();
    Messages other = Messages.forLanguage(lang).orElseThrow();
    String translated = String.join("\n", other.all().values());
    List<String> out = new ArrayList<>();
    for (var e : en.all().entrySet()) {
      if (e.getKey().startsWith("meta.date")
          || e.getKey().startsWith("duration.")
          || e.getKey().startsWith("site.")) {
        continue;
      }
      for (String part : e.getValue().split("\\{[a-z]+}")) {
        String f = part.strip();
        if (f.split("\\s+").length >= 3 && !translated.contains(f)) {
          out.add(f);
        }
      }
    }
    return out;
  }

  private static NoticeComposer composer(String lang) {
    return new NoticeComposer(
        Messages.forLanguage(lang).orElseThrow(), Vocabulary.forLanguage(lang));
  }

  /** An example in another language, its own text from its translation file. */
  static Inventory translated(String id, String lang) {
    try {
      var li = Build.load(List.of(Path.of("notices", id + ".yaml")), Limits.DEFAULTS).get(0);
      var t = dev.candor.load.Translations.read(li, lang, Limits.DEFAULTS);
      assertEquals(List.of(), t.problems(), id + " in " + lang);
      return t.inventory();
    } catch (java.io.IOException | dev.candor.problem.InvalidInputException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Inventory example(String id) {
    try {
      return Build.load(List.of(Path.of("notices", id + ".yaml")), Limits.DEFAULTS)
          .get(0)
          .inventory();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
