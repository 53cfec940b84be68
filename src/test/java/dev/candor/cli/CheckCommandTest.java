package dev.candor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.candor.testing.Candor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code candor check}, and the checks {@code candor build} runs, through the real CLI. */
class CheckCommandTest {
  @TempDir Path tmp;

  /** The shop example without its retention details, most rights and complaint information. */
  private Path stripped() throws IOException {
    String shop = Files.readString(Path.of("notices/shop.yaml"));
    String s =
        shop.replaceAll("(?m)^  dpo:\\n(    .*\\n)+", "")
            .replaceAll("(?m)^  authority:\\n(    .*\\n)+", "")
            .replaceAll(
                "(?m)^      duration: P2Y\\n      after: your last order$",
                "      rule: as long as necessary")
            .replace(
                "available: [access, rectification, erasure, restriction, portability,"
                    + " objection, withdraw-consent]",
                "available: [access]");
    assertFalse(s.equals(shop));
    Path f = tmp.resolve("stripped.yaml");
    Files.writeString(f, s);
    return f;
  }

  @Test
  void theExamplesPass() {
    Candor r = Candor.run("check");
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("0 errors, "), r.out());
    // The examples' only warnings: the pages of those longer than 1,500 words.
    assertEquals(
        r.out().lines().filter(l -> l.contains("warning[")).count(),
        r.out().lines().filter(l -> l.contains("warning[plain-length]")).count(),
        r.out());
    assertTrue(r.out().contains("notice reads at grade"), r.out());
    assertTrue(r.out().contains("words on the page"), r.out());
  }

  @Test
  void aStrippedInventoryFailsNamingEachMissingElementWithItsArticle() throws IOException {
    Path f = stripped();
    Candor r = Candor.run("check", f.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    String out = r.out();
    for (String expected :
        List.of(
            "error[gdpr-13-2-a-retention]", "GDPR Art. 13(2)(a)",
            "error[gdpr-13-2-d-complaint]", "GDPR Art. 13(2)(d)",
            "warning[gdpr-13-1-b-dpo]", "GDPR Art. 13(1)(b)",
            "error[gdpr-13-2-c-withdraw]", "GDPR Art. 13(2)(c)",
            "the right to rectification is not listed", "GDPR Art. 13(2)(b), Art. 16",
            "the right to erasure is not listed", "GDPR Art. 13(2)(b), Art. 17",
            "the right to restriction is not listed", "GDPR Art. 13(2)(b), Art. 18",
            "the right to objection is not listed", "GDPR Art. 13(2)(b), Art. 21",
            "the right to portability is not listed", "GDPR Art. 13(2)(b), Art. 20")) {
      assertTrue(out.contains(expected), "names " + expected + ":\n" + out);
    }
    assertTrue(out.contains(f + ":"), "findings are located in the file");
  }

  @Test
  void buildStopsOnCheckErrorsAndWritesNothing() throws IOException {
    Path out = tmp.resolve("out");
    Candor r = Candor.run("build", stripped().toString(), "--out", out.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("nothing was written"), r.err());
    assertTrue(r.err().contains("error[gdpr-13-2-d-complaint]"), r.err());
    assertFalse(Files.exists(out.resolve("shop.html")));
  }

  @Test
  void buildPrintsWarningsAndStillWrites() throws IOException {
    Path f = tmp.resolve("nodpo.yaml");
    Files.writeString(
        f,
        Files.readString(Path.of("notices/shop.yaml"))
            .replaceAll("(?m)^  dpo:\\n(    .*\\n)+", ""));
    Path out = tmp.resolve("out");
    Candor r = Candor.run("build", f.toString(), "--format", "md", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("warning[gdpr-13-1-b-dpo]"), r.err());
    assertTrue(Files.exists(out.resolve("shop.md")));
  }

  @Test
  void disableOnTheCommandLineNeedsAReasonAndIsReported() throws IOException {
    Path f = stripped();
    Candor noReason = Candor.run("check", f.toString(), "--disable", "gdpr-13-1-b-dpo");
    assertEquals(2, noReason.code());
    assertTrue(noReason.err().contains("needs a reason"), noReason.err());
    Candor unknown = Candor.run("check", f.toString(), "--disable", "gdpr-dpo=x");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("no check called 'gdpr-dpo'"), unknown.err());
    Candor r = Candor.run("check", f.toString(), "--disable", "gdpr-13-1-b-dpo=We have no DPO.");
    assertFalse(r.out().contains("warning[gdpr-13-1-b-dpo]"), r.out());
    assertTrue(
        r.out().contains("disabled gdpr-13-1-b-dpo (command line): We have no DPO."), r.out());
  }

  @Test
  void disableInTheInventoryIsReportedAndAnUnknownIdIsBadInput() throws IOException {
    Path f = tmp.resolve("nodpo.yaml");
    String base =
        Files.readString(Path.of("notices/shop.yaml")).replaceAll("(?m)^  dpo:\\n(    .*\\n)+", "");
    Files.writeString(
        f,
        base
            + "\nchecks:\n  disable:\n    - rule: gdpr-13-1-b-dpo\n"
            + "      reason: Fewer than 250 staff and no large-scale monitoring.\n");
    Candor r = Candor.run("check", f.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("disabled gdpr-13-1-b-dpo (inventory): Fewer than 250"), r.out());
    Files.writeString(
        f, base + "\nchecks:\n  disable:\n    - rule: gdpr-13-1-b-dop\n" + "      reason: typo\n");
    Candor bad = Candor.run("check", f.toString());
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("there is no check called 'gdpr-13-1-b-dop'"), bad.err());
    assertTrue(bad.err().contains("did you mean 'gdpr-13-1-b-dpo'?"), bad.err());
  }

  @Test
  void jsonReportHasFindingsReadabilityAndCounts() throws IOException {
    Candor r = Candor.run("check", stripped().toString(), "--format", "json");
    assertEquals(1, r.code());
    JsonNode json = new JsonMapper().readTree(r.out());
    assertTrue(json.get("errors").asInt() > 0);
    JsonNode file = json.get("files").get(0);
    assertTrue(file.at("/readability/grade").isNumber());
    assertEquals(8, file.at("/readability/maxGrade").asInt());
    JsonNode finding = file.get("findings").get(0);
    for (String key :
        List.of("rule", "severity", "line", "column", "message", "hint", "citation")) {
      assertTrue(finding.has(key), key);
    }
  }

  @Test
  void outWritesTheReportToAFile() throws IOException {
    Path report = tmp.resolve("reports/candor.sarif");
    Files.createDirectories(report.getParent());
    Candor r = Candor.run("check", "--format", "sarif", "--out", report.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.readString(report).contains("\"version\" : \"2.1.0\""));
    try (Stream<Path> s = Files.list(report.getParent())) {
      assertEquals(1, s.count(), "no staging folder is left behind");
    }
  }

  @Test
  void maxGradeOnTheCommandLineOverridesTheDefault() {
    Candor r = Candor.run("check", "notices/shop.yaml", "--max-grade", "2");
    assertEquals(1, r.code());
    assertTrue(r.out().contains("error[plain-grade]"), r.out());
  }

  @Test
  void anUnknownFormatIsBadInput() {
    Candor r = Candor.run("check", "--format", "xml");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("unknown format 'xml'"), r.err());
  }
}
