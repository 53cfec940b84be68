package dev.candor.diff;

import static org.junit.jupiter.api.Assertions.fail;

import dev.candor.load.InventoryLoader;
import dev.candor.load.Limits;
import dev.candor.pipeline.Build;
import dev.candor.render.ChangeWording;
import dev.candor.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests: each folder under {@code diff/cases} holds {@code old.yaml}, {@code new.yaml}
 * (usually {@code base.yaml} with one fact changed) and {@code expected.txt}, the sentences and
 * materiality expected. {@code -Dgolden.update=true} rewrites the expected files.
 */
class GoldenDiffTest {
  private static final ChangeWording WORDING = ChangeWording.english();

  private static final Path CASES = Path.of("src/test/resources/diff/cases");
  private static final List<String> FILES =
      List.of("old.yaml", "new.yaml", "expected.txt", "redline.txt");
  private static final InventoryLoader LOADER = Build.loader(Limits.DEFAULTS);

  /** Every case folder that has both inputs. */
  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CASES)) {
      return dirs
          .filter(Files::isDirectory)
          .filter(p -> Files.exists(p.resolve("old.yaml")) && Files.exists(p.resolve("new.yaml")))
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void caseGivesTheExpectedChanges(String name) throws Exception {
    Path dir = CASES.resolve(name);
    Path old = dir.resolve("old.yaml");
    Path neu = dir.resolve("new.yaml");
    // The two inputs are a hundred lines each and differ in a line or two: show that difference.
    String input =
        old
            + " -> "
            + neu
            + "\n"
            + Golden.unifiedDiff(
                old.toString(), neu.toString(), Files.readString(old), Files.readString(neu));
    Golden.assertMatches(
        dir.resolve("expected.txt"), render(diff(dir)), "diff case " + name, input);
  }

  @Test
  void everyKindOfChangeHasACaseThatProducesIt() throws Exception {
    Map<Kind, Set<String>> producedBy = new EnumMap<>(Kind.class);
    for (String name : cases().toList()) {
      for (Change c : diff(CASES.resolve(name)).changes()) {
        producedBy.computeIfAbsent(c.kind(), k -> new TreeSet<>()).add(name);
      }
    }
    List<String> missing =
        Arrays.stream(Kind.values())
            .filter(k -> !producedBy.containsKey(k))
            .map(k -> k.name() + " (" + k.key() + ")")
            .toList();
    if (!missing.isEmpty()) {
      fail(
          "kinds of change that no case under "
              + CASES
              + " produces: "
              + missing
              + "\nadd a case folder for each. Kinds produced, by case:\n"
              + producedBy.entrySet().stream()
                  .map(e -> "  " + e.getKey().key() + ": " + e.getValue())
                  .collect(Collectors.joining("\n")));
    }
  }

  @Test
  void noFileOutlivesItsCase() throws Exception {
    List<Path> known = new ArrayList<>();
    for (String name : cases().toList()) {
      FILES.forEach(f -> known.add(CASES.resolve(name).resolve(f)));
    }
    Golden.assertNoStaleFiles(CASES, known);
  }

  /** One line per change: materiality, kind, sentence. */
  static String render(ChangeSet changes) {
    if (changes.isEmpty()) {
      return "No changes.\n";
    }
    return changes.changes().stream()
        .map(
            c ->
                String.format(
                    "%-9s %s: %s",
                    WORDING.materiality(c.materiality()).toUpperCase(Locale.ROOT),
                    c.kind().key(),
                    WORDING.word(c).sentence()))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  private static ChangeSet diff(Path dir) throws Exception {
    return InventoryDiff.english()
        .diff(
            LOADER.load(dir.resolve("old.yaml")).inventory(),
            LOADER.load(dir.resolve("new.yaml")).inventory());
  }
}
