package dev.candor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.Candor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** candor check reads the evidence folder candor.yaml names when no --evidence is given. */
class EvidenceFolderTest {
  private static final Path CASE = Path.of("src/test/resources/checks/evidence-sdk-recipient");

  @TempDir Path dir;

  private void project(String settings) throws Exception {
    Files.createDirectories(dir.resolve("privacy"));
    Files.copy(CASE.resolve("bad.yaml"), dir.resolve("privacy/app.yaml"));
    Files.createDirectories(dir.resolve("privacy/evidence"));
    Files.copy(CASE.resolve("evidence.json"), dir.resolve("privacy/evidence/deps.json"));
    Files.writeString(dir.resolve("candor.yaml"), settings);
  }

  @Test
  void theFolderInTheSettingsIsTheEvidence() throws Exception {
    project("notices: privacy\nevidence: privacy/evidence\n");
    Candor r = Candor.run("check", "--project", dir.toString());
    assertEquals(1, r.code(), r::toString);
    assertTrue(r.out().contains("error[evidence-sdk-recipient]"), r::toString);
  }

  @Test
  void withoutTheSettingNoEvidenceIsRead() throws Exception {
    project("notices: privacy\n");
    Candor r = Candor.run("check", "--project", dir.toString());
    assertFalse(r.out().contains("evidence-sdk-recipient"), r::toString);
  }

  @Test
  void aFolderNotScannedYetIsNoEvidence() throws Exception {
    project("notices: privacy\nevidence: privacy/scans\n");
    Candor r = Candor.run("check", "--project", dir.toString());
    assertFalse(r.out().contains("evidence-sdk-recipient"), r::toString);
  }

  @Test
  void evidenceOnTheCommandLineWins() throws Exception {
    project("notices: privacy\nevidence: privacy/scans\n");
    Candor r =
        Candor.run(
            "check",
            "--project",
            dir.toString(),
            "--evidence",
            dir.resolve("privacy/evidence/deps.json").toString());
    assertTrue(r.out().contains("error[evidence-sdk-recipient]"), r::toString);
  }
}
