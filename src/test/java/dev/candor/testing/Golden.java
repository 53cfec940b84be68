package dev.candor.testing;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compares output with a reviewed file under {@code src/test/resources/}. Run with {@code
 * -Dgolden.update=true} to rewrite the files, then review the diff.
 *
 * <p>Like commonmark-java's spec tests, a failure names the case and its inputs, shows small inputs
 * in full, and shows a unified diff of expected and actual output rather than two whole files.
 */
public final class Golden {
  /** Lines of context around each change in a failure's diff. */
  private static final int CONTEXT_LINES = 3;

  /** Inputs up to this size are printed in a failure; larger ones are named only. */
  private static final int INPUT_SHOWN_UP_TO = 2_000;

  private Golden() {}

  /** Whether this run rewrites golden files instead of comparing. */
  public static boolean updating() {
    return Boolean.parseBoolean(System.getProperty("golden.update", "false"));
  }

  /**
   * Asserts {@code actual} equals the golden file, or rewrites the file when updating.
   *
   * @param context what is compared, e.g. the case name, put first in a failure
   * @param inputs the files the output was made from, named (and shown when small) in a failure
   */
  public static void assertMatches(Path golden, String actual, String context, Path... inputs)
      throws IOException {
    assertMatches(golden, actual, context, describe(List.of(inputs)));
  }

  /**
   * Asserts {@code actual} equals the golden file, or rewrites the file when updating.
   *
   * @param context what is compared, e.g. the case name, put first in a failure
   * @param input what the output was made from, as a reader of the failure should see it
   */
  public static void assertMatches(Path golden, String actual, String context, String input)
      throws IOException {
    if (updating()) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    String about = input.isEmpty() ? "" : "\n--- input\n" + input;
    if (!Files.exists(golden)) {
      throw new AssertionError(
          context
              + ": "
              + golden
              + " is missing; run with"
              + " -Dgolden.update=true and review it"
              + about);
    }
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      throw new AssertionError(
          context
              + ": output differs from "
              + golden
              + about
              + "\n--- diff of expected and actual output\n"
              + unifiedDiff(golden.toString(), "actual", expected, actual)
              + "if the change is intended, rerun with -Dgolden.update=true and review the diff");
    }
  }

  /** A unified diff of two texts, with {@value #CONTEXT_LINES} lines of context. */
  public static String unifiedDiff(String fromName, String toName, String from, String to) {
    List<String> a = lines(from);
    List<String> b = lines(to);
    List<String> diff =
        UnifiedDiffUtils.generateUnifiedDiff(
            fromName, toName, a, DiffUtils.diff(a, b), CONTEXT_LINES);
    if (diff.isEmpty()) {
      // Same lines, so the texts differ only in line endings or a final newline.
      return "(the texts differ only in line endings or a final newline)\n";
    }
    return String.join("\n", diff) + "\n";
  }

  /**
   * Fails, naming them, when {@code folder} holds files no case reads or writes: a golden file
   * whose case was removed or renamed is never compared, so it would rot unnoticed.
   *
   * @param known every file a case uses, as inputs or as expected output
   */
  public static void assertNoStaleFiles(Path folder, Collection<Path> known) throws IOException {
    Set<Path> uses =
        known.stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
    Set<String> stale = new TreeSet<>();
    try (Stream<Path> files = Files.walk(folder)) {
      files
          .filter(Files::isRegularFile)
          .filter(p -> !uses.contains(p.toAbsolutePath().normalize()))
          .forEach(p -> stale.add(p.toString()));
    }
    if (!stale.isEmpty()) {
      throw new AssertionError(
          "files under "
              + folder
              + " that no case uses (a case removed or"
              + " renamed?); delete them or restore their case:\n  "
              + String.join("\n  ", stale));
    }
  }

  /** Names each input file and shows the small ones in full. */
  public static String describe(Collection<Path> inputs) {
    StringBuilder s = new StringBuilder();
    for (Path in : inputs) {
      s.append(in);
      try {
        long size = Files.size(in);
        if (size <= INPUT_SHOWN_UP_TO) {
          String text = Files.readString(in, StandardCharsets.UTF_8);
          s.append(":\n").append(text.endsWith("\n") ? text : text + "\n");
        } else {
          s.append(" (").append(size).append(" bytes, not shown)\n");
        }
      } catch (IOException e) {
        s.append(" (unreadable: ").append(e).append(")\n");
      }
    }
    return s.toString();
  }

  private static List<String> lines(String text) {
    return new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
  }
}
