package dev.candor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.Jdks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The launcher script's class-data-sharing archive (Java 17 to 24) and AOT cache (Java 25 and
 * newer), damaged in every way, never break a run.
 */
class LauncherCdsIT {
  @Test
  void onJava17ToJava24AMissingDamagedOrStaleArchiveNeverBreaksARun() throws Exception {
    damageEveryWay(Jdks.require(17, 24, "the launcher's class-data-sharing archive").java());
  }

  @Test
  void onJava25OrNewerAMissingDamagedOrStaleAotCacheNeverBreaksARun() throws Exception {
    damageEveryWay(Jdks.require(25, Integer.MAX_VALUE, "the launcher's AOT cache").java());
  }

  private static void damageEveryWay(Path java) throws Exception {
    Process p =
        new ProcessBuilder(
                "bash",
                "src/test/sh/launcher-cds.sh",
                "candor",
                "target/candor.jar",
                java.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "finished");
    assertEquals(0, p.exitValue(), out);
  }
}
