package dev.candor.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.candor.check.CheckReport;
import dev.candor.check.CheckSettings;
import dev.candor.load.InventoryLoader;
import dev.candor.load.Limits;
import dev.candor.load.LoadedInventory;
import dev.candor.problem.InvalidInputException;
import dev.candor.render.Format;
import dev.candor.render.NoticeRenderer;
import dev.candor.render.Templates;
import dev.candor.vocab.Vocabulary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Fuzzes the pipeline from bytes to notice: load, validate, check and render.
 *
 * <p>The first byte of an input picks how the rest is read. When it is even, the rest is the
 * inventory file itself, as arbitrary bytes. When it is odd, the rest steers a few structured
 * mutations of {@code notices/shop.yaml} (replace a value with hostile text, a number, a list or a
 * mapping; drop it; duplicate it) so the fuzzer spends its time past the YAML parser, in binding,
 * validation and the templates.
 *
 * <p>An invalid inventory must end in {@link InvalidInputException}; a valid one must render as
 * HTML and Markdown, and its HTML must hold no script. Any other exception is a bug. One input in
 * 64 also renders the PDF: it takes a hundred times longer than the other formats, and the XHTML it
 * starts from comes from the same body template the HTML page uses, which every input renders.
 *
 * <p>Without {@code JAZZER_FUZZ} this replays {@code PipelineFuzzTestInputs/} as regression tests;
 * docs/hardening.md says how to fuzz.
 */
class PipelineFuzzTest {
  private static final InventoryLoader LOADER = Build.loader(Limits.DEFAULTS);
  private static final NoticeRenderer RENDERER =
      new NoticeRenderer(new Templates(Optional.empty()), Vocabulary.english());
  private static final YAMLMapper YAML =
      new YAMLMapper(
          YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build());
  private static final JsonNode SHOP = readShop();

  /** Text that has broken one escaper or another somewhere. */
  private static final List<String> HOSTILE =
      List.of(
          "<script>alert(1)</script>",
          "<img src=x onerror=alert(1)>",
          "[x](javascript:alert(1))",
          "<!-- c -->",
          "<![CDATA[x]]>",
          "]]>",
          "{{7*7}}",
          "${7*7}",
          "#{7*7}",
          "<#assign x=1>",
          "&amp;",
          "&#0;",
          "\u0000",
          "\u202e",
          "\uFFFE",
          "\uD800",
          "| a | b |",
          "# h",
          "- x",
          "1. x",
          "---",
          "\"'`",
          "\\",
          "\r\n\r\n",
          " ",
          "",
          "x".repeat(9_000),
          "P0D",
          "P99999999999Y",
          "0000-00-00",
          "9999-12-31",
          "custom.",
          "user",
          "..",
          "../x",
          "\t",
          "💥");

  /**
   * Jazzer replays the inputs in the folder named after this class's package; were the class moved
   * without them, every regression input would silently stop running.
   */
  @org.junit.jupiter.api.Test
  void theRegressionInputsSitWhereJazzerLooksForThem() throws Exception {
    java.nio.file.Path dir =
        java.nio.file.Path.of(
            "src/test/resources",
            PipelineFuzzTest.class.getPackageName().replace('.', '/'),
            "PipelineFuzzTestInputs/loadValidateAndRender");
    try (var files = java.nio.file.Files.list(dir)) {
      org.junit.jupiter.api.Assertions.assertTrue(
          files.count() >= 8, () -> dir + " should hold the fuzzer's regression inputs");
    }
  }

  @FuzzTest(maxDuration = "10m")
  void loadValidateAndRender(byte[] input) throws Exception {
    byte[] inventory =
        input.length > 0 && (input[0] & 1) == 1
            ? mutatedShop(new Choices(input, 1))
            : (input.length == 0 ? input : java.util.Arrays.copyOfRange(input, 1, input.length));
    LoadedInventory loaded;
    try {
      loaded = LOADER.parse("fuzz.yaml", inventory);
    } catch (InvalidInputException expected) {
      return;
    }
    CheckReport report = Build.check(List.of(loaded), CheckSettings.DEFAULTS);
    report.failed(); // a failed check stops a build, but the notice must still render
    boolean pdf = input.length > 1 && input[input.length - 1] % 64 == 0;
    Set<Format> formats = pdf ? EnumSet.allOf(Format.class) : EnumSet.of(Format.HTML, Format.MD);
    Map<Format, byte[]> out = RENDERER.render(loaded.inventory(), formats);
    Document html = Jsoup.parse(new String(out.get(Format.HTML), StandardCharsets.UTF_8));
    assertFalse(
        html.select("script:not([type=application/ld+json]), iframe, object, embed").size() > 0,
        "active element");
    assertTrue(html.select("script").size() == 1, "one data block, nothing broke out of it");
  }

  /** Structured mutations of the shop example, steered by the input. */
  static byte[] mutatedShop(Choices c) {
    JsonNode root = SHOP.deepCopy();
    int mutations = 1 + c.next(4);
    for (int i = 0; i < mutations; i++) {
      List<Slot> slots = new ArrayList<>();
      collect(root, slots);
      Slot s = slots.get(c.next(slots.size()));
      switch (c.next(9)) {
        case 0 -> s.set(JsonNodeFactory.instance.textNode(HOSTILE.get(c.next(HOSTILE.size()))));
        case 1 -> s.set(JsonNodeFactory.instance.textNode(c.text()));
        case 2 -> s.set(JsonNodeFactory.instance.numberNode(c.next(256) - 128L));
        case 3 -> s.set(JsonNodeFactory.instance.booleanNode(c.next(2) == 0));
        case 4 -> s.set(JsonNodeFactory.instance.nullNode());
        case 5 -> s.set(JsonNodeFactory.instance.arrayNode().add(s.value().deepCopy()));
        case 6 -> s.set(JsonNodeFactory.instance.objectNode().set(c.text(), s.value().deepCopy()));
        case 7 -> s.remove();
        default -> s.duplicate();
      }
    }
    try {
      return YAML.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A place in the tree that holds a value: a key of a mapping or an item of a list. */
  record Slot(JsonNode parent, String key, int index) {
    JsonNode value() {
      return key != null ? parent.get(key) : parent.get(index);
    }

    void set(JsonNode v) {
      if (key != null) {
        ((ObjectNode) parent).set(key, v);
      } else {
        ((ArrayNode) parent).set(index, v);
      }
    }

    void remove() {
      if (key != null) {
        ((ObjectNode) parent).remove(key);
      } else {
        ((ArrayNode) parent).remove(index);
      }
    }

    void duplicate() {
      if (key != null) {
        ((ObjectNode) parent).set(key + "-copy", value().deepCopy());
      } else {
        ((ArrayNode) parent).insert(index, value().deepCopy());
      }
    }
  }

  private static void collect(JsonNode node, List<Slot> slots) {
    if (node.isObject()) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String k = names.next();
        slots.add(new Slot(node, k, -1));
        collect(node.get(k), slots);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        slots.add(new Slot(node, null, i));
        collect(node.get(i), slots);
      }
    }
  }

  /** Reads choices from the input's bytes; zeros once they run out. */
  static final class Choices {
    private final byte[] bytes;
    private int at;

    Choices(byte[] bytes, int from) {
      this.bytes = bytes;
      this.at = from;
    }

    /** A number from 0 to {@code bound - 1}. */
    int next(int bound) {
      int b = at < bytes.length ? bytes[at++] & 0xFF : 0;
      if (bound > 256 && at < bytes.length) {
        b = (b << 8) | (bytes[at++] & 0xFF);
      }
      return b % bound;
    }

    /** Text of up to 63 bytes taken from the input, decoded leniently as UTF-8. */
    String text() {
      int n = Math.min(next(64), bytes.length - at);
      String s = new String(bytes, at, Math.max(0, n), StandardCharsets.UTF_8);
      at += Math.max(0, n);
      return s;
    }
  }

  private static JsonNode readShop() {
    try {
      return YAML.readTree(Files.readAllBytes(Path.of("notices/shop.yaml")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
