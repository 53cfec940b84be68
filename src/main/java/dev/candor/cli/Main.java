package dev.candor.cli;

import dev.candor.render.pdf.PdfRenderer;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The process entry point; the only place that calls {@code System.exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (rendersPdf(args)) {
      PdfRenderer.warmUp();
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(Cli.run(out, err, args));
  }

  /**
   * Whether the command is a build that renders PDFs. Not site or serve: a rebuild that renders
   * nothing needs both cores for reading the notices, and a long build gains nothing from it.
   */
  static boolean rendersPdf(String[] args) {
    if (!Cli.invoked(args).equals(Optional.of(BuildCommand.class))) {
      return false;
    }
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("-f") || a.equals("--format")) {
        if (i + 1 < args.length && !args[i + 1].contains("pdf")) {
          return false;
        }
      } else if (a.startsWith("--format=") && !a.contains("pdf")) {
        return false;
      } else if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
        return false;
      }
    }
    return true;
  }
}
