package dev.candor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.load.Limits;
import dev.candor.pipeline.Build;
import dev.candor.pipeline.Scans;
import dev.candor.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule against an inventory that breaks it and one that does not.
 *
 * <p>Each rule has a folder {@code src/test/resources/checks/<rule-id>/} with {@code bad.yaml},
 * whose first line says the finding expected ({@code # expect: error[rule] at line:column}), and
 * {@code good.yaml}, which must not trigger the rule. A rule that compares the inventory with
 * evidence has {@code evidence.json} beside them (and {@code good.evidence.json} when the good case
 * differs in its evidence, not its inventory); its expect line may name the file the finding is in
 * ({@code at evidence.json:18:6}).
 */
class RuleCasesTest {
  private static final Path CASES = Path.of("src/test/resources/checks");
  private static final Pattern EXPECT =
      Pattern.compile("# expect: (error|warning)\\[([a-z0-9-]+)] at (?:([\\w.-]+):)?(\\d+):(\\d+)");

  static Stream<String> rules() {
    return Rules.ids().stream();
  }

  private static CheckReport check(Path file) throws Exception {
    Path dir = file.getParent();
    Path evidence = dir.resolve("evidence.json");
    if (file.getFileName().toString().equals("good.yaml")
        && Files.exists(dir.resolve("good.evidence.json"))) {
      evidence = dir.resolve("good.evidence.json");
    }
    CheckSettings settings =
        Files.exists(evidence)
            ? CheckSettings.DEFAULTS.withEvidence(Scans.read(List.of(evidence)))
            : CheckSettings.DEFAULTS;
    return Build.check(Build.load(List.of(file), Limits.DEFAULTS), settings);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void badInventoryBreaksTheRuleWhereExpected(String rule) throws Exception {
    Path bad = CASES.resolve(rule).resolve("bad.yaml");
    String first = Files.readAllLines(bad).get(0);
    Matcher m = EXPECT.matcher(first);
    assertTrue(m.matches(), bad + " starts with an expect line: " + first);
    assertEquals(rule, m.group(2), bad + " expects its own rule");
    List<Problem> found =
        check(bad).findings().stream().filter(p -> p.rule().equals(rule)).toList();
    assertFalse(found.isEmpty(), bad + " breaks " + rule);
    Problem p = found.get(0);
    assertEquals(m.group(1), p.severity().key(), p.formatFinding());
    Path in = m.group(3) == null ? bad : bad.resolveSibling(m.group(3));
    assertEquals(in + ":" + m.group(4) + ":" + m.group(5), p.at().toString(), p.formatFinding());
    assertTrue(p.citation() != null && !p.citation().isBlank(), "cites the law: " + p);
    assertTrue(p.hint() != null && !p.hint().isBlank(), "gives a hint: " + p);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void goodInventoryPassesTheRule(String rule) throws Exception {
    Path good = CASES.resolve(rule).resolve("good.yaml");
    List<Problem> found =
        check(good).findings().stream().filter(p -> p.rule().equals(rule)).toList();
    assertEquals(List.of(), found, good + " passes " + rule);
  }

  @Test
  void everyCaseFolderIsARule() throws IOException {
    try (Stream<Path> dirs = Files.list(CASES)) {
      for (Path d : dirs.toList()) {
        assertTrue(Rules.byId(d.getFileName().toString()).isPresent(), d + " names a rule");
      }
    }
  }

  @Test
  void ruleIdsAreUniqueAndEveryRuleIsDescribed() {
    assertEquals(Rules.ids().size(), Rules.ids().stream().distinct().count());
    for (Rule r : Rules.builtIn()) {
      assertTrue(r.id().matches("[a-z0-9]+(-[a-z0-9]+)+"), r.id());
      assertFalse(r.summary().isBlank(), r.id());
      assertFalse(r.citation().isBlank(), r.id());
    }
  }
}
