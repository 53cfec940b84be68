package dev.candor.fides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.candor.render.NoticeRenderer;
import dev.candor.render.Templates;
import dev.candor.testing.Candor;
import dev.candor.vocab.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** candor import fides on realistic manifests: TODOs fail validation until filled. */
class FidesImportTest {
  /** A bookshop's own manifests, with vendors, retention periods and special categories. */
  private static final Path MANIFESTS = Path.of("src/test/resources/fides");

  /** Manifests shaped like Fides's own sample project, the Cookie House. */
  private static final Path SAMPLE = Path.of("src/test/resources/fides-sample");

  private static final YAMLMapper YAML = new YAMLMapper();

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"src/test/resources/fides", "src/test/resources/fides-sample"})
  void importLeavesTodosThatValidateRejectsOneByOne(String manifests) throws Exception {
    Path file = tmp.resolve("imported.yaml");
    Candor r = Candor.run("import", "fides", manifests, "--out", file.toString());
    assertEquals(0, r.code(), r.toString());
    String yaml = Files.readString(file);
    assertTrue(yaml.startsWith("# yaml-language-server: $schema="), yaml);
    int todos = FidesImport.todos(YAML.readTree(yaml));
    assertTrue(todos > 0, yaml);
    assertTrue(r.out().contains(todos + " TODO values"), r.out());
    Candor v = Candor.run("validate", file.toString());
    assertEquals(2, v.code(), v.toString());
    assertEquals(todos, v.err().lines().filter(l -> l.contains(": error: ")).count(), v.err());
    assertEquals(
        todos, v.err().lines().filter(l -> l.contains("still to be filled in")).count(), v.err());
  }

  @Test
  void theOrganizationIsTheControllerAndItsContactPersonIsNot() throws Exception {
    Path file = tmp.resolve("cookie-house.yaml");
    Candor r = Candor.run("import", "fides", SAMPLE.toString(), "--out", file.toString());
    assertEquals(0, r.code(), r.toString());
    String yaml = Files.readString(file);
    JsonNode inv = YAML.readTree(yaml);
    assertEquals("cookie-house", inv.at("/notice/id").asText());
    assertEquals("Privacy notice for Cookie House", inv.at("/notice/title").asText());
    JsonNode controller = inv.path("controller");
    assertEquals("Cookie House", controller.path("name").asText());
    assertEquals("123 Example Street, New York, NY, USA", controller.path("address").asText());
    assertEquals("controller@example.com", controller.path("email").asText());
    assertEquals("DataPro Tection", controller.at("/dpo/name").asText());
    assertEquals("Rep Resentative", controller.at("/representative/name").asText());
    assertFalse(yaml.contains("Con Troller"), yaml);
  }

  @Test
  void datasetsHoldTheCategoriesOfTheirNestedFields() throws Exception {
    JsonNode inv =
        new FidesImport(Vocabulary.english()).map(FidesManifests.read(SAMPLE)).inventory();
    JsonNode contact = null;
    for (JsonNode item : inv.path("data")) {
      if (item.path("category").asText().equals("user.contact")) {
        contact = item;
      }
    }
    assertEquals(
        List.of("postgres-example-test-dataset", "mongo-test"),
        texts(contact.path("stores")),
        String.valueOf(contact));
  }

  @ParameterizedTest
  @ValueSource(strings = {"src/test/resources/fides", "src/test/resources/fides-sample"})
  void twoImportsAreByteIdentical(String manifests) throws Exception {
    Path a = tmp.resolve("a.yaml");
    Path b = tmp.resolve("b.yaml");
    assertEquals(0, Candor.run("import", "fides", manifests, "--out", a.toString()).code());
    assertEquals(0, Candor.run("import", "fides", manifests, "--out", b.toString()).code());
    assertEquals(Files.readString(a), Files.readString(b));
  }

  static Stream<Arguments> malformedManifests() {
    return Stream.of(
        Arguments.of(
            "bad indentation",
            "organization:\n  - fides_key: cookie_house\n    name: Cookie House\n"
                + "   description: Cookies online\n",
            "organization.yml:4:4: error: the file is not valid YAML"),
        Arguments.of(
            "a list where a mapping is expected",
            "organization:\n  - fides_key: cookie_house\n    name: Cookie House\n"
                + "    controller:\n      - name: Con Troller\n",
            "organization.yml:5:7: error: 'controller' of organization 'cookie_house' must be a"
                + " mapping of keys to values, not a list"),
        Arguments.of(
            "a mapping where a list is expected",
            "system:\n  fides_key: cookie_house\n  name: Cookie House\n",
            "organization.yml:2:3: error: 'system' of the manifest must be a list, not a mapping"),
        Arguments.of(
            "a mapping where a list of categories is expected",
            "system:\n  - fides_key: cookie_house\n    privacy_declarations:\n"
                + "      - data_use: essential.service\n        data_categories:\n"
                + "          email: user.contact.email\n",
            "organization.yml:6:11: error: 'data_categories' of a privacy declaration of system"
                + " 'cookie_house' must be a list, not a mapping"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedManifests")
  void aMalformedManifestIsBadInputAtItsLineAndColumn(String what, String manifest, String expected)
      throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("manifests"));
    Files.writeString(dir.resolve("organization.yml"), manifest);
    Path out = tmp.resolve("out.yaml");
    Candor r = Candor.run("import", "fides", dir.toString(), "--out", out.toString());
    assertEquals(2, r.code(), r.toString());
    String err = r.err().replace('\\', '/');
    assertTrue(err.contains(dir.toString().replace('\\', '/') + "/" + expected), r.toString());
    assertTrue(err.contains("\n    hint: "), r.toString());
    assertFalse(
        err.contains("Exception") || err.contains("\tat ") || err.contains("snakeyaml"),
        r.toString());
    assertFalse(Files.exists(out));
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
    FidesImport.Result result =
        new FidesImport(Vocabulary.english()).map(FidesManifests.read(MANIFESTS));
    JsonNode inv = result.inventory();
    assertEquals("Northwind Books GmbH", inv.at("/controller/name").asText());
    assertEquals("Privacy notice for Northwind Books GmbH", inv.at("/notice/title").asText());
    assertEquals("privacy@northwind-books.example", inv.at("/controller/email").asText());
    assertEquals("Jana Weber", inv.at("/controller/dpo/name").asText());
    assertEquals("dpo@northwind-books.example", inv.at("/controller/dpo/email").asText());
    assertFalse(result.yaml().contains("Lena Vogt"), result.yaml());
    String yaml = result.yaml();
    assertTrue(yaml.contains("special_basis: explicit-consent"), yaml);
    assertTrue(yaml.contains("safeguard: scc"), yaml);
    assertTrue(yaml.contains("duration: P13M"), yaml);
    // Each declaration's data subjects become its purpose's categories of people.
    for (JsonNode p : inv.get("purposes")) {
      assertTrue(p.has("subjects"), p.toString());
      assertTrue(p.get("subjects").toString().contains("customer"), p.toString());
    }
    Path file = tmp.resolve("northwind.yaml");
    String filled = fill(yaml);
    Files.writeString(file, filled);
    Candor v = Candor.run("validate", file.toString());
    assertEquals(0, v.code(), v.err() + "\n" + filled);

    var loaded =
        dev.candor.pipeline.Build.load(List.of(file), dev.candor.load.Limits.DEFAULTS)
            .get(0)
            .inventory();
    NoticeRenderer renderer =
        new NoticeRenderer(new Templates(Optional.empty()), Vocabulary.english());
    String html =
        new String(
            renderer
                .render(loaded, Set.of(dev.candor.render.Format.HTML))
                .get(dev.candor.render.Format.HTML),
            java.nio.charset.StandardCharsets.UTF_8);
    FidesManifests m = FidesManifests.read(MANIFESTS);
    int declarations = 0;
    for (FidesSystem system : m.systems()) {
      if ("Third Party".equals(system.systemType())) {
        continue;
      }
      for (PrivacyDeclaration d : system.privacyDeclarations()) {
        declarations++;
        String use = Vocabulary.english().use(d.dataUse()).orElseThrow().label();
        assertTrue(html.contains(escape(capitalise(use))), "use " + use);
        for (String c : d.dataCategories()) {
          String label = Vocabulary.english().category(c).orElseThrow().label();
          assertTrue(html.contains(escape(capitalise(label))), "category " + label);
        }
      }
    }
    assertEquals(6, declarations);
  }

  @Test
  void theImporterDependsOnlyOnLoadProblemModelAndVocab() throws IOException {
    Pattern candorImport = Pattern.compile("(?m)^import dev\\.candor\\.(\\w+)\\.");
    Set<String> allowed = Set.of("fides", "load", "problem", "model", "vocab");
    try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/candor/fides"))) {
      for (Path f : files.toList()) {
        Matcher m = candorImport.matcher(Files.readString(f));
        while (m.find()) {
          assertTrue(allowed.contains(m.group(1)), f + " imports dev.candor." + m.group(1));
        }
      }
    }
  }

  /** Fills every TODO the way a person would, by what it asks for; lists get every answer. */
  static String fill(String yaml) throws IOException {
    Map<String, Object> answers = new LinkedHashMap<>();
    answers.put("the date this notice", "2026-05-01");
    answers.put("the laws that apply", "gdpr");
    answers.put("the country", "DE");
    answers.put(
        "the data protection authority",
        "Berlin Commissioner for Data Protection and Freedom of Information");
    answers.put("where it comes from", "person");
    answers.put("whether people must give it", false);
    answers.put("one period for all its uses", "As long as you have an account with us.");
    answers.put("how long you keep it", "Until you delete your account.");
    answers.put("the interest you pursue", "We want to know which features people use.");
    answers.put("the company that runs the store", "Hetzner Online GmbH");
    answers.put("name the third parties", "Shelfwise Recommendations GmbH");
    answers.put("processor, controller", "processor");
    answers.put("what they do with the data", "suggests books you may like");
    answers.put(
        "the rights people have",
        List.of(
            "access",
            "rectification",
            "erasure",
            "restriction",
            "portability",
            "objection",
            "withdraw-consent"));
    answers.put("the domains your emails come from", "northwind-books.example");
    JsonNode tree = YAML.readTree(yaml);
    fill(tree, answers);
    return YAML.writeValueAsString(tree);
  }

  private static void fill(JsonNode node, Map<String, Object> answers) {
    if (node instanceof ObjectNode o) {
      List<String> keys = new ArrayList<>();
      o.fieldNames().forEachRemaining(keys::add);
      for (String k : keys) {
        JsonNode v = o.get(k);
        if (isTodo(v)) {
          o.set(k, answer(v, answers));
        } else {
          fill(v, answers);
        }
      }
    } else if (node instanceof ArrayNode a) {
      List<JsonNode> items = new ArrayList<>();
      for (JsonNode item : a) {
        if (isTodo(item) && answer(item, answers) instanceof ArrayNode list) {
          list.forEach(items::add);
        } else if (isTodo(item)) {
          items.add(answer(item, answers));
        } else {
          fill(item, answers);
          items.add(item);
        }
      }
      a.removeAll().addAll(items);
    }
  }

  private static boolean isTodo(JsonNode n) {
    return n.isTextual() && n.asText().startsWith(FidesImport.TODO);
  }

  private static JsonNode answer(JsonNode todo, Map<String, Object> answers) {
    String asks = todo.asText().substring(FidesImport.TODO.length());
    return YAML.valueToTree(
        answers.entrySet().stream()
            .filter(e -> asks.startsWith(e.getKey()))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no answer for " + todo)));
  }

  private static List<String> texts(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;");
  }
}
