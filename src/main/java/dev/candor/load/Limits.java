package dev.candor.load;

/**
 * Safety limits for reading an inventory; each guards against hostile or runaway input. YAML
 * aliases are refused outright, so no alias can expand ("billion laughs").
 *
 * @param maxBytes largest file accepted, in bytes
 * @param maxDepth deepest nesting of mappings and lists
 * @param maxStringLength longest single text value, in characters
 */
public record Limits(long maxBytes, int maxDepth, int maxStringLength) {

  /** Generous for any real inventory, small enough to stop abuse within a second. */
  public static final Limits DEFAULTS = new Limits(4L * 1024 * 1024, 40, 10_000);
}
