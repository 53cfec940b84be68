package dev.candor.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.candor.load.YamlNode.Entry;
import dev.candor.load.YamlNode.Mapping;
import dev.candor.load.YamlNode.Scalar;
import dev.candor.load.YamlNode.ScalarType;
import dev.candor.load.YamlNode.Sequence;
import dev.candor.problem.Location;
import dev.candor.problem.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/** Parses YAML bytes into a {@link YamlNode} tree, enforcing {@link Limits}. */
final class YamlReader {
  private final Limits limits;
  private final YAMLFactory factory;

  YamlReader(Limits limits) {
    this.limits = limits;
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both locations
    options.setMaxAliasesForCollections(50); // a second guard: the reader refuses aliases
    options.setNestingDepthLimit(limits.maxDepth());
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
    options.setAllowRecursiveKeys(false);
    this.factory =
        YAMLFactory.builder()
            .loaderOptions(options)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    // A backstop only: our own check below fires first and says where.
                    .maxNestingDepth((int) Math.min(Integer.MAX_VALUE, limits.maxDepth() + 2L))
                    .maxStringLength(limits.maxStringLength())
                    .build())
            .build();
  }

  /** The document's root node, or the problems that stop it from being read. */
  YamlNode read(String file, byte[] bytes, List<Problem> problems) {
    if (bytes.length > limits.maxBytes()) {
      problems.add(
          Problem.error(
              Location.of(file),
              "file-too-large",
              "the file has " + bytes.length + " bytes; the limit is " + limits.maxBytes(),
              "split the inventory, or raise the limit with --max-bytes"));
      return null;
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer decoded = CharBuffer.allocate(bytes.length); // UTF-8 never has more chars than bytes
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = decoder.decode(in, decoded, true);
    if (!result.isError()) {
      result = decoder.flush(decoded);
    }
    decoded.flip();
    if (result.isError() && utf16(bytes)) {
      problems.add(
          Problem.error(
              Location.of(file),
              "not-utf8",
              "the file is UTF-16 text; inventories are UTF-8",
              "save the inventory as UTF-8"));
      return null;
    }
    if (result.isError()) {
      problems.add(
          Problem.error(
              position(file, decoded),
              "not-utf8",
              String.format("the file is not valid UTF-8 text (byte 0x%02X)", bytes[in.position()]),
              "save the inventory as UTF-8"));
      return null;
    }
    String text = decoded.toString();
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      problems.add(
          Problem.error(
              position(file, text.substring(0, nul)),
              "binary",
              "the file contains binary data (a NUL character)",
              "an inventory is a YAML text file"));
      return null;
    }
    if (text.isBlank()) {
      problems.add(
          Problem.error(
              Location.of(file),
              "empty",
              "the file is empty",
              "start from one of the examples in notices/"));
      return null;
    }
    try (JsonParser p = factory.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        problems.add(
            Problem.error(
                Location.of(file),
                "empty",
                "the file holds no YAML document",
                "start from one of the examples in notices/"));
        return null;
      }
      Aliases aliases = new Aliases();
      YamlNode root = node(file, p, first, problems, aliases, 0);
      if (aliases.count > 0) {
        // Jackson does not resolve aliases: it would hand us the anchor's name as the value.
        problems.add(
            Problem.error(
                aliases.first,
                "yaml-alias",
                "YAML aliases such as '*"
                    + aliases.name
                    + "' are not supported"
                    + (aliases.count > 1 ? " (the file has " + aliases.count + ")" : ""),
                "write the value out in full wherever it is needed"));
        return null;
      }
      if (p.nextToken() != null) {
        problems.add(
            Problem.error(
                at(file, p.currentTokenLocation()),
                "many-documents",
                "a second YAML document starts here; a file holds one inventory",
                "remove the '---' line above and what follows it, or move it to its own file"));
      }
      return root;
    } catch (IOException | RuntimeException e) {
      problems.add(Problem.error(parseLocation(file, e), "yaml", describe(e), yamlHint(e)));
      return null;
    }
  }

  private YamlNode node(
      String file, JsonParser p, JsonToken t, List<Problem> problems, Aliases aliases, int depth)
      throws IOException {
    Location at = at(file, p.currentTokenLocation());
    if (depth > limits.maxDepth()) {
      throw new LimitException(
          at, "the document is nested more than " + limits.maxDepth() + " levels deep");
    }
    if (p instanceof YAMLParser yp && yp.isCurrentAlias()) {
      if (aliases.count++ == 0) {
        aliases.first = at;
        aliases.name = p.getText();
      }
      return new Scalar(at, "", ScalarType.NULL);
    }
    if (p.getTypeId() != null) {
      problems.add(
          Problem.error(
              at,
              "yaml-tag",
              "YAML tags such as '"
                  + tagAsWritten(String.valueOf(p.getTypeId()))
                  + "' are not allowed",
              "remove the tag; inventories hold plain text, numbers, lists and mappings"));
    }
    switch (t) {
      case START_OBJECT -> {
        Map<String, Entry> entries = new LinkedHashMap<>();
        JsonToken k;
        while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          Location keyAt = at(file, p.currentTokenLocation());
          tooLong(key, keyAt, problems);
          unprintable(key, keyAt, problems);
          YamlNode value = node(file, p, p.nextToken(), problems, aliases, depth + 1);
          Entry previous = entries.get(key);
          if (previous != null) {
            problems.add(
                Problem.error(
                    keyAt,
                    "duplicate-key",
                    "duplicate key '" + key + "' (first at line " + previous.keyAt().line() + ")",
                    "each key may appear once in a mapping; merge the two"));
          } else {
            entries.put(key, new Entry(keyAt, value));
          }
        }
        return new Mapping(at, entries);
      }
      case START_ARRAY -> {
        List<YamlNode> items = new ArrayList<>();
        JsonToken i;
        while ((i = p.nextToken()) != JsonToken.END_ARRAY) {
          items.add(node(file, p, i, problems, aliases, depth + 1));
        }
        return new Sequence(at, items);
      }
      case VALUE_STRING -> {
        tooLong(p.getText(), at, problems);
        unprintable(p.getText(), at, problems);
        return new Scalar(at, p.getText(), ScalarType.TEXT);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new Scalar(at, p.getText(), ScalarType.NUMBER);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Scalar(at, p.getText(), ScalarType.BOOLEAN);
      }
      case VALUE_NULL -> {
        return new Scalar(at, "", ScalarType.NULL);
      }
      default -> {
        return new Scalar(at, p.getText(), ScalarType.TEXT);
      }
    }
  }

  /** Jackson does not apply its string length limit to YAML, so we do. */
  private void tooLong(String text, Location at, List<Problem> problems) {
    if (text.length() > limits.maxStringLength()) {
      problems.add(
          Problem.error(
              at,
              "too-long",
              "this text has "
                  + text.length()
                  + " characters; the limit is "
                  + limits.maxStringLength(),
              "shorten it, or raise the limit with --max-string"));
    }
  }

  /**
   * YAML escapes such as {@code "\0"} or {@code "\uD800"} can put characters into a value that no
   * XML document may hold and no reader can see; the PDF renderer would fail on them.
   */
  private static void unprintable(String text, Location at, List<Problem> problems) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean bad =
          (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
              || c == 0xFFFE
              || c == 0xFFFF
              || (Character.isHighSurrogate(c)
                  && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))))
              || (Character.isLowSurrogate(c)
                  && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))));
      if (bad) {
        problems.add(
            Problem.error(
                at,
                "unprintable",
                String.format(
                    "this text holds the character U+%04X, which cannot be shown", (int) c),
                "remove it; a YAML escape such as \\0 or \\x07 in a quoted value puts it there"));
        return;
      }
    }
  }

  /** A tag as the user wrote it: {@code !!str} rather than {@code tag:yaml.org,2002:str}. */
  private static String tagAsWritten(String tag) {
    String core = "tag:yaml.org,2002:";
    if (tag.startsWith(core)) {
      return "!!" + tag.substring(core.length());
    }
    return "!" + tag.replaceFirst("^!", ""); // Jackson drops the '!' of local tags
  }

  /** Starts with a UTF-16 byte order mark, in either byte order. */
  private static boolean utf16(byte[] bytes) {
    return bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
  }

  /** The place just after {@code before}, the text that precedes it in the file. */
  private static Location position(String file, CharSequence before) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < before.length(); i++) {
      if (before.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Location(file, line, before.length() - lineStart + 1);
  }

  private static Location at(String file, JsonLocation l) {
    return new Location(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }

  private static Location parseLocation(String file, Exception e) {
    if (e instanceof LimitException le) {
      return le.at;
    }
    // SnakeYAML's mark first: Jackson's location is that of the last good token, which for a tab
    // at the start of a line is the end of the line before.
    Throwable cause = e.getCause();
    if (cause instanceof org.yaml.snakeyaml.error.MarkedYAMLException m
        && m.getProblemMark() != null) {
      return new Location(
          file, m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1);
    }
    if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
        && jpe.getLocation() != null) {
      return at(file, jpe.getLocation());
    }
    return Location.of(file);
  }

  /** A one-line message without Jackson's source excerpts and without a stack trace. */
  private static String describe(Exception e) {
    if (e instanceof LimitException le) {
      return le.getMessage();
    }
    Throwable root = e;
    if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m) {
      String problem = m.getProblem() == null ? "" : m.getProblem();
      String context =
          m.getContext() == null
              ? ""
              : m.getContext()
                  + (m.getContextMark() == null
                      ? ""
                      : " at line " + (m.getContextMark().getLine() + 1))
                  + ": ";
      return ("the file is not valid YAML: " + context + problem).trim();
    }
    String msg = root.getMessage() == null ? "" : root.getMessage();
    msg = msg.lines().findFirst().orElse(msg);
    msg = msg.replaceAll("\\s*at \\[Source:.*$", "");
    msg = msg.replaceAll(", from `[^`]*`", "");
    if (msg.startsWith("Expected a field name")) {
      return "the file is not valid YAML: a key must be a single value, not a list or a mapping";
    }
    if (msg.contains("org.yaml.") || msg.contains("com.fasterxml.") || msg.isBlank()) {
      return "the file is not valid YAML";
    }
    if (msg.contains("exceeds the maximum") || msg.contains("Number of aliases")) {
      return "the document is too large or too deeply nested: " + msg;
    }
    return "the file is not valid YAML: " + msg;
  }

  private static String yamlHint(Exception e) {
    String msg = String.valueOf(e.getMessage()) + String.valueOf(e.getCause());
    if (msg.contains("alias")) {
      return "avoid YAML anchors and aliases; write each value out";
    }
    if (msg.contains("(TAB)")) {
      return "indent with spaces; YAML does not allow tabs for indentation";
    }
    if (msg.contains("nest") || msg.contains("depth")) {
      return "an inventory needs only a few levels of nesting";
    }
    return "check the indentation and quoting near this line; text with ': ' or '#' needs quotes";
  }

  /** The aliases met while reading: how many, and the first one. */
  private static final class Aliases {
    int count;
    Location first;
    String name;
  }

  /** A limit that was crossed while building the tree. */
  private static final class LimitException extends RuntimeException {
    private final transient Location at;

    LimitException(Location at, String message) {
      super(message, null, false, false);
      this.at = at;
    }
  }
}
