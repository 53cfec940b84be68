package dev.candor.render;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.candor.model.Inventory;
import dev.candor.model.Keyed;
import dev.candor.model.Retention;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The facts of an inventory as JSON, for tools: keys as written in inventories, ISO dates. */
public final class InventoryJson {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .addModule(
              new SimpleModule()
                  .addSerializer(Keyed.class, new KeyedSerializer())
                  .addKeySerializer(Keyed.class, new KeyedKeySerializer()))
          .addMixIn(Retention.class, RetentionForms.class)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
          .build();

  private InventoryJson() {}

  /** The inventory as UTF-8 JSON, the same bytes for the same inventory. */
  public static byte[] of(Inventory inv) {
    try {
      return (JSON.writeValueAsString(inv) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Names each retention form, since the three records share no field. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "form")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Retention.For.class, name = "duration"),
    @JsonSubTypes.Type(value = Retention.Rule.class, name = "rule"),
    @JsonSubTypes.Type(value = Retention.Forever.class, name = "forever")
  })
  private interface RetentionForms {}

  /** Writes enum map keys the way inventories spell them. */
  private static final class KeyedKeySerializer extends StdSerializer<Keyed> {
    KeyedKeySerializer() {
      super(Keyed.class);
    }

    @Override
    public void serialize(Keyed value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeFieldName(value.key());
    }
  }

  /** Writes enum constants the way inventories spell them: {@code legitimate-interests}. */
  private static final class KeyedSerializer extends StdSerializer<Keyed> {
    KeyedSerializer() {
      super(Keyed.class);
    }

    @Override
    public void serialize(Keyed value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.key());
    }
  }
}
