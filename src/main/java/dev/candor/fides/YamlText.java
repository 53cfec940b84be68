package dev.candor.fides;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.regex.Pattern;

/** Builds the text of an inventory file line by line, quoting every value that needs it. */
final class YamlText {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLAIN = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  private final StringBuilder out = new StringBuilder();

  /** A comment line. */
  YamlText comment(String indent, String text) {
    out.append(indent).append("# ").append(text).append('\n');
    return this;
  }

  /** An empty line. */
  YamlText blank() {
    out.append('\n');
    return this;
  }

  /** {@code key:} opening a nested block. */
  YamlText open(String indent, String key) {
    out.append(indent).append(key).append(":\n");
    return this;
  }

  /** {@code key: value}, with the value quoted unless it is a plain key or id. */
  YamlText field(String indent, String key, String value) {
    out.append(indent).append(key).append(": ").append(scalar(value)).append('\n');
    return this;
  }

  /** {@code key: value} written as is: a boolean, a date or an already quoted value. */
  YamlText raw(String indent, String key, String value) {
    out.append(indent).append(key).append(": ").append(value).append('\n');
    return this;
  }

  /** {@code key: [a, b]}, each value quoted as needed. */
  YamlText list(String indent, String key, List<String> values) {
    out.append(indent).append(key).append(": [")
        .append(String.join(", ", values.stream().map(YamlText::scalar).toList()))
        .append("]\n");
    return this;
  }

  /** A value as YAML: plain for keys and ids, otherwise a double-quoted string. */
  static String scalar(String value) {
    if (PLAIN.matcher(value).matches() && !List.of("true", "false", "null", "yes", "no", "on",
        "off").contains(value)) {
      return value;
    }
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
