package dev.candor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How long each example's and corpus notice is, counted here with a counter of its own (not the one
 * {@code candor check} uses), from the golden HTML pages that {@link ExampleNoticesTest} keeps
 * equal to what Candor renders: the words a reader sees, the at-a-glance layer, and sentences said
 * again and again.
 */
class WordBudgetTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/notices");
  private static final int PAGE = 1500;
  private static final int GLANCE = 250;

  static Stream<String> notices() throws IOException {
    try (Stream<Path> files = Files.list(GOLDEN)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".html"))
          .map(n -> n.substring(0, n.length() - ".html".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");

  private static int words(String text) {
    Matcher m = WORD.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static Document page(String id) throws IOException {
    Document doc = Jsoup.parse(Files.readString(GOLDEN.resolve(id + ".html")));
    doc.select("script, style, template").remove();
    return doc;
  }

  @ParameterizedTest
  @MethodSource("notices")
  void thePageAndItsGlanceFitTheBudget(String id) throws IOException {
    Document doc = page(id);
    int page = words(doc.body().text());
    Element glance = doc.getElementById("glance");
    int atAGlance = words(glance.text());
    assertTrue(page <= PAGE, id + " has " + page + " words on its page; at most " + PAGE);
    assertTrue(
        atAGlance <= GLANCE, id + " has " + atAGlance + " words at a glance; at most " + GLANCE);
  }

  @ParameterizedTest
  @MethodSource("notices")
  void noSentenceOfFiveWordsOrMoreIsSaidMoreThanThreeTimes(String id) throws IOException {
    Document doc = page(id);
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (Element block : doc.body().select("p, li, dt, dd, td, th, h1, h2, h3, h4, caption")) {
      for (String sentence : block.ownText().split("(?<=[.!?])\\s+")) {
        String s = sentence.strip();
        if (words(s) >= 5) {
          seen.merge(s, 1, Integer::sum);
        }
      }
    }
    List<String> repeated = new ArrayList<>();
    seen.forEach(
        (s, n) -> {
          if (n > 3) {
            repeated.add(n + "× " + s);
          }
        });
    assertEquals(List.of(), repeated, id + " says these sentences more than three times");
  }
}
