package dev.candor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.problem.InvalidInputException;
import dev.candor.problem.Location;
import dev.candor.problem.Problem;
import dev.candor.render.pdf.PdfMetadata;
import dev.candor.render.pdf.PdfRenderer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only XHTML that does not parse is the template's mistake; any other failure is a bug. */
class PdfTemplateOutputTest {
  private static final PdfMetadata META =
      new PdfMetadata("T", "S", "A", "en", LocalDate.of(2026, 1, 1), List.of());

  @Test
  void outputThatIsNotWellFormedIsBadInputInItsTemplateQuotingTheOutput() {
    String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>\n\n<p>x</body></html>";
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                Templates.pdf(
                    "theme.pdf.ftlx", xhtml, () -> new PdfRenderer().render(xhtml, META)));
    Problem p = e.problems().get(0);
    // Which template line wrote the bad output is unknown: the problem is the template's, and
    // the message says where in the output the parser stopped, quoting it.
    assertEquals(Location.of("theme.pdf.ftlx"), p.at());
    assertTrue(
        p.message()
            .matches(
                "its output is not well-formed XHTML at line 3, column \\d+ of what it"
                    + " wrote \\(near \"<p>x</body></html>\"\\): .*"),
        p.message());
    assertEquals(2, e.exitCode());
  }

  @Test
  void anotherIllegalArgumentIsNotBlamedOnTheTemplate() {
    IllegalArgumentException bug = new IllegalArgumentException("a bug in Candor");
    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Templates.pdf(
                    "theme.pdf.ftlx",
                    "",
                    () -> {
                      throw bug;
                    }));
    assertSame(bug, thrown);
  }
}
