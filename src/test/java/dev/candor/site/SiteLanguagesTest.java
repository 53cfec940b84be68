package dev.candor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.Candor;
import dev.candor.testing.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site in several languages, from copies of the examples: what is published in a language, and
 * the errors that keep a site from being half in one language.
 */
class SiteLanguagesTest {
  @TempDir Path tmp;

  private Path notices() throws IOException {
    return Snapshot.copyTree(Path.of("notices"), tmp.resolve("notices"));
  }

  private Path siteSettings() throws IOException {
    return Snapshot.copyTree(Path.of("site"), tmp.resolve("site"));
  }

  private Candor site(Path notices, Path settings, Path out) {
    return Candor.run(
        "site",
        "--notices",
        notices.toString(),
        "--site",
        settings.toString(),
        "--out",
        out.toString());
  }

  @Test
  void anArchivedVersionWithoutATranslationIsPublishedInItsOwnLanguageOnly() throws IOException {
    Path notices = notices();
    Files.delete(notices.resolve("archive/shop/1.0.de.yaml"));
    Path out = tmp.resolve("out");
    Candor r = site(notices, siteSettings(), out);
    assertEquals(0, r.code(), r.err());
    assertFalse(Files.exists(out.resolve("de/shop/1.0")), "1.0 has no German");
    assertTrue(Files.exists(out.resolve("fr/shop/1.0/index.html")), "1.0 has French");
    assertFalse(
        Files.exists(out.resolve("de/shop/1.1/changes")),
        "no German what-changed page without the German of the version before");
    assertTrue(Files.exists(out.resolve("de/shop/2.0/changes/index.html")));
    var page = Jsoup.parse(Files.readString(out.resolve("de/shop/2.0/index.html")));
    var link = page.select(".banner-links a[href$=1.0/index.html]");
    assertEquals("Fassung 1.0, gültig ab 1. Juni 2025 (English)", link.text());
    assertEquals("../../../shop/1.0/index.html", link.attr("href"), "to the English 1.0");
    var older = Jsoup.parse(Files.readString(out.resolve("de/shop/1.1/index.html")));
    assertTrue(older.select("a[href*=changes/]").isEmpty(), "no link to a missing page");
    String feed = Files.readString(out.resolve("de/feed.xml"));
    assertEquals(4, feed.split("<entry>").length - 1, "4 versions in German");
    assertTrue(feed.contains("Die erste Fassung in dieser Sprache."), feed);
    var index = Jsoup.parse(Files.readString(out.resolve("de/index.html")));
    assertEquals(
        List.of(
            "Fassung 2.0, gültig ab 1. März 2026",
            "Fassung 1.1, gültig ab 1. November 2025",
            "Fassung 1.0, gültig ab 1. Juni 2025 (English)"),
        index.select("ul.versions li > a:first-child").eachText());
  }

  @Test
  void aLanguageTheSiteSettingsLackIsALocatedErrorAndNothingIsWritten() throws IOException {
    Path settings = siteSettings();
    String yaml = Files.readString(settings.resolve("site.yaml"));
    Files.writeString(
        settings.resolve("site.yaml"),
        yaml.replace("      Imprint: Impressum\n", "")
            .replace("    name: Centre de confidentialité de Larch & Loom\n", "")
            .replace("      Contact us: Kontakt\n", "      Contact: Kontakt\n"));
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("index.html"), "earlier");
    Candor r = site(notices(), settings, out);
    assertEquals(2, r.code(), r.err());
    String file = settings.resolve("site.yaml").toString();
    int de = lineOf(yaml, "  de:");
    int fr = lineOf(yaml, "  fr:");
    for (String expected :
        List.of(
            file
                + ":"
                + (de + 3)
                + ":16: error: there is no footer link labelled 'Contact'\n"
                + "    hint: key each translation by the label it translates: Contact us, Imprint",
            file
                + ":"
                + (de + 1)
                + ":5: error: the site is published in German (site.yaml lists it in"
                + " languages) but its settings have no German for the footer link"
                + " 'Contact us', the footer link 'Imprint'",
            file
                + ":"
                + (fr + 1 - 1)
                + ":5: error: the site is published in French (site.yaml lists it in"
                + " languages) but its settings have no French for name")) {
      assertTrue(r.err().contains(expected), expected + "\nin\n" + r.err());
    }
    assertFalse(r.err().contains("\tat "), "no stack trace");
    assertEquals(Map.of("index.html", "earlier"), text(out), "the earlier output stays");
  }

  @Test
  void aListedLanguageWithoutATranslationIsAnErrorInTheInventory() throws IOException {
    Path notices = notices();
    Files.delete(notices.resolve("saas.fr.yaml"));
    Candor r = site(notices, siteSettings(), tmp.resolve("out"));
    assertEquals(2, r.code(), r.err());
    assertTrue(
        r.err()
            .matches(
                "(?s).*"
                    + java.util.regex.Pattern.quote(notices.resolve("saas.yaml").toString())
                    + ":\\d+:\\d+: error: 'notice.title' has no French translation in .*"),
        r.err());
    assertFalse(Files.exists(tmp.resolve("out")), "nothing written");
  }

  @Test
  void aStaleTranslationIsAWarningAndTheSiteIsBuilt() throws IOException {
    Path notices = notices();
    Path shop = notices.resolve("shop.yaml");
    Files.writeString(
        shop,
        Files.readString(shop)
            .replace("We cannot address your parcel.", "We cannot put your name on the parcel."));
    Candor r = site(notices, siteSettings(), tmp.resolve("out"));
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.err().contains("warning[translation-stale]: the German of 'data[1].without'"), r.err());
  }

  @Test
  void aNoticeNamedAfterALanguageIsAnError() throws IOException {
    Path notices = notices();
    Path saas = notices.resolve("saas.yaml");
    Files.writeString(saas, Files.readString(saas).replace("  id: saas\n", "  id: de\n"));
    Candor r = site(notices, siteSettings(), tmp.resolve("out"));
    assertEquals(2, r.code(), r.err());
    assertTrue(
        r.err().contains(saas + ":4:7: error: the notice id 'de' is also the language"), r.err());
  }

  /**
   * A site whose own language is each of the five without example translations: its front page and
   * feed in that language, the notices in theirs, each page passing axe.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"es", "it", "nl", "pl", "pt"})
  void aSiteInEachOtherLanguageFramesTheNoticesInTheirsAndPassesAxe(String lang) throws Exception {
    Path settings = siteSettings();
    Path yaml = settings.resolve("site.yaml");
    Files.writeString(
        yaml,
        Files.readString(yaml)
                .replace("language: en", "language: " + lang)
                .replace("languages: [de, fr]", "languages: [de, fr, " + lang + "]")
            + "  en:\n    name: Larch & Loom privacy centre\n    footer:\n"
            + "      Contact us: Contact us\n      Imprint: Imprint\n");
    // The notices in the language, their own text kept as it is: this tests Candor's wording.
    Path notices = notices();
    for (Path f :
        List.of(
            notices,
            notices.resolve("archive/shop/1.1.yaml"),
            notices.resolve("archive/shop/1.0.yaml"))) {
      Candor t = Candor.run("translate", "--language", lang, f.toString());
      assertEquals(0, t.code(), t.err());
    }
    try (var files = Files.walk(notices)) {
      for (Path f : files.filter(p -> p.toString().endsWith("." + lang + ".yaml")).toList()) {
        Files.writeString(
            f,
            Files.readString(f)
                .replaceAll(
                    "(?m)^(\\s*(?:- )?)en: (.*)\n(\\s*)" + lang + ": \"\"$",
                    "$1en: $2\n$3" + lang + ": $2"));
      }
    }
    Path out = tmp.resolve("out-" + lang);
    Candor r = site(notices, settings, out);
    assertEquals(0, r.code(), r.err());
    var changes = Jsoup.parse(Files.readString(out.resolve(lang + "/shop/2.0/changes/index.html")));
    assertEquals(lang, changes.select("html").attr("lang"));
    assertEquals(
        dev.candor.render.Messages.forLanguage(lang).orElseThrow().get("site.changes.for-you"),
        changes.select("#for-you-h").text(),
        "the what-changed page in " + lang);
    var index = Jsoup.parse(Files.readString(out.resolve("index.html")));
    assertEquals(lang, index.select("html").attr("lang"));
    String self =
        dev.candor.render.Messages.forLanguage(lang).orElseThrow().get("site.language.self");
    assertEquals(
        List.of(self, "Deutsch", "English", "Français"),
        index.select("nav.languages li").eachText());
    assertEquals(
        List.of("English", "Deutsch", "Français", self),
        changes.select("nav.languages li").eachText(),
        "the notice's own language first");
    String intro =
        dev.candor.render.Messages.forLanguage(lang).orElseThrow().get("site.index.intro");
    assertEquals(intro, index.select("main > p").first().text());
    assertTrue(Files.isRegularFile(out.resolve("en/index.html")), "the English front page");
    assertEquals(
        "en",
        Jsoup.parse(Files.readString(out.resolve("shop/2.0/index.html")))
            .select("html")
            .attr("lang"),
        "the notice in its own language");
    String feed = Files.readString(out.resolve("feed.xml"));
    assertTrue(feed.contains("<feed ") && feed.contains("xml:lang=\"" + lang + "\">"), feed);
    assertEquals(5, feed.split("<entry>").length - 1, "every version in " + lang);
    dev.candor.testing.Axe.check(
            List.of(
                out.resolve("index.html"),
                out.resolve("en/index.html"),
                out.resolve("shop/2.0/index.html"),
                out.resolve(lang + "/shop/2.0/index.html"),
                out.resolve(lang + "/shop/2.0/changes/index.html"),
                out.resolve("de/shop/2.0/changes/index.html")))
        .assertClean();
  }

  private static int lineOf(String text, String line) {
    List<String> lines = text.lines().toList();
    return lines.indexOf(line) + 1;
  }

  private static Map<String, String> text(Path dir) throws IOException {
    Map<String, String> out = new java.util.TreeMap<>();
    Snapshot.of(dir)
        .forEach((k, v) -> out.put(k, new String(v, java.nio.charset.StandardCharsets.UTF_8)));
    return out;
  }
}
