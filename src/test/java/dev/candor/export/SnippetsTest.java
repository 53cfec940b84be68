package dev.candor.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candor.testing.Candor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** candor export snippets: one per collection point, each linking to an anchor that exists. */
class SnippetsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Email collected at two places, gift notes at one, whose label needs escaping. */
  private static final Path KNOWN = Path.of("src/test/resources/export/snippets.yaml");

  private static final String URL = "https://birch.example/privacy";
  private static final String EMAIL =
      "We use your email address to take and deliver your"
          + " orders. We keep it for 2 years after your last order.";
  private static final String MORE = "More in our privacy notice.";

  @TempDir Path tmp;

  /** A snippet as snippets.json holds it. */
  record Expected(
      String data, String place, String href, String text, String html, String markdown) {}

  @Test
  void aKnownInventoryGivesExactlyTheseSnippets() throws Exception {
    Candor r =
        Candor.run(
            "export", "snippets", KNOWN.toString(), "--notice-url", URL, "--out", tmp.toString());
    assertEquals(0, r.code(), r::toString);
    String emailHtml =
        "<p class=\"candor-snippet\" lang=\"en\">"
            + EMAIL
            + " <a href=\""
            + URL
            + "#data-email\">"
            + MORE
            + "</a></p>\n";
    String emailMd = EMAIL + " [" + MORE + "](" + URL + "#data-email)\n";
    List<Expected> expected =
        List.of(
            new Expected(
                "email", "checkout", URL + "#data-email", EMAIL + " " + MORE, emailHtml, emailMd),
            new Expected(
                "email",
                "newsletter sign-up form",
                URL + "#data-email",
                EMAIL + " " + MORE,
                emailHtml,
                emailMd),
            new Expected(
                "notes",
                "gift wrapping page",
                URL + "#data-notes",
                "We use your gift notes & <em>wishes</em> to take and deliver your orders. We keep it"
                    + " for 3 months after delivery. "
                    + MORE,
                "<p class=\"candor-snippet\" lang=\"en\">We use your gift notes &amp;"
                    + " &lt;em&gt;wishes&lt;/em&gt; to take and deliver your orders. We keep it for 3"
                    + " months after delivery. <a href=\""
                    + URL
                    + "#data-notes\">"
                    + MORE
                    + "</a></p>\n",
                "We use your gift notes \\& \\<em\\>wishes\\</em\\> to take and deliver your orders."
                    + " We keep it for 3 months after delivery. ["
                    + MORE
                    + "]("
                    + URL
                    + "#data-notes)\n"));
    Path dir = tmp.resolve("birch/snippets");
    List<Expected> listed =
        List.of(JSON.readValue(dir.resolve("snippets.json").toFile(), Expected[].class));
    assertEquals(expected, listed);

    // One file pair per snippet, numbered per data item, holding the same text as the listing.
    List<String> names = List.of("email-1", "email-2", "notes-1");
    for (int i = 0; i < names.size(); i++) {
      assertEquals(expected.get(i).html(), Files.readString(dir.resolve(names.get(i) + ".html")));
      assertEquals(expected.get(i).markdown(), Files.readString(dir.resolve(names.get(i) + ".md")));
    }
    try (var files = Files.list(dir)) {
      assertEquals(
          List.of(
              "email-1.html",
              "email-1.md",
              "email-2.html",
              "email-2.md",
              "notes-1.html",
              "notes-1.md",
              "snippets.json"),
          files.map(p -> p.getFileName().toString()).sorted().toList(),
          "no other files");
    }
  }

  @Test
  void everyCollectionPointGetsASnippetLinkingToItsPartOfTheNotice() throws Exception {
    assertEquals(0, Candor.run("build", "--format", "html", "--out", tmp.toString()).code());
    assertEquals(0, Candor.run("export", "snippets", "--out", tmp.toString()).code());
    int total = 0;
    for (String id : List.of("shop", "saas", "fitness")) {
      String html = Files.readString(tmp.resolve(id + ".html"));
      var inv =
          dev.candor.pipeline.Build.load(
                  List.of(Path.of("notices", id + ".yaml")), dev.candor.load.Limits.DEFAULTS)
              .get(0)
              .inventory();
      for (var d : inv.data()) {
        for (int n = 1; n <= d.collectedAt().size(); n++) {
          total++;
          Path snippet = tmp.resolve(id + "/snippets/" + d.id() + "-" + n + ".html");
          String s = Files.readString(snippet);
          assertTrue(s.contains("href=\"" + id + ".html#data-" + d.id() + "\""), s);
          assertTrue(html.contains("id=\"data-" + d.id() + "\""), "anchor data-" + d.id());
          assertFalse(s.contains("<script"), s);
          String md = Files.readString(tmp.resolve(id + "/snippets/" + d.id() + "-" + n + ".md"));
          assertTrue(md.contains("](" + id + ".html#data-" + d.id() + ")"), md);
        }
      }
      List<List<String>> points = new ArrayList<>();
      inv.data()
          .forEach(
              d ->
                  d.collectedAt()
                      .forEach(
                          place ->
                              points.add(List.of(d.id(), place, id + ".html#data-" + d.id()))));
      JsonNode json = JSON.readTree(tmp.resolve(id + "/snippets/snippets.json").toFile());
      List<List<String>> listed = new ArrayList<>();
      json.forEach(
          n ->
              listed.add(
                  List.of(
                      n.get("data").asText(), n.get("place").asText(), n.get("href").asText())));
      assertEquals(points, listed, id + ": snippets.json lists every collection point in order");
    }
    assertTrue(total >= 5, "the examples have collection points: " + total);
  }

  @Test
  void snippetSaysUseAndRetention() throws Exception {
    assertEquals(
        0,
        Candor.run(
                "export",
                "snippets",
                "notices/fitness.yaml",
                "--notice-url",
                "https://fellrun.example/privacy",
                "--out",
                tmp.toString())
            .code());
    String s = Files.readString(tmp.resolve("fitness/snippets/email-1.html"));
    assertTrue(
        s.startsWith("<p class=\"candor-snippet\" lang=\"en\">We use your email address" + " to "),
        s);
    assertTrue(s.contains("We keep it for "), s);
    assertTrue(
        s.contains(
            "<a href=\"https://fellrun.example/privacy#data-email\">More in our"
                + " privacy notice.</a>"),
        s);
  }
}
