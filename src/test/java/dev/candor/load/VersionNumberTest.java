package dev.candor.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.Candor;
import org.junit.jupiter.api.Test;

/** An unquoted version keeps validating, read as written, with a located warning. */
class VersionNumberTest {
  private static final String FILE = "src/test/resources/warnings/version-number.yaml";

  @Test
  void anUnquotedVersionIsReadAsWrittenAndWarnedAbout() {
    Candor r = Candor.run("validate", FILE);
    assertEquals(0, r.code(), r::toString);
    assertTrue(
        r.err()
            .contains(
                FILE
                    + ":5:12: warning: 'version' in 'notice' is a number to"
                    + " YAML, which other tools read as 1.1; Candor reads it as \"1.10\""),
        r::toString);
    assertTrue(r.err().contains("hint: quote it: version: \"1.10\""), r::toString);
  }

  @Test
  void theNoticeShowsTheVersionAsWritten() throws Exception {
    LoadedInventory li =
        dev.candor.pipeline.Build.loader(Limits.DEFAULTS).load(java.nio.file.Path.of(FILE));
    assertEquals("1.10", li.inventory().notice().version());
  }
}
