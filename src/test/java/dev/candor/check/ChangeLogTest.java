package dev.candor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.Candor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The change log may not run ahead of its notice (an error, in the invalid cases), and should end
 * with the notice's own version and date (a warning: such inventories validated before).
 */
class ChangeLogTest {
  private static final String FILE = "src/test/resources/warnings/changes-current.yaml";

  @Test
  void aChangeLogWithoutTheCurrentVersionStillValidatesAndIsWarnedAbout() {
    Candor r = Candor.run("validate", FILE);
    assertEquals(0, r.code(), r::toString);
    assertEquals(FILE + ": ok\n", r.out());
    assertEquals(
        FILE
            + ":38:3: warning: the change log has no entry for this notice's version 1.1 (in"
            + " effect from 2026-03-01)\n"
            + "    hint: add one at the top with version \"1.1\", date 2026-03-01 and what"
            + " changed; a list copied from another inventory is replaced by this notice's own"
            + " history\n",
        r.err());
  }

  @Test
  void anEntryForTheCurrentVersionDatedBeforeItTakesEffectIsWarnedAbout(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("early.yaml");
    Files.writeString(
        file,
        Files.readString(Path.of(FILE))
            .replace(
                "version: \"1.0\"\n    date: 2025-06-01",
                "version: \"1.1\"\n    date: 2026-02-15"));
    Candor r = Candor.run("validate", file.toString());
    assertEquals(0, r.code(), r::toString);
    assertTrue(
        r.err()
            .contains(
                "warning: the change log's entry for version 1.1 is dated 2026-02-15, but this"
                    + " version takes effect on 2026-03-01"),
        r::toString);
    assertTrue(r.err().contains("hint: date it 2026-03-01"), r::toString);
    assertFalse(r.err().contains("no entry"), r::toString);
  }

  @Test
  void aNoticeWithoutAChangeLogIsAFirstVersionAndNotWarnedAbout() {
    Candor r = Candor.run("validate", "src/test/resources/valid/minimal.yaml");
    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.err());
  }

  @Test
  void versionsOfNumbersCompareNumberByNumber() {
    assertTrue(InventoryValidator.newer("2.0", "1.1"));
    assertTrue(InventoryValidator.newer("1.10", "1.9"));
    assertTrue(InventoryValidator.newer("2026.2", "2026.1.5"));
    assertFalse(InventoryValidator.newer("1.0", "1"));
    assertFalse(InventoryValidator.newer("1.1", "1.1"));
    assertFalse(InventoryValidator.newer("0.9", "1.0"));
    assertFalse(
        InventoryValidator.newer("2.0-beta", "1.0"), "only the dates compare such versions");
  }
}
