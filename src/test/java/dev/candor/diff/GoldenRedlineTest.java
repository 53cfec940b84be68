package dev.candor.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.candor.load.InventoryLoader;
import dev.candor.load.Limits;
import dev.candor.pipeline.Build;
import dev.candor.render.NoticeRenderer;
import dev.candor.render.Templates;
import dev.candor.testing.Axe;
import dev.candor.testing.Candor;
import dev.candor.testing.Golden;
import dev.candor.vocab.Vocabulary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML redline of every case of the diff corpus, read back the way a browser builds it: each
 * {@code ins} and {@code del} sits inside the paragraph, list item, heading or table cell it
 * belongs to; accepting every change gives the new notice's text and rejecting every change the old
 * one's; no Markdown is left in it. {@code redline.txt} in each case folder holds an outline of
 * what is marked, section by section ({@code -Dgolden.update=true} rewrites it).
 */
class GoldenRedlineTest {
  private static final Path CASES = Path.of("src/test/resources/diff/cases");
  private static final InventoryLoader LOADER = Build.loader(Limits.DEFAULTS);
  private static final NoticeRenderer NOTICES =
      new NoticeRenderer(new Templates(Optional.empty()), Vocabulary.english());

  /** Where a word-level change may sit: blocks that hold text, never around them. */
  private static final Set<String> TEXT_BLOCKS =
      Set.of("p", "li", "td", "th", "dt", "dd", "h3", "h4", "h5", "h6", "caption");

  /** Markdown a redline of the notice's source would show, and a rendered one never does. */
  private static final Pattern MARKDOWN =
      Pattern.compile("\\[-|-]|\\{\\+|\\+}|\\| ---|\\*\\*|^#+ |~~~~|\\]\\(", Pattern.MULTILINE);

  static List<String> cases() throws Exception {
    return GoldenDiffTest.cases().toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void redlineIsTheNewNoticeWithEachChangeInItsBlock(String name) throws Exception {
    Path dir = CASES.resolve(name);
    Document page = Jsoup.parse(html(dir));
    Element notice = page.selectFirst(".redline-notice");
    assertNotNull(notice, "the report has the marked-up notice");

    for (Element mark : notice.select("ins, del")) {
      Element up = mark.parent();
      while (up != null && !up.is("p, li, td, th, dt, dd, h3, h4, h5, h6, caption, div")) {
        up = up.parent();
      }
      Element block = up;
      assertNotNull(block, name + ": " + mark.outerHtml());
      assertTrue(
          TEXT_BLOCKS.contains(block.tagName()) || block.hasClass("masthead"),
          () -> name + ": " + mark.outerHtml() + " sits in " + block.tagName() + ", not in text");
      assertFalse(mark.select("p, li, td, tr, table, section, ul").size() > 0, mark::outerHtml);
    }

    String text = notice.wholeText();
    assertFalse(MARKDOWN.matcher(text).find(), () -> name + ": Markdown in the redline: " + text);

    Document neu = Jsoup.parse(NOTICES.body(load(dir, "new.yaml")));
    Document old = Jsoup.parse(NOTICES.body(load(dir, "old.yaml")));
    sameWords(words(neu.body()), words(accepted(notice, "del")), name + ": accept all");
    sameWords(words(old.body()), words(accepted(notice, "ins")), name + ": reject all");

    Golden.assertMatches(dir.resolve("redline.txt"), outline(notice), "redline of " + name, name);
  }

  @Test
  void aNoticeWithNoChangeInItsTextHasEverySectionFolded() throws Exception {
    Document page = Jsoup.parse(html(CASES.resolve("changelog-approved")));
    Element notice = page.selectFirst(".redline-notice");
    assertEquals(List.of(), notice.select("ins, del").eachText());
    assertFalse(notice.select("section").isEmpty());
    for (Element s : notice.select("section")) {
      assertTrue(s.hasClass("rl-same"), s.id());
      assertNotNull(s.selectFirst("details > summary"), s.id() + " is folded");
    }
  }

  @Test
  void aNewEntryIsMarkedWholeWithItsHeading() throws Exception {
    Document page = Jsoup.parse(html(CASES.resolve("data-added")));
    Element phone = page.selectFirst(".redline-notice article.rl-added");
    assertNotNull(phone, "the new data item's entry is marked new");
    assertEquals("n-data-phone", phone.id());
    assertEquals("Phone number", phone.selectFirst("h6 > ins").ownText());
    for (Element p : phone.select("p, li")) {
      assertFalse(p.select("ins").isEmpty(), "all of its text is inserted: " + p.outerHtml());
    }
    Element glance = page.selectFirst("#n-glance dl.glance");
    assertNotNull(glance, "the glance is there");
    assertTrue(
        glance.select("dd ins").eachText().stream().anyMatch(t -> t.contains("phone number")),
        "and the new item is marked inserted in the glance's list of data: " + glance.outerHtml());
  }

  @Test
  void aRemovedEntryStaysWhereItWasStruckThroughWithItsOwnIds() throws Exception {
    Document page = Jsoup.parse(html(CASES.resolve("recipient-removed")));
    Element gone = page.selectFirst(".redline-notice article.rl-removed");
    assertNotNull(gone, page.select("#n-share").outerHtml());
    assertEquals("Postmark", gone.selectFirst("h5 > del").ownText());
    assertTrue(gone.id().startsWith("was-"), "its id cannot clash with the new notice's");
    assertEquals(gone.selectFirst("h5").id(), gone.attr("aria-labelledby"));
  }

  /**
   * axe in Chromium over one redline for each way the corpus changes the notice: the first case (by
   * name) for each set of sections it changes and of kinds of marks it makes. Running all of them
   * takes minutes and finds nothing more.
   */
  @Test
  void aRedlineOfEachShapeIsAccessible() throws Exception {
    Path out = Files.createDirectories(Path.of("target/redlines"));
    Map<String, Path> byShape = new TreeMap<>();
    for (String name : cases()) {
      String html = html(CASES.resolve(name));
      Element notice = Jsoup.parse(html).selectFirst(".redline-notice");
      String shape =
          notice.select("section.rl-changed").eachAttr("id")
              + " "
              + notice.select(".rl-added, .rl-removed").stream()
                  .map(e -> e.tagName() + "." + e.className())
                  .distinct()
                  .sorted()
                  .toList();
      if (!byShape.containsKey(shape)) {
        Path page = out.resolve(name + ".html");
        Files.writeString(page, html);
        byShape.put(shape, page);
      }
    }
    assertTrue(byShape.size() >= 10, () -> "too few shapes: " + byShape.keySet());
    Axe.check(List.copyOf(byShape.values())).assertClean();
  }

  private static String html(Path dir) {
    Candor r =
        Candor.run(
            "diff",
            "--format",
            "html",
            dir.resolve("old.yaml").toString(),
            dir.resolve("new.yaml").toString());
    assertTrue(r.code() == 0 || r.code() == 1, r::toString);
    return r.out();
  }

  private static dev.candor.model.Inventory load(Path dir, String file) throws Exception {
    return LOADER.load(dir.resolve(file)).inventory();
  }

  /** The notice with one kind of mark and the report's own words taken out. */
  private static Element accepted(Element notice, String dropped) {
    Element copy = notice.clone();
    copy.select(dropped + ", .vh, .rl-note").remove();
    // jsoup counts ins and del as blocks, and would put spaces around them in text().
    copy.select("ins, del").unwrap();
    return copy;
  }

  /** Fails with the first place the two texts part, a few words either side. */
  private static void sameWords(List<String> expected, List<String> actual, String what) {
    int i = 0;
    while (i < expected.size() && i < actual.size() && expected.get(i).equals(actual.get(i))) {
      i++;
    }
    if (i == expected.size() && i == actual.size()) {
      return;
    }
    int from = Math.max(0, i - 8);
    fail(
        what
            + ": the texts part at word "
            + i
            + "\n  expected: ..."
            + String.join(" ", expected.subList(from, Math.min(expected.size(), i + 12)))
            + "\n  actual:   ..."
            + String.join(" ", actual.subList(from, Math.min(actual.size(), i + 12))));
  }

  private static List<String> words(Element e) {
    return Arrays.stream(e.text().split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }

  /**
   * One line per section with what happened to it, and for a changed one each block that holds a
   * mark, with its text in wdiff notation.
   */
  private static String outline(Element notice) {
    StringBuilder b = new StringBuilder();
    for (Element s : notice.select("section")) {
      String state =
          s.hasClass("rl-added")
              ? "new"
              : s.hasClass("rl-removed")
                  ? "removed"
                  : s.hasClass("rl-changed") ? "changed" : "unchanged";
      b.append("section ").append(s.id()).append(": ").append(state).append('\n');
      if (!state.equals("changed")) {
        continue;
      }
      for (Element block : s.select(String.join(", ", TEXT_BLOCKS))) {
        if (block.select("ins, del").isEmpty()
            || !block.select(String.join(", ", TEXT_BLOCKS)).stream().allMatch(x -> x == block)) {
          continue;
        }
        String cls =
            block.hasClass("rl-added")
                ? " (new)"
                : block.hasClass("rl-removed")
                    ? " (removed)"
                    : block.parent() != null && block.parent().hasClass("rl-added")
                        ? " (in a new " + block.parent().tagName() + ")"
                        : block.parent() != null && block.parent().hasClass("rl-removed")
                            ? " (in a removed " + block.parent().tagName() + ")"
                            : "";
        b.append("  ").append(block.tagName()).append(cls).append(": ");
        b.append(marked(block).replaceAll("\\s+", " ").strip()).append('\n');
      }
    }
    return b.toString();
  }

  private static String marked(Node n) {
    if (n instanceof TextNode t) {
      return t.text();
    }
    Element e = (Element) n;
    if (e.hasClass("vh")) {
      return "";
    }
    String inner =
        e.childNodes().stream().map(GoldenRedlineTest::marked).collect(Collectors.joining());
    return switch (e.tagName()) {
      case "ins" -> "{+" + inner + "+}";
      case "del" -> "[-" + inner + "-]";
      default -> inner;
    };
  }
}
