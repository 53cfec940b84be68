package dev.candor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.Candor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A notice written in another language says what changed in that language too. */
class UnwordedChangesTest {
  @TempDir Path tmp;

  @Test
  void aGermanNoticeWithHistoryHasItsChangesSectionInGerman() throws Exception {
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
    assertFalse(r.err().contains("changes to this notice"), r::toString);
    String html = Files.readString(tmp.resolve("shop.html"));
    assertTrue(html.contains("Was sich am 1. März 2026 seit Fassung 1.1 geändert hat:"), html);
    // The change names the data by its German label, from the notice's translation file.
    assertTrue(html.contains("Seiten, die Sie besuchen"), html);
    assertFalse(html.contains("pages you visit"), html);
  }

  @Test
  void theDiffIsWordedInTheLanguageAskedFor() throws Exception {
    Candor r =
        Candor.run(
            "diff", "notices/archive/shop/1.1.yaml", "notices/shop.yaml", "--language", "fr");
    assertEquals(1, r.code(), r::toString);
    assertTrue(
        r.out().contains("10 changements : 2 importants, 5 mineurs, 3 sans effet."), r.out());
    assertTrue(r.out().contains("(pages que vous visitez)"), r.out());
    assertFalse(r.out().contains("pages you visit"), r.out());
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
