package dev.candor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs one of the Node scripts in src/test/js, which drive the system's headless Chromium through
 * the pinned playwright-core.
 *
 * <p>CI (CI=true) must have Chromium and Node; elsewhere the check is skipped, with a message, when
 * either is missing.
 */
final class HeadlessChromium {
  private static final Path SCRIPT_DIR = Path.of("src/test/js");

  private HeadlessChromium() {}

  /**
   * Runs {@code node src/test/js/SCRIPT ARGS...} and returns what it printed on standard output.
   *
   * @param check what the script checks, for the skip and failure messages
   */
  static String run(String check, String script, List<String> args)
      throws IOException, InterruptedException {
    String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
    boolean required = "true".equals(System.getenv("CI"));
    boolean ready = Files.isExecutable(Path.of(chromium)) && onPath("node") && onPath("npm");
    if (!ready) {
      if (required) {
        throw new AssertionError(
            check + " needs Chromium (" + chromium + "), node and npm; .ci/run installs them");
      }
      Assumptions.assumeTrue(false, "Chromium or Node missing: " + check + " skipped");
    }
    if (!Files.isDirectory(SCRIPT_DIR.resolve("node_modules/playwright-core"))
        || !Files.isDirectory(SCRIPT_DIR.resolve("node_modules/axe-core"))) {
      exec(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefix", SCRIPT_DIR.toString()));
    }
    List<String> cmd = new ArrayList<>(List.of("node", SCRIPT_DIR.resolve(script).toString()));
    cmd.addAll(args);
    return exec(cmd);
  }

  private static String exec(List<String> cmd) throws IOException, InterruptedException {
    Path err = Files.createTempFile("chromium", ".err");
    Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), String.join(" ", cmd) + " finished");
    assertEquals(0, p.exitValue(), String.join(" ", cmd) + " failed: " + Files.readString(err));
    Files.deleteIfExists(err);
    return out;
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
