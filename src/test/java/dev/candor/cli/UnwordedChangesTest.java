package dev.candor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.Candor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A notice written in another language says what it could not put into that language. */
class UnwordedChangesTest {
  @TempDir Path tmp;

  @Test
  void aGermanNoticeWithHistoryWarnsThatItsChangesSectionIsMissing() throws Exception {
    Candor r =
        Candor.run(
            "build",
            "notices/shop.yaml",
            "--language",
            "de",
            "--format",
            "html",
            "--out",
            tmp.toString());
    assertEquals(0, r.code(), r::toString);
    assertTrue(
        r.err()
            .contains(
                "notices/shop.yaml:8:13: warning: the notice in 'de' has no \"changes to this"
                    + " notice\" section"),
        r::toString);
    assertTrue(Files.exists(tmp.resolve("shop.html")), r::toString);
    assertTrue(
        r.err()
            .contains(
                "notices/shop.yaml:8:13: warning: the notice in 'de' keeps the text written in the"
                    + " inventory (labels, reasons, rules) in 'en'"),
        r::toString);
  }

  @Test
  void anEnglishNoticeWithHistoryHasItsChangesSectionAndNoWarning() throws Exception {
    Candor r =
        Candor.run("build", "notices/shop.yaml", "--format", "html", "--out", tmp.toString());
    assertEquals(0, r.code(), r::toString);
    assertFalse(r.err().contains("changes to this notice"), r::toString);
    assertFalse(r.err().contains("keeps the text written in the inventory"), r::toString);
    assertTrue(
        Files.readString(tmp.resolve("shop.html"))
            .contains("What changed on 1 March 2026, since version"));
  }
}
