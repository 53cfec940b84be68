package dev.candor.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/checks.md lists every rule with its severity and citation. */
class ChecksDocTest {
  @Test
  void everyRuleIsDocumented() throws Exception {
    String doc = Files.readString(Path.of("docs/checks.md"));
    for (Rule r : Rules.builtIn()) {
      String row = "| `" + r.id() + "` | " + r.severity().key() + " | ";
      assertTrue(doc.contains(row), "docs/checks.md has a row for " + r.id());
      assertTrue(doc.contains(r.citation()), "docs/checks.md cites " + r.citation());
    }
  }
}
