package dev.candor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.load.Archive;
import dev.candor.load.Limits;
import dev.candor.load.LoadedInventory;
import dev.candor.model.DataItem;
import dev.candor.model.Inventory;
import dev.candor.pipeline.Build;
import dev.candor.render.pdf.PdfChecks;
import dev.candor.testing.Golden;
import dev.candor.vocab.Vocabulary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Every example in notices/ and every inventory of the corpus written from real published notices
 * (src/test/resources/corpus), in every format: golden files and what a reader would check.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExampleNoticesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/notices");

  private final Map<String, Rendered> rendered = new LinkedHashMap<>();

  record Rendered(Inventory inventory, NoticeView view, String html, String md, byte[] pdf) {}

  @BeforeAll
  void renderAll() throws Exception {
    NoticeRenderer renderer =
        new NoticeRenderer(new Templates(Optional.empty()), Vocabulary.english());
    List<Path> inputs = new ArrayList<>(Build.defaultInputs());
    try (var corpus = java.nio.file.Files.list(Path.of("src/test/resources/corpus"))) {
      corpus.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(inputs::add);
    }
    for (LoadedInventory li : Build.load(inputs, Limits.DEFAULTS)) {
      Inventory inv = li.inventory();
      Map<Format, byte[]> out =
          renderer.render(
              inv,
              EnumSet.allOf(Format.class),
              Build.recent(Archive.history(li, Build.loader(Limits.DEFAULTS)), null));
      rendered.put(
          inv.notice().id(),
          new Rendered(
              inv,
              renderer.compose(inv),
              new String(out.get(Format.HTML), StandardCharsets.UTF_8),
              new String(out.get(Format.MD), StandardCharsets.UTF_8),
              out.get(Format.PDF)));
    }
  }

  Stream<String> examples() {
    return rendered.keySet().stream();
  }

  @Test
  void everyGoldenFileBelongsToAnExample() throws Exception {
    List<Path> known = new ArrayList<>();
    for (String id : rendered.keySet()) {
      for (String ext : List.of(".html", ".md", ".pdf.txt")) {
        known.add(GOLDEN.resolve(id + ext));
      }
    }
    Golden.assertNoStaleFiles(GOLDEN, known);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void thereAreAtLeastThreeExamples(String id) {
    assertTrue(rendered.size() >= 3, "examples: " + rendered.keySet());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void htmlMatchesGolden(String id) throws Exception {
    Golden.assertMatches(GOLDEN.resolve(id + ".html"), rendered.get(id).html(), id + ".html");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void markdownMatchesGolden(String id) throws Exception {
    Golden.assertMatches(GOLDEN.resolve(id + ".md"), rendered.get(id).md(), id + ".md");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void pdfTextMatchesGolden(String id) throws Exception {
    Golden.assertMatches(
        GOLDEN.resolve(id + ".pdf.txt"),
        PdfChecks.extractText(rendered.get(id).pdf()),
        id + ".pdf text");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void htmlIsSelfContainedAndWellFormedForReaders(String id) {
    String html = rendered.get(id).html();
    String lang = rendered.get(id).inventory().notice().language();
    assertTrue(html.contains("<html lang=\"" + lang + "\">"), "lang is set");
    var doc = org.jsoup.Jsoup.parse(html);
    assertEquals(1, doc.select("script").size(), "one script element");
    assertEquals(
        1,
        doc.select("script[type=application/ld+json]").size(),
        "and it is the JSON-LD data block, which browsers never run");
    assertFalse(Pattern.compile("(?i)\\son\\w+=").matcher(html).find(), "no event handlers");
    assertFalse(
        Pattern.compile("(?i)<(img|link|iframe|object|embed|source|video|audio)\\b")
            .matcher(html)
            .find(),
        "no external resources can load");
    assertFalse(html.contains("url("), "CSS loads nothing");
    assertFalse(html.contains("@import"), "CSS imports nothing");
    Matcher links = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    while (links.find()) {
      String href = links.group(1);
      assertTrue(
          href.startsWith("#")
              || href.startsWith("https://")
              || href.startsWith("http://")
              || href.startsWith("mailto:"),
          "only plain links: " + href);
      if (href.startsWith("#")) {
        assertTrue(html.contains("id=\"" + href.substring(1) + "\""), "anchor exists: " + href);
      }
    }
    List<Integer> levels = new ArrayList<>();
    Matcher h = Pattern.compile("<h([1-6])[ >]").matcher(html);
    while (h.find()) {
      levels.add(Integer.parseInt(h.group(1)));
    }
    assertEquals(1, levels.stream().filter(l -> l == 1).count(), "one h1");
    assertEquals(1, levels.get(0), "h1 first");
    for (int i = 1; i < levels.size(); i++) {
      assertTrue(levels.get(i) <= levels.get(i - 1) + 1, "headings in order: " + levels);
    }
    assertTrue(html.contains("<th scope=\"col\">"), "tables have header cells");
    assertTrue(html.contains("@media print"), "print styles");
    assertTrue(html.contains("name=\"viewport\""), "readable on a phone");
  }

  @org.junit.jupiter.api.Test
  void htmlPassesAxeInLightAndDarkMode(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    List<Path> pages = new ArrayList<>();
    for (var e : rendered.entrySet()) {
      Path page = dir.resolve(e.getKey() + ".html");
      java.nio.file.Files.writeString(page, e.getValue().html());
      pages.add(page);
    }
    dev.candor.testing.Axe.check(pages).assertClean();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void markdownParsesWithSectionsAndTables(String id) {
    Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    Node doc = parser.parse(rendered.get(id).md());
    List<String> h2 = new ArrayList<>();
    int[] tables = {0};
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            if (heading.getLevel() == 2) {
              h2.add(text(heading));
            }
            visitChildren(heading);
          }

          @Override
          public void visit(org.commonmark.node.CustomBlock block) {
            if (block instanceof TableBlock) {
              tables[0]++;
            }
            visitChildren(block);
          }
        });
    List<String> titles =
        rendered.get(id).view().sections().stream().map(NoticeView.Section::title).toList();
    assertEquals(titles, h2, "Markdown sections in notice order");
    assertTrue(tables[0] >= 1, "the at-a-glance table is a real table");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void pdfIsAccessibleArchivableAndSelfContained(String id) throws Exception {
    byte[] pdf = rendered.get(id).pdf();
    assertEquals(List.of(), PdfChecks.validate(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");
    assertEquals(List.of(), PdfChecks.validate(pdf, PDFAFlavour.PDFA_3_U), "PDF/A-3u");
    assertEquals(List.of(), PdfChecks.unembeddedFonts(pdf), "every font embedded");
    List<String> titles =
        rendered.get(id).view().sections().stream().map(NoticeView.Section::title).toList();
    assertEquals(titles, PdfChecks.outlineTitles(pdf), "a bookmark for every section");
    try (PDDocument doc = PdfChecks.load(pdf)) {
      assertEquals(
          rendered.get(id).inventory().notice().title(), doc.getDocumentInformation().getTitle());
      assertEquals(
          rendered.get(id).inventory().notice().language(), doc.getDocumentCatalog().getLanguage());
    }
    String text = PdfChecks.extractText(pdf);
    assertTrue(text.contains(rendered.get(id).view().footer()), "footer with version and date");
    // No ligature glyphs: copying or searching the PDF finds "fits", not "\ufb01ts".
    assertTrue(text.chars().noneMatch(c -> c >= 0xFB00 && c <= 0xFB06), "no ligatures in " + id);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void noticeSpeaksOnlyTheLawOfItsReaders(String id) {
    Rendered r = rendered.get(id);
    var laws = r.inventory().notice().jurisdictions();
    boolean eu = laws.contains(dev.candor.model.Jurisdiction.GDPR);
    boolean uk = laws.contains(dev.candor.model.Jurisdiction.UK_GDPR);
    boolean us = laws.stream().anyMatch(dev.candor.model.Jurisdiction::usState);
    String text =
        unescapeHtml(r.html()).replaceAll("\\s+", " ") + " " + r.md().replaceAll("\\s+", " ");
    List<String> foreign = new ArrayList<>();
    if (!eu) {
      foreign.addAll(
          List.of("European Commission", "European Economic Area", "EU-US Data Privacy Framework"));
    }
    if (!eu && !uk) {
      foreign.addAll(List.of("Legal basis", "legitimate interests", "does not override"));
    }
    if (!us) {
      foreign.addAll(List.of("Do Not Sell", "Global Privacy Control", "California"));
    }
    for (String term : foreign) {
      assertFalse(text.contains(term), id + " is not for readers of that law, yet says: " + term);
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyDataItemAppearsWithItsFactsInEveryFormat(String id) {
    Rendered r = rendered.get(id);
    String pdfText = PdfChecks.extractText(r.pdf()).replaceAll("\\s+", " ");
    String html = unescapeHtml(r.html()).replaceAll("\\s+", " ");
    String md = r.md().replace("\\", "").replaceAll("\\s+", " ");
    NoticeComposer composer =
        new NoticeComposer(
            Messages.forLanguage(r.inventory().notice().language()).orElseThrow(),
            Vocabulary.english());
    for (DataItem d : r.inventory().data()) {
      List<String> facts = new ArrayList<>();
      facts.add(cap(composer.label(d)));
      facts.add(retentionFact(composer, r.inventory(), d.retention()));
      d.from().forEach(facts::add);
      if (d.how() != null) {
        facts.add(NoticeComposer.trimStop(d.how()));
      }
      if (composer.scope(d.scope()) != null) {
        facts.add(composer.scope(d.scope()));
      }
      d.purposes().forEach(p -> facts.add(composer.label(r.inventory().purpose(p).orElseThrow())));
      d.stores()
          .forEach(
              s -> {
                var store = r.inventory().store(s).orElseThrow();
                facts.add(store.provider());
                store
                    .place()
                    .countries()
                    .forEach(c -> facts.add(dev.candor.vocab.Countries.name(c)));
                if (store.location() != null) {
                  facts.add(store.location());
                }
              });
      d.recipients()
          .forEach(
              x -> {
                var recipient = r.inventory().recipient(x).orElseThrow();
                facts.add(recipient.name());
                facts.add(composer.places(recipient.place()));
              });
      // A fact may open a sentence or follow a semicolon, so case is not compared.
      String htmlLower = html.toLowerCase(java.util.Locale.ROOT);
      String mdLower = md.toLowerCase(java.util.Locale.ROOT);
      String pdfLower = pdfText.toLowerCase(java.util.Locale.ROOT);
      for (String fact : facts) {
        String f = fact.replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        assertTrue(htmlLower.contains(f), id + ".html lacks '" + f + "' for " + d.id());
        assertTrue(mdLower.contains(f), id + ".md lacks '" + f + "' for " + d.id());
        assertTrue(pdfLower.contains(f), id + ".pdf lacks '" + f + "' for " + d.id());
      }
    }
  }

  /**
   * What a notice must say of how long an item is kept, whether it is told alone or with items kept
   * alike ("We keep them for ..."): the time and what it counts from, the rule, or who keeps it.
   */
  private static String retentionFact(
      NoticeComposer composer, dev.candor.model.Inventory inv, dev.candor.model.Retention k) {
    if (k instanceof dev.candor.model.Retention.For f) {
      return composer.duration(f.duration())
          + (f.after() == null ? "" : " after " + NoticeComposer.trimStop(f.after()));
    }
    if (k instanceof dev.candor.model.Retention.HeldBy h) {
      return inv.recipient(h.recipient()).orElseThrow().name();
    }
    if (k instanceof dev.candor.model.Retention.Forever f) {
      return NoticeComposer.sentence(f.reason());
    }
    return composer.retention(inv, k);
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String unescapeHtml(String s) {
    return s.replaceAll("<[^>]+>", " ")
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'");
  }

  private static String text(Node node) {
    StringBuilder b = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(org.commonmark.node.Text t) {
            b.append(t.getLiteral());
          }
        });
    return b.toString();
  }
}
