import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Synthetic inputs for the benchmarks, made from the examples so they pass validate and check.
 *
 * <pre>
 * Generate scale EXAMPLE.yaml N OUT.yaml
 *     An inventory N times the size of EXAMPLE: every data item, purpose, store and recipient
 *     repeated N times under new ids, each copy of a data item pointing at the matching copies
 *     of its purposes, stores and recipients, each copied store and recipient with its own name.
 * Generate site NOTICES_DIR ID COUNT OUT_DIR
 *     COUNT copies of notice ID with its archived versions (not the translations kept beside
 *     them), as OUT_DIR/ID-001.yaml and
 *     OUT_DIR/archive/ID-001/&lt;version&gt;.yaml and so on.
 * </pre>
 */
public final class Generate {
  private static final List<String> LISTS = List.of("data", "purposes", "stores", "recipients");
  private static final List<String> REFERENCES = List.of("purposes", "stores", "recipients");
  private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .build());

  public static void main(String[] args) throws IOException {
    switch (args[0]) {
      case "scale" -> write(scaled(read(Path.of(args[1])), Integer.parseInt(args[2])),
          Path.of(args[3]));
      case "site" -> site(Path.of(args[1]), args[2], Integer.parseInt(args[3]), Path.of(args[4]));
      default -> throw new IllegalArgumentException("scale or site, not " + args[0]);
    }
  }

  static ObjectNode scaled(ObjectNode inv, int n) {
    for (String list : LISTS) {
      ArrayNode original = (ArrayNode) inv.get(list);
      ArrayNode scaled = YAML.createArrayNode();
      for (int copy = 1; copy <= n; copy++) {
        for (JsonNode item : original) {
          scaled.add(copy == 1 ? item : renamed((ObjectNode) item.deepCopy(), list, copy));
        }
      }
      inv.set(list, scaled);
    }
    return inv;
  }

  static void site(Path notices, String id, int count, Path out) throws IOException {
    List<Path> archived = new ArrayList<>();
    Path archive = notices.resolve("archive").resolve(id);
    if (Files.isDirectory(archive)) {
      try (Stream<Path> s = Files.list(archive)) {
        // The versions only: the translations kept beside them ("1.1.de.yaml") would publish
        // every copy in further languages.
        s.filter(p -> p.toString().endsWith(".yaml"))
            .filter(p -> !p.getFileName().toString().matches(".*\\.[a-z]{2}(-[A-Z]{2})?\\.yaml"))
            .sorted()
            .forEach(archived::add);
      }
    }
    for (int k = 1; k <= count; k++) {
      String copy = String.format("%s-%03d", id, k);
      write(withId(read(notices.resolve(id + ".yaml")), copy), out.resolve(copy + ".yaml"));
      for (Path v : archived) {
        write(withId(read(v), copy),
            out.resolve("archive").resolve(copy).resolve(v.getFileName().toString()));
      }
    }
  }

  private static ObjectNode withId(ObjectNode inv, String id) {
    ((ObjectNode) inv.get("notice")).put("id", id);
    return inv;
  }

  private static ObjectNode renamed(ObjectNode item, String list, int copy) {
    item.put("id", item.get("id").asText() + "-" + copy);
    if (list.equals("data")) {
      for (String ref : REFERENCES) {
        if (item.get(ref) instanceof ArrayNode ids) {
          for (int i = 0; i < ids.size(); i++) {
            ids.set(i, TextNode.valueOf(ids.get(i).asText() + "-" + copy));
          }
        }
      }
    }
    if (list.equals("recipients") && item.has("name")) {
      item.put("name", item.get("name").asText() + " " + copy);
    }
    if (list.equals("stores") && item.has("provider")) {
      item.put("provider", item.get("provider").asText() + " " + copy);
    }
    return item;
  }

  private static ObjectNode read(Path file) throws IOException {
    return (ObjectNode) YAML.readTree(file.toFile());
  }

  private static void write(ObjectNode inv, Path out) throws IOException {
    Files.createDirectories(out.toAbsolutePath().getParent());
    YAML.writeValue(out.toFile(), inv);
  }
}
