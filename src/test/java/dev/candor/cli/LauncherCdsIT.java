package dev.candor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The launcher script's class-data-sharing archive, damaged in every way, never breaks a run. */
class LauncherCdsIT {
  @Test
  void aMissingDamagedOrStaleArchiveNeverBreaksARun() throws Exception {
    Process p =
        new ProcessBuilder("bash", "src/test/sh/launcher-cds.sh", "candor", "target/candor.jar")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "finished");
    assertEquals(0, p.exitValue(), out);
  }
}
