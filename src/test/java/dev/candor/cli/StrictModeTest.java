package dev.candor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.Candor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --strict}: the warnings check, build and site print become failures. */
class StrictModeTest {
  @TempDir Path tmp;
  Path notices;
  Path inventory;

  /** The shop example without its data protection officer: valid, with its warning. */
  @BeforeEach
  void anInventoryWithOneWarning() throws IOException {
    notices = Files.createDirectories(tmp.resolve("notices"));
    inventory = notices.resolve("shop.yaml");
    Files.writeString(
        inventory,
        Files.readString(Path.of("notices/shop.yaml"))
            .replaceAll("(?m)^  dpo:\\n(    .*\\n)+", ""));
  }

  private static void assertStrictFailure(Candor r, String listed) {
    assertEquals(1, r.code(), r::toString);
    assertTrue(listed.contains("warning[gdpr-13-1-b-dpo]"), r::toString);
    // The shop's notice is also longer than 1,500 words, a second warning.
    int warnings = (int) listed.lines().filter(l -> l.contains("warning[")).count();
    String turned =
        "strict mode turned "
            + warnings
            + " warning"
            + (warnings == 1 ? "" : "s")
            + " into failures";
    assertTrue(
        r.err().strip().endsWith(turned)
            || r.err().strip().endsWith(turned + "; nothing was written."),
        r::toString);
  }

  @Test
  void checkWithoutStrictPassesWithTheWarning() {
    Candor r = Candor.run("check", inventory.toString());
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("warning[gdpr-13-1-b-dpo]"), r::toString);
  }

  @Test
  void checkStrictFailsOnAWarning() {
    Candor r = Candor.run("check", "--strict", inventory.toString());
    assertStrictFailure(r, r.out());
  }

  @Test
  void checkStrictPassesWithoutWarnings() {
    Candor r = Candor.run("check", "--strict", "src/test/resources/corpus/social.yaml");
    assertEquals(0, r.code(), r::toString);
  }

  @Test
  void buildStrictFailsOnAWarningAndWritesNothing() {
    Path out = tmp.resolve("out");
    Candor r =
        Candor.run(
            "build", "--strict", inventory.toString(), "--format", "md", "--out", out.toString());
    assertStrictFailure(r, r.err());
    assertTrue(r.err().contains("nothing was written"), r::toString);
    assertTrue(Files.notExists(out.resolve("shop.md")), r::toString);
  }

  @Test
  void siteStrictFailsOnAWarningAndWritesNothing() throws IOException {
    Path site = Files.createDirectories(tmp.resolve("site"));
    Files.writeString(
        site.resolve("site.yaml"),
        "name: Test privacy centre\nbase_url: https://privacy.example/\nlanguage: en\n");
    Path out = tmp.resolve("out/site");
    String[] args = {
      "site", "--notices", notices.toString(), "--site", site.toString(), "-o", out.toString()
    };
    Candor lenient = Candor.run(args);
    assertEquals(0, lenient.code(), lenient::toString);
    Files.walk(out).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    String[] strict = java.util.Arrays.copyOf(args, args.length + 1);
    strict[args.length] = "--strict";
    Candor r = Candor.run(strict);
    assertStrictFailure(r, r.err());
    assertTrue(Files.notExists(out), r::toString);
  }
}
