package dev.candor.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.model.Recipient;
import dev.candor.model.RecipientRole;
import dev.candor.model.Safeguard;
import dev.candor.pipeline.Build;
import dev.candor.testing.Candor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recipient that names a vendor registry entry: filled from it, overridden by what it writes. */
class VendorRecipientTest {
  private static Recipient recipient(Path file, String id) throws Exception {
    return Build.load(List.of(file), Limits.DEFAULTS).get(0).inventory().recipients().stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void unwrittenFieldsComeFromTheRegistryAndWrittenOnesWin() throws Exception {
    Recipient r = recipient(Path.of("src/test/resources/valid/unknown-vendor.yaml"), "mailer");
    assertEquals("postmark", r.vendor());
    assertEquals("AC PM LLC (Postmark)", r.name());
    assertEquals(RecipientRole.PROCESSOR, r.role());
    assertEquals(java.util.List.of("US"), r.place().countries());
    assertEquals(Safeguard.DPF, r.safeguard());
    assertEquals("https://postmarkapp.com/privacy-policy", r.privacyUrl());
    assertEquals("sends our order emails", r.does(), "the inventory's own words win");
  }

  @Test
  void aRecipientWrittenInFullNamesNoVendor() throws Exception {
    Recipient r = recipient(Path.of("src/test/resources/valid/store-term.yaml"), "mailer");
    assertNull(r.vendor());
    assertEquals("Mailer Ltd.", r.name());
  }

  @Test
  void theNoticeNamesTheVendorAsIfWrittenByHand(@TempDir Path out) throws Exception {
    Path game = Path.of("src/test/resources/export/stores/game.yaml");
    Candor run = Candor.run("build", "-f", "md", game.toString(), "-o", out.toString());
    assertEquals(0, run.code(), run.toString());
    String md = Files.readString(out.resolve("game.md"));
    assertTrue(
        md.contains("### Functional Software, Inc. (Sentry)\n\nCollects crash reports for us."),
        md);
    assertTrue(md.contains("has signed up to the EU-US Data Privacy Framework"), md);
    assertTrue(md.contains("(<https://sentry.io/privacy/>)"), md);
  }
}
