package dev.candor.cli;

import dev.candor.site.SitePages;
import java.io.PrintWriter;

/** A one-line progress bar on a terminal; silent when output goes to a file or a pipe. */
final class ProgressBar implements SitePages.Progress {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final boolean terminal;

  ProgressBar(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  /** A bar for the real terminal, if there is one. */
  static ProgressBar forConsole(PrintWriter err) {
    return new ProgressBar(err, System.console() != null && System.getenv("CI") == null);
  }

  @Override
  public void rendered(String what, int done, int total) {
    if (!terminal || total < 2) {
      return;
    }
    int filled = total == 0 ? WIDTH : done * WIDTH / total;
    err.print(
        "\r["
            + "#".repeat(filled)
            + " ".repeat(WIDTH - filled)
            + "] "
            + done
            + "/"
            + total
            + " "
            + what
            + "\u001b[K");
    if (done == total) {
      err.print("\r\u001b[K");
    }
    err.flush();
  }
}
