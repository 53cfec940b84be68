package dev.candor.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Path;

/** JSON Schemas read as an editor reads them: draft 2020-12, errors at JSON pointers. */
public final class JsonSchemas {
  private JsonSchemas() {}

  /**
   * A validator for a schema. Formats stay annotations, as 2020-12 intends: the patterns do the
   * checking (the library's "email" format would also reject the reserved .example domain).
   */
  public static JsonSchema validator(JsonNode schema) {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(
            SchemaLocation.of(schema.get("$id").asText()),
            schema,
            SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build());
  }

  /** A validator for the schema in {@code file}. */
  public static JsonSchema validator(Path file) throws IOException {
    return validator(new JsonMapper().readTree(file.toFile()));
  }
}
