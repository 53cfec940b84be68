package dev.candor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.Candor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An inventory that cannot be fully built still gets every check that can run on it, so one run
 * reports everything wrong with it, not the checks' findings only once the file is fixed.
 */
class OnePassTest {
  /** notices/shop.yaml without its rights, any retention, or controller.authority. */
  private static final Path INCOMPLETE = Path.of("src/test/resources/onepass/incomplete-shop.yaml");

  private static final Pattern LOCATED =
      Pattern.compile(
          "(?m)^"
              + Pattern.quote(INCOMPLETE.toString())
              + ":(\\d+):(\\d+): error(\\[[a-z0-9-]+])?: (.*)$");

  @TempDir Path tmp;

  @Test
  void oneCheckRunReportsTheMissingRightsEveryMissingRetentionAndTheMissingAuthority()
      throws IOException {
    Candor r = Candor.run("check", INCOMPLETE.toString());
    assertEquals(2, r.code(), r.toString());
    assertReportsEverything(r);
  }

  @Test
  void oneBuildRunReportsTheSameAndWritesNothing() throws IOException {
    Path out = tmp.resolve("out");
    Candor r = Candor.run("build", INCOMPLETE.toString(), "--out", out.toString());
    assertEquals(2, r.code(), r.toString());
    assertReportsEverything(r);
    assertTrue(r.err().contains("nothing was written"), r.err());
    assertEquals("", r.out(), "no 'wrote' lines");
    assertFalse(Files.exists(out), "no output folder");
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of(), s.toList(), "no staging folder left behind");
    }
  }

  @Test
  void aCompleteInventoryIsStillCheckedAsBefore() {
    Candor r = Candor.run("check", "notices/shop.yaml");
    assertEquals(0, r.code(), r.toString());
  }

  private static void assertReportsEverything(Candor r) throws IOException {
    List<String> lines = Files.readAllLines(INCOMPLETE);
    List<String> errors = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    Matcher m = LOCATED.matcher(r.err());
    while (m.find()) {
      errors.add(m.group(1) + ":" + m.group(2) + " " + m.group(4));
      order.add(Integer.parseInt(m.group(1)) * 1000 + Integer.parseInt(m.group(2)));
    }
    int notice = lines.indexOf("notice:") + 1;
    assertTrue(errors.contains(notice + ":1 the inventory needs 'rights'"), r.err());
    // One error for each data item, at the item itself.
    int items = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("  - id: ")
          && i > lines.indexOf("data:")
          && i < lines.indexOf("purposes:")) {
        items++;
        String id = lines.get(i).substring("  - id: ".length());
        assertTrue(
            errors.contains((i + 1) + ":5 a data item ('" + id + "') needs 'retention'"),
            "data item at line " + (i + 1) + "\n" + r.err());
      }
    }
    assertEquals(7, items);
    assertEquals(
        items, errors.stream().filter(e -> e.endsWith("needs 'retention'")).count(), r.err());
    // At the controller's first field, where its mapping starts.
    int controller = lines.indexOf("controller:") + 2;
    assertTrue(
        errors.contains(
            controller + ":3 the notice names no supervisory authority to" + " complain to"),
        r.err());
    assertTrue(r.err().contains("error[gdpr-13-2-d-complaint]"), "the finding keeps its rule");
    assertEquals(order.stream().sorted().toList(), order, "sorted by location\n" + r.err());
    assertFalse(
        r.err().contains("is not listed"),
        "no findings about rights that are missing as a whole\n" + r.err());
    assertFalse(r.err().contains("internal error"), r.err());
  }
}
