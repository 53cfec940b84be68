package dev.candor.render.pdf;

import com.openhtmltopdf.outputdevice.helper.AddedFont;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The DejaVu fonts shipped in the jar: read once per process, parsed once per rendering thread,
 * and embedded (subset) into each document that uses them.
 */
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
      String family, int weight, FontStyle style, String file, Set<FSFontUseCase> useCases) {}

  private static final List<Face> FACES =
      List.of(
          new Face(SANS, 400, FontStyle.NORMAL, "DejaVuSans.ttf", FALLBACK),
          new Face(SANS, 700, FontStyle.NORMAL, "DejaVuSans-Bold.ttf", FALLBACK),
          new Face(SANS, 400, FontStyle.OBLIQUE, "DejaVuSans-Oblique.ttf", FALLBACK),
          new Face(SANS, 700, FontStyle.OBLIQUE, "DejaVuSans-BoldOblique.ttf", FALLBACK),
          // openhtmltopdf matches font-style exactly, so the oblique faces answer for italic too.
          new Face(SANS, 400, FontStyle.ITALIC, "DejaVuSans-Oblique.ttf", FALLBACK),
          new Face(SANS, 700, FontStyle.ITALIC, "DejaVuSans-BoldOblique.ttf", FALLBACK),
          new Face(MONO, 400, FontStyle.NORMAL, "DejaVuSansMono.ttf", DOCUMENT_ONLY));

  // Holder idiom: the 3 MB of font files are read on first use and never again.
  private static final class Loaded {
    static final Map<String, byte[]> BYTES = read();

    private static Map<String, byte[]> read() {
      Map<String, byte[]> out = new HashMap<>();
      for (Face f : FACES) {
        out.computeIfAbsent(f.file(), EmbeddedFonts::read);
      }
      return Map.copyOf(out);
    }
  }

  // Parsing a font costs more than laying out a short notice, so each thread keeps the fonts it
  // parsed for its next documents. A parsed font is not safe for two threads at once; one thread
  // renders one document at a time, and a document only reads the font (to measure and subset).
  private static final ThreadLocal<Map<String, TrueTypeFont>> PARSED =
      ThreadLocal.withInitial(HashMap::new);

  private EmbeddedFonts() {}

  /** Registers every face, subset, under its family name, for embedding into {@code doc}. */
  static void registerWith(Builder builder, PDDocument doc) {
    for (Face face : FACES) {
      builder.useFont(new Embedding(doc, face.file()), face.family(), face.weight(),
          face.style(), face.useCases());
    }
  }

  /** Loads a face into one document the first time the document needs it. */
  private static final class Embedding extends PDFontSupplier {
    private final PDDocument doc;
    private final String file;
    private PDFont font;

    Embedding(PDDocument doc, String file) {
      super(null);
      this.doc = doc;
      this.file = file;
    }

    @Override
    public PDFont supply() {
      if (font == null) {
        try {
          font = PDType0Font.load(doc, parsed(file), true);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot load the font " + file, e);
        }
      }
      return font;
    }
  }

  private static TrueTypeFont parsed(String file) {
    return PARSED.get().computeIfAbsent(file, f -> {
      try {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(Loaded.BYTES.get(f)));
        // No glyph substitution: "fi" stays two letters, so text copied or searched in the PDF
        // reads as written, and the substitution pass (an eighth of a short notice's rendering
        // time) is not run.
        ttf.setEnableGsub(false);
        return ttf;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot parse the font " + f, e);
      }
    });
  }

  /** A builder that can register a font supplier for the fallback use cases too. */
  static final class Builder extends PdfRendererBuilder {
    void useFont(PDFontSupplier supplier, String family, int weight, FontStyle style,
        Set<FSFontUseCase> useCases) {
      state._fonts.add(new AddedFont(supplier, weight, family, true, style, useCases));
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
