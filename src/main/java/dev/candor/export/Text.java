package dev.candor.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candor.render.MarkdownOutputFormat;

/** Escaping for the formats exports write; inventory text is never trusted as markup. */
final class Text {
  private Text() {}

  /** Text escaped for XML content and attributes. */
  static String xml(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  /** Text escaped for HTML; the same rules as XML. */
  static String html(String s) {
    return xml(s);
  }

  /** Text escaped for CommonMark, as the notice's own Markdown is. */
  static String md(String s) {
    return MarkdownOutputFormat.INSTANCE.escapePlainText(s);
  }

  /** A value as indented JSON with a final newline. */
  static String json(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
  static String csv(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
