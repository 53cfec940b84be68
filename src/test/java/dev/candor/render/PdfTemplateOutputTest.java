package dev.candor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.problem.InvalidInputException;
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
  void outputThatIsNotWellFormedIsBadInputAtItsLineAndColumn() {
    String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>\n\n<p>x</body></html>";
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> Templates.pdf("theme.pdf.ftlx", () -> new PdfRenderer().render(xhtml, META)));
    Problem p = e.problems().get(0);
    assertEquals("theme.pdf.ftlx", p.at().file());
    assertEquals(3, p.at().line(), p.format());
    assertTrue(p.at().column() > 1, p.format());
    assertTrue(p.message().startsWith("its output is not well-formed XHTML"), p.message());
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
                    () -> {
                      throw bug;
                    }));
    assertSame(bug, thrown);
  }
}
