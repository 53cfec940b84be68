package dev.candor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inventory text escaped for Markdown reads back as the same text, with no markup. */
class MarkdownOutputFormatTest {
  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "plain words",
        "2.0",
        "1. not a list",
        "- not a list",
        "# not a heading",
        "> not a quote",
        "[a link](javascript:alert(1))",
        "<script>alert(1)</script>",
        "*bold* and _italic_",
        "`code`",
        "a | pipe",
        "![img](http://127.0.0.1/x.png)",
        "&amp; entity",
        "<!-- comment -->",
        "<![CDATA[x]]>",
        "back\\slash",
        "~~struck~~",
        "= setext",
        "+ plus",
        "100) item",
        "https://example.com <https://example.com>"
      })
  void escapedTextReadsBackAsTheSameText(String text) {
    String md = MarkdownOutputFormat.INSTANCE.escapePlainText(text);
    String html =
        org.commonmark.renderer.html.HtmlRenderer.builder().build().render(PARSER.parse("- " + md));
    assertEquals(1, html.split("<li>", -1).length - 1, "one list item: " + html);
    String back = TextContentRenderer.builder().build().render(PARSER.parse(md)).strip();
    assertEquals(text, back, "escaped as: " + md);
    for (String tag :
        List.of(
            "<a ",
            "<img",
            "<script",
            "<em>",
            "<strong>",
            "<code>",
            "<h1>",
            "<blockquote>",
            "<del>")) {
      assertEquals(-1, html.indexOf(tag), tag + " in " + html);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"a | b", "x\\|y"})
  void pipesStayInsideATableCell(String text) {
    String md = "| h |\n| --- |\n| " + MarkdownOutputFormat.INSTANCE.escapePlainText(text) + " |\n";
    String html =
        org.commonmark.renderer.html.HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .build()
            .render(PARSER.parse(md));
    assertEquals(1, html.split("<td>", -1).length - 1, html);
  }
}
