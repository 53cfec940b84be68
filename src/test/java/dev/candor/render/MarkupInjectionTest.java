package dev.candor.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.candor.load.InventoryLoader;
import dev.candor.load.Limits;
import dev.candor.model.Inventory;
import dev.candor.pipeline.Build;
import dev.candor.problem.InvalidInputException;
import dev.candor.render.pdf.PdfChecks;
import dev.candor.testing.Candor;
import dev.candor.vocab.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile text in every field of the schema reads as text in every format, and nothing more.
 *
 * <p>The fields come from {@code schema/inventory.schema.json}, not from a list kept here: a new
 * field in the schema is tested the day it is added. Each free-text field, e-mail field and URL
 * field of {@code src/test/resources/injection/full.yaml} (an inventory with every field set) is
 * replaced in turn with each payload. Fields whose schema is an enum or a pattern that refuses
 * every payload cannot carry one; the test checks that the pattern does refuse them.
 *
 * <p>What counts as "nothing more": the HTML parsed as a browser would has the same elements,
 * attributes and comments as the notice with plain words in that field; the Markdown parsed by
 * commonmark-java has the same nodes; the payload is in the text of both, and in the PDF's text.
 */
class MarkupInjectionTest {
  private static final Path SCHEMA = Path.of("schema/inventory.schema.json");
  private static final Path FULL = Path.of("src/test/resources/injection/full.yaml");
  private static final YAMLMapper YAML = new YAMLMapper();

  /** Markup, template syntax and entities that must come out as the same characters. */
  static final List<String> PAYLOADS =
      List.of(
          "<script>alert(1)</script>",
          "<img src=x onerror=alert(1)>",
          "[click](javascript:alert(1))",
          "![x](https://127.0.0.1/x.png)",
          "<!-- c -->",
          "<![CDATA[x]]>",
          "]]>",
          "{{7*7}}",
          "${7*7}",
          "<#assign x=7>#{7*7}",
          "&amp; &lt;b&gt; &#60;",
          "\"><svg onload=alert(1)>",
          "'; } body { background: url(https://127.0.0.1/) } '",
          "*bold* _it_ `code` ~~del~~ | cell | \\ <b>",
          "https://127.0.0.1/autolink <https://127.0.0.1/>");

  /** http(s) URLs that the schema accepts, each with characters that mean something in markup. */
  static final List<String> HOSTILE_URLS =
      List.of(
          "https://example.com/?a=1&b=2&amp;c=3",
          "https://example.com/'onmouseover='alert(1)",
          "https://example.com/#{{7*7}}${7*7}",
          "https://example.com/)](javascript:alert(1))",
          "https://example.com/*_`~|\\",
          "https://example.com/%3Cscript%3E");

  /** Schemes that must be refused with exit code 2. */
  static final List<String> REFUSED_URLS =
      List.of(
          "javascript:alert(1)",
          "JaVaScRiPt:alert(1)",
          "data:text/html,<script>alert(1)</script>",
          "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
          "vbscript:msgbox(1)",
          "file:///etc/passwd",
          " javascript:alert(1)",
          "//127.0.0.1/x");

  /** An address the e-mail pattern accepts, full of characters that mean something in markup. */
  static final String HOSTILE_EMAIL = "o'hara&amp{{7*7}}${7*7}|*_`x@example.com";

  /**
   * Text fields no notice shows, and why. Every other text field must appear in every format; for
   * these the output must be the same bytes as with plain words in the field.
   */
  static final Map<String, String> NOT_SHOWN = new LinkedHashMap<>();

  static {
    NOT_SHOWN.put(
        "checks.disable[].reason",
        "settings for candor check; the reason is for reviewers of the inventory");
    NOT_SHOWN.put(
        "purposes[].on_behalf_of",
        "for the record of processing (candor export ropa); RopaExportTest escapes it");
    NOT_SHOWN.put("changes[].approved.by", "record keeping for reviewers, checked by check");
    NOT_SHOWN.put(
        "cookies[].description",
        "shown on the cookie declaration page, not in the notice; CookieDeclarationsTest escapes"
            + " it");
  }

  private static final InventoryLoader LOADER = Build.loader(Limits.DEFAULTS);
  private static final NoticeRenderer RENDERER =
      new NoticeRenderer(new Templates(Optional.empty()), Vocabulary.english());
  private static final Parser MARKDOWN =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  private static JsonNode full;
  private static List<Field> fields;

  enum Kind {
    TEXT,
    EMAIL,
    URL,
    FIXED
  }

  /** A string field of the schema: its path ({@code data[].label}) and what it may hold. */
  record Field(String path, Kind kind, JsonNode schema) {
    @Override
    public String toString() {
      return path;
    }
  }

  @BeforeAll
  static void readSchemaAndInventory() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(SCHEMA.toFile());
    fields = new ArrayList<>();
    walk(schema, schema, "", fields);
    full = YAML.readTree(FULL.toFile());
  }

  /** Collects every string-valued leaf, following $ref, properties, items and list alternatives. */
  private static void walk(JsonNode root, JsonNode node, String path, List<Field> out) {
    String ref = node.path("$ref").asText("");
    String def = ref.isEmpty() ? "" : ref.substring(ref.lastIndexOf('/') + 1);
    JsonNode target = ref.isEmpty() ? node : root.at(ref.substring(1));
    if (target.has("properties")) {
      for (Iterator<Map.Entry<String, JsonNode>> it = target.get("properties").fields();
          it.hasNext(); ) {
        var e = it.next();
        walk(root, e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
      }
    }
    if (target.has("patternProperties") || target.path("additionalProperties").isObject()) {
      fail(path + ": keys chosen by the user; the walk does not know how to fill them");
    }
    for (JsonNode alternative : target.path("anyOf")) {
      if (alternative.path("type").asText("").equals("array")) { // a list that may be one value
        walk(root, alternative, path, out);
      }
    }
    String type = target.path("type").asText("");
    if (type.equals("array")) {
      walk(root, target.get("items"), path + "[]", out);
    } else if (type.equals("string")) {
      Kind kind =
          switch (def) {
            case "text" -> Kind.TEXT;
            case "email" -> Kind.EMAIL;
            case "url" -> Kind.URL;
            default -> Kind.FIXED;
          };
      out.add(new Field(path, kind, target));
    }
  }

  @Test
  void theSchemaWalkFindsTheFieldsItShould() {
    Set<String> text = paths(Kind.TEXT);
    assertTrue(
        text.containsAll(
            Set.of(
                "notice.title",
                "controller.dpo.name",
                "data[].retention.after",
                "data[].collected_at[]",
                "purposes[].automated.logic",
                "rights.self_service.opt-out-sale",
                "emails.never_ask[]",
                "changes[].summary")),
        () -> text.toString());
    assertTrue(text.size() > 40, () -> "too few text fields: " + text);
    assertEquals(
        Set.of(
            "controller.website",
            "controller.authority.website",
            "purposes[].choice.url",
            "recipients[].privacy_url",
            "rights.url",
            "rights.opt_out_url",
            "rights.limit_url"),
        paths(Kind.URL));
    assertTrue(
        NOT_SHOWN.keySet().stream().allMatch(text::contains),
        "NOT_SHOWN names a field that is not a text field");
  }

  @Test
  void fullInventorySetsEveryFieldThatCanCarryAPayloadAndIsValid() throws Exception {
    List<String> missing =
        fields.stream()
            .filter(f -> f.kind() != Kind.FIXED)
            .map(Field::path)
            .filter(p -> !has(full, p))
            .toList();
    assertEquals(List.of(), missing, FULL + " must set every string field of the schema");
    LOADER.parse(FULL.toString(), YAML.writeValueAsBytes(full));
  }

  /** Enum and patterned fields: no payload fits, so none can reach a notice. */
  @Test
  void fieldsThatCannotCarryPayloadsRefuseThem() {
    List<String> all = new ArrayList<>(PAYLOADS);
    all.addAll(REFUSED_URLS);
    all.add(HOSTILE_EMAIL);
    for (Field f : fields) {
      if (f.kind() != Kind.FIXED) {
        continue;
      }
      List<JsonNode> alternatives =
          f.schema().has("anyOf")
              ? List.copyOf(iterable(f.schema().get("anyOf")))
              : List.of(f.schema());
      for (JsonNode alt : alternatives) {
        JsonNode resolved =
            alt.has("$ref") ? schemaRoot().at(alt.get("$ref").asText().substring(1)) : alt;
        assertTrue(
            resolved.has("enum") || resolved.has("pattern"),
            () -> f.path() + " is a string with neither enum nor pattern: treat it as text");
        for (String p : all) {
          boolean fits =
              resolved.has("enum")
                  ? iterable(resolved.get("enum")).stream().anyMatch(e -> e.asText().equals(p))
                  : Pattern.compile(resolved.get("pattern").asText()).matcher(p).find();
          assertFalse(fits, () -> f.path() + " accepts the payload " + p);
        }
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> textFieldsCarryPayloadsAsTextInHtmlAndMarkdown() {
    return fields.stream()
        .filter(f -> f.kind() == Kind.TEXT || f.kind() == Kind.EMAIL)
        .map(
            f ->
                DynamicTest.dynamicTest(
                    f.path(),
                    () -> {
                      List<String> payloads =
                          f.kind() == Kind.EMAIL ? List.of(HOSTILE_EMAIL) : PAYLOADS;
                      String plain =
                          f.kind() == Kind.EMAIL ? "plain@example.com" : "plain words here";
                      Rendered base = render(with(f.path(), plain));
                      for (String payload : payloads) {
                        Rendered r = render(with(f.path(), payload));
                        String about = f.path() + " = " + payload;
                        if (NOT_SHOWN.containsKey(f.path())) {
                          assertArrayEquals(base.html(), r.html(), about);
                          assertArrayEquals(base.md(), r.md(), about);
                          continue;
                        }
                        assertEquals(
                            htmlShape(base.htmlDoc()),
                            htmlShape(r.htmlDoc()),
                            () -> "HTML elements or attributes changed: " + about);
                        assertTrue(
                            folded(htmlText(r.htmlDoc())).contains(folded(payload)),
                            () -> "payload not in the HTML text: " + about);
                        assertEquals(
                            markdownShape(base.mdDoc()),
                            markdownShape(r.mdDoc()),
                            () -> "Markdown nodes changed: " + about + "\n" + r.mdString());
                        assertTrue(
                            folded(markdownText(r.mdDoc())).contains(folded(payload)),
                            () ->
                                "payload not in the Markdown text: " + about + "\n" + r.mdString());
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> urlFieldsKeepHostileButValidUrlsIntact() {
    return fields.stream()
        .filter(f -> f.kind() == Kind.URL)
        .map(
            f ->
                DynamicTest.dynamicTest(
                    f.path(),
                    () -> {
                      Rendered base = render(with(f.path(), "https://example.com/plain"));
                      for (String url : HOSTILE_URLS) {
                        Rendered r = render(with(f.path(), url));
                        String about = f.path() + " = " + url;
                        assertEquals(htmlShape(base.htmlDoc()), htmlShape(r.htmlDoc()), about);
                        assertTrue(
                            r.htmlDoc().select("a[href]").stream()
                                .anyMatch(a -> a.attr("href").equals(url)),
                            () -> "no link to it: " + about);
                        assertEquals(
                            markdownShape(base.mdDoc()),
                            markdownShape(r.mdDoc()),
                            () -> about + "\n" + r.mdString());
                        assertTrue(
                            markdownLinks(r.mdDoc()).contains(url),
                            () -> "no Markdown link to it: " + about + "\n" + r.mdString());
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> urlFieldsRefuseOtherSchemes(@TempDir Path dir) {
    return fields.stream()
        .filter(f -> f.kind() == Kind.URL)
        .map(
            f ->
                DynamicTest.dynamicTest(
                    f.path(),
                    () -> {
                      for (String url : REFUSED_URLS) {
                        Path file = dir.resolve("refused.yaml");
                        Files.write(file, YAML.writeValueAsBytes(with(f.path(), url)));
                        Candor r = Candor.run("validate", file.toString());
                        String about = f.path() + " = " + url + "\n" + r.err();
                        assertEquals(2, r.code(), about);
                        assertTrue(
                            r.err()
                                .contains(
                                    "error: '"
                                        + url.strip()
                                        + "' is not an http or https"
                                        + " address"),
                            about);
                      }
                    }));
  }

  /**
   * The PDF: one notice with every field holding every payload at once, each behind a marker that
   * names the field, so a single render checks them all.
   */
  @Test
  void everyShownFieldCarriesEveryPayloadIntoThePdfText() throws Exception {
    String all = String.join(" ", PAYLOADS);
    JsonNode inv = full.deepCopy();
    Map<String, String> expected = new LinkedHashMap<>();
    List<Field> urls = new ArrayList<>();
    int n = 0;
    for (Field f : fields) {
      switch (f.kind()) {
        case TEXT -> {
          String value = "q" + (++n) + "q " + all;
          inv = withValue(inv, f.path(), value);
          expected.put(f.path(), value);
        }
        case URL -> {
          inv = withValue(inv, f.path(), HOSTILE_URLS.get(0) + "&f=" + f.path());
          urls.add(f);
        }
        default -> {}
      }
    }
    Inventory inventory = LOADER.parse("all.yaml", YAML.writeValueAsBytes(inv)).inventory();
    byte[] pdf = RENDERER.render(inventory, EnumSet.of(Format.PDF)).get(Format.PDF);
    Files.write(Path.of("target/injection-every-field.pdf"), pdf); // for a look when this fails
    // Sorted by position, wrapped table cells interleave line by line; in painting order they
    // do not, but bold runs move. A field passes when either reading holds it whole.
    // Page footers (the version line and "6 / 13") land inside any paragraph a page break splits.
    String text =
        squeeze(withoutFooters(PdfChecks.extractText(pdf)))
            + "\n"
            + squeeze(withoutFooters(paintedText(pdf)));
    List<String> problems = new ArrayList<>();
    for (var e : expected.entrySet()) {
      boolean shown = text.contains(squeeze(e.getValue()));
      boolean marker =
          text.contains(squeeze(e.getValue().substring(0, e.getValue().indexOf(' ')) + " "));
      if (NOT_SHOWN.containsKey(e.getKey()) ? marker : !shown) {
        problems.add(
            e.getKey()
                + (NOT_SHOWN.containsKey(e.getKey())
                    ? " is shown"
                    : " is missing" + " or altered"));
      }
    }
    assertEquals(List.of(), problems, "PDF text:\n" + PdfChecks.extractText(pdf));
    Set<String> linked = pdfLinks(pdf);
    for (Field f : urls) {
      String url = HOSTILE_URLS.get(0) + "&f=" + f.path();
      assertTrue(linked.contains(url), () -> "no PDF link to " + url + " in " + linked);
    }
  }

  // --- building inventories ----------------------------------------------------------------------

  private static JsonNode with(String path, String value) {
    return withValue(full.deepCopy(), path, value);
  }

  /** Sets the value at a path; {@code []} picks the first item that has the rest of the path. */
  private static JsonNode withValue(JsonNode root, String path, String value) {
    List<String> parts = segments(path);
    if (!set(root, parts, value)) {
      fail("cannot set " + path + " in " + FULL);
    }
    return root;
  }

  private static boolean set(JsonNode node, List<String> parts, String value) {
    String head = parts.get(0);
    List<String> rest = parts.subList(1, parts.size());
    if (head.equals("[]")) {
      if (!(node instanceof ArrayNode array)) {
        return false;
      }
      for (int i = 0; i < array.size(); i++) {
        if (rest.isEmpty()) {
          array.set(i, com.fasterxml.jackson.databind.node.TextNode.valueOf(value));
          return true;
        }
        if (set(array.get(i), rest, value)) {
          return true;
        }
      }
      return false;
    }
    if (!(node instanceof ObjectNode object) || !object.has(head)) {
      return false;
    }
    if (rest.isEmpty()) {
      object.set(head, com.fasterxml.jackson.databind.node.TextNode.valueOf(value));
      return true;
    }
    return set(object.get(head), rest, value);
  }

  private static boolean has(JsonNode root, String path) {
    return set(root.deepCopy(), segments(path), "x");
  }

  private static List<String> segments(String path) {
    List<String> parts = new ArrayList<>();
    for (String p : path.split("\\.")) {
      if (p.endsWith("[]")) {
        parts.add(p.substring(0, p.length() - 2));
        parts.add("[]");
      } else {
        parts.add(p);
      }
    }
    return parts;
  }

  // --- rendering and reading back ----------------------------------------------------------------

  record Rendered(byte[] html, byte[] md) {
    Document htmlDoc() {
      return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    }

    String mdString() {
      return new String(md, StandardCharsets.UTF_8);
    }

    Node mdDoc() {
      return MARKDOWN.parse(mdString());
    }
  }

  private static Rendered render(JsonNode inventory) throws Exception {
    Inventory inv;
    try {
      inv = LOADER.parse("injection.yaml", YAML.writeValueAsBytes(inventory)).inventory();
    } catch (InvalidInputException e) {
      throw new AssertionError("the inventory should be valid: " + e.problems(), e);
    }
    var out = RENDERER.render(inv, EnumSet.of(Format.HTML, Format.MD));
    return new Rendered(out.get(Format.HTML), out.get(Format.MD));
  }

  /** Every element with its attribute names, and every comment, CDATA or data node, in order. */
  static List<String> htmlShape(Document doc) {
    List<String> shape = new ArrayList<>();
    for (org.jsoup.nodes.Node n : doc.getAllElements().first().childNodes()) {
      shapeOf(n, shape);
    }
    return shape;
  }

  private static void shapeOf(org.jsoup.nodes.Node n, List<String> shape) {
    if (n instanceof Element e) {
      shape.add(
          e.tagName()
              + e.attributes().asList().stream()
                  .map(a -> a.getKey())
                  .sorted()
                  .collect(Collectors.joining(" ", "[", "]")));
    } else if (!(n instanceof TextNode) || n instanceof org.jsoup.nodes.CDataNode) {
      shape.add("#" + n.nodeName());
    }
    for (org.jsoup.nodes.Node c : n.childNodes()) {
      shapeOf(c, shape);
    }
  }

  /** The text a reader sees, titles included, with whitespace runs as single spaces. */
  static String htmlText(Document doc) {
    return doc.title() + " " + doc.body().text();
  }

  static List<String> markdownShape(Node doc) {
    List<String> shape = new ArrayList<>();
    doc.accept(
        new AbstractVisitor() {
          @Override
          protected void visitChildren(Node parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
              if (!(n instanceof Text)) {
                shape.add(n.getClass().getSimpleName());
              }
              n.accept(this);
            }
          }
        });
    return shape;
  }

  /** Text of each block, adjacent text nodes joined, blocks on their own lines. */
  static String markdownText(Node doc) {
    StringBuilder sb = new StringBuilder();
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            sb.append(text.getLiteral());
          }

          @Override
          protected void visitChildren(Node parent) {
            super.visitChildren(parent);
            if (parent instanceof org.commonmark.node.Block
                || parent.getClass().getSimpleName().startsWith("Table")) {
              sb.append('\n');
            }
          }
        });
    return sb.toString();
  }

  static Set<String> markdownLinks(Node doc) {
    Set<String> links = new TreeSet<>();
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            links.add(link.getDestination());
            visitChildren(link);
          }
        });
    return links;
  }

  private static String withoutFooters(String text) {
    return text.lines()
        .filter(l -> !l.matches("\\d+ / \\d+\\s*") && !l.startsWith("Version 1.0 · in e"))
        .collect(Collectors.joining("\n"));
  }

  private static String paintedText(byte[] pdf) throws IOException {
    try (PDDocument doc = PdfChecks.load(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
    }
  }

  private static Set<String> pdfLinks(byte[] pdf) throws IOException {
    Set<String> uris = new TreeSet<>();
    try (PDDocument doc = PdfChecks.load(pdf)) {
      for (PDPage page : doc.getPages()) {
        for (PDAnnotation a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI u) {
            uris.add(u.getURI());
          }
        }
      }
    }
    return uris;
  }

  /** Without case: sentences start with a capital, so "https://..." may read "Https://...". */
  private static String folded(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Without whitespace and case: PDF text breaks lines anywhere a space was. */
  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }

  private Set<String> paths(Kind kind) {
    return fields.stream()
        .filter(f -> f.kind() == kind)
        .map(Field::path)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<JsonNode> iterable(JsonNode array) {
    List<JsonNode> list = new ArrayList<>();
    array.forEach(list::add);
    return list;
  }

  private static JsonNode schemaRoot() {
    try {
      return new ObjectMapper().readTree(SCHEMA.toFile());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
