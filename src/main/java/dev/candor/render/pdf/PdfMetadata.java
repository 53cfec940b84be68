package dev.candor.render.pdf;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Document information written into a PDF's Info dictionary and XMP metadata.
 *
 * @param title shown in the viewer's title bar; required by PDF/UA
 * @param subject a one-sentence description, or {@code null}
 * @param author the organisation publishing the notice, or {@code null}
 * @param language BCP 47 tag of the document's main language, such as {@code en} or {@code de-AT}
 * @param date the notice's effective date; the PDF's creation and modification time is its start in
 *     UTC
 * @param keywords search keywords, possibly empty
 */
public record PdfMetadata(
    String title,
    String subject,
    String author,
    String language,
    LocalDate date,
    List<String> keywords) {

  /** Checks the required fields and copies the keyword list. */
  public PdfMetadata {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(date, "date");
    if (title.isBlank()) {
      throw new IllegalArgumentException("PDF/UA needs a document title");
    }
    if (language.isBlank()) {
      throw new IllegalArgumentException("PDF/UA needs a document language");
    }
    keywords = List.copyOf(keywords == null ? List.of() : keywords);
  }

  /** Metadata with a title, language and date only. */
  public static PdfMetadata of(String title, String language, LocalDate date) {
    return new PdfMetadata(title, null, null, language, date, List.of());
  }
}
