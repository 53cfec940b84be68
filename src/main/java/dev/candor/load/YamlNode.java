package dev.candor.load;

import dev.candor.problem.Location;
import java.util.List;
import java.util.Map;

/** A YAML node with the place it was read from. */
public sealed interface YamlNode {

  Location at();

  /** A short name of the node's kind for error messages: "a list", "text". */
  String kind();

  /** A mapping; keys keep their order and their own locations. */
  record Mapping(Location at, Map<String, Entry> entries) implements YamlNode {
    public String kind() {
      return "a mapping";
    }
  }

  /** One key of a mapping and its value. */
  record Entry(Location keyAt, YamlNode value) {}

  /** A sequence. */
  record Sequence(Location at, List<YamlNode> items) implements YamlNode {
    public String kind() {
      return "a list";
    }
  }

  /** A scalar: text as written, and whether YAML typed it as text, number, boolean or null. */
  record Scalar(Location at, String text, ScalarType type) implements YamlNode {
    public String kind() {
      return switch (type) {
        case TEXT -> text.isBlank() ? "nothing (empty)" : "text";
        case NUMBER -> "a number";
        case BOOLEAN -> "true/false";
        case NULL -> "nothing (null)";
      };
    }
  }

  /** How YAML typed a scalar. */
  enum ScalarType {
    TEXT,
    NUMBER,
    BOOLEAN,
    NULL
  }
}
