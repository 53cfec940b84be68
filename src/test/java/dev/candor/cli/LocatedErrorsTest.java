package dev.candor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.Candor;
import dev.candor.testing.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes in site settings and themes are bad input (exit 2) located at file:line:column, never an
 * internal error.
 */
class LocatedErrorsTest {
  private static final String TEMPLATE_HINT =
      "    hint: check your template; see templates/ for the built-in ones";

  @TempDir Path tmp;

  @Test
  void aSiteLanguageWithoutWordingIsLocatedAtTheLanguageAndListsTheSupportedOnes()
      throws IOException {
    Path site = Snapshot.copyTree(Path.of("site"), tmp.resolve("site"));
    Path settings = site.resolve("site.yaml");
    String yaml = Files.readString(settings);
    assertTrue(yaml.contains("\nlanguage: en\n"), yaml);
    Files.writeString(settings, yaml.replace("\nlanguage: en\n", "\nlanguage: ja\n"));
    int line = (int) yaml.substring(0, yaml.indexOf("\nlanguage: en\n") + 1).lines().count() + 1;
    Path out = tmp.resolve("out");

    Candor r = Candor.run("site", "--site", site.toString(), "--out", out.toString());

    assertEquals(2, r.code(), r.toString());
    assertTrue(
        r.err()
            .startsWith(
                settings
                    + ":"
                    + line
                    + ":11: error: there is no wording for the"
                    + " site language 'ja'\n    hint: supported: de, en, es, fr, it, nl, pl, pt\n"),
        r.toString());
    assertFalse(r.err().contains("internal error"), r.toString());
    assertFalse(Files.exists(out), "nothing written");
  }

  @Test
  void aPdfThemeThatWritesBrokenXhtmlIsLocatedInItsOutput() throws IOException {
    Path theme = Files.createDirectories(tmp.resolve("theme"));
    Files.writeString(
        theme.resolve("notice.pdf.ftlx"),
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>\n<p>${title}</body></html>\n");
    Path out = tmp.resolve("out");

    Candor r = buildShop("pdf", theme, out);

    assertEquals(2, r.code(), r.toString());
    // The parser stops at </body> on line 2 of the output, which still has <p> open; the error
    // is the template's, and quotes the output there.
    String at = "notice.pdf.ftlx:1:1:";
    assertTrue(r.err().startsWith(at), r.toString());
    assertTrue(
        r.err()
            .lines()
            .findFirst()
            .orElseThrow()
            .matches(
                "notice\\.pdf\\.ftlx:1:1: error: its output is not well-formed XHTML"
                    + " at line 2, column \\d+ of what it wrote \\(near \"<p>.*</body></html>\"\\):"
                    + " .*\"p\".*"),
        r.toString());
    assertTrue(r.err().contains(TEMPLATE_HINT), r.toString());
    assertFalse(Files.exists(out.resolve("shop.pdf")), r.toString());
  }

  @Test
  void aTemplateThatFailsWhileRunningIsLocatedAtItsLineAndColumn() throws IOException {
    Path theme = Files.createDirectories(tmp.resolve("theme"));
    Files.writeString(theme.resolve("notice.md.ftl"), "# ${title}\n${no_such_thing}\n");

    Candor r = buildShop("md", theme, tmp.resolve("out"));

    assertEquals(2, r.code(), r.toString());
    assertTrue(
        r.err()
            .startsWith(
                "notice.md.ftl:2:3: error: The following has evaluated to null"
                    + " or missing: ==> no_such_thing\n"),
        r.toString());
    assertTrue(r.err().contains(TEMPLATE_HINT), r.toString());
    assertTrue(r.err().endsWith("1 error; nothing was written.\n"), r.toString());
  }

  @Test
  void aTemplateThatDoesNotParseIsLocatedAtItsLineAndColumn() throws IOException {
    Path theme = Files.createDirectories(tmp.resolve("theme"));
    Files.writeString(theme.resolve("notice.md.ftl"), "# ${title}\n<#if true>\n");

    Candor r = buildShop("md", theme, tmp.resolve("out"));

    assertEquals(2, r.code(), r.toString());
    assertTrue(
        r.err().matches("(?s)notice\\.md\\.ftl:2:\\d+: error: .*unclosed #if.*"), r.toString());
    assertTrue(r.err().contains(TEMPLATE_HINT), r.toString());
  }

  @Test
  void anIncludedTemplateThatDoesNotParseIsLocatedInTheIncludedOne() throws IOException {
    Path theme = Files.createDirectories(tmp.resolve("theme"));
    Files.writeString(theme.resolve("notice.md.ftl"), "# ${title}\n<#include \"part.ftl\">\n");
    Files.writeString(theme.resolve("part.ftl"), "one\ntwo ${\n");

    Candor r = buildShop("md", theme, tmp.resolve("out"));

    assertEquals(2, r.code(), r.toString());
    assertTrue(
        r.err().startsWith("part.ftl:2:7: error: Unexpected end of file reached.\n"), r.toString());
    assertTrue(r.err().contains(TEMPLATE_HINT), r.toString());
  }

  /** {@code candor build notices/shop.yaml} in one format with a theme folder. */
  private static Candor buildShop(String format, Path theme, Path out) {
    return Candor.run(
        "build",
        "notices/shop.yaml",
        "--format",
        format,
        "--templates",
        theme.toString(),
        "--out",
        out.toString());
  }
}
