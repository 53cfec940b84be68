package dev.candor.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The process entry point; the only place that calls {@code System.exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(Cli.run(out, err, args));
  }
}
