package dev.candor.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.load.Limits;
import dev.candor.model.DataItem;
import dev.candor.model.Inventory;
import dev.candor.model.Purpose;
import dev.candor.model.Recipient;
import dev.candor.model.Store;
import dev.candor.pipeline.Build;
import dev.candor.testing.Axe;
import dev.candor.testing.Candor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code candor export ropa}: the workbook is read back with a spreadsheet library and every fact
 * of the inventory is looked for in the column the ICO template has for it; the CSV files and the
 * HTML page hold the same rows.
 */
class RopaExportTest {
  private static final Path INVENTORY = Path.of("src/test/resources/export/ropa.yaml");

  @TempDir Path tmp;
  private Path dir;
  private Inventory inv;

  @BeforeEach
  void export() throws Exception {
    Candor r = Candor.run("export", "ropa", "--out", tmp.toString(), INVENTORY.toString());
    assertEquals(0, r.code(), r::toString);
    dir = tmp.resolve("ropa/ropa");
    inv = Build.loader(Limits.DEFAULTS).load(INVENTORY).inventory();
  }

  /** A sheet as a header row and rows of cells, each cell's lines joined with "\n". */
  private record Table(List<String> headers, List<List<String>> rows) {
    /** The cell of a column in the row whose first cell starts with {@code first}. */
    String cell(String first, String column) {
      int c = headers.indexOf(column);
      assertTrue(c >= 0, () -> "no column '" + column + "' in " + headers);
      for (List<String> row : rows) {
        if (row.get(0).startsWith(first)) {
          return row.get(c);
        }
      }
      throw new AssertionError("no row starting '" + first + "' in " + rows);
    }

    String cell(Purpose p, String column) {
      return cellOf(p, column);
    }

    private String cellOf(Purpose p, String column) {
      int purpose = headers.indexOf("Purpose of processing");
      int c = headers.indexOf(column);
      assertTrue(c >= 0, () -> "no column '" + column + "' in " + headers);
      for (List<String> row : rows) {
        if (row.get(purpose).toLowerCase().startsWith(label(p).toLowerCase())) {
          return row.get(c);
        }
      }
      throw new AssertionError("no row for purpose " + p.id() + " in " + rows);
    }
  }

  private static String label(Purpose p) {
    return p.label();
  }

  private Map<String, Table> workbook() throws IOException {
    Map<String, Table> sheets = new LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(dir.resolve("ropa.xlsx"));
        ReadableWorkbook wb = new ReadableWorkbook(in)) {
      for (Sheet s : wb.getSheets().toList()) {
        List<Row> rows = s.read();
        List<String> headers = cells(rows.get(0), rows.get(0).getCellCount());
        List<List<String>> body = new ArrayList<>();
        for (Row r : rows.subList(1, rows.size())) {
          body.add(cells(r, headers.size()));
        }
        sheets.put(s.getName(), new Table(headers, body));
      }
    }
    return sheets;
  }

  private static List<String> cells(Row r, int n) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      Cell cell = c < r.getCellCount() ? r.getCell(c) : null;
      out.add(cell == null || cell.getRawValue() == null ? "" : cell.getText());
    }
    return out;
  }

  @Test
  void theWorkbookHasTheSheetsAndColumnsOfTheIcoTemplate() throws IOException {
    Map<String, Table> wb = workbook();
    assertEquals(
        List.of("Controller details", "Processing activities", "Processor activities"),
        List.copyOf(wb.keySet()));
    List<String> headers = wb.get("Processing activities").headers();
    assertEquals("Business function", headers.get(0));
    assertEquals("Purpose of processing", headers.get(1));
    for (String h :
        List.of(
            "Categories of individuals",
            "Categories of personal data",
            "Categories of recipients",
            "Retention schedule (if possible)",
            "Article 6 lawful basis for processing personal data",
            "Article 9 basis for processing special category data",
            "Rights available to individuals",
            "The source of the personal data (if applicable)",
            "Location of personal data",
            "Data Protection Impact Assessment required?")) {
      assertTrue(headers.contains(h), h);
    }
    assertEquals(
        "Name and contact details of controller", wb.get("Processor activities").headers().get(0));
  }

  @Test
  void everyFactOfTheInventoryIsInItsColumn() throws IOException {
    Map<String, Table> wb = workbook();
    Table details = wb.get("Controller details");
    String controller = details.cell("Name and contact details", "Details");
    for (String fact :
        List.of(inv.controller().name(), inv.controller().address(), inv.controller().email())) {
      assertTrue(controller.contains(fact), fact + " in " + controller);
    }
    assertTrue(details.cell("Data Protection Officer", "Details").contains("dpo@birch.example"));
    assertTrue(
        details.cell("Lead supervisory authority", "Details").contains("Berlin Commissioner"));

    Table activities = wb.get("Processing activities");
    Table processor = wb.get("Processor activities");
    for (Purpose p : inv.purposes()) {
      List<DataItem> items =
          inv.data().stream().filter(d -> d.purposes().contains(p.id())).toList();
      if (p.onBehalfOf() != null) {
        List<String> row =
            processor.rows().stream()
                .filter(r -> r.get(0).equals(p.onBehalfOf()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(p.id() + " in the processor sheet"));
        assertTrue(row.get(1).toLowerCase().startsWith(p.label()), row.get(1));
        for (DataItem d : items) {
          assertTrue(row.get(1).contains(d.label()), d.label() + " in " + row.get(1));
        }
        assertFalse(
            activities.rows().stream().anyMatch(r -> r.get(1).toLowerCase().startsWith(p.label())),
            "a purpose done for another controller is not in the controller's own record");
        continue;
      }
      String individuals = activities.cell(p, "Categories of individuals");
      assertFalse(individuals.isBlank(), p.id());
      String data = activities.cell(p, "Categories of personal data");
      String recipients = activities.cell(p, "Categories of recipients");
      String retention = activities.cell(p, "Retention schedule (if possible)");
      String sources = activities.cell(p, "The source of the personal data (if applicable)");
      String location = activities.cell(p, "Location of personal data");
      String countries =
          activities.cell(
              p,
              "Names of third countries or international organisations that personal data are"
                  + " transferred to (if applicable)");
      for (DataItem d : items) {
        String name = d.label() != null ? d.label() : null;
        if (name != null) {
          assertTrue(data.toLowerCase().contains(name), name + " in " + data);
          assertTrue(retention.toLowerCase().contains(name), name + " in " + retention);
        }
        for (String from : d.from()) {
          assertTrue(sources.contains(from), from + " in " + sources);
        }
        for (String rid : d.recipients()) {
          Recipient r = inv.recipient(rid).orElseThrow();
          assertTrue(recipients.contains(r.name()), r.name() + " in " + recipients);
          if (!r.place().countries().equals(java.util.List.of("DE"))) {
            assertTrue(countries.contains(r.name()), r.name() + " abroad, in " + countries);
          }
        }
        for (String sid : d.stores()) {
          Store s = inv.store(sid).orElseThrow();
          assertTrue(location.contains(s.provider()), s.provider() + " in " + location);
          assertTrue(location.contains(s.location()), s.location() + " in " + location);
          assertTrue(recipients.contains(s.provider()), s.provider() + " in " + recipients);
        }
      }
      assertTrue(
          activities
              .cell(p, "Article 6 lawful basis for processing personal data")
              .contains("Art. 6(1)("),
          p.id());
      if (p.interest() != null) {
        assertEquals(
            p.interest(),
            activities.cell(p, "Legitimate interests for the processing (if applicable)"));
      }
    }

    Purpose orders = inv.purpose("orders").orElseThrow();
    assertEquals("Customers", activities.cell(orders, "Categories of individuals"));
    assertEquals(
        "Contract (Art. 6(1)(b))",
        activities.cell(orders, "Article 6 lawful basis for processing personal data"));
    assertTrue(
        activities
            .cell(
                orders,
                "Existence of automated decision-making, including profiling (if applicable)")
            .contains("pay on account"));
    assertEquals("Providing the service", activities.cell(orders, "Business function"));
    assertTrue(
        activities
            .cell(orders, "Link to contract with processor")
            .contains("Postmark: data processing agreement last reviewed 2026-01-15"));
    assertTrue(
        activities
            .cell(
                orders,
                "Safeguards for exceptional transfers of personal data to third countries or"
                    + " international organisations (if applicable)")
            .contains("Postmark (United States): EU-US Data Privacy Framework (Art. 45)"));
    assertTrue(
        activities
            .cell(
                orders,
                "General description of technical and organisational security measures (if possible)")
            .contains("Hetzner Online GmbH: encryption at rest, encryption in transit"));
    assertTrue(
        activities
            .cell(orders, "Rights available to individuals")
            .contains("Data portability (Art. 20)"));

    Purpose security = inv.purpose("security").orElseThrow();
    assertEquals("Customers\nVisitors", activities.cell(security, "Categories of individuals"));

    Purpose club = inv.purpose("reading-club").orElseThrow();
    assertEquals("Club members", activities.cell(club, "Categories of individuals"));
    assertEquals(
        "Explicit consent (Art. 9(2)(a))",
        activities.cell(club, "Article 9 basis for processing special category data"));
    assertTrue(
        activities
            .cell(club, "Categories of personal data")
            .contains("Reading needs (special category)"));
    assertTrue(
        activities
            .cell(club, "Name and contact details of joint controller (if applicable)")
            .contains("Lesekreis Verlag GmbH, Germany, https://lesekreis.example/privacy"));
    assertTrue(
        activities
            .cell(
                club,
                "Safeguards for exceptional transfers of personal data to third countries or"
                    + " international organisations (if applicable)")
            .contains("Backblaze, Inc. (United States): Standard contractual clauses"));
  }

  @Test
  void csvAndHtmlHoldTheSameRowsAsTheWorkbook() throws IOException {
    Map<String, Table> wb = workbook();
    Map<String, String> files =
        Map.of(
            "Controller details", "controller.csv",
            "Processing activities", "processing-activities.csv",
            "Processor activities", "processor-activities.csv");
    List<Element> tables =
        Jsoup.parse(Files.readString(dir.resolve("ropa.html"))).select("section");
    assertEquals(wb.size(), tables.size());
    int i = 0;
    for (Map.Entry<String, Table> e : wb.entrySet()) {
      List<List<String>> csv = csv(Files.readString(dir.resolve(files.get(e.getKey()))));
      assertEquals(e.getValue().headers(), csv.get(0), e.getKey());
      assertEquals(e.getValue().rows(), csv.subList(1, csv.size()), e.getKey());

      Element section = tables.get(i++);
      assertEquals(e.getKey(), section.selectFirst("h2").text());
      assertEquals(e.getValue().headers(), section.select("thead th").eachText());
      List<List<String>> html = new ArrayList<>();
      for (Element tr : section.select("tbody tr")) {
        html.add(tr.children().stream().map(RopaExportTest::lines).toList());
      }
      assertEquals(e.getValue().rows(), html, e.getKey());
    }
  }

  @Test
  void theWorkbookIsTheSameBytesEveryTimeAndDatedByTheNotice() throws IOException {
    byte[] first = Files.readAllBytes(dir.resolve("ropa.xlsx"));
    Path again = tmp.resolve("again");
    assertEquals(
        0, Candor.run("export", "ropa", "--out", again.toString(), INVENTORY.toString()).code());
    assertArrayEquals(first, Files.readAllBytes(again.resolve("ropa/ropa/ropa.xlsx")));
    try (ZipFile z = new ZipFile(dir.resolve("ropa.xlsx").toFile())) {
      ZipEntry core = z.getEntry("docProps/core.xml");
      String xml = new String(z.getInputStream(core).readAllBytes(), "UTF-8");
      assertTrue(xml.contains(">" + inv.notice().effective() + "T00:00:00Z<"), xml);
    }
  }

  @Test
  void anInventoryWithoutProcessorWorkHasNoProcessorSheetAndSaysWhatIsNotStated() throws Exception {
    Candor r =
        Candor.run("export", "ropa", "--out", tmp.resolve("shop").toString(), "notices/shop.yaml");
    assertEquals(0, r.code(), r::toString);
    Path shop = tmp.resolve("shop/shop/ropa");
    assertFalse(Files.exists(shop.resolve("processor-activities.csv")));
    try (ReadableWorkbook wb = new ReadableWorkbook(shop.resolve("ropa.xlsx").toFile())) {
      assertEquals(
          List.of("Controller details", "Processing activities"),
          wb.getSheets().map(Sheet::getName).toList());
    }
    assertTrue(
        Files.readString(shop.resolve("processing-activities.csv"))
            .contains("Not stated in the inventory"));
  }

  @Test
  void theHtmlRecordIsAccessible() throws Exception {
    Axe.check(List.of(dir.resolve("ropa.html"))).assertClean();
  }

  @Test
  void markupAndFormulasInTheInventoryStayText() throws Exception {
    String hostile = "=HYPERLINK(\"https://evil.example\") <script>alert(1)</script> & Co";
    Path yaml = tmp.resolve("hostile.yaml");
    Files.writeString(
        yaml,
        Files.readString(INVENTORY)
            .replace(
                "on_behalf_of: \"Marketplace sellers on Birch Books: the seller named on each order\"",
                "on_behalf_of: '" + hostile + "'"));
    Candor r = Candor.run("export", "ropa", "--out", tmp.resolve("h").toString(), yaml.toString());
    assertEquals(0, r.code(), r::toString);
    Path out = tmp.resolve("h/ropa/ropa");
    var html = Jsoup.parse(Files.readString(out.resolve("ropa.html")));
    assertTrue(html.select("script").isEmpty(), "no script element");
    assertTrue(html.text().contains(hostile), "the text as written");
    List<List<String>> csv = csv(Files.readString(out.resolve("processor-activities.csv")));
    assertEquals("'" + hostile, csv.get(1).get(0), "a spreadsheet does not run it");
    try (ReadableWorkbook wb = new ReadableWorkbook(out.resolve("ropa.xlsx").toFile())) {
      Row row = wb.findSheet("Processor activities").orElseThrow().read().get(1);
      assertEquals(hostile, row.getCell(0).getText());
      assertEquals(org.dhatim.fastexcel.reader.CellType.STRING, row.getCell(0).getType());
    }
  }

  /** A table cell's text with its line breaks kept. */
  private static String lines(Element cell) {
    StringBuilder b = new StringBuilder();
    for (Node n : cell.childNodes()) {
      if (n instanceof TextNode t) {
        b.append(t.getWholeText());
      } else if (n instanceof Element e && e.tagName().equals("br")) {
        b.append('\n');
      }
    }
    return b.toString();
  }

  /** RFC 4180 CSV: quoted fields may hold commas, quotes and line breaks. */
  private static List<List<String>> csv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r') {
        continue;
      } else if (c == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    return rows;
  }
}
