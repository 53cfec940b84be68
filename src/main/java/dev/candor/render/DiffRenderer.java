package dev.candor.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.candor.diff.ChangeSet;
import dev.candor.diff.DiffReport;
import dev.candor.diff.Materiality;
import dev.candor.diff.Redline;
import dev.candor.model.Inventory;
import dev.candor.problem.InvalidInputException;
import dev.candor.render.pdf.PdfMetadata;
import dev.candor.render.pdf.PdfRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Renders a diff report as text, Markdown, HTML, PDF or JSON; a pure function of its inputs. */
public final class DiffRenderer {
  private static final String BOLD_RED = "\u001b[1;31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String DIM = "\u001b[2m";
  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** A backslash escape in generated Markdown; dropped so the redline reads as prose. */
  private static final java.util.regex.Pattern ESCAPE =
      java.util.regex.Pattern.compile("\\\\([!-/:-@\\[-`{-~])");

  private final Templates templates;
  private final Messages msg;
  private final ChangeWording wording;
  private PdfRenderer pdf;

  /** A renderer that words reports in English. */
  public DiffRenderer(Templates templates) {
    this(templates, ChangeWording.english());
  }

  /** A renderer that words reports with {@code wording}. */
  public DiffRenderer(Templates templates, ChangeWording wording) {
    this.templates = templates;
    this.wording = wording;
    this.msg = Messages.forBundle("diff", wording.language()).orElseThrow();
  }

  /**
   * The report in one format.
   *
   * @param color whether text output may use ANSI colour; other formats ignore it
   * @param date the date written into PDF metadata, so output does not depend on the clock
   */
  public byte[] render(DiffReport r, DiffFormat format, boolean color, LocalDate date)
      throws IOException, InvalidInputException {
    return switch (format) {
      case TEXT -> utf8(text(r, color));
      case JSON -> JSON.writeValueAsBytes(json(r));
      case MD -> utf8(templates.render("diff.md.ftl", view(r)));
      case HTML -> utf8(templates.render("diff.html.ftlh", view(r, true)));
      case PDF -> {
        String xhtml = templates.render("diff.pdf.ftlx", view(r, false));
        PdfMetadata meta =
            new PdfMetadata(
                title(r),
                summary(r.changes()),
                null,
                r.language(),
                date,
                List.of("privacy notice", "changes"));
        yield Templates.pdf("diff.pdf.ftlx", xhtml, () -> pdf().render(xhtml, meta));
      }
    };
  }

  /**
   * The changes between two inventories and the redline of their notices' text.
   *
   * @param notices renders the notices whose text the redline compares
   * @param changes the changes from {@code a} to {@code b}
   */
  public static DiffReport report(
      NoticeRenderer notices,
      Inventory a,
      Inventory b,
      ChangeSet changes,
      String oldName,
      String newName)
      throws IOException, InvalidInputException {
    return new DiffReport(
        oldName,
        newName,
        b.notice().title(),
        b.notice().language(),
        a.notice().version(),
        b.notice().version(),
        changes,
        Redline.of(prose(notices, a), prose(notices, b)),
        notices.body(a),
        notices.body(b));
  }

  /** The notice as Markdown without escapes: the text a reader of the notice sees. */
  private static String prose(NoticeRenderer notices, Inventory inv)
      throws IOException, InvalidInputException {
    byte[] md = notices.render(inv, java.util.EnumSet.of(Format.MD)).get(Format.MD);
    return ESCAPE.matcher(new String(md, StandardCharsets.UTF_8)).replaceAll("$1");
  }

  /** The view templates render, with unchanged sections of the notice folded. */
  public DiffView view(DiffReport r) {
    return view(r, true);
  }

  /**
   * The view templates render: sentences, table rows and redline pieces.
   *
   * @param fold whether unchanged sections of the marked-up notice are folded (HTML) or shown
   */
  public DiffView view(DiffReport r, boolean fold) {
    List<DiffView.Row> rows =
        wording.word(r.changes()).stream()
            .map(
                c ->
                    new DiffView.Row(
                        c.materiality().key(),
                        wording.materiality(c.materiality()),
                        c.subject(),
                        c.sentence()))
            .toList();
    List<DiffView.Piece> pieces =
        r.redline().segments().stream()
            .map(s -> new DiffView.Piece(s.op().key(), s.text()))
            .toList();
    Map<String, String> t = new TreeMap<>();
    msg.all()
        .forEach(
            (k, v) -> {
              if (k.startsWith("report.")) {
                t.put(k.substring("report.".length()), v);
              }
            });
    return new DiffView(
        r.language(),
        title(r),
        compared(r),
        summary(r.changes()),
        rows,
        pieces,
        r.redline().changed(),
        wdiff(r.redline()),
        r.laidOut() ? marked(r, fold) : null,
        fold,
        t);
  }

  private String marked(DiffReport r, boolean fold) {
    return MarkedNotice.of(
        r.oldNotice(),
        r.newNotice(),
        new MarkedNotice.Labels(
            msg.get("report.added"),
            msg.get("report.removed"),
            msg.get("report.marked.changed"),
            msg.get("report.marked.new"),
            msg.get("report.marked.gone"),
            msg.get("report.marked.same"),
            msg.get("report.marked.show")),
        fold);
  }

  private String title(DiffReport r) {
    return msg.get("report.title", "title", r.title());
  }

  private String compared(DiffReport r) {
    return msg.get(
        "report.compared",
        "old",
        r.oldName(),
        "oldversion",
        r.oldVersion(),
        "new",
        r.newName(),
        "newversion",
        r.newVersion());
  }

  /** "3 changes: 1 material, 2 minor, 0 with no effect." or "No changes." */
  public String summary(ChangeSet c) {
    if (c.isEmpty()) {
      return msg.get("report.none");
    }
    int n = c.changes().size();
    return msg.get(
        n == 1 ? "report.summary.one" : "report.summary",
        "count",
        Integer.toString(n),
        "material",
        Long.toString(c.count(Materiality.MATERIAL)),
        "minor",
        Long.toString(c.count(Materiality.MINOR)),
        "none",
        Long.toString(c.count(Materiality.NONE)));
  }

  private String text(DiffReport r, boolean color) {
    StringBuilder out = new StringBuilder();
    out.append(paint(color, BOLD, title(r))).append('\n');
    out.append(compared(r)).append('\n');
    out.append(summary(r.changes())).append('\n');
    if (!r.changes().isEmpty()) {
      out.append('\n');
    }
    for (ChangeWording.Worded c : wording.word(r.changes())) {
      String word =
          String.format(
              "%-9s", wording.materiality(c.materiality()).toUpperCase(java.util.Locale.ROOT));
      String style =
          switch (c.materiality()) {
            case MATERIAL -> BOLD_RED;
            case MINOR -> YELLOW;
            case NONE -> DIM;
          };
      out.append(paint(color, style, word)).append(' ').append(c.sentence()).append('\n');
    }
    return out.toString();
  }

  private static String paint(boolean color, String style, String s) {
    return color ? style + s + RESET : s;
  }

  /** The redline in wdiff notation: [-removed-] and {+added+}. */
  private static String wdiff(Redline redline) {
    StringBuilder out = new StringBuilder();
    for (Redline.Segment s : redline.segments()) {
      switch (s.op()) {
        case SAME -> out.append(s.text());
        case REMOVED -> out.append("[-").append(s.text()).append("-]");
        case ADDED -> out.append("{+").append(s.text()).append("+}");
      }
    }
    // The redline goes inside a ~~~~ fence; no line of it may close the fence early.
    return out.toString().replace("~~~~", "~ ~ ~ ~");
  }

  private Map<String, Object> json(DiffReport r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("title", r.title());
    root.put("old", ordered("name", r.oldName(), "version", r.oldVersion()));
    root.put("new", ordered("name", r.newName(), "version", r.newVersion()));
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("total", r.changes().changes().size());
    for (Materiality m : Materiality.values()) {
      summary.put(m.key(), r.changes().count(m));
    }
    root.put("summary", summary);
    root.put(
        "changes",
        wording.word(r.changes()).stream()
            .map(
                c -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("kind", c.kind().key());
                  m.put("materiality", c.materiality().key());
                  m.put("subject", c.subject());
                  m.put("sentence", c.sentence());
                  m.put("before", c.before());
                  m.put("after", c.after());
                  return m;
                })
            .toList());
    root.put(
        "redline",
        r.redline().segments().stream()
            .map(s -> ordered("op", s.op().key(), "text", s.text()))
            .toList());
    return root;
  }

  /**
   * A map that keeps the order its keys are given in. {@code Map.of} iterates in an order that
   * changes from one run of the JVM to the next, which would change the JSON's bytes.
   */
  private static Map<String, Object> ordered(String... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      m.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  private synchronized PdfRenderer pdf() {
    if (pdf == null) {
      pdf = new PdfRenderer(Optional.empty());
    }
    return pdf;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
