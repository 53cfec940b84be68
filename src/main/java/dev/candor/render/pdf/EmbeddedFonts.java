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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The DejaVu fonts shipped in the jar: read once per process, parsed once per rendering thread, and
 * embedded (subset) into each document that uses them.
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

  // Parsing a font costs more than laying out a short notice, so parsed fonts are kept for the
  // next documents. A parsed font is not safe for two documents at once: a document borrows each
  // face it needs and gives it back when it is saved, so there are as many parsed copies of a
  // face as documents were ever rendered at once (one per core at most). A document only reads
  // the font, to measure and subset it.
  private static final Map<String, ConcurrentLinkedQueue<TrueTypeFont>> PARSED =
      new ConcurrentHashMap<>();

  private EmbeddedFonts() {}

  /**
   * Registers every face, subset, under its family name, for embedding into {@code doc}; the faces
   * it borrowed go back when the returned handle is closed, after the document is saved.
   */
  static Borrowed registerWith(Builder builder, PDDocument doc) {
    Borrowed borrowed = new Borrowed();
    Map<String, Embedding> byFile = new HashMap<>();
    for (Face face : FACES) {
      Embedding e = byFile.computeIfAbsent(face.file(), f -> new Embedding(doc, f, borrowed));
      builder.useFont(e, face.family(), face.weight(), face.style(), face.useCases());
    }
    return borrowed;
  }

  /** The parsed faces one document uses, given back for the next document on close. */
  static final class Borrowed implements AutoCloseable {
    private final Map<String, TrueTypeFont> fonts = new HashMap<>();

    synchronized TrueTypeFont take(String file) {
      return fonts.computeIfAbsent(file, EmbeddedFonts::borrow);
    }

    @Override
    public synchronized void close() {
      fonts.forEach(
          (file, ttf) -> PARSED.computeIfAbsent(file, f -> new ConcurrentLinkedQueue<>()).add(ttf));
      fonts.clear();
    }
  }

  /** Loads a face into one document the first time the document needs it. */
  private static final class Embedding extends PDFontSupplier {
    private final PDDocument doc;
    private final String file;
    private final Borrowed borrowed;
    private PDFont font;

    Embedding(PDDocument doc, String file, Borrowed borrowed) {
      super(null);
      this.doc = doc;
      this.file = file;
      this.borrowed = borrowed;
    }

    @Override
    public synchronized PDFont supply() {
      if (font == null) {
        try {
          font = PDType0Font.load(doc, borrowed.take(file), true);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot load the font " + file, e);
        }
      }
      return font;
    }
  }

  private static TrueTypeFont borrow(String file) {
    TrueTypeFont kept = PARSED.computeIfAbsent(file, f -> new ConcurrentLinkedQueue<>()).poll();
    return kept != null ? kept : parse(file);
  }

  private static TrueTypeFont parse(String f) {
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
  }

  /** A builder that can register a font supplier for the fallback use cases too. */
  static final class Builder extends PdfRendererBuilder {
    void useFont(
        PDFontSupplier supplier,
        String family,
        int weight,
        FontStyle style,
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
