package dev.candor.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a record of processing activities as an XLSX workbook (one worksheet per sheet, like the
 * ICO template), as CSV (one file per sheet) and as one accessible HTML page; all from the same
 * rows, and the same bytes for the same record and date.
 */
public final class RopaWriter {
  private static final Pattern CREATED =
      Pattern.compile("(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)");

  private RopaWriter() {}

  /**
   * The workbook. fastexcel stamps the time it runs into the document properties, and the zip
   * entries carry it too, so both are set to {@code date} afterwards: the same record gives the
   * same bytes.
   */
  public static byte[] xlsx(Ropa ropa, LocalDate date) {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(raw, "Candor", "1.0");
      wb.properties().setTitle(ropa.title());
      for (Ropa.Sheet sheet : ropa.sheets()) {
        Worksheet ws = wb.newWorksheet(sheet.name());
        List<String> headers = sheet.headers();
        for (int c = 0; c < headers.size(); c++) {
          ws.value(0, c, headers.get(c));
          ws.width(c, c == 0 && headers.size() == 2 ? 40 : headers.size() == 2 ? 80 : 32);
        }
        ws.range(0, 0, 0, headers.size() - 1)
            .style()
            .bold()
            .wrapText(true)
            .fillColor("D9E2F3")
            .verticalAlignment("top")
            .set();
        for (int r = 0; r < sheet.rows().size(); r++) {
          List<String> row = sheet.rows().get(r);
          for (int c = 0; c < row.size(); c++) {
            if (!row.get(c).isEmpty()) {
              ws.value(r + 1, c, row.get(c));
            }
          }
        }
        if (!sheet.rows().isEmpty()) {
          ws.range(1, 0, sheet.rows().size(), headers.size() - 1)
              .style()
              .wrapText(true)
              .verticalAlignment("top")
              .set();
        }
        ws.freezePane(headers.size() == 2 ? 1 : 2, 1);
      }
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return reproducible(raw.toByteArray(), date);
  }

  /** The zip again, with every entry dated {@code date} and the document's times set to it. */
  private static byte[] reproducible(byte[] zip, LocalDate date) {
    long time = date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Entry e : entries(zip)) {
        byte[] bytes = e.bytes();
        if (e.name().equals("docProps/core.xml")) {
          bytes =
              CREATED
                  .matcher(new String(bytes, StandardCharsets.UTF_8))
                  .replaceAll("$1" + date + "T00:00:00Z$2")
                  .getBytes(StandardCharsets.UTF_8);
        }
        ZipEntry copy = new ZipEntry(e.name());
        copy.setTime(time);
        z.putNextEntry(copy);
        z.write(bytes);
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A zip entry's name and content. */
  private record Entry(String name, byte[] bytes) {}

  /**
   * The entries of a zip, read from its central directory. fastexcel's zip stream writes sizes
   * there only, which {@link java.util.zip.ZipInputStream} refuses.
   */
  static List<Entry> entries(byte[] zip) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    int end = zip.length - 22;
    while (end >= 0 && b.getInt(end) != 0x06054b50) {
      end--;
    }
    if (end < 0) {
      throw new IOException("not a zip: no end of central directory");
    }
    int count = Short.toUnsignedInt(b.getShort(end + 10));
    int at = b.getInt(end + 16);
    List<Entry> out = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (b.getInt(at) != 0x02014b50) {
        throw new IOException("not a zip: bad central directory entry");
      }
      int method = Short.toUnsignedInt(b.getShort(at + 10));
      int compressed = b.getInt(at + 20);
      int size = b.getInt(at + 24);
      int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
      int extra = Short.toUnsignedInt(b.getShort(at + 30));
      int comment = Short.toUnsignedInt(b.getShort(at + 32));
      int local = b.getInt(at + 42);
      String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
      int data =
          local
              + 30
              + Short.toUnsignedInt(b.getShort(local + 26))
              + Short.toUnsignedInt(b.getShort(local + 28));
      byte[] bytes;
      if (method == 0) {
        bytes = java.util.Arrays.copyOfRange(zip, data, data + size);
      } else if (method == 8) {
        Inflater inflater = new Inflater(true);
        inflater.setInput(zip, data, compressed);
        bytes = new byte[size];
        try {
          int n = 0;
          while (n < size && !inflater.finished()) {
            n += inflater.inflate(bytes, n, size - n);
            if (n < size && inflater.needsInput()) {
              throw new IOException("truncated entry " + name);
            }
          }
        } catch (DataFormatException e) {
          throw new IOException("bad entry " + name, e);
        } finally {
          inflater.end();
        }
      } else {
        throw new IOException("unknown compression " + method + " for " + name);
      }
      out.add(new Entry(name, bytes));
      at += 46 + nameLength + extra + comment;
    }
    return out;
  }

  /** One sheet as CSV (RFC 4180, CRLF line ends), with its header row. */
  public static String csv(Ropa.Sheet sheet) {
    StringBuilder b = new StringBuilder();
    row(b, sheet.headers());
    sheet.rows().forEach(r -> row(b, r));
    return b.toString();
  }

  private static void row(StringBuilder b, List<String> cells) {
    b.append(String.join(",", cells.stream().map(RopaWriter::inert).map(Text::csv).toList()))
        .append("\r\n");
  }

  /**
   * A cell a spreadsheet program will not run as a formula: one that starts with {@code =}, {@code
   * +}, {@code -}, {@code @} or a tab gets a leading apostrophe (OWASP, CSV injection). The
   * workbook needs none: its cells are typed as text.
   */
  static String inert(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  /** Every sheet as a table of one self-contained HTML page: no scripts, no requests. */
  public static String html(Ropa ropa) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                + " style-src 'unsafe-inline'\">\n")
        .append("<title>")
        .append(Text.html(ropa.title()))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<main>\n<h1>")
        .append(Text.html(ropa.title()))
        .append("</h1>\n<p>")
        .append(Text.html(ropa.intro()))
        .append("</p>\n");
    int n = 0;
    for (Ropa.Sheet sheet : ropa.sheets()) {
      String id = "sheet-" + ++n;
      b.append("<section>\n<h2 id=\"")
          .append(id)
          .append("\">")
          .append(Text.html(sheet.name()))
          .append("</h2>\n<div class=\"wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"")
          .append(id)
          .append("\">\n<table>\n<thead><tr>");
      sheet
          .headers()
          .forEach(h -> b.append("<th scope=\"col\">").append(Text.html(h)).append("</th>"));
      b.append("</tr></thead>\n<tbody>\n");
      for (List<String> row : sheet.rows()) {
        b.append("<tr>");
        for (int c = 0; c < row.size(); c++) {
          String tag = c == 0 ? "th scope=\"row\"" : "td";
          b.append('<').append(tag).append('>');
          b.append(String.join("<br>", row.get(c).lines().map(Text::html).toList()));
          b.append("</").append(c == 0 ? "th" : "td").append('>');
        }
        b.append("</tr>\n");
      }
      b.append("</tbody>\n</table>\n</div>\n</section>\n");
    }
    b.append("</main>\n</body>\n</html>\n");
    return b.toString();
  }

  private static final String CSS =
      """
      body { font-family: system-ui, sans-serif; margin: 1rem; color: #111; background: #fff; }
      .wrap { overflow-x: auto; }
      table { border-collapse: collapse; font-size: 0.85rem; }
      th, td { border: 1px solid #999; padding: 0.3rem 0.4rem; text-align: left; vertical-align: top; min-width: 9rem; }
      thead th { background: #d9e2f3; }
      @media (prefers-color-scheme: dark) {
        body { color: #eee; background: #16191d; }
        thead th { background: #263a5a; }
      }
      """;
}
