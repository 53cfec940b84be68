package dev.candor.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.problem.ExitCodes;
import dev.candor.testing.Candor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Stack traces appear with {@code --debug} and on no other error path of any command. */
class DebugFlagTest {
  @TempDir static Path tmp;
  private static Path invalid;
  private static Path badTheme;
  private static Path failing;

  @BeforeAll
  static void files() throws IOException {
    invalid = tmp.resolve("invalid.yaml");
    Files.writeString(invalid, "notice: [\n");
    failing = Path.of("src/test/resources/valid/minimal.yaml"); // valid, but checks fail
    badTheme = Files.createDirectories(tmp.resolve("theme"));
    Files.writeString(badTheme.resolve("notice.html.ftlh"), "<p>${no.such.value}</p>");
    Files.writeString(tmp.resolve("not-a-folder"), "x");
  }

  /** An error path: the arguments, without --debug. */
  record ErrorPath(String name, List<String> args) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<ErrorPath> errorPaths() {
    String missing = tmp.resolve("missing.yaml").toString();
    String out = tmp.resolve("out").toString();
    return Stream.of(
        new ErrorPath(
            "build: invalid inventory", List.of("build", "--out", out, invalid.toString())),
        new ErrorPath("build: missing file", List.of("build", "--out", out, missing)),
        new ErrorPath("build: a folder as input", List.of("build", "--out", out, tmp.toString())),
        new ErrorPath("build: checks fail", List.of("build", "--out", out, failing.toString())),
        new ErrorPath(
            "build: template error",
            List.of(
                "build",
                "--format",
                "html",
                "--templates",
                badTheme.toString(),
                "--out",
                out,
                "notices/shop.yaml")),
        new ErrorPath(
            "build: unknown format",
            List.of("build", "--format", "docx", "--out", out, failing.toString())),
        new ErrorPath(
            "build: templates not a folder",
            List.of(
                "build",
                "--templates",
                tmp.resolve("not-a-folder").toString(),
                failing.toString())),
        new ErrorPath(
            "build: output is a file",
            List.of("build", "--out", tmp.resolve("not-a-folder").toString(), "notices/shop.yaml")),
        new ErrorPath("validate: invalid inventory", List.of("validate", invalid.toString())),
        new ErrorPath("validate: missing file", List.of("validate", missing)),
        new ErrorPath("check: invalid inventory", List.of("check", invalid.toString())),
        new ErrorPath("check: missing file", List.of("check", missing)),
        new ErrorPath("check: checks fail", List.of("check", failing.toString())),
        new ErrorPath("diff: missing file", List.of("diff", missing, failing.toString())),
        new ErrorPath(
            "diff: invalid inventory", List.of("diff", invalid.toString(), failing.toString())),
        new ErrorPath(
            "diff: unknown revision",
            List.of("diff", "notices/shop.yaml@no-such-rev", "notices/shop.yaml")));
  }

  /** Usage errors: picocli stops before --debug is read, so these never show a trace. */
  static Stream<ErrorPath> usageErrors() {
    return Stream.of(
        new ErrorPath("no command", List.of()),
        new ErrorPath("unknown command", List.of("publish")),
        new ErrorPath("unknown option", List.of("build", "--no-such-option")),
        new ErrorPath("diff: one file", List.of("diff", "notices/shop.yaml")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errorPaths")
  void errorsShowATraceOnlyWithDebug(ErrorPath p) {
    Run plain = run(p.args());
    assertNotEquals(0, plain.exit(), plain::toString);
    assertFalse(plain.err().contains("\tat "), () -> "trace without --debug: " + plain);
    assertFalse(plain.out().contains("\tat "), plain::toString);

    List<String> debug = new ArrayList<>(p.args());
    debug.add(1, "--debug");
    Run traced = run(debug);
    assertTrue(traced.exit() == plain.exit(), () -> plain + "\n" + traced);
    if (plain.exit() == ExitCodes.FINDINGS) {
      return; // failed checks are findings, reported in full; there is no exception to trace
    }
    assertTrue(traced.err().contains("\tat "), () -> "no trace with --debug: " + traced);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("usageErrors")
  void usageErrorsNeverShowATrace(ErrorPath p) {
    Run plain = run(p.args());
    assertNotEquals(0, plain.exit(), plain::toString);
    assertFalse(plain.err().contains("\tat "), plain::toString);
  }

  record Run(int exit, String out, String err) {}

  private static Run run(List<String> args) {
    Candor r = Candor.run(args.toArray(String[]::new));
    return new Run(r.code(), r.out(), r.err());
  }
}
