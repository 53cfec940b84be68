package dev.candor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.pipeline.AtomicWriter;
import dev.candor.render.Messages;
import dev.candor.render.pdf.PdfChecks;
import dev.candor.testing.Axe;
import dev.candor.testing.Candor;
import dev.candor.testing.Snapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The example site, built once, checked as a visitor and a feed reader would. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteTest {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String BASE = "https://privacy.larchandloom.example/";

  private Path tmp;
  private Path site;

  @BeforeAll
  void buildTheExampleSite(@TempDir Path dir) {
    tmp = dir;
    site = tmp.resolve("site");
    Candor r = Candor.run("site", "--out", site.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("3 notices, 5 versions"), r.out());
  }

  private List<Path> files(String ext) throws IOException {
    try (Stream<Path> s = Files.walk(site)) {
      return s.filter(p -> p.toString().endsWith(ext)).sorted().toList();
    }
  }

  @Test
  void theShopsCookieDeclarationIsAPageWithDownloadsLinkedFromTheNotice() throws IOException {
    String page = Files.readString(site.resolve("shop/2.0/cookies/index.html"));
    var doc = org.jsoup.Jsoup.parse(page);
    assertEquals(
        List.of("ll_session", "ll_basket", "ll_checkout", "__stripe_mid", "__stripe_sid"),
        doc.select("table.declaration tbody th").eachText());
    assertTrue(
        page.contains("Lets Stripe recognise your browser when you pay"), "descriptions shown");
    assertEquals("../index.html", doc.select("main p a").last().attr("href"), "back to the notice");
    for (String ext : List.of("html", "md", "pdf")) {
      Path f = site.resolve("shop/2.0/shop-2.0-cookies." + ext);
      assertTrue(Files.size(f) > 500, f + " written");
    }
    assertTrue(
        Files.readString(site.resolve("shop/2.0/shop-2.0-cookies.md"))
            .contains("| \\_\\_stripe\\_mid | Cookie | Stripe Payments Europe, Ltd. |"));
    var notice = org.jsoup.Jsoup.parse(Files.readString(site.resolve("shop/index.html")));
    assertEquals(5, notice.select("table.cookies tbody tr").size(), "the notice's short table");
    assertEquals(
        "2.0/cookies/index.html",
        notice.select("#cookies ~ p a").attr("href"),
        "the notice links to the declaration");
    assertFalse(Files.exists(site.resolve("shop/1.0/cookies")), "1.0 listed no cookies");
  }

  @Test
  void theShopShowsThreeVersionsAndWhatChangedBetweenThem() throws IOException {
    for (String v : List.of("1.0", "1.1", "2.0")) {
      for (String ext : List.of("html", "md", "pdf", "json")) {
        assertTrue(Files.size(site.resolve("shop/" + v + "/shop-" + v + "." + ext)) > 500);
      }
      assertTrue(Files.exists(site.resolve("shop/" + v + "/index.html")));
    }
    String changes = Files.readString(site.resolve("shop/2.0/changes/index.html"));
    assertTrue(
        changes.contains("From 1 March 2026:")
            && changes.contains(
                "We now share pages you visit with Plausible Insights OÜ (Estonia)"),
        "what changes for readers, and from when");
    assertTrue(
        changes.contains("We switched our visit statistics to Plausible"),
        "the change log's own summary of the version");
    assertTrue(changes.contains("<ins>") && changes.contains("<del>"), "a redline");
    String visible = org.jsoup.Jsoup.parse(changes).body().text();
    for (String advice : List.of("material", "minor", "notify", "compared", "legal review")) {
      assertFalse(
          visible.toLowerCase(Locale.ROOT).contains(advice),
          "advice for the company stays in candor diff: " + advice);
    }
    assertTrue(
        Files.readString(site.resolve("shop/1.1/changes/index.html")).contains("newsletter"),
        "1.1 added the newsletter");
    assertFalse(Files.exists(site.resolve("shop/1.0/changes")), "nothing before 1.0");
    String current = Files.readString(site.resolve("shop/index.html"));
    assertTrue(current.contains("This is the current version (2.0)"), "current banner");
    assertTrue(
        current.contains("What changed on 1 March 2026, since version 1.1:"),
        "the notice's own changes section comes from the diff engine");
    assertTrue(
        Files.readString(site.resolve("shop/1.0/index.html"))
            .contains("It is not the current version."));
  }

  @Test
  void everyVersionIsPublishedInEachOfItsLanguagesUnderTheLanguagesFolder() throws IOException {
    for (String lang : List.of("de", "fr")) {
      for (String page :
          List.of(
              "index.html",
              "feed.xml",
              "shop/index.html",
              "shop/2.0/index.html",
              "shop/2.0/changes/index.html",
              "shop/2.0/cookies/index.html",
              "shop/1.1/changes/index.html",
              "shop/1.0/index.html",
              "saas/1.2/index.html",
              "fitness/3.0/index.html")) {
        assertTrue(Files.isRegularFile(site.resolve(lang).resolve(page)), lang + "/" + page);
      }
      for (String ext : List.of("html", "md", "pdf", "json")) {
        Path f = site.resolve(lang + "/shop/2.0/shop-2.0." + ext);
        assertTrue(Files.size(f) > 500, f.toString());
      }
    }
    String de = Files.readString(site.resolve("de/shop/2.0/changes/index.html"));
    assertTrue(de.contains("Ab dem 1. März 2026:"), "what changes, in German");
    assertTrue(de.contains("<ins>") && de.contains("<del>"), "a redline of the German text");
    String fr = Files.readString(site.resolve("fr/shop/index.html"));
    assertTrue(fr.contains("Politique de confidentialité de Larch &amp; Loom"), "French title");
    assertTrue(
        PdfChecks.extractText(Files.readAllBytes(site.resolve("de/shop/2.0/shop-2.0.pdf")))
            .startsWith("Datenschutzcenter von Larch & Loom"),
        "the PDF carries the site's German name");
  }

  @Test
  void everyPageSaysItsLanguageAndLinksToItselfInTheOthers() throws IOException {
    int switchers = 0;
    for (Path page : files(".html")) {
      String rel = site.relativize(page).toString();
      // Downloads are notices of their own: the language is that of the folder they are in.
      String first = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : "";
      String lang = first.equals("de") || first.equals("fr") ? first : "en";
      var doc = org.jsoup.Jsoup.parse(Files.readString(page));
      assertEquals(lang, doc.select("html").attr("lang"), rel);
      var alternates = doc.select("head link[rel=alternate][hreflang]");
      if (alternates.isEmpty()) {
        continue;
      }
      switchers++;
      assertEquals(Set.of("en", "de", "fr"), new TreeSet<>(alternates.eachAttr("hreflang")), rel);
      String self = BASE + rel.replaceFirst("index\\.html$", "");
      assertEquals(
          self,
          doc.select("head link[hreflang=" + lang + "]").attr("href"),
          rel + " names itself among its alternates");
      var nav = doc.select("header nav.languages");
      assertEquals(1, nav.size(), rel + " has a language switcher");
      assertEquals(List.of("English", "Deutsch", "Français"), nav.select("li").eachText(), rel);
      assertEquals(lang, nav.select("[aria-current=page]").attr("lang"), rel);
      for (var a : nav.select("a")) {
        Path target = page.getParent().resolve(a.attr("href")).normalize();
        assertTrue(Files.isRegularFile(target), rel + " -> " + a.attr("href"));
        // The page it leads to names this one back.
        var there = org.jsoup.Jsoup.parse(Files.readString(target));
        assertEquals(
            self,
            there.select("head link[hreflang=" + lang + "]").attr("href"),
            a.attr("href") + " links back to " + rel);
      }
    }
    assertEquals(36, switchers, "pages with a switcher: 12 in each language");
  }

  @Test
  void thePagesInGermanAndFrenchKeepNoEnglish() throws Exception {
    Messages en = Messages.forLanguage("en").orElseThrow();
    for (String lang : List.of("de", "fr")) {
      Messages other = Messages.forLanguage(lang).orElseThrow();
      String theirs = String.join("\n", other.all().values());
      List<String> english = new ArrayList<>();
      en.all()
          .forEach(
              (k, v) -> {
                if (k.startsWith("site.")) {
                  for (String part : v.split("\\{[a-z]+}")) {
                    String f = part.strip();
                    if (f.split("\\s+").length >= 2 && !theirs.contains(f)) {
                      english.add(f);
                    }
                  }
                }
              });
      for (String id : List.of("shop", "saas", "fitness")) {
        var li =
            dev.candor.pipeline.Build.load(
                    List.of(Path.of("notices", id + ".yaml")), dev.candor.load.Limits.DEFAULTS)
                .get(0);
        var translated =
            dev.candor.load.Translations.read(li, lang, dev.candor.load.Limits.DEFAULTS)
                .inventory();
        Map<String, String> byKey = new java.util.HashMap<>();
        dev.candor.load.TextFields.of(translated).forEach(f -> byKey.put(f.key(), f.text()));
        dev.candor.load.TextFields.of(li.inventory()).stream()
            .filter(dev.candor.load.TextFields.Field::required)
            .filter(f -> !f.text().equals(byKey.get(f.key())))
            .forEach(f -> english.add(f.text()));
      }
      english.addAll(List.of("Contact us", "Imprint", "privacy centre"));
      assertTrue(english.size() > 100, lang + ": " + english.size());
      List<Path> pages;
      try (Stream<Path> s = Files.walk(site.resolve(lang))) {
        pages = s.filter(p -> p.toString().endsWith("index.html")).sorted().toList();
      }
      assertTrue(pages.size() >= 10, pages.toString());
      for (Path page : pages) {
        var doc = org.jsoup.Jsoup.parse(Files.readString(page));
        doc.select("nav.languages, script").remove();
        String visible = doc.text();
        for (String f : english) {
          assertFalse(visible.contains(f), site.relativize(page) + " keeps English: \"" + f + "\"");
        }
      }
    }
  }

  @Test
  void eachLanguageHasItsOwnFeed() throws Exception {
    for (String lang : List.of("de", "fr")) {
      Element root = xml(site.resolve(lang + "/feed.xml")).getDocumentElement();
      assertEquals(lang, root.getAttribute("xml:lang"));
      assertEquals(BASE + lang + "/feed.xml", text(root, "id"));
      List<Element> entries = children(root, "entry");
      assertEquals(5, entries.size(), "every version is published in " + lang);
      for (Element e : entries) {
        String href = children(e, "link").get(0).getAttribute("href");
        assertTrue(href.startsWith(BASE + lang + "/"), href);
      }
    }
    String de = Files.readString(site.resolve("de/feed.xml"));
    assertTrue(de.contains("Was sich ab dem 1. März 2026 für Sie ändert"), de);
  }

  @Test
  void everyPagePassesAxe() throws Exception {
    List<Path> pages = files(".html");
    assertTrue(pages.size() >= 16, pages.toString());
    Axe.check(pages).assertClean();
  }

  @Test
  void everyInternalLinkResolvesAndNothingLoadsFromAnotherHost() throws IOException {
    Pattern attr = Pattern.compile("(href|src)=\"([^\"]*)\"");
    for (Path page : files(".html")) {
      String html = Files.readString(page);
      var doc = org.jsoup.Jsoup.parse(html);
      assertEquals(
          doc.select("script").size(),
          doc.select("script[type=application/ld+json]").size(),
          page + " has a script other than the JSON-LD data block");
      assertFalse(
          Pattern.compile("(?i)<(link|iframe|object|embed)\\b(?![^>]*rel=\"alternate\")")
              .matcher(html)
              .find(),
          page + " loads something");
      assertFalse(html.contains("url(") || html.contains("@import"), page + ": CSS loads");
      Matcher m = attr.matcher(html);
      while (m.find()) {
        String kind = m.group(1);
        String ref = m.group(2).replace("&amp;", "&");
        if (kind.equals("src")) {
          assertTrue(ref.startsWith("data:image/png;base64,"), page + " loads " + ref);
          continue;
        }
        if (ref.startsWith("https://") || ref.startsWith("http://") || ref.startsWith("mailto:")) {
          continue; // a link the reader may follow, not something the page loads
        }
        String[] parts = ref.split("#", 2);
        Path target = parts[0].isEmpty() ? page : page.getParent().resolve(parts[0]).normalize();
        assertTrue(target.startsWith(site), page + " links outside the site: " + ref);
        assertTrue(Files.isRegularFile(target), page + " links to a missing " + ref);
        if (parts.length == 2 && target.toString().endsWith(".html")) {
          assertTrue(
              Files.readString(target).contains("id=\"" + parts[1] + "\""),
              page + " links to a missing anchor " + ref);
        }
      }
    }
  }

  @Test
  void theFeedIsAtomWithAnEntryPerPublishedVersion() throws Exception {
    Document feed = xml(site.resolve("feed.xml"));
    Element root = feed.getDocumentElement();
    assertEquals(ATOM, root.getNamespaceURI());
    assertEquals("feed", root.getLocalName());
    for (String required : List.of("id", "title", "updated")) {
      assertEquals(1, children(root, required).size(), "feed has one " + required);
    }
    List<Element> entries = children(root, "entry");
    assertEquals(5, entries.size(), "one entry per published version");
    Set<String> ids = new TreeSet<>();
    for (Element e : entries) {
      String id = text(e, "id");
      assertTrue(ids.add(id), "unique entry id " + id);
      assertTrue(text(e, "updated").matches("\\d{4}-\\d{2}-\\d{2}T00:00:00Z"));
      assertFalse(text(e, "title").isBlank());
      String href = children(e, "link").get(0).getAttribute("href");
      assertTrue(href.startsWith(BASE), href);
      assertTrue(
          Files.isRegularFile(site.resolve(href.substring(BASE.length())).resolve("index.html")),
          "the entry links to a page: " + href);
    }
    assertTrue(
        text(entries.get(0), "updated").compareTo(text(entries.get(4), "updated")) >= 0,
        "newest first");
  }

  @Test
  void theSitemapListsEveryPage() throws Exception {
    Document map = xml(site.resolve("sitemap.xml"));
    NodeList locs =
        map.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
    Set<String> listed = new TreeSet<>();
    for (int i = 0; i < locs.getLength(); i++) {
      listed.add(locs.item(i).getTextContent());
    }
    for (Path page : files("index.html")) {
      String rel = site.relativize(page.getParent()).toString();
      assertTrue(listed.contains(BASE + (rel.isEmpty() ? "" : rel + "/")), "sitemap lacks " + rel);
    }
  }

  @Test
  void thePdfsAreAccessibleAndCarryTheSiteBranding() throws Exception {
    byte[] pdf = Files.readAllBytes(site.resolve("shop/2.0/shop-2.0.pdf"));
    assertEquals(List.of(), PdfChecks.validate(pdf, PDFAFlavour.PDFUA_1));
    assertEquals(List.of(), PdfChecks.validate(pdf, PDFAFlavour.PDFA_3_U));
    assertTrue(
        PdfChecks.extractText(pdf).startsWith("Larch & Loom privacy centre"),
        "the site's name heads the PDF as it heads every page");
    try (PDDocument doc = PdfChecks.load(pdf)) {
      var resources = doc.getPage(0).getResources();
      int images = 0;
      for (var name : resources.getXObjectNames()) {
        if (resources.isImageXObject(name)) {
          images++;
        }
      }
      assertEquals(1, images, "the logo is on the first page");
    }
    String page = Files.readString(site.resolve("shop/index.html"));
    assertTrue(page.contains("Larch &amp; Loom privacy centre"));
    assertTrue(page.contains("--accent: #0b5cad"), "the site's colour");
  }

  @Test
  void twoBuildsInDifferentTimeZonesAndLocalesAreByteIdentical() throws IOException {
    Path second = tmp.resolve("second");
    TimeZone tz = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertEquals(0, Candor.run("site", "--out", second.toString()).code());
    } finally {
      TimeZone.setDefault(tz);
      Locale.setDefault(locale);
    }
    Map<String, byte[]> a = Snapshot.of(site);
    Map<String, byte[]> b = Snapshot.of(second);
    Snapshot.assertSame(a, b);
  }

  @Test
  void aFailedBuildLeavesThePreviousSiteWhole() throws IOException {
    Path out = tmp.resolve("kept");
    assertEquals(0, Candor.run("site", "--out", out.toString()).code());
    Map<String, byte[]> before = Snapshot.of(out);
    Path notices = tmp.resolve("notices");
    Snapshot.copyTree(Path.of("notices"), notices);
    Files.writeString(
        notices.resolve("shop.yaml"),
        Files.readString(notices.resolve("shop.yaml"))
            .replace("version: \"2.0\"", "version: \"1.1\""));
    Candor r = Candor.run("site", "--notices", notices.toString(), "--out", out.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("error: the notice changed but its version is still 1.1"), r.err());
    Map<String, byte[]> after = Snapshot.of(out);
    Snapshot.assertSame(before, after);
  }

  @Test
  void aSwapInterruptedBetweenItsTwoRenamesIsPutBack() throws IOException {
    Path out = tmp.resolve("swap/site");
    AtomicWriter.folder(
        out, Map.of("index.html", "old".getBytes(StandardCharsets.UTF_8)), Map.of());
    Files.move(out, out.resolveSibling(".site.old"));
    Files.createDirectories(out.resolveSibling(".site.staging-123/x"));
    AtomicWriter.recover(out.toAbsolutePath());
    assertEquals("old", Files.readString(out.resolve("index.html")));
    try (Stream<Path> s = Files.list(out.getParent())) {
      assertEquals(List.of(out.toAbsolutePath()), s.map(Path::toAbsolutePath).toList());
    }
  }

  @Test
  void badSiteSettingsAreLocatedErrors() throws IOException {
    Path settings = Files.createDirectories(tmp.resolve("badsite"));
    Files.writeString(
        settings.resolve("site.yaml"),
        "name: X\nbase_url: ftp://x/\n"
            + "logo: assets/none.png\nlogo_alt: X\ncolors:\n  accent: blue\nfooter:\n"
            + "  - label: a\n    url: javascript:alert(1)\n");
    Candor r =
        Candor.run("site", "--site", settings.toString(), "--out", tmp.resolve("o").toString());
    assertEquals(2, r.code());
    String file = settings.resolve("site.yaml").toString();
    for (String expected :
        List.of(
            file + ":2:11: error: 'base_url'",
            file + ":3:7: error: no logo",
            file + ":6:11: error: 'accent'",
            file + ":9:10: error: 'url'")) {
      assertTrue(r.err().contains(expected), expected + " in\n" + r.err());
    }
  }

  private static Document xml(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(file.toFile());
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e
          && ATOM.equals(e.getNamespaceURI())
          && name.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }

  private static String text(Element parent, String name) {
    return children(parent, name).get(0).getTextContent();
  }
}
