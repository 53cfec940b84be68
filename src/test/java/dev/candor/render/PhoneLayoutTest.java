package dev.candor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.Candor;
import dev.candor.testing.PhoneLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page Candor makes fits a phone: at 390 CSS pixels, in light and dark, neither the page nor
 * anything in it scrolls sideways. Tables become one block per row there.
 */
class PhoneLayoutTest {
  private static final Path CORPUS = Path.of("src/test/resources/corpus");

  @TempDir Path dir;

  @Test
  void everyExampleNoticeInEveryLanguageAndEveryPageOfItsSiteFitsAPhone() throws Exception {
    Path notices = dir.resolve("notices");
    Candor build = Candor.run("build", "--format", "html", "--out", notices.toString());
    assertEquals(0, build.code(), build.toString());
    Path site = dir.resolve("site");
    Candor siteRun = Candor.run("site", "--out", site.toString());
    assertEquals(0, siteRun.code(), siteRun.toString());
    List<Path> pages = new ArrayList<>(html(notices));
    // German and French have longer words than English.
    for (String language : List.of("de", "fr")) {
      Path out = dir.resolve(language);
      Candor translated =
          Candor.run("build", "--format", "html", "--language", language, "--out", out.toString());
      assertEquals(0, translated.code(), translated.toString());
      pages.addAll(html(out));
    }
    pages.addAll(html(site));
    assertTrue(pages.size() >= 22, "the examples, in three languages, and their site: " + pages);
    PhoneLayout.assertFitsAPhone(pages);
  }

  @Test
  void everyCorpusNoticeFitsAPhone() throws Exception {
    List<Path> inventories;
    try (Stream<Path> s = Files.list(CORPUS)) {
      inventories = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    List<Path> pages = new ArrayList<>();
    for (Path inventory : inventories) {
      Path out = dir.resolve(inventory.getFileName().toString());
      Candor build =
          Candor.run("build", "--format", "html", "--out", out.toString(), inventory.toString());
      assertEquals(0, build.code(), inventory + ": " + build);
      pages.addAll(html(out));
    }
    assertEquals(inventories.size(), pages.size(), "one notice per corpus inventory");
    if (!pages.isEmpty()) {
      PhoneLayout.assertFitsAPhone(pages);
    }
  }

  @Test
  void aDiffReportFitsAPhone() throws Exception {
    Path page = dir.resolve("diff.html");
    Candor diff =
        Candor.run(
            "diff",
            "--format",
            "html",
            "--out",
            page.toString(),
            "src/test/resources/diff/base.yaml",
            "src/test/resources/diff/shop-modified.yaml");
    assertEquals(1, diff.code(), "changes found: " + diff);
    PhoneLayout.assertFitsAPhone(List.of(page));
  }

  private static List<Path> html(Path folder) throws IOException {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }
}
