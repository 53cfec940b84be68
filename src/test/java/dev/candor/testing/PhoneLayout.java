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
 * Opens pages in headless Chromium at a phone's width, in light and dark colour schemes, and
 * reports every page that scrolls sideways, with the element reaching furthest right, and every box
 * inside a page that scrolls sideways.
 *
 * <p>Skipped or required as {@link HeadlessChromium} says.
 */
public final class PhoneLayout {
  /** A common phone's width in CSS pixels (iPhone 12 to 15). */
  public static final int PHONE_WIDTH = 390;

  private PhoneLayout() {}

  /** Every page that scrolls sideways at {@code width}, with what is too wide; empty when none. */
  public static Map<String, List<String>> sideways(List<Path> pages, int width)
      throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of(Integer.toString(width)));
    pages.forEach(p -> args.add(p.toString()));
    JsonNode root =
        new ObjectMapper().readTree(HeadlessChromium.run("layout", "layout-check.mjs", args));
    Map<String, List<String>> out = new TreeMap<>();
    root.fields()
        .forEachRemaining(
            e -> {
              List<String> problems = new ArrayList<>();
              e.getValue().forEach(v -> problems.add(v.asText()));
              if (!problems.isEmpty()) {
                out.put(e.getKey(), problems);
              }
            });
    return out;
  }

  /** Fails, naming each page and what is too wide, when any page scrolls sideways on a phone. */
  public static void assertFitsAPhone(List<Path> pages) throws IOException, InterruptedException {
    Map<String, List<String>> wide = sideways(pages, PHONE_WIDTH);
    StringBuilder b = new StringBuilder();
    wide.forEach(
        (page, problems) ->
            b.append(page).append("\n  ").append(String.join("\n  ", problems)).append('\n'));
    assertEquals(
        "",
        b.toString(),
        wide.size() + " of " + pages.size() + " pages scroll sideways at " + PHONE_WIDTH + " px");
  }
}
