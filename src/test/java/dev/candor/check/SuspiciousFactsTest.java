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
 * Facts that are legal but suspicious validate, with a located warning and a hint; and a notice in
 * US English is written in US English.
 */
class SuspiciousFactsTest {
  private static final String DIR = "src/test/resources/warnings/";

  private static void warns(String file, String where, String message, String hint) {
    Candor r = Candor.run("validate", DIR + file);
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.err().contains(DIR + file + ":" + where + ": warning: " + message), r::toString);
    assertTrue(r.err().contains("hint: " + hint), r::toString);
  }

  @Test
  void aProcessorThatBuysTheDataIsWarnedAbout() {
    warns(
        "processor-sells.yaml",
        "45:12",
        "recipient 'mailer' is a processor, yet buys the data: a processor may use data only as we"
            + " tell it",
        "if it uses the data for itself, give it a second role");
  }

  @Test
  void anArticle49ExceptionForAnEverydayServiceIsWarnedAbout() {
    warns(
        "derogation-routine.yaml",
        "44:16",
        "recipient 'mailer' relies on an Art. 49 exception (contract-necessity), which covers only"
            + " occasional transfers",
        "use the safeguard that covers regular transfers: dpf, scc or bcr");
  }

  @Test
  void aRegionalEnglishWithoutWordingOfItsOwnIsWarnedAbout() {
    warns(
        "language-variant.yaml",
        "7:13",
        "there is no wording for 'en-AU' of its own: the notice is in British English",
        "write en-GB or en-US to say which English you mean");
  }

  @Test
  void aNoticeInUsEnglishSpellsAndDatesTheUsWay(@TempDir Path out) throws Exception {
    Candor r =
        Candor.run("build", "src/test/resources/corpus/family.yaml", "--out", out.toString());
    assertEquals(0, r.code(), r::toString);
    String md = Files.readString(out.resolve("family.md"));
    assertTrue(md.contains("August 15, 2026"), "US date order");
    assertTrue(md.contains("recognize"), "US spelling");
    assertFalse(md.contains("organisation") || md.contains("recognise"), "no British spelling");
    assertFalse(md.contains("15 August 2026"), "no British date order");
  }
}
