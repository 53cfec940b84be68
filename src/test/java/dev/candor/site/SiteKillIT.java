package dev.candor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.pipeline.AtomicWriter;
import dev.candor.testing.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real site build, killed at several moments, never leaves a half-written site behind. */
class SiteKillIT {
  @TempDir Path tmp;

  private Process site(Path notices, Path out) throws IOException {
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            "target/candor.jar",
            "site",
            "--notices",
            notices.toString(),
            "--out",
            out.toString())
        .redirectOutput(tmp.resolve("out.log").toFile())
        .redirectError(tmp.resolve("err.log").toFile())
        .start();
  }

  @Test
  void aKilledBuildLeavesThePreviousSiteOrTheNewOneNeverAMix() throws Exception {
    Path oldNotices = tmp.resolve("old");
    Snapshot.copyTree(Path.of("notices"), oldNotices);
    Path newNotices = tmp.resolve("new");
    Snapshot.copyTree(Path.of("notices"), newNotices);
    Path fitness = newNotices.resolve("fitness.yaml");
    Files.writeString(
        fitness, Files.readString(fitness).replace("version: \"3.0\"", "version: \"3.1\""));
    Path out = tmp.resolve("site");
    Process first = site(oldNotices, out);
    assertTrue(first.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, first.exitValue(), Files.readString(tmp.resolve("err.log")));
    Map<String, String> previous = hashes(out);
    Map<String, String> complete = null;
    int keptOld = 0;
    for (long delay : List.of(100L, 400L, 800L, 1200L, 1600L, 2400L)) {
      Process p = site(newNotices, out);
      Thread.sleep(delay);
      p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      // The next run puts back a site moved aside mid-swap; a finished run is left as it is.
      AtomicWriter.recover(out.toAbsolutePath());
      Map<String, String> now = hashes(out);
      if (now.equals(previous)) {
        keptOld++;
      } else {
        if (complete == null) {
          Process full = site(newNotices, tmp.resolve("reference"));
          assertTrue(full.waitFor(120, TimeUnit.SECONDS));
          complete = hashes(tmp.resolve("reference"));
        }
        assertEquals(complete, now, "killed after " + delay + " ms: neither old nor new site");
        Process back = site(oldNotices, out);
        assertTrue(back.waitFor(120, TimeUnit.SECONDS));
        assertEquals(previous, hashes(out));
      }
    }
    assertTrue(keptOld > 0, "at least one kill landed before the swap");
    try (Stream<Path> s = Files.list(tmp)) {
      assertTrue(
          s.noneMatch(p -> p.getFileName().toString().startsWith(".site.staging-")),
          "staging folders are cleaned up");
    }
  }

  private static Map<String, String> hashes(Path dir) throws Exception {
    Map<String, String> out = new TreeMap<>();
    if (!Files.exists(dir)) {
      return out;
    }
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(
            dir.relativize(p).toString(),
            HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
      }
    }
    return out;
  }
}
