package dev.candor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import dev.candor.testing.Candor;
import dev.candor.testing.JsonSchemas;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code candor init}: a new project that validate refuses until its TODOs are filled. */
class InitCommandTest {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final String NAME = "Acme: \"Tools\" & Co #1";

  @TempDir Path dir;

  private Candor init(String... more) {
    String[] args =
        Stream.concat(
                Stream.of("init", "--yes", dir.toString(), "--name", NAME, "--country", "DE"),
                Stream.of(more))
            .toArray(String[]::new);
    return Candor.run(args);
  }

  private Path inventory() {
    return dir.resolve("privacy/acme-tools-co-1.yaml");
  }

  @Test
  void writesExactlyTheProjectFiles() throws IOException {
    Candor r = init();
    assertEquals(0, r.code(), r.toString());
    List<String> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files =
          walk.filter(Files::isRegularFile)
              .map(p -> dir.relativize(p).toString().replace('\\', '/'))
              .sorted()
              .toList();
    }
    assertEquals(
        List.of(
            "candor.yaml",
            "privacy/acme-tools-co-1.yaml",
            "privacy/schema/inventory.schema.json",
            "privacy/schema/site.schema.json",
            "privacy/site/site.yaml"),
        files);
    assertTrue(
        Files.readString(inventory())
            .startsWith("# yaml-language-server: $schema=schema/inventory.schema.json\n"));
    assertTrue(
        Files.readString(dir.resolve("privacy/site/site.yaml"))
            .startsWith("# yaml-language-server: $schema=../schema/site.schema.json\n"));
    assertEquals(
        Files.readString(Path.of("schema/inventory.schema.json")),
        Files.readString(dir.resolve("privacy/schema/inventory.schema.json")));
    assertEquals(
        Files.readString(Path.of("schema/site.schema.json")),
        Files.readString(dir.resolve("privacy/schema/site.schema.json")));
    JsonNode settings = YAML.readTree(dir.resolve("candor.yaml").toFile());
    assertEquals("privacy", settings.get("notices").asText());
    assertEquals("privacy/archive", settings.get("archive").asText());
    assertEquals("privacy/site", settings.get("site").asText());
    assertEquals("out/privacy", settings.get("out").asText());
    assertEquals("en", settings.get("languages").get(0).asText());
  }

  @Test
  void withAnEffectiveDateTheFilesAreTheSameOnAnyDay() throws IOException {
    assertEquals(0, init("--effective", "2026-12-01").code());
    Path first = dir.resolveSibling(dir.getFileName() + "-first");
    Files.move(dir, first);
    assertEquals(0, init("--effective", "2026-12-01").code());
    for (String f :
        List.of("candor.yaml", "privacy/acme-tools-co-1.yaml", "privacy/site/site.yaml")) {
      assertEquals(Files.readString(first.resolve(f)), Files.readString(dir.resolve(f)), f);
    }
    assertEquals(
        "2026-12-01", YAML.readTree(inventory().toFile()).at("/notice/effective").asText());
  }

  @Test
  void anOrganisationNameWithAColonQuotesAndAHashIsWrittenAsIs() throws IOException {
    assertEquals(0, init().code());
    JsonNode inv = YAML.readTree(inventory().toFile());
    assertEquals(NAME, inv.at("/controller/name").asText());
    assertEquals("Privacy notice for " + NAME, inv.at("/notice/title").asText());
    assertEquals(
        NAME + " privacy centre",
        YAML.readTree(dir.resolve("privacy/site/site.yaml").toFile()).get("name").asText());
  }

  @Test
  void validateRefusesTheTodosWithTheirLocations() {
    assertEquals(0, init().code());
    Candor v = Candor.run("validate", "--project", dir.toString());
    assertEquals(2, v.code(), v.toString());
    assertTrue(v.err().contains("still to be filled in"), v.toString());
    assertTrue(
        v.err().lines().anyMatch(l -> l.matches(".*acme-tools-co-1\\.yaml:\\d+:\\d+: .*TODO.*")),
        v.toString());
  }

  @Test
  void filledInTheProjectValidatesBuildsChecksAndMakesItsSite() throws IOException {
    assertEquals(0, init().code());
    fillTodos(inventory());
    fillTodos(dir.resolve("privacy/site/site.yaml"));
    String project = dir.toString();

    Candor v = Candor.run("validate", "--project", project);
    assertEquals(0, v.code(), v.toString());
    Candor b = Candor.run("build", "--project", project, "--format", "html,md");
    assertEquals(0, b.code(), b.toString());
    assertTrue(Files.isRegularFile(dir.resolve("out/privacy/acme-tools-co-1.html")), b.toString());
    Candor c = Candor.run("check", "--project", project);
    assertEquals(0, c.code(), c.toString());
    Candor s = Candor.run("site", "--project", project);
    assertEquals(0, s.code(), s.toString());
    assertTrue(Files.isRegularFile(dir.resolve("out/privacy/site/index.html")), s.toString());
    Candor folder = Candor.run("validate", dir.resolve("privacy").toString());
    assertEquals(0, folder.code(), folder.toString());

    assertEquals(List.of(), errors("inventory.schema.json", inventory()));
    assertEquals(List.of(), errors("site.schema.json", dir.resolve("privacy/site/site.yaml")));
  }

  @Test
  void usLawsMakeAValidCcpaNotice() throws IOException {
    Candor r =
        Candor.run(
            "init",
            "--yes",
            dir.toString(),
            "--name",
            "Birch",
            "--country",
            "US",
            "--email",
            "privacy@birch.example",
            "--address",
            "1 Main St, Springfield, USA",
            "--base-url",
            "https://birch.example/privacy/");
    assertEquals(0, r.code(), r.toString());
    Path inv = dir.resolve("privacy/birch.yaml");
    assertEquals("ccpa", YAML.readTree(inv.toFile()).at("/notice/jurisdictions/0").asText());
    fillTodos(inv);
    Candor c = Candor.run("check", "--project", dir.toString());
    assertEquals(0, c.code(), c.toString());
    assertEquals(List.of(), errors("inventory.schema.json", inv));
  }

  @Test
  void anExistingFileIsNotReplacedWithoutForce() throws IOException {
    assertEquals(0, init().code());
    Files.writeString(dir.resolve("candor.yaml"), "notices: mine\n");
    Candor again = init();
    assertEquals(2, again.code(), again.toString());
    assertTrue(again.err().contains("candor.yaml already exists"), again.toString());
    assertEquals("notices: mine\n", Files.readString(dir.resolve("candor.yaml")));
    assertEquals(0, init("--force").code());
    assertTrue(Files.readString(dir.resolve("candor.yaml")).contains("notices: privacy"));
  }

  @Test
  void questionsShowTheirDefaultsAndTakeAnswers() throws Exception {
    InitCommand cmd = new InitCommand();
    cmd.dir = dir;
    StringWriter asked = new StringWriter();
    var q =
        new InitCommand.Questions(
            new BufferedReader(new StringReader("Birch Ltd\nGB\n\nhi@birch.example\n\n\n\n")),
            new PrintWriter(asked));
    var a = cmd.answers(q);
    assertEquals("Birch Ltd", a.name());
    assertEquals("GB", a.country());
    assertEquals("uk-gdpr", a.laws().get(0).key());
    assertEquals("hi@birch.example", a.email());
    assertEquals(null, a.address());
    assertEquals("GB", a.storeCountry());
    assertTrue(asked.toString().contains("Organisation name [" + dir.getFileName() + "]: "));
    assertTrue(asked.toString().contains("Laws (gdpr, uk-gdpr, ccpa) [uk-gdpr]: "));
    assertTrue(asked.toString().contains("Postal address [TODO]: "));
  }

  @Test
  void schemaWritesBothSchemasWhereTheProjectKeepsThem() throws IOException {
    assertEquals(0, init().code());
    Files.delete(dir.resolve("privacy/schema/site.schema.json"));
    Candor r = Candor.run("schema", "--project", dir.toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(Files.isRegularFile(dir.resolve("privacy/schema/site.schema.json")));
    Candor o = Candor.run("schema", "--out", dir.resolve("elsewhere").toString());
    assertEquals(0, o.code(), o.toString());
    assertTrue(Files.isRegularFile(dir.resolve("elsewhere/inventory.schema.json")));
  }

  @Test
  void anUnknownProjectSettingIsALocatedErrorWithASuggestion() throws IOException {
    Files.writeString(dir.resolve("candor.yaml"), "notices: privacy\nnotice: x\n");
    Candor r = Candor.run("validate", "--project", dir.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("candor.yaml:2:1"), r.toString());
    assertTrue(r.err().contains("notices"), r.toString());
  }

  @Test
  void aSiteWithoutSiteSettingsSaysWhatIsNeeded() throws IOException {
    assertEquals(0, init().code());
    Candor r =
        Candor.run(
            "site",
            "--notices",
            dir.resolve("privacy").toString(),
            "--site",
            dir.resolve("nothing").toString(),
            "--out",
            dir.resolve("o").toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("site.yaml"), r.toString());
    assertTrue(
        r.err().contains("candor init") && r.err().contains("candor docs site"), r.toString());
  }

  @Test
  void siteSettingsWithoutABaseUrlPointAtTheSiteDocs() throws IOException {
    assertEquals(0, init().code());
    fillTodos(inventory());
    Files.writeString(dir.resolve("privacy/site/site.yaml"), "name: Acme\n");
    Candor r = Candor.run("site", "--project", dir.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("needs 'base_url'"), r.toString());
    assertTrue(r.err().contains("see candor docs site"), r.toString());
    assertTrue(!r.err().contains("candor docs inventory"), r.toString());
  }

  /** Replaces every TODO value with a real fact of the kind it asks for. */
  static void fillTodos(Path file) throws IOException {
    String text = Files.readString(file);
    String header =
        text.lines()
            .takeWhile(l -> l.startsWith("#"))
            .map(l -> l + "\n")
            .reduce("", String::concat);
    JsonNode root = YAML.readTree(text);
    fill(root);
    Files.writeString(file, header + YAML.writeValueAsString(root).replaceFirst("^---\n", ""));
    assertTrue(
        !YAML.writeValueAsString(YAML.readTree(file.toFile())).contains("TODO"),
        Files.readString(file));
  }

  private static final Map<String, String> FACTS =
      Map.ofEntries(
          Map.entry("address", "Kastanienallee 12, 10435 Berlin, Germany"),
          Map.entry("country", "DE"),
          Map.entry("email", "privacy@acme.example"),
          Map.entry("phone", "+1 800 555 0100"),
          Map.entry("name", "Berlin Commissioner for Data Protection and Freedom of Information"),
          Map.entry("website", "https://www.datenschutz-berlin.de"),
          Map.entry("duration", "P30D"),
          Map.entry("provider", "Hetzner Online GmbH"),
          Map.entry("protections", "encryption-at-rest"),
          Map.entry("verification", "We reply only to the email address on your account."),
          Map.entry("base_url", "https://acme.example/privacy/"));

  private static void fill(JsonNode node) {
    if (node instanceof ObjectNode o) {
      for (var e : o.properties()) {
        JsonNode v = e.getValue();
        if (v.isTextual() && v.asText().startsWith("TODO")) {
          o.put(e.getKey(), FACTS.get(e.getKey()));
        } else if (v instanceof ArrayNode a) {
          for (int i = 0; i < a.size(); i++) {
            if (a.get(i).isTextual() && a.get(i).asText().startsWith("TODO")) {
              a.set(i, FACTS.get(e.getKey()));
            } else {
              fill(a.get(i));
            }
          }
        } else {
          fill(v);
        }
      }
    } else if (node instanceof ArrayNode a) {
      a.forEach(InitCommandTest::fill);
    }
  }

  /** What the schema at the path the file's editor line names says about the file. */
  private List<String> errors(String schemaName, Path file) throws IOException {
    String first = Files.readAllLines(file).get(0);
    Path schemaFile = file.resolveSibling(first.substring(first.indexOf('=') + 1)).normalize();
    assertEquals(schemaName, schemaFile.getFileName().toString());
    JsonSchema schema = JsonSchemas.validator(schemaFile);
    Set<ValidationMessage> found = schema.validate(YAML.readTree(file.toFile()));
    return found.stream().map(ValidationMessage::toString).sorted().toList();
  }
}
