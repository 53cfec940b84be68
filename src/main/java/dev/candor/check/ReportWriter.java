package dev.candor.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.candor.check.CheckReport.Disabled;
import dev.candor.check.CheckReport.FileReport;
import dev.candor.problem.Problem;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes a check report as text; a pure function of the report and the rules. */
public final class ReportWriter {
  /** Made on first use, so the human report (the usual one) never starts Jackson's databind. */
  private static final class Json {
    static final ObjectMapper MAPPER =
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  static ObjectMapper json() {
    return Json.MAPPER;
  }

  private ReportWriter() {}

  /** The report in the given format, ending with a newline. */
  public static String write(CheckReport report, ReportFormat format, List<Rule> rules) {
    return switch (format) {
      case HUMAN -> human(report);
      case JSON -> {
        ObjectNode o = json().createObjectNode();
        o.set("files", files(report));
        yield json(o.put("errors", report.errors()).put("warnings", report.warnings()));
      }
      case SARIF -> json(Sarif.log(report, rules));
    };
  }

  /** Compiler-style lines grouped by file, then a summary line. */
  public static String human(CheckReport report) {
    StringBuilder b = new StringBuilder();
    for (FileReport f : report.files()) {
      b.append(f.file()).append('\n');
      for (Problem p : f.findings()) {
        b.append(p.formatFinding()).append('\n');
      }
      b.append("  ").append(readability(f)).append('\n');
      for (Disabled d : f.disabled()) {
        b.append("  disabled ")
            .append(d.rule())
            .append(" (")
            .append(d.by())
            .append("): ")
            .append(d.reason())
            .append('\n');
      }
    }
    b.append(summary(report)).append('\n');
    return b.toString();
  }

  /** "2 errors, 1 warning in 3 files". */
  public static String summary(CheckReport report) {
    return count(report.errors(), "error")
        + ", "
        + count(report.warnings(), "warning")
        + " in "
        + count(report.files().size(), "file");
  }

  /** "notice reads at grade 6.8 (limit 8), 2100 words, about 9 minutes". */
  static String readability(FileReport f) {
    Readability.Score s = f.prose();
    return "notice reads at grade "
        + s.gradeText()
        + " (limit "
        + f.maxGrade()
        + "), "
        + count(s.words(), "word")
        + ", about "
        + count(s.minutes(), "minute")
        + " to read"
        + (f.pageWords() == Subject.UNKNOWN
            ? ""
            : "; " + count(f.pageWords(), "word") + " on the page");
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static ArrayNode files(CheckReport report) {
    ArrayNode files = json().createArrayNode();
    for (FileReport f : report.files()) {
      ObjectNode o = files.addObject().put("file", f.file());
      ObjectNode r = o.putObject("readability");
      r.put("grade", Math.round(f.prose().grade() * 10) / 10.0)
          .put("maxGrade", f.maxGrade())
          .put("sentences", f.prose().sentences())
          .put("words", f.prose().words())
          .put("syllables", f.prose().syllables())
          .put("readingMinutes", f.prose().minutes());
      if (f.pageWords() != Subject.UNKNOWN) {
        r.put("pageWords", f.pageWords());
      }
      ArrayNode findings = o.putArray("findings");
      for (Problem p : f.findings()) {
        findings
            .addObject()
            .put("rule", p.rule())
            .put("severity", p.severity().key())
            .put("line", p.at().line())
            .put("column", p.at().column())
            .put("message", p.message())
            .put("hint", p.hint())
            .put("citation", p.citation());
      }
      ArrayNode disabled = o.putArray("disabled");
      for (Disabled d : f.disabled()) {
        disabled.addObject().put("rule", d.rule()).put("reason", d.reason()).put("by", d.by());
      }
    }
    return files;
  }

  private static String json(ObjectNode node) {
    try {
      return json().writeValueAsString(node).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
