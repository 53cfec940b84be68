package dev.candor.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The DejaVu fonts shipped in the jar, read once per process and registered with each render. */
final class EmbeddedFonts {

  /** Family name for body text: {@code font-family: "DejaVu Sans"}. */
  static final String SANS = "DejaVu Sans";

  /** Family name for code and identifiers: {@code font-family: "DejaVu Sans Mono"}. */
  static final String MONO = "DejaVu Sans Mono";

  // In PDF/A mode openhtmltopdf has no built-in fonts: text in a family nobody registered is
  // silently dropped. The Sans faces are therefore also the final fallback for any family,
  // including the generic ones (serif, monospace) that browsers would map to a system font.
  private static final Set<FSFontUseCase> FALLBACK =
      EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL);
  private static final Set<FSFontUseCase> DOCUMENT_ONLY = EnumSet.of(FSFontUseCase.DOCUMENT);

  private record Face(
      String family, int weight, FontStyle style, byte[] bytes, Set<FSFontUseCase> useCases) {}

  // Holder idiom: the 3 MB of font files are read on first use and never again.
  private static final class Loaded {
    static final byte[] REGULAR = read("DejaVuSans.ttf");
    static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
    static final byte[] OBLIQUE = read("DejaVuSans-Oblique.ttf");
    static final byte[] BOLD_OBLIQUE = read("DejaVuSans-BoldOblique.ttf");
    static final byte[] MONO_REGULAR = read("DejaVuSansMono.ttf");

    static final List<Face> FACES =
        List.of(
            new Face(SANS, 400, FontStyle.NORMAL, REGULAR, FALLBACK),
            new Face(SANS, 700, FontStyle.NORMAL, BOLD, FALLBACK),
            new Face(SANS, 400, FontStyle.OBLIQUE, OBLIQUE, FALLBACK),
            new Face(SANS, 700, FontStyle.OBLIQUE, BOLD_OBLIQUE, FALLBACK),
            // openhtmltopdf matches font-style exactly, so the oblique faces answer for italic too.
            new Face(SANS, 400, FontStyle.ITALIC, OBLIQUE, FALLBACK),
            new Face(SANS, 700, FontStyle.ITALIC, BOLD_OBLIQUE, FALLBACK),
            new Face(MONO, 400, FontStyle.NORMAL, MONO_REGULAR, DOCUMENT_ONLY));
  }

  private EmbeddedFonts() {}

  /** Registers every face, subset, under its family name. */
  static void registerWith(PdfRendererBuilder builder) {
    for (Face face : Loaded.FACES) {
      byte[] bytes = face.bytes();
      builder.useFont(
          () -> new ByteArrayInputStream(bytes),
          face.family(),
          face.weight(),
          face.style(),
          true,
          face.useCases());
    }
  }

  private static byte[] read(String file) {
    String resource = "/dev/candor/fonts/" + file;
    try (InputStream in = EmbeddedFonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the jar: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
