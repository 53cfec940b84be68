package dev.candor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.candor.check.Rules;
import dev.candor.load.SiteConfigReader;
import dev.candor.problem.InvalidInputException;
import dev.candor.render.Messages;
import dev.candor.testing.JsonSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped site-settings schema: generated, valid itself, and agreeing with the reader. */
class SiteSchemaTest {
  static final Path SCHEMA_FILE = Path.of("schema/site.schema.json");
  private static final Path SKELETON = Path.of("schema/site.schema.base.json");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final YAMLMapper YAML = new YAMLMapper();

  private static JsonNode schemaNode;
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    if (UPDATE) {
      Files.writeString(SCHEMA_FILE, generated());
    }
    schemaNode = new JsonMapper().readTree(SCHEMA_FILE.toFile());
    schema = load(schemaNode);
  }

  /** A validator for a site schema, as an editor would use it. */
  static JsonSchema load(JsonNode node) {
    return JsonSchemas.validator(node);
  }

  private static String generated() throws IOException {
    return SchemaGenerator.generate(Files.readString(SKELETON), Messages.languages(), Rules.ids());
  }

  @Test
  void committedSchemaIsTheGeneratedOne() throws IOException {
    String committed = Files.readString(SCHEMA_FILE).replace("\r\n", "\n");
    assertTrue(
        committed.equals(generated()),
        SCHEMA_FILE
            + " is not what "
            + SKELETON
            + " gives. Edit the skeleton, then regenerate it with\n  mvn -B -q test"
            + " -Dtest=SiteSchemaTest -Dgolden.update=true\nand review the diff.");
  }

  @Test
  void schemaIsValidAgainstTheDraft202012MetaSchema() {
    JsonSchema meta =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(
                SchemaLocation.of(SchemaId.V202012), SchemaValidatorsConfig.builder().build());
    assertEquals(Set.of(), meta.validate(schemaNode));
  }

  @Test
  void theRepositorysSiteSettingsAreValidAndNameTheSchema() throws IOException {
    Path site = Path.of("site/site.yaml");
    assertEquals(List.of(), messages(schema.validate(YAML.readTree(site.toFile()))));
    assertTrue(
        Files.readString(site)
            .startsWith("# yaml-language-server: $schema=../schema/site.schema.json\n"));
    assertTrue(Files.isRegularFile(site.resolveSibling("../schema/site.schema.json")));
  }

  static Stream<Arguments> broken() {
    return Stream.of(
        Arguments.of("unknown key", (Consumer<ObjectNode>) s -> s.put("title", "x")),
        Arguments.of("no base_url", (Consumer<ObjectNode>) s -> s.remove("base_url")),
        Arguments.of(
            "base_url without a slash",
            (Consumer<ObjectNode>) s -> s.put("base_url", "https://x.example")),
        Arguments.of("no name", (Consumer<ObjectNode>) s -> s.remove("name")),
        Arguments.of("logo without text", (Consumer<ObjectNode>) s -> s.remove("logo_alt")),
        Arguments.of("logo not a PNG", (Consumer<ObjectNode>) s -> s.put("logo", "logo.svg")),
        Arguments.of("logo outside", (Consumer<ObjectNode>) s -> s.put("logo", "../logo.png")),
        Arguments.of("unknown language", (Consumer<ObjectNode>) s -> s.put("language", "xx")),
        Arguments.of(
            "colour by name",
            (Consumer<ObjectNode>) s -> ((ObjectNode) s.get("colors")).put("accent", "blue")),
        Arguments.of(
            "javascript: footer link",
            (Consumer<ObjectNode>)
                s -> ((ObjectNode) s.get("footer").get(0)).put("url", "javascript:alert(1)")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("broken")
  void brokenSiteSettingsAreRejectedByTheSchemaAndTheReader(
      String name, Consumer<ObjectNode> breakIt, @TempDir Path dir) throws Exception {
    ObjectNode site = (ObjectNode) YAML.readTree(Path.of("site/site.yaml").toFile());
    Path copy = dir.resolve("site.yaml");
    Files.writeString(copy, YAML.writeValueAsString(site));
    Files.createDirectories(dir.resolve("assets"));
    Files.copy(Path.of("site/assets/logo.png"), dir.resolve("assets/logo.png"));
    SiteConfigReader.read(copy, Messages.languages());
    breakIt.accept(site);
    assertFalse(schema.validate(site).isEmpty(), name + " should be rejected by the schema");
    Files.writeString(copy, YAML.writeValueAsString(site));
    assertThrows(
        InvalidInputException.class,
        () -> SiteConfigReader.read(copy, Messages.languages()),
        name + " should be rejected by candor site");
  }

  private static List<String> messages(Set<ValidationMessage> errors) {
    return errors.stream().map(ValidationMessage::toString).sorted().toList();
  }
}
