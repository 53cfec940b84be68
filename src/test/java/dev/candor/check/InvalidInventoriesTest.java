package dev.candor.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.load.InventoryLoader;
import dev.candor.load.Limits;
import dev.candor.pipeline.Build;
import dev.candor.problem.InvalidInputException;
import dev.candor.testing.Candor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the loader and the validator, and hostile input, pinned by running the real CLI.
 *
 * <p>{@code src/test/resources/invalid/<case>.yaml} holds a broken inventory and {@code
 * <case>.expected} exactly what {@code candor validate} prints about it. Each case has a
 * counterpart {@code src/test/resources/valid/<case>.yaml} with the smallest change that makes it
 * valid. Inputs too big or too binary to commit are generated into {@code target/}. Run with {@code
 * -Dgolden.update=true} to rewrite the expected files, then review the diff.
 */
class InvalidInventoriesTest {
  private static final Path INVALID = Path.of("src/test/resources/invalid");
  private static final Path VALID = Path.of("src/test/resources/valid");
  private static final Path GENERATED = Path.of("target/generated-inventories");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  /**
   * A hang guard, not a speed check: each case takes well under a second alone, but the largest (a
   * file just under the size limit) has taken over 10 s on a loaded 2-core machine.
   */
  private static final Duration HANG = Duration.ofSeconds(60);

  /** Invalid cases without a valid counterpart, and why. */
  private static final Map<String, String> NO_COUNTERPART =
      Map.of(
          "deep-nesting", "no valid inventory nests anywhere near the limit",
          "many-problems", "it combines other cases, each with its own counterpart",
          "not-yaml", "no small change turns an HTML page into an inventory",
          "top-level-list", "no small change turns a list into an inventory",
          "tens-of-megabytes", "file-too-large has the counterpart: a file of exactly the limit");

  /** Rules no single inventory file can produce, and why. */
  private static final Map<String, String> UNREACHABLE_RULES =
      Map.of("invalid", "a fallback for a failed load that reported no problem; none does that");

  private static final Map<String, byte[]> GENERATED_INVALID = new LinkedHashMap<>();
  private static final Map<String, byte[]> GENERATED_VALID = new LinkedHashMap<>();

  @BeforeAll
  static void generateInputs() throws IOException {
    String minimal = Files.readString(VALID.resolve("minimal.yaml"));
    long maxBytes = Limits.DEFAULTS.maxBytes();
    int maxString = Limits.DEFAULTS.maxStringLength();

    GENERATED_INVALID.put(
        "not-utf8",
        minimal.replace("Example GmbH", "Müller GmbH").getBytes(StandardCharsets.ISO_8859_1));
    GENERATED_VALID.put(
        "not-utf8",
        minimal.replace("Example GmbH", "Müller GmbH").getBytes(StandardCharsets.UTF_8));
    GENERATED_INVALID.put(
        "binary",
        minimal.replace("Privacy notice", "Privacy\0notice").getBytes(StandardCharsets.UTF_8));
    GENERATED_VALID.put(
        "binary",
        minimal.replace("Privacy notice", "Privacy\tnotice").getBytes(StandardCharsets.UTF_8));
    GENERATED_INVALID.put("file-too-large", padded(minimal, 5L * 1024 * 1024));
    GENERATED_VALID.put("file-too-large", padded(minimal, maxBytes));
    GENERATED_INVALID.put(
        "deep-nesting",
        (minimal + "changes: " + "[".repeat(5000) + "]".repeat(5000) + "\n")
            .getBytes(StandardCharsets.UTF_8));
    GENERATED_INVALID.put(
        "utf16", minimal.getBytes(StandardCharsets.UTF_16)); // big-endian, with a byte order mark
    GENERATED_VALID.put("utf16", ("\uFEFF" + minimal).getBytes(StandardCharsets.UTF_8));
    GENERATED_INVALID.put("tens-of-megabytes", padded(minimal, 30L * 1024 * 1024));
    GENERATED_INVALID.put("huge-string", withTitle(minimal, "x".repeat(maxString + 1)));
    GENERATED_VALID.put("huge-string", withTitle(minimal, "x".repeat(maxString)));

    for (var e : GENERATED_INVALID.entrySet()) {
      write(GENERATED.resolve("invalid").resolve(e.getKey() + ".yaml"), e.getValue());
    }
    for (var e : GENERATED_VALID.entrySet()) {
      write(GENERATED.resolve("valid").resolve(e.getKey() + ".yaml"), e.getValue());
    }
  }

  /** A valid inventory followed by a comment that makes the file exactly {@code size} bytes. */
  private static byte[] padded(String inventory, long size) {
    int rest = (int) (size - inventory.length() - "# \n".length());
    return (inventory + "# " + "x".repeat(rest) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] withTitle(String inventory, String title) {
    return inventory.replace("Privacy notice for Example", title).getBytes(StandardCharsets.UTF_8);
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  /** One case: its name and the file given to the CLI. */
  record Case(String name, Path input) {
    @Override
    public String toString() {
      return name;
    }

    Path expected() {
      return INVALID.resolve(name + ".expected");
    }
  }

  static Stream<Case> invalidCases() throws IOException {
    return Stream.concat(committed(INVALID), generated("invalid", GENERATED_INVALID.keySet()));
  }

  static Stream<Case> validCases() throws IOException {
    return Stream.concat(committed(VALID), generated("valid", GENERATED_VALID.keySet()));
  }

  private static Stream<Case> committed(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.toString().endsWith(".yaml"))
          .sorted()
          .map(p -> new Case(p.getFileName().toString().replaceFirst("\\.yaml$", ""), p))
          .toList()
          .stream();
    }
  }

  private static Stream<Case> generated(String kind, Set<String> names) {
    return names.stream().map(n -> new Case(n, GENERATED.resolve(kind).resolve(n + ".yaml")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCases")
  void invalidInventoryIsReportedAndNothingIsWritten(Case c, @TempDir Path out) throws IOException {
    Run validate = run("validate", c.input().toString());
    Supplier<String> about = () -> describe(c, validate);

    if (UPDATE) {
      Files.writeString(c.expected(), validate.err());
    } else {
      assertTrue(Files.exists(c.expected()), () -> "no " + c.expected() + "\n" + about.get());
      assertEquals(
          Files.readString(c.expected()).replace("\r\n", "\n"),
          validate.err(),
          () -> "stderr differs from " + c.expected() + "\n" + about.get());
    }
    assertEquals(2, validate.exit(), about);
    assertEquals("", validate.out(), about);
    assertFalse(validate.err().contains("\tat "), () -> "stack trace\n" + about.get());
    assertFalse(validate.err().contains("Exception"), () -> "exception name\n" + about.get());
    assertTrue(validate.err().endsWith("; nothing was written.\n"), about);

    Path sentinel = out.resolve("sentinel.txt");
    byte[] kept = "written before the build\n".getBytes(StandardCharsets.UTF_8);
    Files.write(sentinel, kept);
    Run build = run("build", "--out", out.toString(), c.input().toString());
    Supplier<String> aboutBuild = () -> describe(c, build);
    assertEquals(2, build.exit(), aboutBuild);
    // Build also runs the checks that can run on what could be read, and reports their findings
    // with the rest; without those, it says what validate says.
    assertEquals(
        withoutCount(validate.err()), withoutCount(withoutFindings(build.err())), aboutBuild);
    try (Stream<Path> left = Files.list(out)) {
      assertEquals(List.of(sentinel), left.toList(), aboutBuild);
    }
    assertArrayEquals(kept, Files.readAllBytes(sentinel), aboutBuild);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validCases")
  void validCounterpartPasses(Case c) {
    Run validate = run("validate", c.input().toString());
    Supplier<String> about = () -> describe(c, validate);
    assertEquals(0, validate.exit(), about);
    assertEquals(c.input() + ": ok\n", validate.out(), about);
    assertEquals("", validate.err(), about);
  }

  @Test
  void everyInvalidCaseHasAValidCounterpart() throws IOException {
    Set<String> valid = new TreeSet<>(validCases().map(Case::name).toList());
    List<String> missing = new ArrayList<>();
    invalidCases()
        .map(Case::name)
        .filter(n -> !valid.contains(n) && !NO_COUNTERPART.containsKey(n))
        .forEach(missing::add);
    assertEquals(List.of(), missing, "invalid cases without valid/<case>.yaml");
  }

  @Test
  void everyExpectedFileHasACase() throws IOException {
    Set<String> cases = new TreeSet<>(invalidCases().map(Case::name).toList());
    try (Stream<Path> files = Files.list(INVALID)) {
      List<String> orphans =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".expected"))
              .map(n -> n.replaceFirst("\\.expected$", ""))
              .filter(n -> !cases.contains(n))
              .sorted()
              .toList();
      assertEquals(List.of(), orphans, "expected files without an input");
    }
  }

  @Test
  void everyRuleOfTheLoaderAndValidatorHasACase() throws IOException {
    Set<String> rules = new TreeSet<>();
    Pattern ruleArgument =
        Pattern.compile(
            "(?:Problem\\.error|cx\\.error)\\([^;]*?,\\s*\"([a-z][a-z0-9-]*)\"\\s*,",
            Pattern.DOTALL);
    for (String pkg : List.of("load", "check")) {
      try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/candor", pkg))) {
        for (Path f : files.toList()) {
          if (f.endsWith("SiteConfigReader.java")
              || f.endsWith("Archive.java")
              || f.endsWith("GitVersions.java")
              || f.endsWith("ShallowClone.java")
              || f.endsWith("NoticeIds.java")
              || f.endsWith("Translations.java")) {
            // site settings, version archives, git history, ids shared by two files and
            // translation files: their own tests
            continue;
          }
          Matcher m = ruleArgument.matcher(Files.readString(f));
          while (m.find()) {
            rules.add(m.group(1));
          }
        }
      }
    }
    assertTrue(rules.size() > 30, () -> "the rule scan found too few rules: " + rules);

    Set<String> covered = new TreeSet<>();
    InventoryLoader loader = Build.loader(Limits.DEFAULTS);
    for (Case c : invalidCases().toList()) {
      try {
        loader.load(c.input());
      } catch (InvalidInputException e) {
        e.problems().forEach(p -> covered.add(p.rule()));
      }
    }
    Set<String> uncovered = new TreeSet<>(rules);
    uncovered.removeAll(covered);
    uncovered.removeAll(UNREACHABLE_RULES.keySet());
    assertEquals(Set.of(), uncovered, "rules with no case in " + INVALID);
  }

  @Test
  void twoInventoriesWithOneNoticeIdAreAnError(@TempDir Path dir) throws IOException {
    Path first = dir.resolve("first.yaml");
    Path second = dir.resolve("second.yaml");
    Files.copy(VALID.resolve("minimal.yaml"), first);
    Files.copy(VALID.resolve("minimal.yaml"), second);
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Run build = run("build", "--out", out.toString(), first.toString(), second.toString());
    String expected =
        second
            + ":2:7: error: two inventories use the notice id 'minimal' (the other"
            + " is "
            + first
            + ")\n"
            + "    hint: each notice needs its own id: its files are named after it\n"
            + "1 error; nothing was written.\n";
    assertEquals(2, build.exit(), build::toString);
    assertEquals(expected, build.err());
    try (Stream<Path> left = Files.list(out)) {
      assertEquals(List.of(), left.toList(), build::toString);
    }
  }

  /** Standard error without the findings of checks: entries whose line names a rule. */
  private static String withoutFindings(String err) {
    StringBuilder kept = new StringBuilder();
    boolean finding = false;
    for (String line : err.split("\n", -1)) {
      if (!line.startsWith(" ")) {
        finding = line.matches("[^ ]+:\\d+:\\d+: (error|warning)\\[[a-z0-9-]+]: .*");
      }
      if (!finding) {
        kept.append(line).append('\n');
      }
    }
    return kept.toString();
  }

  /** Standard error without its last line, which counts the errors. */
  private static String withoutCount(String err) {
    return err.replaceFirst("[0-9]+ errors?; nothing was written\\.\n*$", "");
  }

  /** What a CLI run printed and returned. */
  record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    return assertTimeoutPreemptively(
        HANG,
        () -> {
          Candor r = Candor.run(args);
          return new Run(r.code(), r.out().replace("\r\n", "\n"), r.err().replace("\r\n", "\n"));
        },
        () -> "candor " + String.join(" ", args) + " did not finish within " + HANG);
  }

  /** The input and what the CLI printed, for failure messages. */
  private static String describe(Case c, Run run) {
    String input;
    try {
      byte[] bytes = Files.readAllBytes(c.input());
      input = new String(bytes, StandardCharsets.UTF_8).replace("\0", "\\0");
      if (input.length() > 2000) {
        input = input.substring(0, 2000) + "\n... (" + bytes.length + " bytes in all)";
      }
    } catch (IOException e) {
      input = "(unreadable: " + e.getMessage() + ")";
    }
    return "case "
        + c.name()
        + ": "
        + c.input()
        + "\n--- input ---\n"
        + input
        + "\n--- exit "
        + run.exit()
        + ", stdout ---\n"
        + run.out()
        + "--- stderr ---\n"
        + run.err();
  }
}
