package dev.candor.render.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRRuntimeException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Renders XHTML to a tagged PDF that conforms to PDF/UA-1 and PDF/A-3u, with the DejaVu fonts
 * embedded, no network or file access outside the assets folder, and the same bytes for the same
 * input on any clock, time zone or locale.
 *
 * <p>Templates use {@code font-family: "DejaVu Sans"} ({@link #SANS}) or {@code "DejaVu Sans Mono"}
 * ({@link #MONO}); no other font is available.
 */
public final class PdfRenderer {

  /** Family name of the embedded proportional font. */
  public static final String SANS = EmbeddedFonts.SANS;

  /** Family name of the embedded monospaced font. */
  public static final String MONO = EmbeddedFonts.MONO;

  /** Written as Producer and CreatorTool; fixed so the bytes do not change between releases. */
  static final String PRODUCER = "Candor";

  // Saved first in place of the real /ID, then overwritten by a hash of the finished file. Its hex
  // form is 32 characters, like an MD5 ID, so offsets in the cross-reference data stay valid.
  private static final byte[] ID_PLACEHOLDER =
      "\u00ffCandor-PDF-ID\u00fe\u00fd".getBytes(StandardCharsets.ISO_8859_1);

  static {
    // openhtmltopdf logs through java.util.logging to stderr by default; the CLI owns stderr.
    XRLog.setLoggingEnabled(false);
  }

  private final AssetPolicy assets;

  /** A renderer that may load files under {@code assetsDir} (logos, images) and nothing else. */
  public PdfRenderer(Optional<Path> assetsDir) {
    this.assets = AssetPolicy.forFolder(assetsDir);
  }

  /**
   * Renders a short document on a background thread and throws it away, so that the first real PDF
   * of the process finds the renderer's code loaded and initialised, and its fonts parsed. On a
   * machine with more than one core this takes most of the first PDF's start-up cost off the path
   * while the caller parses its options and reads its inputs. Nothing it does is visible: errors
   * are left for the real render to report.
   */
  public static void warmUp() {
    if (Runtime.getRuntime().availableProcessors() < 2) {
      return;
    }
    Thread t =
        new Thread(
            () -> {
              try {
                new PdfRenderer()
                    .render(
                        WarmUp.xhtml(),
                        new PdfMetadata(
                            "Warm-up",
                            "Warm-up",
                            "Candor",
                            "en",
                            java.time.LocalDate.of(2026, 1, 1),
                            java.util.List.of("warm-up")));
              } catch (RuntimeException | Error e) {
                // The real render reports it.
              }
            },
            "candor-pdf-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /** A one-page document in the built-in PDF style, using each of its fonts and structures. */
  private static final class WarmUp {
    static String xhtml() {
      String css;
      try (var in = PdfRenderer.class.getResourceAsStream("/dev/candor/templates/pdf.css")) {
        css = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        css = "";
      }
      return """
          <html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head>
          <meta charset="utf-8"/><title>Warm-up</title><style>%s
          @page { @bottom-left { content: "Warm-up"; font-family: "DejaVu Sans"; } }</style>
          <bookmarks><bookmark name="One" href="#one"/></bookmarks></head><body>
          <h1>Privacy notice</h1><p>We keep <strong>your email</strong> for <em>two years</em>.</p>
          <section id="one"><h2>What we collect</h2>
          <table><caption>At a glance</caption><thead><tr><th scope="col">Data</th>
          <th scope="col">Why</th></tr></thead><tbody><tr><td>Email</td><td>Receipts</td></tr>
          </tbody></table><ul><li>Item <code>user.contact.email</code></li></ul>
          <p><a href="https://example.com/">A link</a></p></section></body></html>
          """
          .formatted(css);
    }
  }

  /** A renderer that loads no external resources at all. */
  public PdfRenderer() {
    this(Optional.empty());
  }

  /**
   * Renders a complete XHTML document to PDF bytes.
   *
   * @throws NotWellFormed if the XHTML is not well-formed XML
   */
  public byte[] render(String xhtml, PdfMetadata meta) {
    PdfMetadata clean = xmlSafe(meta);
    // The document is made here so that fonts can be embedded into it as it needs them. Closed in
    // reverse: the document first, then its fonts go back for the next document.
    EmbeddedFonts.Builder builder = new EmbeddedFonts.Builder();
    PDDocument document = new PDDocument();
    EmbeddedFonts.Borrowed fonts = EmbeddedFonts.registerWith(builder, document);
    try (EmbeddedFonts.Borrowed borrowed = fonts;
        PDDocument doc = document) {
      layOut(builder, document, xhtml);
      describe(doc, clean);
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException("PDF rendering failed", e);
    }
  }

  /**
   * Lays the XHTML out and paints it into {@code document}. The layout (the box tree of every page,
   * the XHTML's DOM and the tag tree's helpers) is left behind when this returns, before the
   * document is saved: for a notice of hundreds of pages it is a third of the memory in use.
   */
  private void layOut(EmbeddedFonts.Builder builder, PDDocument document, String xhtml)
      throws IOException {
    builder.usePDDocument(document);
    builder.usePdfUaAccessibility(true);
    builder.usePdfAConformance(PdfAConformance.PDFA_3_U);
    builder.useColorProfile(ColorProfile.SRGB);
    builder.withProducer(PRODUCER);
    builder.useUnicodeLineBreaker(new LineBreaks());
    builder.useExternalResourceAccessControl(
        assets, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    // Second line of defence should a URI ever slip past the policy: no network streams at all.
    builder.useProtocolsStreamImplementation(
        url -> {
          throw new IllegalStateException("network access is disabled: " + url);
        },
        "http",
        "https",
        "ftp",
        "jar");
    builder.withHtmlContent(xhtml, assets.baseUri().orElse(null));
    try (PdfBoxRenderer renderer = parse(builder)) {
      renderer.createPDFWithoutClosing();
    }
  }

  /**
   * XHTML that is not well-formed XML, with the line and column of the parser's complaint (0 when
   * it gave none); any other failure while rendering is a bug.
   */
  public static final class NotWellFormed extends IllegalArgumentException {
    private final int line;
    private final int column;
    private final String reason;

    NotWellFormed(String reason, int line, int column, Throwable cause) {
      super(
          "not well-formed XHTML" + (line > 0 ? " at " + line + ":" + column : "") + ": " + reason,
          cause);
      this.line = line;
      this.column = column;
      this.reason = reason;
    }

    /** The line of the XHTML where the parser stopped, or 0. */
    public int line() {
      return line;
    }

    /** The column of the XHTML where the parser stopped, or 0. */
    public int column() {
      return column;
    }

    /** What the parser said. */
    public String reason() {
      return reason;
    }
  }

  /**
   * Builds the renderer, which parses the XHTML. openhtmltopdf wraps the parser's error (a
   * SAXParseException, or a TransformerException with a locator) in its own; that error, with its
   * place, becomes {@link NotWellFormed}. Anything else is rethrown as it is.
   */
  private static PdfBoxRenderer parse(PdfRendererBuilder builder) {
    try {
      return builder.buildPdfRenderer();
    } catch (XRRuntimeException e) {
      boolean xml = false;
      int line = 0;
      int column = 0;
      Throwable innermost = e;
      for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
        innermost = t;
        if (t instanceof org.xml.sax.SAXParseException sax) {
          xml = true;
          if (line <= 0) {
            line = sax.getLineNumber();
            column = sax.getColumnNumber();
          }
        } else if (t instanceof org.xml.sax.SAXException) {
          xml = true;
        } else if (t instanceof javax.xml.transform.TransformerException te) {
          xml = true;
          if (line <= 0 && te.getLocator() != null) {
            line = te.getLocator().getLineNumber();
            column = te.getLocator().getColumnNumber();
          }
        }
      }
      if (!xml) {
        throw e;
      }
      throw new NotWellFormed(innermost.getMessage(), Math.max(line, 0), Math.max(column, 0), e);
    }
  }

  /** Replaces openhtmltopdf's Info, XMP and catalog entries with ones derived only from meta. */
  private static void describe(PDDocument doc, PdfMetadata meta) throws IOException {
    OffsetDateTime created = meta.date().atStartOfDay().atOffset(ZoneOffset.UTC);
    Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    calendar.clear();
    calendar.setTimeInMillis(created.toInstant().toEpochMilli());

    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle(meta.title());
    info.setSubject(meta.subject());
    info.setAuthor(meta.author());
    if (!meta.keywords().isEmpty()) {
      info.setKeywords(keywords(meta));
    }
    info.setCreator(PRODUCER);
    info.setProducer(PRODUCER);
    info.setCreationDate(calendar);
    info.setModificationDate(calendar);
    doc.setDocumentInformation(info);

    PDDocumentCatalog catalog = doc.getDocumentCatalog();
    PDMetadata xmp = new PDMetadata(doc);
    xmp.importXMPMetadata(XmpPacket.of(meta, PRODUCER, created));
    catalog.setMetadata(xmp);
    catalog.setLanguage(meta.language());
    PDViewerPreferences prefs = catalog.getViewerPreferences();
    if (prefs == null) {
      prefs = new PDViewerPreferences(new COSDictionary());
      catalog.setViewerPreferences(prefs);
    }
    prefs.setDisplayDocTitle(true);
  }

  /** Saves, then stamps a document ID that is a hash of everything else in the file. */
  private static byte[] save(PDDocument doc) throws IOException {
    COSArray id = new COSArray();
    id.add(placeholder());
    id.add(placeholder());
    doc.getDocument().getTrailer().setItem(COSName.ID, id);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out, CompressParameters.DEFAULT_COMPRESSION);
    byte[] pdf = out.toByteArray();

    byte[] marker =
        HexFormat.of()
            .withUpperCase()
            .formatHex(ID_PLACEHOLDER)
            .getBytes(StandardCharsets.US_ASCII);
    byte[] digest = Arrays.copyOf(sha256(pdf), ID_PLACEHOLDER.length);
    byte[] stamp =
        HexFormat.of().withUpperCase().formatHex(digest).getBytes(StandardCharsets.US_ASCII);
    int replaced = 0;
    for (int at = indexOf(pdf, marker, 0); at >= 0; at = indexOf(pdf, marker, at + marker.length)) {
      System.arraycopy(stamp, 0, pdf, at, stamp.length);
      replaced++;
    }
    if (replaced != 2) {
      throw new IllegalStateException(
          "expected the document ID twice in the PDF, found " + replaced);
    }
    return pdf;
  }

  private static COSString placeholder() {
    COSString s = new COSString(ID_PLACEHOLDER);
    s.setForceHexForm(true);
    return s;
  }

  static String keywords(PdfMetadata meta) {
    return String.join(", ", meta.keywords());
  }

  private static PdfMetadata xmlSafe(PdfMetadata m) {
    return new PdfMetadata(
        XmpPacket.xmlSafe(m.title()),
        XmpPacket.xmlSafe(m.subject()),
        XmpPacket.xmlSafe(m.author()),
        XmpPacket.xmlSafe(m.language()),
        m.date(),
        m.keywords().stream().map(XmpPacket::xmlSafe).toList());
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /**
   * The sRGB output intent profile PDF/A needs. Shipped with Candor (sRGB.icc, CC0, from colord):
   * the one in the Java runtime differs between Java releases, and so would the PDF bytes.
   */
  private static final class ColorProfile {
    static final byte[] SRGB = load();

    private static byte[] load() {
      try (var in = PdfRenderer.class.getResourceAsStream("sRGB.icc")) {
        if (in == null) {
          throw new IllegalStateException("sRGB.icc is missing from the jar");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
