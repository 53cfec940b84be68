package dev.candor.fides;

import dev.candor.testing.Candor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candor.render.NoticeRenderer;
import dev.candor.render.Templates;
import dev.candor.vocab.Vocabulary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** candor import fides on a realistic set of manifests: TODOs fail validation until filled. */
class FidesImportTest {
  private static final Path MANIFESTS = Path.of("src/test/resources/fides");
  private static final Pattern TODO = Pattern.compile("\"TODO: ([^\"]*)\"");

  @TempDir Path tmp;

  @Test
  void importLeavesTodosThatValidateRejectsOneByOne() throws Exception {
    Path file = tmp.resolve("northwind.yaml");
    Candor r = Candor.run("import", "fides", MANIFESTS.toString(), "--out", file.toString());
    assertEquals(0, r.code(), r.err());
    String yaml = Files.readString(file);
    long todos = TODO.matcher(yaml).results().count();
    assertTrue(r.out().contains(todos + " TODO values"), r.out());
    Candor v = Candor.run("validate", file.toString());
    assertEquals(2, v.code());
    assertEquals(todos, v.err().lines().filter(l -> l.contains(": error: ")).count(), v.err());
    assertEquals(todos, v.err().lines().filter(l -> l.contains("still to be filled in")).count(),
        v.err());
  }

  @Test
  void importRefusesToOverwrite() throws Exception {
    Path file = tmp.resolve("x.yaml");
    Files.writeString(file, "keep me");
    Candor r = Candor.run("import", "fides", MANIFESTS.toString(), "--out", file.toString());
    assertEquals(2, r.code());
    assertEquals("keep me", Files.readString(file));
  }

  @Test
  void filledInImportValidatesAndItsNoticeNamesEverySystemsCategoriesAndUses() throws Exception {
    String yaml = new FidesImport(Vocabulary.english()).map(FidesManifests.read(MANIFESTS))
        .yaml();
    assertTrue(yaml.contains("name: \"Northwind Books GmbH\""), yaml);
    assertTrue(yaml.contains("dpo:\n    name: \"Jana Weber\"\n    email: \"dpo@northwind-books"
        + ".example\""), yaml);
    assertTrue(yaml.contains("special_basis: explicit-consent"), yaml);
    assertTrue(yaml.contains("safeguard: scc"), yaml);
    assertTrue(yaml.contains("duration: \"P13M\""), yaml);
    Path file = tmp.resolve("northwind.yaml");
    Files.writeString(file, fill(yaml));
    Candor v = Candor.run("validate", file.toString());
    assertEquals(0, v.code(), v.err() + "\n" + fill(yaml));

    var inv = dev.candor.pipeline.Build.load(java.util.List.of(file),
        dev.candor.load.Limits.DEFAULTS).get(0).inventory();
    NoticeRenderer renderer = new NoticeRenderer(new Templates(Optional.empty()),
        Vocabulary.english());
    String html = new String(renderer.render(inv, java.util.Set.of(dev.candor.render.Format.HTML))
        .get(dev.candor.render.Format.HTML), java.nio.charset.StandardCharsets.UTF_8);
    FidesManifests m = FidesManifests.read(MANIFESTS);
    int declarations = 0;
    for (JsonNode system : m.systems()) {
      if (system.path("system_type").asText().equals("Third Party")) {
        continue;
      }
      for (JsonNode d : system.path("privacy_declarations")) {
        declarations++;
        String use = Vocabulary.english().use(d.path("data_use").asText()).orElseThrow().label();
        assertTrue(html.contains(escape(capitalise(use))), "use " + use);
        for (JsonNode c : d.path("data_categories")) {
          String label = Vocabulary.english().category(c.asText()).orElseThrow().label();
          assertTrue(html.contains(escape(capitalise(label))), "category " + label);
        }
      }
    }
    assertEquals(6, declarations);
  }

  /** Fills every TODO the way a person would, by what it asks for. */
  static String fill(String yaml) {
    Map<String, String> answers = new LinkedHashMap<>();
    answers.put("the date this notice", "2026-05-01");
    answers.put("the laws that apply", "gdpr");
    answers.put("the country", "DE");
    answers.put("the data protection authority",
        "\"Berlin Commissioner for Data Protection and Freedom of Information\"");
    answers.put("where it comes from", "person");
    answers.put("whether people must give it", "false");
    answers.put("one period for all its uses", "\"As long as you have an account with us.\"");
    answers.put("how long you keep it", "\"Until you delete your account.\"");
    answers.put("the interest you pursue", "\"We want to know which features people use.\"");
    answers.put("the company that runs the store", "\"Hetzner Online GmbH\"");
    answers.put("name the third parties", "\"Shelfwise Recommendations GmbH\"");
    answers.put("processor, controller", "processor");
    answers.put("what they do with the data", "\"suggests books you may like\"");
    answers.put("the rights people have",
        "access, rectification, erasure, restriction, portability, objection, withdraw-consent");
    answers.put("the domains your emails come from", "northwind-books.example");
    Matcher m = TODO.matcher(yaml);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String answer = answers.entrySet().stream().filter(e -> m.group(1).startsWith(e.getKey()))
          .map(Map.Entry::getValue).findFirst()
          .orElseThrow(() -> new AssertionError("no answer for " + m.group()));
      m.appendReplacement(out, Matcher.quoteReplacement(answer));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;");
  }
}
