package dev.candor.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class PdfRendererTest {

  private static final PdfMetadata META =
      new PdfMetadata(
          "Privacy notice of Example Shop GmbH",
          "How Example Shop GmbH uses personal data",
          "Example Shop GmbH",
          "en",
          LocalDate.of(2026, 3, 1),
          List.of("privacy", "GDPR"));

  private static String sample;
  private static byte[] pdf;

  @BeforeAll
  static void renderSample() {
    sample = resource("notice.xhtml");
    pdf = new PdfRenderer().render(sample, META);
  }

  @Test
  void sampleConformsToPdfUa1() {
    List<String> failures = PdfChecks.validate(pdf, PDFAFlavour.PDFUA_1);
    assertTrue(failures.isEmpty(), () -> "PDF/UA-1 failures:\n" + String.join("\n", failures));
  }

  @Test
  void sampleConformsToPdfA3u() {
    List<String> failures = PdfChecks.validate(pdf, PDFAFlavour.PDFA_3_U);
    assertTrue(failures.isEmpty(), () -> "PDF/A-3u failures:\n" + String.join("\n", failures));
  }

  @Test
  void textHasHeadingsTableCellsAndFooter() {
    String text = PdfChecks.extractText(pdf);
    for (String expected :
        List.of(
            "Privacy notice",
            "which personal data Example Shop GmbH collects",
            "Who we are",
            "What we collect",
            "Your rights",
            "Kept for",
            "Delivering your order",
            "Musterstraße",
            "shop_session",
            "Version 2.0 · effective 1 March 2026 · page 1 of 2",
            "Version 2.0 · effective 1 March 2026 · page 2 of 2")) {
      assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in:\n" + text);
    }
  }

  @Test
  void everyFontIsEmbedded() {
    assertTrue(PdfChecks.fontCount(pdf) > 0, "the sample uses fonts");
    assertEquals(List.of(), PdfChecks.unembeddedFonts(pdf));
    assertTrue(PdfChecks.allFontsEmbedded(pdf));
  }

  @Test
  void outlineTitleAndLanguageAreSet() {
    assertEquals(
        List.of(
            "Who we are",
            "What we collect",
            "Who receives your data",
            "How long we keep your data",
            "Your rights"),
        PdfChecks.outlineTitles(pdf));
    try (PDDocument doc = PdfChecks.load(pdf)) {
      assertEquals(META.title(), doc.getDocumentInformation().getTitle());
      assertEquals("Candor", doc.getDocumentInformation().getProducer());
      assertEquals("en", doc.getDocumentCatalog().getLanguage());
      assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle());
      assertEquals(
          LocalDate.of(2026, 3, 1).atStartOfDay(ZoneOffset.UTC).toInstant(),
          doc.getDocumentInformation().getCreationDate().toInstant());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void sameInputGivesSameBytesInAnyTimeZoneAndLocale() {
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    try {
      byte[] first = new PdfRenderer().render(sample, META);
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      byte[] second = new PdfRenderer().render(sample, META);
      assertArrayEquals(first, second);
      assertArrayEquals(pdf, second);
    } finally {
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
    }
  }

  @Test
  void differentContentGetsADifferentDocumentId() {
    byte[] other = new PdfRenderer().render(sample.replace("30 days", "31 days"), META);
    try (PDDocument a = PdfChecks.load(pdf);
        PDDocument b = PdfChecks.load(other)) {
      String idA = a.getDocument().getDocumentID().toString();
      String idB = b.getDocument().getDocumentID().toString();
      assertFalse(idA.equals(idB), "IDs should differ: " + idA);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void remoteAndLocalResourcesOutsideTheAssetsFolderAreNeverLoaded(@TempDir Path assets)
      throws IOException {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
      String xhtml =
          """
          <html lang="en" xmlns="http://www.w3.org/1999/xhtml">
          <head><title>Resources</title>
          <link rel="stylesheet" href="%sstyle.css"/>
          <style>@import url("%simport.css"); body { font-family: "DejaVu Sans"; }</style>
          </head>
          <body>
          <h1>Resources</h1>
          <p>Remote logo: <img src="%slogo.png" alt="Remote logo"/></p>
          <p>Local file: <img src="file:///etc/passwd" alt="Password file"/></p>
          <p>Relative escape: <img src="../../../../etc/passwd" alt="Escape"/></p>
          </body>
          </html>
          """
              .formatted(base, base, base);
      byte[] result = new PdfRenderer(Optional.of(assets)).render(xhtml, META);

      assertEquals(0, requests.get(), "requests made to the HTTP server");
      String text = PdfChecks.extractText(result);
      assertTrue(text.contains("Remote logo"), text);
      assertFalse(text.contains("root:"), text);
      assertFalse(
          PdfChecks.decodedStreams(result).contains("root:x:0:0"),
          "password file content in the PDF");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void imagesInTheAssetsFolderAreEmbeddedWithAltText(@TempDir Path assets) throws IOException {
    BufferedImage logo = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    ImageIO.write(logo, "png", assets.resolve("logo.png").toFile());
    String xhtml =
        """
        <html lang="en" xmlns="http://www.w3.org/1999/xhtml">
        <head><title>Logo</title><style>body { font-family: "DejaVu Sans"; }</style></head>
        <body><h1>Logo</h1><p><img src="logo.png" alt="Example Shop logo" style="width: 20mm"/></p></body>
        </html>
        """;
    byte[] result = new PdfRenderer(Optional.of(assets)).render(xhtml, META);
    try (PDDocument doc = PdfChecks.load(result)) {
      int images = 0;
      for (COSName name : doc.getPage(0).getResources().getXObjectNames()) {
        if (doc.getPage(0).getResources().getXObject(name) instanceof PDImageXObject) {
          images++;
        }
      }
      assertEquals(1, images, "logo image on page 1");
    }
    List<String> ua = PdfChecks.validate(result, PDFAFlavour.PDFUA_1);
    assertTrue(ua.isEmpty(), () -> String.join("\n", ua));
    List<String> a = PdfChecks.validate(result, PDFAFlavour.PDFA_3_U);
    assertTrue(a.isEmpty(), () -> String.join("\n", a));
  }

  @Test
  void textWithoutAFontFamilyFallsBackToEmbeddedDejaVuSans() {
    String xhtml =
        """
        <html lang="en" xmlns="http://www.w3.org/1999/xhtml">
        <head><title>No font</title></head>
        <body><h1>No font-family</h1><p>Plain, <b>bold</b>, <i>italic</i>, <code>code</code>.</p></body>
        </html>
        """;
    byte[] result = new PdfRenderer().render(xhtml, META);
    String text = PdfChecks.extractText(result);
    assertTrue(text.contains("Plain, bold, italic, code."), text);
    assertTrue(PdfChecks.fontCount(result) > 0);
    assertTrue(PdfChecks.allFontsEmbedded(result));
    List<String> ua = PdfChecks.validate(result, PDFAFlavour.PDFUA_1);
    assertTrue(ua.isEmpty(), () -> String.join("\n", ua));
    List<String> a = PdfChecks.validate(result, PDFAFlavour.PDFA_3_U);
    assertTrue(a.isEmpty(), () -> String.join("\n", a));
  }

  @Test
  void malformedXhtmlIsRejectedWithTheParserMessage() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new PdfRenderer().render("<html><body><p>open</body></html>", META));
    assertTrue(e.getMessage().contains("\"p\""), e.getMessage());
  }

  @Test
  void checksRejectAnUntaggedPdfWithStandardFonts() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfRendererBuilder()
        .withHtmlContent(
            "<html><body><p style=\"font-family: serif\">Plain</p></body></html>", null)
        .toStream(out)
        .run();
    byte[] plain = out.toByteArray();
    assertFalse(PdfChecks.validate(plain, PDFAFlavour.PDFUA_1).isEmpty());
    assertFalse(PdfChecks.validate(plain, PDFAFlavour.PDFA_3_U).isEmpty());
    assertFalse(PdfChecks.allFontsEmbedded(plain));
  }

  private static String resource(String name) {
    try (InputStream in = PdfRendererTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
