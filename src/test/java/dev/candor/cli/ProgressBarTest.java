package dev.candor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.check.CheckSettings;
import dev.candor.load.Limits;
import dev.candor.pipeline.SiteBuilder;
import dev.candor.testing.Snapshot;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site build's progress bar: drawn on a terminal, silent in a pipe or a log. The terminal is a
 * flag the bar is given, so the drawing is tested on a plain writer.
 */
class ProgressBarTest {
  private static final String CLEAR = "\u001b[K";

  /** One frame: carriage return, the bar, done/total, what was rendered, clear to end of line. */
  private static final Pattern FRAME =
      Pattern.compile("\r\\[(#*)( *)\\] (\\d+)/(\\d+) ([^\r]*?)\u001b\\[K");

  @Test
  void eachStepRedrawsTheWholeLineWithABarInProportion() {
    StringWriter out = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(out), true);
    bar.rendered("shop 1.0", 1, 3);
    assertEquals("\r[##########                    ] 1/3 shop 1.0" + CLEAR, out.toString());
    bar.rendered("saas 2.0", 2, 3);
    assertEquals(
        "\r[##########                    ] 1/3 shop 1.0"
            + CLEAR
            + "\r[####################          ] 2/3 saas 2.0"
            + CLEAR,
        out.toString());
  }

  @Test
  void theLastStepClearsTheLine() {
    StringWriter out = new StringWriter();
    new ProgressBar(new PrintWriter(out), true).rendered("shop 2.0", 2, 2);
    assertEquals(
        "\r[##############################] 2/2 shop 2.0" + CLEAR + "\r" + CLEAR, out.toString());
  }

  @Test
  void eachStepReachesTheTerminalAtOnce() {
    StringWriter out = new StringWriter();
    // A buffered writer holds what is printed until it is flushed.
    ProgressBar bar = new ProgressBar(new PrintWriter(new BufferedWriter(out)), true);
    bar.rendered("shop 1.0", 1, 4);
    assertTrue(out.toString().endsWith("1/4 shop 1.0" + CLEAR), () -> show(out));
  }

  @Test
  void aSingleStepDrawsNothing() {
    StringWriter out = new StringWriter();
    new ProgressBar(new PrintWriter(out), true).rendered("shop 1.0", 1, 1);
    assertEquals("", out.toString());
  }

  @Test
  void isSilentWhenOutputIsNotATerminal() {
    StringWriter out = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(out), false);
    bar.rendered("shop 1.0", 1, 2);
    bar.rendered("shop 2.0", 2, 2);
    assertEquals("", out.toString());
  }

  @Test
  void theConsoleBarIsSilentWithoutAConsole() {
    Assumptions.assumeTrue(System.console() == null, "this run has a console");
    StringWriter out = new StringWriter();
    ProgressBar bar = ProgressBar.forConsole(new PrintWriter(out));
    bar.rendered("shop 1.0", 1, 2);
    assertEquals("", out.toString());
  }

  @Test
  void aSiteBuildDrawsOneFrameForEveryPageInOrder(@TempDir Path tmp) throws Exception {
    Path notices = Snapshot.copyTree(Path.of("notices"), tmp.resolve("notices"));
    StringWriter out = new StringWriter();
    SiteBuilder.build(
        new SiteBuilder.Settings(
            notices,
            Path.of("site"),
            tmp.resolve("site"),
            Optional.empty(),
            Limits.DEFAULTS,
            CheckSettings.DEFAULTS,
            false),
        new ProgressBar(new PrintWriter(out), true));

    String drawn = out.toString();
    assertTrue(drawn.endsWith("\r" + CLEAR), () -> "the line is cleared at the end: " + show(out));
    Matcher m = FRAME.matcher(drawn.substring(0, drawn.length() - ("\r" + CLEAR).length()));
    List<Integer> steps = new ArrayList<>();
    int total = -1;
    int end = 0;
    while (m.find()) {
      assertEquals(end, m.start(), () -> "frames follow each other: " + show(out));
      end = m.end();
      int done = Integer.parseInt(m.group(3));
      total = Integer.parseInt(m.group(4));
      assertEquals(30, m.group(1).length() + m.group(2).length(), "the bar is 30 wide");
      assertEquals(done * 30 / total, m.group(1).length(), "the bar is filled in proportion");
      assertTrue(!m.group(5).isBlank(), "each frame names what was rendered");
      steps.add(done);
    }
    assertEquals(drawn.length() - ("\r" + CLEAR).length(), end, () -> "only frames: " + show(out));
    assertTrue(total >= 2, "a site has more than one page");
    List<Integer> expected = new ArrayList<>();
    for (int i = 1; i <= total; i++) {
      expected.add(i);
    }
    assertEquals(expected, steps, "one frame per page, counting up to the total");
  }

  private static String show(StringWriter out) {
    return out.toString().replace("\r", "\\r").replace("\u001b", "\\e");
  }
}
