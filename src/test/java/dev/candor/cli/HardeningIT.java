package dev.candor.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar killed mid-build, and run on another Java release. */
class HardeningIT {
  private static final Path JAR = Path.of("target/candor.jar");
  private static final List<String> NOTICES = List.of("shop", "saas", "fitness");

  /** A newer Java to compare with; CANDOR_OTHER_JDK overrides it. */
  private static final Path OTHER_JDK =
      Path.of(
          System.getenv().getOrDefault("CANDOR_OTHER_JDK", "/usr/lib/jvm/temurin-25-jdk-amd64"));

  @TempDir Path tmp;

  private static Process start(Path java, Path log, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(java.toString(), "-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private static int run(Path java, Path log, String... args) throws Exception {
    Process p = start(java, log, args);
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "finished");
    return p.exitValue();
  }

  private static Path thisJava() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  /** Copies of the example inventories, with their titles changed when {@code edit} is set. */
  private Path inventories(String name, boolean edit) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    for (String n : NOTICES) {
      String yaml = Files.readString(Path.of("notices", n + ".yaml"));
      Files.writeString(
          dir.resolve(n + ".yaml"),
          edit ? yaml.replaceFirst("(?m)^  title: (.*)$", "  title: $1, first edition") : yaml);
    }
    return dir;
  }

  private static String[] buildArgs(Path out, Path inventories) {
    List<String> args = new ArrayList<>(List.of("build", "--out", out.toString()));
    NOTICES.forEach(n -> args.add(inventories.resolve(n + ".yaml").toString()));
    return args.toArray(String[]::new);
  }

  /**
   * Kills {@code candor build} at several moments. Each file in the output folder must then be
   * whole: the earlier build's bytes or the new build's, never a part of either; and the next build
   * must remove the staging folders a killed one left.
   */
  @Test
  void aKilledBuildLeavesEveryFileWholeAndTheNextBuildCleansUp() throws Exception {
    Path older = inventories("older", true);
    Path newer = inventories("newer", false);
    Path before = tmp.resolve("before");
    Path after = tmp.resolve("after");
    Path log = tmp.resolve("log.txt");
    assertEquals(0, run(thisJava(), log, buildArgs(before, older)), () -> read(log));
    assertEquals(0, run(thisJava(), log, buildArgs(after, newer)), () -> read(log));
    Map<String, byte[]> old = files(before);
    Map<String, byte[]> fresh = files(after);
    assertEquals(old.keySet(), fresh.keySet());
    old.forEach((n, b) -> assertTrue(!java.util.Arrays.equals(b, fresh.get(n)), n + " differs"));

    Path out = tmp.resolve("out");
    // Fixed moments catch start-up, loading and rendering; the two watchers catch the write
    // itself, which takes milliseconds at the end of a build of several seconds.
    List<String> moments = List.of("50", "200", "400", "800", "1600", "staging", "replacing");
    int replaced = 0;
    for (String moment : moments) {
      copy(before, out);
      Process p = start(thisJava(), log, buildArgs(out, newer));
      switch (moment) {
        case "staging" -> waitFor(p, () -> hasStaging(out));
        case "replacing" ->
            waitFor(
                p,
                () ->
                    !java.util.Arrays.equals(
                        old.get("fitness.html"), Files.readAllBytes(out.resolve("fitness.html"))));
        default -> Thread.sleep(Long.parseLong(moment));
      }
      p.destroyForcibly();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
      Map<String, byte[]> now = files(out);
      assertEquals(old.keySet(), now.keySet(), "killed at " + moment);
      for (var e : now.entrySet()) {
        boolean isOld = java.util.Arrays.equals(e.getValue(), old.get(e.getKey()));
        boolean isNew = java.util.Arrays.equals(e.getValue(), fresh.get(e.getKey()));
        assertTrue(
            isOld || isNew,
            e.getKey() + " is neither the old nor the new file when" + " killed at " + moment);
        replaced += isNew ? 1 : 0;
      }
    }
    assertTrue(replaced > 0, "no kill landed while files were being replaced");
    assertTrue(hasStaging(out) || replaced > 0);

    assertEquals(0, run(thisJava(), log, buildArgs(out, newer)), () -> read(log));
    try (Stream<Path> left = Files.list(out)) {
      List<String> names = left.map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(
          fresh.keySet().stream().sorted().toList(),
          names,
          "only the notices are left: no staging folders");
    }
    files(out).forEach((n, b) -> assertArrayEquals(fresh.get(n), b, n));
  }

  /** Java 17 and a newer Java, different time zones and a Turkish locale: the same bytes. */
  @Test
  void aNewerJavaWritesTheSameBytes() throws Exception {
    Path otherJava = OTHER_JDK.resolve("bin").resolve("java");
    Assumptions.assumeTrue(
        Files.isExecutable(otherJava),
        "no second Java at " + OTHER_JDK + " (set CANDOR_OTHER_JDK); skipping the comparison");
    Path log = tmp.resolve("log.txt");
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    assertEquals(0, run(thisJava(), log, "build", "--out", a.toString()), () -> read(log));
    List<String> cmd =
        new ArrayList<>(
            List.of(
                otherJava.toString(),
                "-Duser.language=tr",
                "-Duser.country=TR",
                "-Duser.timezone=Asia/Kolkata",
                "-Dfile.encoding=ISO-8859-9",
                "-jar",
                JAR.toString(),
                "build",
                "--out",
                b.toString()));
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), () -> read(log));
    Map<String, byte[]> first = files(a);
    Map<String, byte[]> second = files(b);
    assertEquals(12, first.size(), first.keySet().toString());
    assertEquals(first.keySet(), second.keySet());
    first.forEach(
        (name, bytes) ->
            assertArrayEquals(
                bytes,
                second.get(name),
                name
                    + " differs between "
                    + System.getProperty("java.version")
                    + " and "
                    + OTHER_JDK));
  }

  /** A condition on the output folder, polled while the build runs. */
  interface Probe {
    boolean holds() throws IOException;
  }

  private static void waitFor(Process p, Probe probe) throws Exception {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (p.isAlive() && System.nanoTime() < until) {
      try {
        if (probe.holds()) {
          return;
        }
      } catch (IOException racedWithAMove) {
        // the file was being moved into place: look again
      }
      Thread.onSpinWait();
    }
  }

  private static boolean hasStaging(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(p -> p.getFileName().toString().startsWith(".candor-staging-"));
    }
  }

  private static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> all = new TreeMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        if (Files.isRegularFile(p)) {
          all.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
      }
    }
    return all;
  }

  private static void copy(Path from, Path to) throws IOException {
    if (Files.exists(to)) {
      try (Stream<Path> walk = Files.walk(to)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(to);
    for (var e : files(from).entrySet()) {
      Files.write(to.resolve(e.getKey()), e.getValue());
    }
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }
}
