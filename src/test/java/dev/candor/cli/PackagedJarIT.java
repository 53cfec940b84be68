package dev.candor.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar as a user runs it, in separate processes with different clocks and locales. */
class PackagedJarIT {
  private static final Path JAR = Path.of("target/candor.jar");

  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  private static Run java(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().putAll(env);
    Path out = Files.createTempFile("candor-out", ".txt");
    Path err = Files.createTempFile("candor-err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  void buildsTheExamplesByteIdenticallyInAnyTimeZoneAndLocale() throws Exception {
    Run plain =
        java(
            Map.of("TZ", "UTC"),
            "-jar",
            JAR.toString(),
            "build",
            "--out",
            tmp.resolve("a").toString());
    assertEquals(0, plain.code(), plain.err());
    Run turkish =
        java(
            Map.of("TZ", "Pacific/Kiritimati", "LANG", "tr_TR.UTF-8"),
            "-Duser.language=tr",
            "-Duser.country=TR",
            "-Duser.timezone=Pacific/Kiritimati",
            "-jar",
            JAR.toString(),
            "build",
            "--out",
            tmp.resolve("b").toString());
    assertEquals(0, turkish.code(), turkish.err());
    Map<String, byte[]> a = files(tmp.resolve("a"));
    Map<String, byte[]> b = files(tmp.resolve("b"));
    assertEquals(12, a.size(), "three formats and the JSON-LD of each: " + a.keySet());
    assertEquals(a.keySet(), b.keySet());
    a.forEach((name, bytes) -> assertArrayEquals(bytes, b.get(name), name));
    for (String name : a.keySet()) {
      if (name.endsWith(".pdf")) {
        assertEveryFontEmbedded(tmp.resolve("a").resolve(name));
      }
    }
  }

  /** Asks poppler's pdffonts, as a reader would; CI installs poppler-utils. */
  private static void assertEveryFontEmbedded(Path pdf) throws Exception {
    Process p = new ProcessBuilder("pdffonts", pdf.toString()).redirectErrorStream(true).start();
    String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), report);
    List<String> fonts = report.lines().skip(2).toList();
    assertFalse(fonts.isEmpty(), "pdffonts lists the fonts of " + pdf + ":\n" + report);
    for (String line : fonts) {
      // Columns: name type encoding emb sub uni object ID; "emb" is the 4th from the right.
      String[] cols = line.trim().split("\\s+");
      assertEquals("yes", cols[cols.length - 5], pdf + ": font not embedded: " + line);
    }
  }

  @Test
  void aTypoExitsTwoWithALocationAndNoStackTrace() throws Exception {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(
        bad,
        Files.readString(Path.of("notices/shop.yaml"))
            .replace("    basis: contract", "    basis: contrakt"));
    Run r =
        java(
            Map.of(),
            "-jar",
            JAR.toString(),
            "build",
            bad.toString(),
            "--out",
            tmp.resolve("out").toString());
    assertEquals(2, r.code());
    assertTrue(
        r.err()
            .matches("(?s).*bad\\.yaml:\\d+:\\d+: error: 'contrakt' is not a valid" + " basis.*"),
        r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertFalse(Files.exists(tmp.resolve("out")));
    assertEquals("", r.out());
  }

  @Test
  void printsItsVersion() throws Exception {
    Run r = java(Map.of(), "-jar", JAR.toString(), "--version");
    assertEquals(0, r.code());
    assertTrue(
        r.out().matches("candor \\d+\\.\\d+\\.\\d+ \\(([0-9a-f]{7,}|unknown)\\)\\s*"), r.out());
  }

  private static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        files.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }
}
