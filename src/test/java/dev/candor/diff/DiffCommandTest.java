package dev.candor.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candor.render.pdf.PdfChecks;
import dev.candor.testing.Candor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class DiffCommandTest {
  static final String SHOP = "notices/shop.yaml";
  static final String FITNESS = "notices/fitness.yaml";
  static final String MODIFIED = "src/test/resources/diff/shop-modified.yaml";
  static final String REORDERED = "src/test/resources/diff/shop-reordered.yaml";
  static final String CASES = "src/test/resources/diff/cases/";

  @TempDir Path tmp;

  @Test
  void aFileDiffedWithItselfHasNoChanges() {
    Candor r = Candor.run("diff", SHOP, SHOP);
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().toLowerCase().contains("no changes"), r::toString);
  }

  @Test
  void reorderingEveryListAndMapIsNoChange() {
    Candor r = Candor.run("diff", SHOP, REORDERED);
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("No changes."), r::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {MODIFIED, FITNESS})
  void textListsEveryChangeWithItsMateriality(String neu) {
    Candor r = Candor.run("diff", SHOP, neu);
    assertEquals(1, r.code(), r::toString);
    assertTrue(r.out().contains("\nMATERIAL  We now "), r::toString);
    assertTrue(r.out().contains("\nMINOR     "), r::toString);
    assertFalse(r.out().contains("\u001b["), "no colour when not on a terminal");
  }

  @Test
  void textShowsTheExpectedSentencesForTheModifiedShop() {
    Candor r = Candor.run("diff", SHOP, MODIFIED);
    for (String s :
        List.of(
            "MATERIAL  We now share your email address and name with Zendesk, Inc. (United States),"
                + " who runs our help desk.",
            "MATERIAL  We now keep your order and payment history for 12 years after",
            "MINOR     You can now call us on +49 30 1234567.",
            "NONE      This is version 2.1 of the notice")) {
      assertTrue(r.out().contains(s), () -> s + "\n" + r);
    }
  }

  @Test
  void colourIsUsedOnlyWhenAsked() {
    assertTrue(Candor.run("diff", "--color=always", SHOP, MODIFIED).out().contains("\u001b[1;31m"));
    assertFalse(Candor.run("diff", "--color=never", SHOP, MODIFIED).out().contains("\u001b["));
  }

  @ParameterizedTest
  @ValueSource(strings = {MODIFIED, FITNESS})
  void markdownHasTheChangeTableAndRedline(String neu) {
    Candor r = Candor.run("diff", "--format", "md", SHOP, neu);
    assertEquals(1, r.code(), r::toString);
    assertTrue(r.out().contains("| Materiality | About | What changes for you |"), r::toString);
    assertTrue(r.out().contains("| **Material** |"), r::toString);
    assertTrue(r.out().contains("{+") && r.out().contains("[-"), r::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {MODIFIED, FITNESS})
  void htmlIsAccessibleSelfContainedAndHasARedline(String neu) throws Exception {
    Candor r = Candor.run("diff", "--format", "html", SHOP, neu);
    assertEquals(1, r.code(), r::toString);
    String html = r.out();
    assertTrue(html.contains("<html lang=\"en\">"));
    assertEquals(1, count(html, "<h1"), "one h1");
    assertTrue(html.contains("<th scope=\"col\">Materiality</th>"));
    assertTrue(html.contains("<th scope=\"row\">"));
    assertTrue(html.contains(">Material</span>"), "materiality is written as a word");
    assertTrue(html.contains("<ins>") && html.contains("<del>"), "a redline");
    assertTrue(html.contains("<span class=\"vh\">added: </span>"), "ins is labelled in text");
    assertTrue(html.contains("<span class=\"vh\">removed: </span>"), "del is labelled in text");
    assertFalse(html.contains("<script"), "no scripts");
    // The marked-up notice keeps its links; nothing is loaded from elsewhere.
    assertFalse(
        Pattern.compile("src=\"https?:|<link[^>]*href=\"https?:").matcher(html).find(),
        "no requests");
    assertTrue(html.contains("Larch &amp; Loom"), "text is escaped");
    assertHeadingsInOrder(html);
    Path page = tmp.resolve("diff.html");
    java.nio.file.Files.writeString(page, html);
    dev.candor.testing.Axe.check(java.util.List.of(page)).assertClean();
  }

  @ParameterizedTest
  @ValueSource(strings = {MODIFIED, FITNESS})
  void jsonParsesAndListsChanges(String neu) throws Exception {
    Candor r = Candor.run("diff", "--format", "json", SHOP, neu);
    assertEquals(1, r.code(), r::toString);
    JsonNode root = new ObjectMapper().readTree(r.out());
    JsonNode changes = root.get("changes");
    assertTrue(changes.size() > 0);
    assertEquals(changes.size(), root.get("summary").get("total").asInt());
    assertEquals("material", changes.get(0).get("materiality").asText());
    for (JsonNode c : changes) {
      assertFalse(c.get("sentence").asText().isBlank());
      assertFalse(c.get("kind").asText().isBlank());
    }
    assertTrue(root.get("redline").size() > 0);
    // Every object keeps one key order, whatever the JVM run: the JSON's bytes never change.
    assertEquals(List.of("name", "version"), keys(root.get("old")));
    assertEquals(List.of("name", "version"), keys(root.get("new")));
    for (JsonNode piece : root.get("redline")) {
      assertEquals(List.of("op", "text"), keys(piece));
    }
  }

  private static List<String> keys(JsonNode object) {
    List<String> keys = new java.util.ArrayList<>();
    object.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @ParameterizedTest
  @ValueSource(strings = {MODIFIED, FITNESS})
  void pdfConformsToPdfUa1(String neu) throws Exception {
    Path out = tmp.resolve("diff.pdf");
    Candor r = Candor.run("diff", "--format", "pdf", "--out", out.toString(), SHOP, neu);
    assertEquals(1, r.code(), r::toString);
    assertEquals("", r.out(), "the report goes to the file only");
    byte[] pdf = Files.readAllBytes(out);
    List<String> failures = PdfChecks.validate(pdf, PDFAFlavour.PDFUA_1);
    assertTrue(failures.isEmpty(), () -> "PDF/UA-1 failures:\n" + String.join("\n", failures));
    String text = PdfChecks.extractText(pdf);
    assertTrue(text.contains("Material"), text);
    // The redline is the notice as it reads: no Markdown markers, the new wording in its table
    // cell, and the words that were there before still in the text, struck through.
    assertFalse(text.contains("{+") || text.contains("[-") || text.contains("| "), text);
    if (neu.equals(MODIFIED)) {
      assertTrue(text.contains("and Zendesk, Inc."), text);
      assertTrue(text.contains("This section has changes."), text);
      assertTrue(text.contains("No changes in this section."), text);
    }
  }

  @Test
  void pdfNeedsAnOutputFile() {
    Candor r = Candor.run("diff", "--format", "pdf", SHOP, MODIFIED);
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("--format pdf needs --out FILE"), r::toString);
  }

  @Test
  void outWritesTheReportToAFile() throws Exception {
    Path out = tmp.resolve("reports/diff.md");
    Files.createDirectories(out.getParent());
    Candor r = Candor.run("diff", "-f", "md", "-o", out.toString(), SHOP, MODIFIED);
    assertEquals(1, r.code(), r::toString);
    assertTrue(Files.readString(out).startsWith("# Changes to Privacy notice for Larch"));
    try (var files = Files.list(out.getParent())) {
      assertEquals(1, files.count(), "no staging folder is left behind");
    }
  }

  @Test
  void failOnMaterialIgnoresMinorChanges() {
    String old = CASES + "controller-contact/old.yaml";
    String neu = CASES + "controller-contact/new.yaml";
    assertEquals(0, Candor.run("diff", "--fail-on", "material", old, neu).code());
    assertEquals(1, Candor.run("diff", "--fail-on", "minor", old, neu).code());
    assertEquals(1, Candor.run("diff", old, neu).code());
  }

  @Test
  void failOnMaterialReportsMaterialChanges() {
    assertEquals(1, Candor.run("diff", "--fail-on", "material", SHOP, MODIFIED).code());
  }

  @Test
  void failOnMinorIgnoresChangesWithNoEffect() {
    String old = CASES + "notice-version/old.yaml";
    String neu = CASES + "notice-version/new.yaml";
    assertEquals(0, Candor.run("diff", "--fail-on", "minor", old, neu).code());
    assertEquals(1, Candor.run("diff", "--fail-on", "any", old, neu).code());
  }

  @Test
  void anInvalidInventoryIsExitTwoWithLocatedMessages() throws Exception {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(
        bad, Files.readString(Path.of(SHOP)).replace("basis: contract", "basis: gut"));
    Candor r = Candor.run("diff", SHOP, bad.toString());
    assertEquals(2, r.code(), r::toString);
    assertTrue(
        Pattern.compile(Pattern.quote(bad.toString()) + ":\\d+:\\d+: error: ")
            .matcher(r.err())
            .find(),
        r::toString);
    assertEquals("", r.out());
  }

  @Test
  void unknownOptionValuesAreUsageErrors() {
    assertEquals(2, Candor.run("diff", "--format", "docx", SHOP, SHOP).code());
    assertEquals(2, Candor.run("diff", "--fail-on", "some", SHOP, SHOP).code());
    assertEquals(2, Candor.run("diff", "--color", "sometimes", SHOP, SHOP).code());
  }

  @Test
  void aMissingFileIsAnIoError() {
    Candor r = Candor.run("diff", SHOP, "notices/nope.yaml");
    assertEquals(3, r.code(), r::toString);
  }

  private static int count(String s, String part) {
    return (s.length() - s.replace(part, "").length()) / part.length();
  }

  private static void assertHeadingsInOrder(String html) {
    Matcher m = Pattern.compile("<h([1-6])").matcher(html);
    int last = 0;
    while (m.find()) {
      int level = Integer.parseInt(m.group(1));
      assertTrue(level <= last + 1, "heading h" + level + " after h" + last);
      last = level;
    }
  }
}
