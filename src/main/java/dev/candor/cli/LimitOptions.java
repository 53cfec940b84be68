package dev.candor.cli;

import dev.candor.load.Limits;
import picocli.CommandLine.Option;

/** Options that set the safety limits for reading inventories. */
final class LimitOptions {
  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      description = "Largest inventory file, in" + " bytes (default: " + 4 * 1024 * 1024 + ").")
  long maxBytes = Limits.DEFAULTS.maxBytes();

  @Option(
      names = "--max-depth",
      paramLabel = "N",
      description = "Deepest nesting (default: " + 40 + ").")
  int maxDepth = Limits.DEFAULTS.maxDepth();

  @Option(
      names = "--max-string",
      paramLabel = "N",
      description = "Longest text value, in" + " characters (default: " + 10_000 + ").")
  int maxString = Limits.DEFAULTS.maxStringLength();

  Limits limits() {
    return new Limits(maxBytes, maxDepth, maxString);
  }
}
