package dev.candor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import dev.candor.load.Limits;
import dev.candor.pipeline.Build;
import dev.candor.problem.InvalidInputException;
import dev.candor.problem.Problem;
import dev.candor.testing.JsonSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema an editor checks with and {@code candor validate} give every inventory in the
 * repository the same verdict: valid or not. Warnings do not count; only errors fail validate.
 *
 * <p>Every {@code .yaml} and {@code .yml} file under {@code src/test/resources} and {@code notices}
 * is an inventory, except a site's settings ({@code site.yaml}) and Fides manifests (a top-level
 * {@code organization}, {@code system} or {@code dataset} key), which are other formats that {@code
 * candor site} and {@code candor import} read.
 */
class SchemaAgreementTest {
  private static final List<Path> ROOTS =
      List.of(Path.of("src/test/resources"), Path.of("notices"));
  private static final Pattern FIDES = Pattern.compile("(?m)^(organization|system|dataset):");

  /**
   * Inventories the schema cannot judge as validate does, and why. Paths are relative to {@code
   * src/test/resources}. An entry on which both agree fails the test: remove it.
   */
  private static final Map<String, String> CANNOT_EXPRESS =
      Map.ofEntries(
          Map.entry("invalid/dangling.yaml", "a reference to an id defined in another section"),
          Map.entry(
              "invalid/changes-newer.yaml",
              "a change-log entry compared with the notice's own version and date, in another"
                  + " section"),
          Map.entry(
              "invalid/duplicate-id.yaml",
              "ids unique in their list: uniqueItems compares whole entries, not one key"),
          Map.entry(
              "invalid/special-basis.yaml",
              "a sensitive data item's purposes, found by id in another section, need special_basis"),
          Map.entry(
              "invalid/cookie-consent.yaml",
              "a cookie that is not necessary needs a purpose, found by id in another section, whose"
                  + " basis is consent"),
          Map.entry(
              "invalid/date.yaml",
              "a day that exists (no 30 February): a pattern checks the shape, not the calendar"),
          Map.entry(
              "invalid/duration-too-long.yaml",
              "a number of years too large for a Java Period: a limit on a value, not on digits"),
          Map.entry(
              "invalid/many-documents.yaml",
              "a second YAML document: the schema judges each document by itself"),
          Map.entry(
              "invalid/unprintable.yaml",
              "a control character or lone surrogate, in any key or text of the file"),
          Map.entry(
              "invalid/yaml-tag.yaml",
              "YAML tags: the schema sees the values, not how the YAML marked them"));

  private static JsonSchema schema;
  private static final YAMLMapper YAML =
      YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  @BeforeAll
  static void loadSchema() throws IOException {
    JsonNode node = new JsonMapper().readTree(Path.of("schema/inventory.schema.json").toFile());
    schema = JsonSchemas.validator(node);
  }

  static Stream<Path> inventories() throws IOException {
    List<Path> all = new java.util.ArrayList<>();
    for (Path root : ROOTS) {
      try (Stream<Path> files = Files.walk(root)) {
        files
            .filter(Files::isRegularFile)
            .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
            .filter(SchemaAgreementTest::isInventory)
            .sorted()
            .forEach(all::add);
      }
    }
    assertTrue(all.size() > 200, () -> "too few inventories found: " + all.size());
    return all.stream();
  }

  private static boolean isInventory(Path file) {
    if (file.getFileName().toString().equals("site.yaml")) {
      return false;
    }
    try {
      return !FIDES.matcher(Files.readString(file)).find();
    } catch (IOException e) { // not UTF-8: still an inventory, and both must refuse it
      return true;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inventories")
  void schemaAndValidateAgree(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    List<String> candor = candorErrors(file, bytes);
    List<String> editor = schemaErrors(bytes);
    String key =
        ROOTS
            .get(0)
            .relativize(
                file.toAbsolutePath().normalize().startsWith(ROOTS.get(0).toAbsolutePath())
                    ? file
                    : ROOTS.get(0).resolve(file))
            .toString()
            .replace('\\', '/');
    boolean agree = candor.isEmpty() == editor.isEmpty();
    String report =
        file
            + "\n  candor validate: "
            + (candor.isEmpty() ? "valid" : candor)
            + "\n  JSON Schema: "
            + (editor.isEmpty() ? "valid" : editor);
    if (CANNOT_EXPRESS.containsKey(key)) {
      assertFalse(
          agree,
          () ->
              "listed as beyond the schema ("
                  + CANNOT_EXPRESS.get(key)
                  + "), but both now agree; remove it from CANNOT_EXPRESS\n"
                  + report);
    } else {
      assertTrue(
          agree,
          () ->
              "the schema and candor validate disagree. Make them agree (the"
                  + " skeleton is schema/inventory.schema.base.json), or, if JSON Schema cannot say"
                  + " it, list the file in CANNOT_EXPRESS with the reason\n"
                  + report);
    }
  }

  @Test
  void everyListedCaseExists() {
    List<String> missing =
        CANNOT_EXPRESS.keySet().stream()
            .filter(k -> !Files.exists(ROOTS.get(0).resolve(k)))
            .sorted()
            .toList();
    assertEquals(List.of(), missing);
  }

  private static List<String> candorErrors(Path file, byte[] bytes) {
    try {
      Build.loader(Limits.DEFAULTS).parse(file.toString(), bytes);
      return List.of();
    } catch (InvalidInputException e) {
      return e.problems().stream()
          .filter(Problem::isError)
          .map(p -> p.rule() + ": " + p.message())
          .toList();
    }
  }

  private static List<String> schemaErrors(byte[] bytes) {
    JsonNode tree;
    try {
      tree = YAML.readTree(bytes);
    } catch (IOException | RuntimeException e) { // an editor shows a YAML error as a red line
      return List.of("not readable as YAML: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (tree == null || tree.isMissingNode()) {
      return List.of("no document");
    }
    return schema.validate(tree).stream()
        .map(ValidationMessage::toString)
        .sorted()
        .collect(Collectors.toList());
  }
}
