package dev.candor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
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
import dev.candor.model.Keyed;
import dev.candor.model.Right;
import dev.candor.render.Messages;
import dev.candor.testing.JsonSchemas;
import dev.candor.vocab.Countries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped inventory schema: valid itself, accepts the examples, rejects broken inventories. */
class SchemaTest {

  private static final Path SCHEMA_FILE = Path.of("schema/inventory.schema.json");
  private static final Path SKELETON = Path.of("schema/inventory.schema.base.json");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final Path NOTICES = Path.of("notices");
  private static final YAMLMapper YAML = new YAMLMapper();

  private static JsonNode schemaNode;
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    if (UPDATE) {
      Files.writeString(SCHEMA_FILE, generated());
    }
    schemaNode = new JsonMapper().readTree(SCHEMA_FILE.toFile());
    schema = JsonSchemas.validator(schemaNode);
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
            + " and the Java vocabulary give. Edit the"
            + " skeleton, not the schema, then regenerate it with\n  mvn -B -q test"
            + " -Dtest=SchemaTest -Dgolden.update=true\nand review the diff.");
  }

  @Test
  void skeletonNamesItsListsInsteadOfSpellingThemOut() {
    IllegalArgumentException literal =
        assertThrows(
            IllegalArgumentException.class,
            () -> SchemaGenerator.generate("{\"enum\": [\"gdpr\"]}", Set.of("en"), List.of()));
    assertTrue(literal.getMessage().contains("literal enum at /enum"), literal.getMessage());
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () -> SchemaGenerator.generate("{\"enum\": \"from:laws\"}", Set.of("en"), List.of()));
    assertTrue(unknown.getMessage().contains("unknown list 'laws'"), unknown.getMessage());
  }

  @Test
  void selfServiceHasAPropertyForEveryRight() {
    List<String> names = new ArrayList<>();
    schemaNode
        .at("/properties/rights/properties/self_service/properties")
        .fieldNames()
        .forEachRemaining(names::add);
    assertEquals(Keyed.keys(Right.class), names);
  }

  @Test
  void countriesAreTheOnesTheLoaderKnows() {
    assertEquals(
        Countries.codes(),
        YAML.convertValue(
            schemaNode.at("/$defs/country/enum"), new TypeReference<List<String>>() {}));
    assertFalse(Countries.codes().contains("UK"));
  }

  @Test
  void schemaIsValidAgainstTheDraft202012MetaSchema() {
    JsonSchema meta =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(
                SchemaLocation.of(SchemaId.V202012), SchemaValidatorsConfig.builder().build());
    assertEquals(Set.of(), meta.validate(schemaNode));
    assertEquals(
        "https://json-schema.org/draft/2020-12/schema", schemaNode.get("$schema").asText());
    assertEquals("https://candor.dev/schema/inventory.schema.json", schemaNode.get("$id").asText());
  }

  @Test
  void everyPropertyHasATitleAndADescription() {
    List<String> missing = new ArrayList<>();
    collectUndocumented(schemaNode, "", missing);
    assertEquals(List.of(), missing, "properties without title or description");
  }

  @Test
  void everyObjectForbidsUnknownKeys() {
    List<String> open = new ArrayList<>();
    collectOpenObjects(schemaNode, "", open);
    assertEquals(List.of(), open, "object schemas without additionalProperties: false");
  }

  @Test
  void yamlDatesAreReadAsStrings() throws IOException {
    JsonNode shop = YAML.readTree(NOTICES.resolve("shop.yaml").toFile());
    assertTrue(shop.at("/notice/effective").isTextual());
    assertEquals("2026-03-01", shop.at("/notice/effective").asText());
  }

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(NOTICES)) {
      List<Path> yaml =
          files
              .filter(p -> p.getFileName().toString().endsWith(".yaml"))
              // shop.de.yaml is shop's German text, not an inventory
              .filter(p -> !dev.candor.load.Translations.isTranslation(p))
              .sorted()
              .toList();
      assertFalse(yaml.isEmpty(), "no examples found in " + NOTICES.toAbsolutePath());
      return yaml.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExampleIsValid(Path file) throws IOException {
    Set<ValidationMessage> errors = schema.validate(YAML.readTree(file.toFile()));
    assertEquals(List.of(), messages(errors), file + " should be valid");
  }

  @Test
  void customKeysWithALabelAreValid() throws IOException {
    ObjectNode inventory = (ObjectNode) YAML.readTree(NOTICES.resolve("shop.yaml").toFile());
    obj(inventory, "/data/0")
        .put("category", "custom.loyalty_points")
        .put("label", "loyalty points");
    obj(inventory, "/purposes/0").put("use", "custom.gift_wrapping");
    assertEquals(List.of(), messages(schema.validate(inventory)));
  }

  @Test
  void gdprWithoutASupervisoryAuthorityIsValidAsCandorCheckAsksForIt() throws IOException {
    ObjectNode inventory = (ObjectNode) YAML.readTree(NOTICES.resolve("shop.yaml").toFile());
    obj(inventory, "/controller").remove("authority");
    assertEquals(List.of(), messages(schema.validate(inventory)));
  }

  @Test
  void aListOfOneCanBeWrittenWithoutBrackets() throws IOException {
    ObjectNode inventory = (ObjectNode) YAML.readTree(NOTICES.resolve("shop.yaml").toFile());
    obj(inventory, "/notice").put("jurisdictions", "gdpr");
    obj(inventory, "/data/0").put("purposes", obj(inventory, "/data/0").at("/purposes/0").asText());
    assertEquals(List.of(), messages(schema.validate(inventory)));
  }

  @Test
  void retentionForeverWithAReasonIsValid() throws IOException {
    ObjectNode inventory = (ObjectNode) YAML.readTree(NOTICES.resolve("shop.yaml").toFile());
    ObjectNode retention = obj(inventory, "/data/0/retention");
    retention.removeAll();
    retention.put("forever", true).put("reason", "Tax law requires it.");
    assertEquals(List.of(), messages(schema.validate(inventory)));
  }

  static Stream<Arguments> brokenInventories() {
    return Stream.of(
        broken(
            "typo in a key",
            "/data/0",
            "additionalProperties",
            inv -> rename(obj(inv, "/data/0"), "purposes", "purpose")),
        broken(
            "unknown top-level key",
            "",
            "additionalProperties",
            inv -> inv.put("cookie_banner", "none")),
        broken(
            "missing required field",
            "/controller",
            "required",
            inv -> obj(inv, "/controller").remove("email")),
        broken("missing required section", "", "required", inv -> inv.remove("rights")),
        broken(
            "value outside an enum",
            "/data/0/source",
            "enum",
            inv -> obj(inv, "/data/0").put("source", "user")),
        broken(
            "category that is neither fideslang nor custom",
            "/data/0/category",
            "enum",
            inv -> obj(inv, "/data/0").put("category", "user.contact.emial")),
        broken(
            "legitimate interests without an interest",
            "/purposes/4",
            "required",
            inv -> obj(inv, "/purposes/4").remove("interest")),
        broken(
            "javascript: URL",
            "/controller/website",
            "pattern",
            inv -> obj(inv, "/controller").put("website", "javascript:alert(1)")),
        broken(
            "retention with both duration and rule",
            "/data/0/retention",
            "oneOf",
            inv -> obj(inv, "/data/0/retention").put("rule", "as long as you keep your account")),
        broken(
            "retention forever without a reason",
            "/data/0/retention",
            "required",
            inv -> {
              ObjectNode retention = obj(inv, "/data/0/retention");
              retention.removeAll();
              retention.put("forever", true);
            }),
        broken(
            "retention with no form at all",
            "/data/0/retention",
            "oneOf",
            inv -> obj(inv, "/data/0/retention").removeAll()),
        broken(
            "duration that is not ISO 8601",
            "/data/0/retention/duration",
            "pattern",
            inv -> obj(inv, "/data/0/retention").put("duration", "2 years")),
        broken(
            "third-party source without from",
            "/data/0",
            "required",
            inv -> obj(inv, "/data/0").put("source", "third-party")),
        broken(
            "custom category without a label",
            "/data/0",
            "required",
            inv -> obj(inv, "/data/0").put("category", "custom.loyalty_points")),
        broken(
            "custom use without a label",
            "/purposes/0",
            "required",
            inv -> {
              obj(inv, "/purposes/0").put("use", "custom.gift_wrapping");
              obj(inv, "/purposes/0").remove("label");
            }),
        broken(
            "data with no purpose",
            "/data/0/purposes",
            "minItems",
            inv -> obj(inv, "/data/0").putArray("purposes")),
        broken(
            "id with capitals",
            "/data/0/id",
            "pattern",
            inv -> obj(inv, "/data/0").put("id", "Email")),
        broken(
            "date in the wrong order",
            "/notice/effective",
            "pattern",
            inv -> obj(inv, "/notice").put("effective", "01-03-2026")),
        broken(
            "lower-case country code",
            "/controller/country",
            "pattern",
            inv -> obj(inv, "/controller").put("country", "de")),
        broken(
            "email without a domain",
            "/controller/email",
            "pattern",
            inv -> obj(inv, "/controller").put("email", "privacy")),
        broken(
            "gdpr store in the US without a safeguard",
            "/stores/0",
            "required",
            inv -> {
              obj(inv, "/stores/0").put("country", "US");
              obj(inv, "/stores/0").remove("safeguard");
            }),
        broken(
            "adequacy claimed for a country without it",
            "/recipients/0/safeguard",
            "not",
            inv -> obj(inv, "/recipients/0").put("safeguard", "adequacy")),
        broken(
            "UK instead of GB",
            "/stores/0/country",
            "enum",
            inv -> obj(inv, "/stores/0").put("country", "UK")),
        broken(
            "gdpr transfer to the US without a safeguard",
            "/recipients/0",
            "required",
            inv -> obj(inv, "/recipients/0").remove("safeguard")),
        broken(
            "rights with neither email nor url",
            "/rights",
            "required",
            inv -> {
              obj(inv, "/rights").remove("email");
              obj(inv, "/rights").remove("url");
            }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenInventories")
  void brokenInventoryIsRejected(
      String name, String location, String keyword, Consumer<ObjectNode> breakIt)
      throws IOException {
    ObjectNode inventory = (ObjectNode) YAML.readTree(NOTICES.resolve("shop.yaml").toFile());
    assertEquals(Set.of(), schema.validate(inventory), "shop.yaml must be valid to start with");
    breakIt.accept(inventory);

    Set<ValidationMessage> errors = schema.validate(inventory);

    assertFalse(errors.isEmpty(), name + " should be rejected");
    assertTrue(
        errors.stream()
            .anyMatch(
                e ->
                    e.getInstanceLocation().toString().equals(location)
                        && e.getType().equals(keyword)),
        name
            + ": expected a '"
            + keyword
            + "' error at '"
            + location
            + "', got "
            + messages(errors));
  }

  private static Arguments broken(
      String name, String location, String keyword, Consumer<ObjectNode> breakIt) {
    return Arguments.of(name, location, keyword, breakIt);
  }

  private static ObjectNode obj(ObjectNode root, String pointer) {
    return (ObjectNode) root.at(pointer);
  }

  private static void rename(ObjectNode node, String from, String to) {
    node.set(to, node.remove(from));
  }

  private static List<String> messages(Set<ValidationMessage> errors) {
    return errors.stream().map(ValidationMessage::toString).sorted().collect(Collectors.toList());
  }

  private static void collectUndocumented(JsonNode node, String path, List<String> missing) {
    if (node.isObject()) {
      JsonNode properties = node.get("properties");
      // Only schemas that define a property count; "properties" inside if/then only constrains.
      if (properties != null && properties.isObject() && !isConstraintOnly(path)) {
        for (Map.Entry<String, JsonNode> p : properties.properties()) {
          if (!p.getValue().hasNonNull("title") || !p.getValue().hasNonNull("description")) {
            missing.add(path + "/properties/" + p.getKey());
          }
        }
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collectUndocumented(e.getValue(), path + "/" + e.getKey(), missing);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectUndocumented(node.get(i), path + "/" + i, missing);
      }
    }
  }

  private static void collectOpenObjects(JsonNode node, String path, List<String> open) {
    if (node.isObject()) {
      boolean closed =
          node.path("additionalProperties").isBoolean()
              && !node.path("additionalProperties").asBoolean();
      if ("object".equals(node.path("type").asText()) && !closed) {
        open.add(path);
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collectOpenObjects(e.getValue(), path + "/" + e.getKey(), open);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectOpenObjects(node.get(i), path + "/" + i, open);
      }
    }
  }

  private static boolean isConstraintOnly(String path) {
    return path.contains("/if") || path.contains("/then") || path.contains("/allOf");
  }
}
