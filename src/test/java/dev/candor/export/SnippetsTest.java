package dev.candor.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.Candor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** candor export snippets: one per collection point, each linking to an anchor that exists. */
class SnippetsTest {
  @TempDir Path tmp;

  @Test
  void everyCollectionPointGetsASnippetLinkingToItsPartOfTheNotice() throws Exception {
    assertEquals(0, Candor.run("build", "--format", "html", "--out", tmp.toString()).code());
    assertEquals(0, Candor.run("export", "snippets", "--out", tmp.toString()).code());
    int total = 0;
    for (String id : List.of("shop", "saas", "fitness")) {
      String html = Files.readString(tmp.resolve(id + ".html"));
      var inv = dev.candor.pipeline.Build.load(List.of(Path.of("notices", id + ".yaml")),
          dev.candor.load.Limits.DEFAULTS).get(0).inventory();
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
      assertTrue(Files.readString(tmp.resolve(id + "/snippets/snippets.json")).startsWith("["));
    }
    assertTrue(total >= 5, "the examples have collection points: " + total);
  }

  @Test
  void snippetSaysUseAndRetention() throws Exception {
    assertEquals(0, Candor.run("export", "snippets", "notices/fitness.yaml", "--notice-url",
        "https://fellrun.example/privacy", "--out", tmp.toString()).code());
    String s = Files.readString(tmp.resolve("fitness/snippets/email-1.html"));
    assertTrue(s.startsWith("<p class=\"candor-snippet\" lang=\"en\">We use your email address"
        + " to "), s);
    assertTrue(s.contains("We keep it for "), s);
    assertTrue(s.contains("<a href=\"https://fellrun.example/privacy#data-email\">More in our"
        + " privacy notice.</a>"), s);
  }
}
