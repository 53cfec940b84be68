package dev.candor.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.pipeline.Build;
import dev.candor.render.ChangeWording;
import dev.candor.load.InventoryLoader;
import dev.candor.load.Limits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests: each folder under {@code diff/cases} changes one thing in a small base inventory
 * and states the sentences and materiality expected. {@code -Dgolden.update=true} rewrites them.
 */
class GoldenDiffTest {
  private static final ChangeWording WORDING = ChangeWording.english();

  private static final Path CASES = Path.of("src/test/resources/diff/cases");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final InventoryLoader LOADER = Build.loader(Limits.DEFAULTS);

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CASES)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
          .toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void caseGivesTheExpectedChanges(String name) throws Exception {
    Path dir = CASES.resolve(name);
    String actual = render(diff(dir));
    Path expected = dir.resolve("expected.txt");
    if (UPDATE) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(Files.readString(expected), actual, () -> "case " + name + "\n--- new.yaml\n"
        + read(dir.resolve("new.yaml")));
  }

  @Test
  void casesCoverAtLeastFifteenKindsOfChange() throws Exception {
    Set<Kind> kinds = new TreeSet<>();
    for (String name : cases().toList()) {
      diff(CASES.resolve(name)).changes().forEach(c -> kinds.add(c.kind()));
    }
    assertTrue(kinds.size() >= 15, () -> "only " + kinds);
  }

  /** One line per change: materiality, kind, sentence. */
  static String render(ChangeSet changes) {
    if (changes.isEmpty()) {
      return "No changes.\n";
    }
    return changes.changes().stream()
        .map(c -> String.format("%-9s %s: %s",
            WORDING.materiality(c.materiality()).toUpperCase(Locale.ROOT),
            c.kind().key(), WORDING.word(c).sentence()))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  private static ChangeSet diff(Path dir) throws Exception {
    return InventoryDiff.english().diff(
        LOADER.load(dir.resolve("old.yaml")).inventory(),
        LOADER.load(dir.resolve("new.yaml")).inventory());
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }
}
