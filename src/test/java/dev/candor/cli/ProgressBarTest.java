package dev.candor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The site build's progress bar: drawn on a terminal, silent in a pipe or a log. */
class ProgressBarTest {
  @Test
  void drawsOnATerminalAndClearsTheLineWhenDone() {
    StringWriter out = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(out), true);
    bar.rendered("shop 1.0", 1, 2);
    assertTrue(out.toString().contains("\r[###############               ] 1/2 shop 1.0"),
        out.toString());
    bar.rendered("shop 2.0", 2, 2);
    assertTrue(out.toString().endsWith("\r\u001b[K"), "the line is cleared at the end");
  }

  @Test
  void isSilentWhenOutputIsNotATerminal() {
    StringWriter out = new StringWriter();
    new ProgressBar(new PrintWriter(out), false).rendered("shop 1.0", 1, 2);
    assertEquals("", out.toString());
  }

  @Test
  void theSiteCommandDrawsNothingWhenRunWithoutATerminal(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(new PrintWriter(out), new PrintWriter(err), "site", "--out",
        tmp.resolve("site").toString());
    assertEquals(0, code, err.toString());
    assertTrue(!err.toString().contains("\r["), err.toString());
  }
}
