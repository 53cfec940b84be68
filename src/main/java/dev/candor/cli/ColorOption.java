package dev.candor.cli;

import dev.candor.problem.UsageException;
import picocli.CommandLine.Option;

/** The {@code --color} option, and the NO_COLOR convention (https://no-color.org). */
final class ColorOption {
  @Option(
      names = "--color",
      defaultValue = "auto",
      paramLabel = "WHEN",
      description = "auto, always or never (auto: only on a terminal, and never with NO_COLOR).")
  String color;

  /** Whether to use ANSI colour; {@code toTerminal} is false when output goes to a file. */
  boolean enabled(boolean toTerminal) throws UsageException {
    return switch (color) {
      case "always" -> true;
      case "never" -> false;
      case "auto" ->
          toTerminal
              && System.console() != null
              && (System.getenv("NO_COLOR") == null || System.getenv("NO_COLOR").isEmpty());
      default -> throw new UsageException("--color must be auto, always or never");
    };
  }
}
