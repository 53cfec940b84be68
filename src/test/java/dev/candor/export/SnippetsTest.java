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
  private static final String MORE = "More in our privacy notice.";
  private static final String POSTMARK =
      " Who else gets it: Postmark. Where it goes outside your region: United States.";

  @TempDir Path tmp;

  /** A snippet as snippets.json holds it. */
  record Expected(
      String place, List<String> data, String href, String text, String html, String markdown) {}

  private static Expected expected(String place, List<String> data, String anchor, String text) {
    String href = URL + "#data-" + anchor;
    String html =
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    String md = text.replace("&", "\\&").replace("<", "\\<").replace(">", "\\>");
    return new Expected(
        place,
        data,
        href,
        text + " " + MORE,
        "<p class=\"candor-snippet\" lang=\"en\">"
            + html
            + " <a href=\""
            + href
            + "\">"
            + MORE
            + "</a></p>\n",
        md + " [" + MORE + "](" + href + ")\n");
  }

  @Test
  void aKnownInventoryGivesOneSnippetPerPlaceWithAllTheDataCollectedThere() throws Exception {
    Candor r =
        Candor.run(
            "export", "snippets", KNOWN.toString(), "--notice-url", URL, "--out", tmp.toString());
    assertEquals(0, r.code(), r::toString);
    List<Expected> expected =
        List.of(
            expected(
                "checkout",
                List.of("email", "notes"),
                "email",
                "Here we collect: email address and gift notes & <em>wishes</em>. We use it to take"
                    + " and deliver your orders."
                    + POSTMARK
                    + " How long we keep it: 2 years after your last order (email address); 3"
                    + " months after delivery (gift notes & <em>wishes</em>)."),
            expected(
                "newsletter sign-up form",
                List.of("email"),
                "email",
                "Here we collect: email address. We use it to take and deliver your orders."
                    + POSTMARK
                    + " How long we keep it: 2 years after your last order."),
            expected(
                "gift wrapping page",
                List.of("notes"),
                "notes",
                "Here we collect: gift notes & <em>wishes</em>. We use it to take and deliver your"
                    + " orders. No one else gets it. How long we keep it: 3 months after delivery."
                    + " It's your choice whether you give it."));
    Path dir = tmp.resolve("birch/snippets");
    List<Expected> listed =
        List.of(JSON.readValue(dir.resolve("snippets.json").toFile(), Expected[].class));
    assertEquals(expected, listed);

    // One file pair per place, named after it, holding the same text as the listing.
    List<String> names = List.of("checkout", "newsletter-sign-up-form", "gift-wrapping-page");
    for (int i = 0; i < names.size(); i++) {
      assertEquals(expected.get(i).html(), Files.readString(dir.resolve(names.get(i) + ".html")));
      assertEquals(expected.get(i).markdown(), Files.readString(dir.resolve(names.get(i) + ".md")));
    }
    try (var files = Files.list(dir)) {
      assertEquals(
          List.of(
              "checkout.html",
              "checkout.md",
              "gift-wrapping-page.html",
              "gift-wrapping-page.md",
              "newsletter-sign-up-form.html",
              "newsletter-sign-up-form.md",
              "snippets.json"),
          files.map(p -> p.getFileName().toString()).sorted().toList(),
          "no other files");
    }
  }

  @Test
  void everyCollectionPlaceGetsASnippetLinkingToItsPartOfTheNotice() throws Exception {
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
      java.util.Map<String, List<String>> places = new java.util.LinkedHashMap<>();
      inv.data()
          .forEach(
              d ->
                  d.collectedAt()
                      .forEach(
                          place ->
                              places.computeIfAbsent(place, k -> new ArrayList<>()).add(d.id())));
      JsonNode json = JSON.readTree(tmp.resolve(id + "/snippets/snippets.json").toFile());
      List<String> listed = new ArrayList<>();
      json.forEach(n -> listed.add(n.get("place").asText()));
      assertEquals(List.copyOf(places.keySet()), listed, id + ": one snippet per place, in order");
      for (JsonNode n : json) {
        total++;
        List<String> data = new ArrayList<>();
        n.get("data").forEach(x -> data.add(x.asText()));
        assertEquals(places.get(n.get("place").asText()), data, n.toString());
        String anchor = "data-" + data.get(0);
        assertTrue(html.contains("id=\"" + anchor + "\""), "anchor " + anchor);
        String slug = dev.candor.pipeline.Exports.slug(n.get("place").asText());
        String s = Files.readString(tmp.resolve(id + "/snippets/" + slug + ".html"));
        assertTrue(s.contains("href=\"" + id + ".html#" + anchor + "\""), s);
        assertFalse(s.contains("<script"), s);
        String md = Files.readString(tmp.resolve(id + "/snippets/" + slug + ".md"));
        assertTrue(md.contains("](" + id + ".html#" + anchor + ")"), md);
      }
    }
    assertTrue(total >= 5, "the examples have collection places: " + total);
  }

  @Test
  void aSnippetSaysWhatWhyWhoHowLongTheConsentAndHowToSayNo() throws Exception {
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
    String s = Files.readString(tmp.resolve("fitness/snippets/sign-up-screen.html"));
    assertTrue(
        s.startsWith(
            "<p class=\"candor-snippet\" lang=\"en\">Here we collect: email address. We use it to "),
        s);
    assertTrue(s.contains("We ask for your consent to "), s);
    assertTrue(s.contains("How long we keep it: "), s);
    assertTrue(s.contains("To stop us using it to "), s);
    assertTrue(
        s.contains(
            "<a href=\"https://fellrun.example/privacy#data-email\">More in our privacy notice.</a>"),
        s);
  }
}
