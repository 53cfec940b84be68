package dev.candor.evidence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.candor.evidence.Finding.AccessedApi;
import dev.candor.evidence.Finding.Collected;
import dev.candor.evidence.Finding.Cookie;
import dev.candor.evidence.Finding.Host;
import dev.candor.evidence.Finding.Phase;
import dev.candor.evidence.Finding.PrivacyManifest;
import dev.candor.evidence.Finding.Sdk;
import dev.candor.evidence.Finding.Storage;
import dev.candor.problem.InvalidInputException;
import dev.candor.problem.Location;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evidence file format (docs/scan.md): JSON with a format name and version, the tool that made
 * it and its findings, written the same way every time so two scans of the same tree give the same
 * bytes.
 */
public final class EvidenceFile {
  /** The value of {@code format}. */
  public static final String FORMAT = "candor-evidence";

  /** The version of the format this Candor writes and reads. */
  public static final int VERSION = 1;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private EvidenceFile() {}

  /** The evidence as the file's text, with a final newline. */
  public static String write(Evidence e) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.put("tool", e.tool());
    List<Object> findings = new ArrayList<>();
    for (Finding f : e.findings()) {
      findings.add(map(f));
    }
    root.put("findings", findings);
    try {
      return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException x) {
      throw new IllegalStateException(x);
    }
  }

  private static Map<String, Object> map(Finding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", f.kind());
    m.put("source", source(f.source()));
    if (f instanceof Sdk s) {
      m.put("ecosystem", s.ecosystem());
      m.put("package", s.name());
      if (s.version() != null) {
        m.put("version", s.version());
      }
      m.put("vendor", s.vendor());
      m.put("data", s.data());
      if (!s.also().isEmpty()) {
        m.put("also", s.also().stream().map(EvidenceFile::source).toList());
      }
    } else if (f instanceof PrivacyManifest p) {
      m.put("app", p.app());
      if (p.owner() != null) {
        m.put("owner", p.owner());
      }
      if (p.vendor() != null) {
        m.put("vendor", p.vendor());
      }
      m.put("tracking", p.tracking());
      m.put("trackingDomains", p.trackingDomains());
      List<Object> collected = new ArrayList<>();
      for (Collected c : p.collected()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("type", c.type());
        x.put("linked", c.linked());
        x.put("tracking", c.tracking());
        x.put("purposes", c.purposes());
        collected.add(x);
      }
      m.put("collectedDataTypes", collected);
      List<Object> apis = new ArrayList<>();
      for (AccessedApi a : p.accessedApis()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("type", a.type());
        x.put("reasons", a.reasons());
        apis.add(x);
      }
      m.put("accessedApiTypes", apis);
    } else if (f instanceof Cookie c) {
      m.put("phase", c.phase().key());
      m.put("name", c.name());
      m.put("domain", c.domain());
      m.put("path", c.path());
      m.put("expires", c.expires());
      m.put("thirdParty", c.thirdParty());
      m.put("httpOnly", c.httpOnly());
      m.put("secure", c.secure());
      m.put("sameSite", c.sameSite());
    } else if (f instanceof Storage st) {
      m.put("phase", st.phase().key());
      m.put("area", st.area());
      m.put("key", st.key());
      m.put("origin", st.origin());
    } else if (f instanceof Host h) {
      m.put("phase", h.phase().key());
      m.put("host", h.host());
      m.put("types", h.types());
    }
    return m;
  }

  private static Map<String, Object> source(Source s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", s.file());
    if (s.line() > 0) {
      m.put("line", s.line());
    }
    return m;
  }

  /**
   * Reads an evidence file; each finding knows the line it starts on. Findings of kinds this Candor
   * does not know are skipped, so newer scans can add kinds.
   *
   * @param file the name problems give the file
   * @throws InvalidInputException when it is not JSON, or not an evidence file of this version
   */
  public static Evidence read(String file, String text) throws InvalidInputException {
    List<Location> starts = new ArrayList<>();
    JsonNode root;
    try {
      starts = findingStarts(file, text);
      root = JSON.readTree(text);
    } catch (JsonProcessingException x) {
      var l = x.getLocation();
      throw InvalidInputException.at(
          l == null ? Location.of(file) : new Location(file, l.getLineNr(), l.getColumnNr()),
          "evidence",
          "this is not JSON: " + x.getOriginalMessage(),
          "give the file candor scan wrote",
          x);
    } catch (IOException x) {
      throw InvalidInputException.at(
          Location.of(file), "evidence", "this is not JSON", "give the file candor scan wrote", x);
    }
    if (root == null
        || !FORMAT.equals(root.path("format").asText())
        || root.path("version").asInt() != VERSION) {
      throw InvalidInputException.at(
          Location.of(file),
          "evidence",
          "this is not a Candor evidence file of version " + VERSION,
          "it needs \"format\": \""
              + FORMAT
              + "\" and \"version\": "
              + VERSION
              + "; write it with candor scan deps or candor scan site",
          null);
    }
    List<Finding> findings = new ArrayList<>();
    JsonNode list = root.path("findings");
    for (int i = 0; i < list.size(); i++) {
      JsonNode f = list.get(i);
      Location at = i < starts.size() ? starts.get(i) : Location.of(file);
      Source src =
          new Source(
              f.path("source").path("file").asText(""), f.path("source").path("line").asInt(0));
      switch (f.path("kind").asText()) {
        case Sdk.KIND -> {
          List<Source> also = new ArrayList<>();
          f.path("also")
              .forEach(
                  a -> also.add(new Source(a.path("file").asText(""), a.path("line").asInt(0))));
          findings.add(
              new Sdk(
                  src,
                  f.path("ecosystem").asText(),
                  f.path("package").asText(),
                  f.hasNonNull("version") ? f.get("version").asText() : null,
                  f.path("vendor").asText(),
                  texts(f.path("data")),
                  also,
                  at));
        }
        case PrivacyManifest.KIND -> {
          List<Collected> collected = new ArrayList<>();
          f.path("collectedDataTypes")
              .forEach(
                  c ->
                      collected.add(
                          new Collected(
                              c.path("type").asText(),
                              c.path("linked").asBoolean(),
                              c.path("tracking").asBoolean(),
                              texts(c.path("purposes")))));
          List<AccessedApi> apis = new ArrayList<>();
          f.path("accessedApiTypes")
              .forEach(
                  a ->
                      apis.add(new AccessedApi(a.path("type").asText(), texts(a.path("reasons")))));
          findings.add(
              new PrivacyManifest(
                  src,
                  f.path("app").asBoolean(),
                  f.hasNonNull("owner") ? f.get("owner").asText() : null,
                  f.hasNonNull("vendor") ? f.get("vendor").asText() : null,
                  f.path("tracking").asBoolean(),
                  texts(f.path("trackingDomains")),
                  collected,
                  apis,
                  at));
        }
        case Cookie.KIND ->
            findings.add(
                new Cookie(
                    src,
                    phase(f),
                    f.path("name").asText(),
                    f.path("domain").asText(),
                    f.path("path").asText("/"),
                    f.path("expires").asText("session"),
                    f.path("thirdParty").asBoolean(),
                    f.path("httpOnly").asBoolean(),
                    f.path("secure").asBoolean(),
                    f.path("sameSite").asText(""),
                    at));
        case Storage.KIND ->
            findings.add(
                new Storage(
                    src,
                    phase(f),
                    f.path("area").asText(),
                    f.path("key").asText(),
                    f.path("origin").asText(),
                    at));
        case Host.KIND ->
            findings.add(
                new Host(src, phase(f), f.path("host").asText(), texts(f.path("types")), at));
        default -> {
          // A kind a later Candor writes: not for this version's checks.
        }
      }
    }
    return new Evidence(file, root.path("tool").asText(), findings);
  }

  /** Where each element of the top-level findings array starts. */
  private static List<Location> findingStarts(String file, String text) throws IOException {
    List<Location> out = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(text)) {
      int depth = 0;
      boolean inFindings = false;
      String field = null;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case FIELD_NAME -> field = depth == 1 ? p.currentName() : field;
          case START_OBJECT, START_ARRAY -> {
            if (depth == 1 && t == JsonToken.START_ARRAY && "findings".equals(field)) {
              inFindings = true;
            } else if (inFindings && depth == 2 && t == JsonToken.START_OBJECT) {
              var l = p.currentTokenLocation();
              out.add(new Location(file, l.getLineNr(), l.getColumnNr()));
            }
            depth++;
          }
          case END_OBJECT, END_ARRAY -> {
            depth--;
            if (depth == 1) {
              inFindings = false;
            }
          }
          default -> {}
        }
      }
    }
    return out;
  }

  private static Phase phase(JsonNode f) {
    Phase p = Phase.of(f.path("phase").asText());
    return p == null ? Phase.BEFORE_CONSENT : p;
  }

  private static List<String> texts(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.forEach(x -> out.add(x.asText()));
    return out;
  }
}
