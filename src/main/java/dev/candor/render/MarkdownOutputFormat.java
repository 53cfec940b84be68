package dev.candor.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;

/**
 * A Freemarker output format that escapes text for CommonMark and GFM tables, so inventory text
 * always reads as text: no links, emphasis, HTML or block structure can be smuggled in.
 */
public final class MarkdownOutputFormat
    extends CommonMarkupOutputFormat<MarkdownOutputFormat.Model> {
  public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

  /** Characters that start inline constructs anywhere in a line, including table pipes. */
  private static final String INLINE = "\\`*_[]<>|~&!";

  /** A line start that CommonMark would read as a heading, quote, list item or break. */
  private static final Pattern BLOCK_START =
      Pattern.compile("^(>|#{1,6}(?=\\s|$)|[+=-](?=\\s|$)|\\d{1,9}[.)](?=\\s|$))");

  private MarkdownOutputFormat() {}

  @Override
  public String getName() {
    return "Markdown";
  }

  @Override
  public String getMimeType() {
    return "text/markdown";
  }

  @Override
  public void output(String textToEsc, Writer out) throws IOException {
    out.write(escapePlainText(textToEsc));
  }

  /** Escapes text for use inside a Markdown paragraph, list item or table cell. */
  @Override
  public String escapePlainText(String plainText) {
    String s = plainText.replaceAll("\\s+", " ").strip();
    StringBuilder out = new StringBuilder(s.length() + 8);
    var m = BLOCK_START.matcher(s);
    int from = 0;
    if (m.find()) {
      String lead = m.group(1);
      out.append(lead, 0, lead.length() - 1).append('\\').append(lead.charAt(lead.length() - 1));
      from = lead.length();
    }
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (INLINE.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  @Override
  public boolean isLegacyBuiltInBypassed(String builtInName) {
    return false;
  }

  @Override
  protected Model newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
    return new Model(plainTextContent, markupContent);
  }

  /** Markdown produced by a template. */
  public static final class Model extends CommonTemplateMarkupOutputModel<Model> {
    Model(String plainTextContent, String markupContent) {
      super(plainTextContent, markupContent);
    }

    @Override
    public MarkdownOutputFormat getOutputFormat() {
      return INSTANCE;
    }
  }
}
