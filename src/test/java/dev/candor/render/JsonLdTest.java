package dev.candor.render;

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
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON-LD beside and inside every notice states the same facts as the page. */
class JsonLdTest {
  private static final Pattern BLOCK =
      Pattern.compile("<script type=\"application/ld\\+json\">\\n(.*?)</script>", Pattern.DOTALL);

  @TempDir Path tmp;

  @Test
  void buildWritesJsonLdThatMatchesThePage() throws Exception {
    Candor built = Candor.run("build", "--out", tmp.toString(), "--format", "html");
    assertEquals(0, built.code(), built::toString);
    NoticeRenderer renderer =
        new NoticeRenderer(new Templates(Optional.empty()), dev.candor.vocab.Vocabulary.english());
    for (String id : List.of("shop", "saas", "fitness")) {
      String html = Files.readString(tmp.resolve(id + ".html"));
      String file = Files.readString(tmp.resolve(id + ".jsonld"));
      Matcher m = BLOCK.matcher(html);
      assertTrue(m.find(), id + " embeds JSON-LD");
      assertEquals(file, m.group(1), id + ": the embedded and the written JSON-LD are the same");
      assertFalse(m.find(), "one block only");
      assertFalse(file.contains("</"), "nothing can close the script element");
      JsonNode doc = new ObjectMapper().readTree(file);
      var inv =
          dev.candor.pipeline.Build.load(
                  List.of(Path.of("notices", id + ".yaml")), dev.candor.load.Limits.DEFAULTS)
              .get(0)
              .inventory();
      NoticeView view = renderer.compose(inv);
      assertEquals(view.controller(), doc.at("/dpv:hasDataController/rdfs:label").asText());
      JsonNode processes = doc.get("dpv:hasProcess");
      NoticeComposer composer =
          new NoticeComposer(
              Messages.forLanguage(inv.notice().language()).orElseThrow(),
              dev.candor.vocab.Vocabulary.english());
      // Each data item, then each cookie or similar technology.
      assertEquals(inv.data().size() + inv.cookies().size(), processes.size());
      for (int i = 0; i < inv.data().size(); i++) {
        var d = inv.data().get(i);
        String label = NoticeComposer.capitalise(composer.label(d));
        JsonNode p = processes.get(i);
        assertEquals("#data-" + d.id(), p.get("@id").asText());
        assertEquals(label, p.get("rdfs:label").asText());
        assertTrue(html.contains("id=\"data-" + d.id() + "\""), d.id());
        List<String> uses = new ArrayList<>();
        p.get("dpv:hasPurpose").forEach(x -> uses.add(x.get("rdfs:label").asText().toLowerCase()));
        assertEquals(
            d.purposes().stream()
                .map(x -> composer.label(inv.purpose(x).orElseThrow()).toLowerCase())
                .toList(),
            uses);
        List<String> recipients = new ArrayList<>();
        p.get("dpv:hasRecipient").forEach(x -> recipients.add(x.get("rdfs:label").asText()));
        assertEquals(
            d.recipients().stream().map(x -> inv.recipient(x).orElseThrow().name()).toList(),
            recipients,
            label);
        JsonNode storage = p.get("dpv:hasStorageCondition");
        JsonNode duration = storage.get(storage.size() - 1);
        assertEquals("dpv:StorageDuration", duration.get("@type").asText());
        assertEquals(composer.retention(inv, d), duration.get("rdfs:label").asText());
        List<String> stores = new ArrayList<>();
        for (int s = 0; s < storage.size() - 1; s++) {
          stores.add(storage.get(s).get("rdfs:label").asText());
        }
        assertEquals(
            d.stores().stream().map(x -> inv.store(x).orElseThrow().provider()).toList(), stores);
      }
      TreeSet<String> rights = new TreeSet<>();
      doc.get("dpv:hasRight").forEach(r -> rights.add(r.get("rdfs:label").asText()));
      assertEquals(
          new TreeSet<>(view.rights().rights().stream().map(NoticeView.RightView::name).toList()),
          rights);
    }
  }
}
