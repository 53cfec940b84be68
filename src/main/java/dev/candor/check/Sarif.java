package dev.candor.check;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.candor.check.CheckReport.Disabled;
import dev.candor.check.CheckReport.FileReport;
import dev.candor.problem.Problem;
import dev.candor.problem.Severity;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A check report as a SARIF 2.1.0 log: one run, the rules as the driver's rules, one result each.
 */
final class Sarif {
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private Sarif() {}

  static ObjectNode log(CheckReport report, List<Rule> rules) {
    ObjectNode log =
        ReportWriter.json().createObjectNode().put("$schema", SCHEMA).put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver =
        run.putObject("tool")
            .putObject("driver")
            .put("name", "Candor")
            .put("informationUri", "https://candor.dev/docs/checks");
    ArrayNode descriptors = driver.putArray("rules");
    Map<String, Integer> index = new HashMap<>();
    for (Rule r : rules) {
      index.put(r.id(), index.size());
      ObjectNode d = descriptors.addObject().put("id", r.id());
      d.putObject("shortDescription").put("text", r.summary());
      d.putObject("help").put("text", "See " + r.citation() + ".");
      d.putObject("defaultConfiguration").put("level", level(r.severity()));
      d.putObject("properties").put("citation", r.citation());
    }
    ObjectNode invocation =
        run.putArray("invocations").addObject().put("executionSuccessful", true);
    ArrayNode overrides = invocation.putArray("ruleConfigurationOverrides");
    ArrayNode artifacts = run.putArray("artifacts");
    ArrayNode results = run.putArray("results");
    for (FileReport f : report.files()) {
      String uri = uri(f.file());
      ObjectNode a = artifacts.addObject();
      a.putObject("location").put("uri", uri);
      a.putArray("roles").add("analysisTarget");
      ObjectNode props =
          a.putObject("properties")
              .put("readingGrade", Math.round(f.prose().grade() * 10) / 10.0)
              .put("maxGrade", f.maxGrade())
              .put("words", f.prose().words())
              .put("readingMinutes", f.prose().minutes());
      if (f.pageWords() != dev.candor.check.Subject.UNKNOWN) {
        props.put("pageWords", f.pageWords());
      }
      for (Disabled d : f.disabled()) {
        ObjectNode o = overrides.addObject();
        ObjectNode desc = o.putObject("descriptor").put("id", d.rule());
        if (index.containsKey(d.rule())) {
          desc.put("index", index.get(d.rule()));
        }
        o.putObject("configuration").put("enabled", false);
        o.putObject("properties").put("reason", d.reason()).put("by", d.by()).put("artifact", uri);
      }
      for (Problem p : f.findings()) {
        ObjectNode r = results.addObject().put("ruleId", p.rule());
        if (index.containsKey(p.rule())) {
          r.put("ruleIndex", index.get(p.rule()));
        }
        r.put("level", level(p.severity()));
        String text =
            p.message()
                + (p.hint() == null ? "" : ". Hint: " + p.hint())
                + (p.citation() == null ? "" : ". See " + p.citation() + ".");
        r.putObject("message").put("text", text);
        ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
        // A finding in an evidence file is located there; the inventory is its related place.
        physical
            .putObject("artifactLocation")
            .put("uri", p.at().file().equals(f.file()) ? uri : uri(p.at().file()));
        physical
            .putObject("region")
            .put("startLine", p.at().line())
            .put("startColumn", p.at().column());
        if (p.also() != null) {
          ObjectNode rel =
              r.putArray("relatedLocations").addObject().put("id", 1).putObject("physicalLocation");
          rel.putObject("artifactLocation").put("uri", uri(p.also().file()));
          rel.putObject("region")
              .put("startLine", p.also().line())
              .put("startColumn", p.also().column());
        }
        if (p.citation() != null) {
          r.putObject("properties").put("citation", p.citation());
        }
      }
    }
    return log;
  }

  private static String level(Severity s) {
    return s == Severity.ERROR ? "error" : "warning";
  }

  /** A file name as a relative URI reference: forward slashes, spaces and the like escaped. */
  static String uri(String file) {
    try {
      return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot make a URI of " + file, e);
    }
  }
}
