package dev.candor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs axe-core (WCAG 2.2 A/AA and best practice) in headless Chromium over pages, in light and
 * dark colour schemes, with every network request refused and recorded.
 *
 * <p>CI (CI=true) must have Chromium and Node; elsewhere the check is skipped, with a message, when
 * either is missing.
 */
public final class Axe {
  private static final Path SCRIPT_DIR = Path.of("src/test/js");

  private Axe() {}

  /** What axe found: violations and refused external requests, by file. */
  public record Report(Map<String, List<String>> violations, Map<String, List<String>> external) {
    /** Fails the test with every violation when there is any. */
    public void assertClean() {
      violations.forEach((file, v) -> assertEquals(List.of(), v, "axe violations in " + file));
      external.forEach((file, v) -> assertEquals(List.of(), v, "external requests in " + file));
    }
  }

  /** Checks the given HTML files. */
  public static Report check(List<Path> pages) throws IOException, InterruptedException {
    String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
    boolean required = "true".equals(System.getenv("CI"));
    boolean ready = Files.isExecutable(Path.of(chromium)) && onPath("node") && onPath("npm");
    if (!ready) {
      if (required) {
        throw new AssertionError(
            "axe needs Chromium (" + chromium + "), node and npm;" + " .ci/run installs them");
      }
      Assumptions.assumeTrue(false, "Chromium or Node missing: accessibility check skipped");
    }
    if (!Files.isDirectory(SCRIPT_DIR.resolve("node_modules/axe-core"))) {
      run(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefix", SCRIPT_DIR.toString()));
    }
    List<String> cmd =
        new ArrayList<>(List.of("node", SCRIPT_DIR.resolve("axe-check.mjs").toString()));
    pages.forEach(p -> cmd.add(p.toString()));
    JsonNode root = new ObjectMapper().readTree(run(cmd));
    return new Report(lists(root.get("violations")), lists(root.get("external")));
  }

  private static Map<String, List<String>> lists(JsonNode byFile) {
    Map<String, List<String>> out = new TreeMap<>();
    byFile
        .fields()
        .forEachRemaining(
            e -> {
              List<String> items = new ArrayList<>();
              e.getValue().forEach(v -> items.add(v.isTextual() ? v.asText() : v.toString()));
              out.put(e.getKey(), items);
            });
    return out;
  }

  private static String run(List<String> cmd) throws IOException, InterruptedException {
    Path err = Files.createTempFile("axe", ".err");
    Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "axe finished");
    assertEquals(0, p.exitValue(), String.join(" ", cmd) + " failed: " + Files.readString(err));
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
