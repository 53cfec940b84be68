package dev.candor.testing;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * The Java runtimes installed beside the one running the tests, for the launcher tests that run
 * Candor on another Java: {@code CANDOR_TEST_JDKS} (folders, separated by ':'), then every folder
 * in /usr/lib/jvm, then the running Java.
 *
 * <p>CI (CI=true) must have the Java a test asks for; elsewhere the test is skipped, with a message
 * naming what was missing.
 */
public final class Jdks {
  private static final Pattern VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

  private Jdks() {}

  /** A Java home and its feature release (17, 25, ...). */
  public record Jdk(Path home, int feature) {
    /** Its java executable. */
    public Path java() {
      return home.resolve("bin/java");
    }
  }

  /** Every Java found, in the order above. */
  public static List<Jdk> all() throws IOException {
    List<Path> homes = new ArrayList<>();
    String listed = System.getenv("CANDOR_TEST_JDKS");
    if (listed != null && !listed.isBlank()) {
      for (String h : listed.split(":")) {
        homes.add(Path.of(h));
      }
    }
    Path jvm = Path.of("/usr/lib/jvm");
    if (Files.isDirectory(jvm)) {
      try (DirectoryStream<Path> s = Files.newDirectoryStream(jvm)) {
        List<Path> found = new ArrayList<>();
        s.forEach(found::add);
        found.sort(null);
        homes.addAll(found);
      }
    }
    homes.add(Path.of(System.getProperty("java.home")));
    List<Jdk> out = new ArrayList<>();
    for (Path h : homes) {
      Path release = h.resolve("release");
      if (Files.isRegularFile(release) && Files.isExecutable(h.resolve("bin/java"))) {
        Matcher m = VERSION.matcher(Files.readString(release));
        if (m.find()) {
          out.add(new Jdk(h.toRealPath(), Integer.parseInt(m.group(1))));
        }
      }
    }
    return out;
  }

  /** The first Java of a feature release from {@code min} to {@code max}, if there is one. */
  public static Optional<Jdk> between(int min, int max) throws IOException {
    return all().stream().filter(j -> j.feature() >= min && j.feature() <= max).findFirst();
  }

  /**
   * The first Java of a feature release from {@code min} to {@code max}; skips the test when there
   * is none, and fails it on CI.
   *
   * @param what what the test checks on that Java, for the messages
   */
  public static Jdk require(int min, int max, String what) throws IOException {
    Optional<Jdk> j = between(min, max);
    if (j.isEmpty()) {
      String message =
          "no Java "
              + min
              + (max == Integer.MAX_VALUE ? " or newer" : " to " + max)
              + " in CANDOR_TEST_JDKS or /usr/lib/jvm: "
              + what;
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError(message);
      }
      Assumptions.assumeTrue(false, message + " skipped");
    }
    return j.get();
  }
}
