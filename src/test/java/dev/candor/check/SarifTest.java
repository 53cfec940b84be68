package dev.candor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.candor.load.Limits;
import dev.candor.model.Waiver;
import dev.candor.pipeline.Build;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SARIF output validates against the official SARIF 2.1.0 schema (a draft-04 JSON Schema). */
class SarifTest {
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in = SarifTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
  }

  private static JsonNode sarif(List<Path> files, CheckSettings settings) throws Exception {
    CheckReport report = Build.check(Build.load(files, Limits.DEFAULTS), settings);
    return new JsonMapper()
        .readTree(ReportWriter.write(report, ReportFormat.SARIF, Rules.builtIn()));
  }

  @Test
  void findingsOfEveryRuleFormAValidLog() throws Exception {
    List<Path> bad =
        Rules.ids().stream()
            .map(id -> Path.of("src/test/resources/checks", id, "bad.yaml"))
            .toList();
    JsonNode log =
        sarif(
            bad, new CheckSettings(null, List.of(new Waiver("plain-jargon", "tested elsewhere"))));
    Set<ValidationMessage> errors = schema.validate(log);
    assertEquals(Set.of(), errors, "SARIF validates");
    JsonNode run = log.get("runs").get(0);
    assertEquals(Rules.ids().size(), run.at("/tool/driver/rules").size());
    assertTrue(run.get("results").size() >= Rules.ids().size() - 1);
    JsonNode first = run.get("results").get(0);
    assertTrue(first.at("/locations/0/physicalLocation/region/startLine").asInt() >= 1);
    assertTrue(first.at("/properties/citation").isTextual());
    assertEquals(
        "plain-jargon",
        run.at("/invocations/0/ruleConfigurationOverrides/0/descriptor/id").asText());
  }

  @Test
  void theExamplesFormAValidLogWhoseOnlyResultsAreLengthWarnings() throws Exception {
    JsonNode log = sarif(Build.defaultInputs(), CheckSettings.DEFAULTS);
    assertEquals(Set.of(), schema.validate(log));
    for (JsonNode result : log.at("/runs/0/results")) {
      assertEquals("plain-length", result.get("ruleId").asText(), result.toString());
    }
    assertEquals(3, log.at("/runs/0/artifacts").size());
  }
}
