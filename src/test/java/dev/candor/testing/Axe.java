package dev.candor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs axe-core (WCAG 2.2 A/AA and best practice) in headless Chromium over pages, in light and
 * dark colour schemes, with every network request refused and recorded.
 *
 * <p>Skipped or required as {@link HeadlessChromium} says.
 */
public final class Axe {
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
    List<String> files = pages.stream().map(Path::toString).toList();
    JsonNode root =
        new ObjectMapper().readTree(HeadlessChromium.run("axe", "axe-check.mjs", files));
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
}
