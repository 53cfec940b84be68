package dev.candor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a reviewed file under {@code src/test/resources/golden/}. Run with
 * {@code -Dgolden.update=true} to rewrite the files, then review the diff.
 */
public final class Golden {
  private Golden() {}

  /** Whether this run rewrites golden files instead of comparing. */
  public static boolean updating() {
    return Boolean.parseBoolean(System.getProperty("golden.update", "false"));
  }

  /** Asserts {@code actual} equals the golden file, or rewrites the file when updating. */
  public static void assertMatches(Path golden, String actual, String context) throws IOException {
    if (updating()) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(golden)) {
      throw new AssertionError(golden + " is missing; run with -Dgolden.update=true (" + context
          + ")");
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
        context + " differs from " + golden + "; if the change is intended, rerun with"
            + " -Dgolden.update=true and review the diff");
  }
}
