package dev.candor.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.candor.vocab.Vendor.Ecosystem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dependencies a manifest or lock file declares, one reader per file name. Structured
 * files go through a parser (Jackson for JSON, YAML and TOML); Gradle scripts, Podfiles,
 * Package.swift, requirements.txt, go.mod and Gemfile.lock are line formats read by pattern.
 * Dependencies for tests and development only are left out: they do not ship to users.
 */
final class Manifests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper TOML = new TomlMapper();

  /** The file names read, each with its reader. */
  private static final Map<String, Reader> READERS = new LinkedHashMap<>();

  static {
    READERS.put("package.json", Manifests::packageJson);
    READERS.put("package-lock.json", Manifests::packageLock);
    READERS.put("build.gradle", Manifests::gradle);
    READERS.put("build.gradle.kts", Manifests::gradle);
    READERS.put("libs.versions.toml", (t, c) -> List.of());
    READERS.put("Podfile", Manifests::podfile);
    READERS.put("Podfile.lock", Manifests::podfileLock);
    READERS.put("Package.swift", Manifests::packageSwift);
    READERS.put("Package.resolved", Manifests::packageResolved);
    READERS.put("pubspec.yaml", Manifests::pubspec);
    READERS.put("pubspec.lock", Manifests::pubspecLock);
    READERS.put("requirements.txt", Manifests::requirements);
    READERS.put("pyproject.toml", Manifests::pyproject);
    READERS.put("poetry.lock", Manifests::poetryLock);
    READERS.put("go.mod", Manifests::goMod);
    READERS.put("Gemfile.lock", Manifests::gemfileLock);
  }

  private Manifests() {}

  /** Reads one file's text; {@code catalog} is the Gradle version catalog's text, if any. */
  interface Reader {
    List<Declared> read(String text, Catalog catalog) throws IOException;
  }

  /** Whether a file of this name is a manifest or lock file Candor reads. */
  static boolean reads(String fileName) {
    return READERS.containsKey(fileName);
  }

  /** The dependencies declared in a file of a name {@link #reads} accepts. */
  static List<Declared> read(String fileName, String text, Catalog catalog) throws IOException {
    return READERS.get(fileName).read(text, catalog);
  }

  // --- npm

  private static List<Declared> packageJson(String text, Catalog c) throws IOException {
    JsonNode root = JSON.readTree(text);
    List<Declared> out = new ArrayList<>();
    for (String section : List.of("dependencies", "optionalDependencies", "peerDependencies")) {
      fields(root.path(section))
          .forEach(
              (name, v) ->
                  out.add(new Declared(Ecosystem.NPM, name, v.asText(null), lineOf(text, name))));
    }
    return out;
  }

  private static List<Declared> packageLock(String text, Catalog c) throws IOException {
    JsonNode root = JSON.readTree(text);
    List<Declared> out = new ArrayList<>();
    fields(root.path("packages"))
        .forEach(
            (key, v) -> {
              int at = key.lastIndexOf("node_modules/");
              if (at >= 0 && !v.path("dev").asBoolean(false)) {
                String name = key.substring(at + "node_modules/".length());
                out.add(
                    new Declared(
                        Ecosystem.NPM, name, v.path("version").asText(null), lineOf(text, key)));
              }
            });
    if (out.isEmpty()) {
      lockV1(root.path("dependencies"), text, out);
    }
    return out;
  }

  private static void lockV1(JsonNode deps, String text, List<Declared> out) {
    fields(deps)
        .forEach(
            (name, v) -> {
              if (!v.path("dev").asBoolean(false)) {
                out.add(
                    new Declared(
                        Ecosystem.NPM, name, v.path("version").asText(null), lineOf(text, name)));
              }
              lockV1(v.path("dependencies"), text, out);
            });
  }

  // --- Gradle

  /** Configurations whose dependencies ship in the app; test and debug ones do not. */
  private static final String CONFIGURATION =
      "(?:implementation|api|compile|runtimeOnly|releaseImplementation|releaseApi"
          + "|releaseRuntimeOnly)";

  private static final Pattern GRADLE_STRING =
      Pattern.compile(
          "^\\s*"
              + CONFIGURATION
              + "\\s*\\(?\\s*(?:platform\\s*\\(\\s*)?[\"']([\\w.-]+):([\\w.-]+)(?::([^\"'@]+))?[\"']");

  private static final Pattern GRADLE_MAP =
      Pattern.compile(
          "^\\s*"
              + CONFIGURATION
              + "\\s*\\(?\\s*group\\s*[:=]\\s*[\"']([\\w.-]+)[\"']\\s*,\\s*name\\s*[:=]\\s*[\"']([\\w.-]+)[\"']"
              + "(?:\\s*,\\s*version\\s*[:=]\\s*[\"']([^\"']+)[\"'])?");

  private static final Pattern GRADLE_CATALOG =
      Pattern.compile("^\\s*" + CONFIGURATION + "\\s*\\(?\\s*libs\\.([\\w.]+)");

  private static List<Declared> gradle(String text, Catalog catalog) {
    List<Declared> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Matcher m = GRADLE_STRING.matcher(line);
      if (!m.find()) {
        m = GRADLE_MAP.matcher(line);
        if (!m.find()) {
          m = null;
        }
      }
      if (m != null) {
        out.add(new Declared(Ecosystem.MAVEN, m.group(1) + ":" + m.group(2), m.group(3), i + 1));
        continue;
      }
      Matcher lib = GRADLE_CATALOG.matcher(line);
      if (lib.find()) {
        Optional<String[]> coordinate = catalog.library(lib.group(1));
        if (coordinate.isPresent()) {
          out.add(new Declared(Ecosystem.MAVEN, coordinate.get()[0], coordinate.get()[1], i + 1));
        }
      }
    }
    return out;
  }

  /**
   * A Gradle version catalog ({@code gradle/libs.versions.toml}): its libraries by the accessor
   * build scripts use ({@code libs.sentry.android} for {@code sentry-android}).
   */
  static final class Catalog {
    static final Catalog NONE = new Catalog(Map.of());

    private final Map<String, String[]> libraries;

    private Catalog(Map<String, String[]> libraries) {
      this.libraries = libraries;
    }

    static Catalog of(String toml) throws IOException {
      JsonNode root = TOML.readTree(toml);
      Map<String, String[]> libs = new LinkedHashMap<>();
      fields(root.path("libraries"))
          .forEach(
              (alias, v) -> {
                String module = null;
                String version = null;
                if (v.isTextual()) {
                  String[] p = v.asText().split(":");
                  if (p.length >= 2) {
                    module = p[0] + ":" + p[1];
                    version = p.length > 2 ? p[2] : null;
                  }
                } else if (v.has("module")) {
                  module = v.get("module").asText();
                } else if (v.has("group") && v.has("name")) {
                  module = v.get("group").asText() + ":" + v.get("name").asText();
                }
                JsonNode ver = v.path("version");
                if (ver.isTextual()) {
                  version = ver.asText();
                } else if (ver.has("ref")) {
                  version = root.path("versions").path(ver.get("ref").asText()).asText(null);
                } else if (v.has("version.ref")) {
                  version = root.path("versions").path(v.get("version.ref").asText()).asText(null);
                }
                if (module != null) {
                  libs.put(accessor(alias), new String[] {module, version});
                }
              });
      return new Catalog(libs);
    }

    Optional<String[]> library(String accessor) {
      return Optional.ofNullable(libraries.get(accessor(accessor)));
    }

    /** Gradle turns '-', '_' and '.' in an alias into the '.' of the accessor. */
    private static String accessor(String alias) {
      return alias.replaceAll("[-_.]", ".");
    }
  }

  // --- CocoaPods

  private static final Pattern POD =
      Pattern.compile("^\\s*pod\\s+['\"]([^'\"]+)['\"](?:\\s*,\\s*['\"]([^'\"]+)['\"])?");

  private static List<Declared> podfile(String text, Catalog c) {
    List<Declared> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = POD.matcher(lines[i]);
      if (m.find()) {
        out.add(new Declared(Ecosystem.COCOAPODS, m.group(1), m.group(2), i + 1));
      }
    }
    return out;
  }

  private static final Pattern LOCKED_POD = Pattern.compile("^([^\\s(]+)(?:\\s+\\(([^)]*)\\))?$");

  private static List<Declared> podfileLock(String text, Catalog c) throws IOException {
    JsonNode root = YAML.readTree(text);
    List<Declared> out = new ArrayList<>();
    for (JsonNode pod : root.path("PODS")) {
      String entry =
          pod.isTextual()
              ? pod.asText()
              : pod.fieldNames().hasNext() ? pod.fieldNames().next() : "";
      Matcher m = LOCKED_POD.matcher(entry.strip());
      if (m.matches()) {
        out.add(
            new Declared(
                Ecosystem.COCOAPODS, m.group(1), m.group(2), lineOf(text, "- " + m.group(1))));
      }
    }
    return out;
  }

  // --- Swift Package Manager

  private static final Pattern SWIFT_PACKAGE =
      Pattern.compile(
          "\\.package\\s*\\((?:\\s*name\\s*:\\s*\"[^\"]*\"\\s*,)?\\s*url\\s*:\\s*\"([^\"]+)\""
              + "(?:\\s*,\\s*(?:\\.upToNextM(?:ajor|inor)\\s*\\(\\s*)?"
              + "(?:from|exact|branch|revision)\\s*:\\s*\"([^\"]+)\")?");

  private static List<Declared> packageSwift(String text, Catalog c) {
    List<Declared> out = new ArrayList<>();
    Matcher m = SWIFT_PACKAGE.matcher(text);
    while (m.find()) {
      out.add(new Declared(Ecosystem.SWIFTPM, m.group(1), m.group(2), lineAt(text, m.start(1))));
    }
    return out;
  }

  private static List<Declared> packageResolved(String text, Catalog c) throws IOException {
    JsonNode root = JSON.readTree(text);
    JsonNode pins = root.has("pins") ? root.get("pins") : root.path("object").path("pins");
    List<Declared> out = new ArrayList<>();
    for (JsonNode pin : pins) {
      String url =
          pin.has("location") ? pin.get("location").asText() : pin.path("repositoryURL").asText();
      if (!url.isEmpty()) {
        out.add(
            new Declared(
                Ecosystem.SWIFTPM,
                url,
                pin.path("state").path("version").asText(null),
                lineOf(text, url)));
      }
    }
    return out;
  }

  // --- pub (Dart and Flutter)

  private static List<Declared> pubspec(String text, Catalog c) throws IOException {
    JsonNode root = YAML.readTree(text);
    List<Declared> out = new ArrayList<>();
    fields(root.path("dependencies"))
        .forEach(
            (name, v) ->
                out.add(
                    new Declared(
                        Ecosystem.PUB,
                        name,
                        v.isTextual() ? v.asText() : null,
                        keyLine(text, name))));
    return out;
  }

  private static List<Declared> pubspecLock(String text, Catalog c) throws IOException {
    JsonNode root = YAML.readTree(text);
    List<Declared> out = new ArrayList<>();
    fields(root.path("packages"))
        .forEach(
            (name, v) -> {
              if (!v.path("dependency").asText().equals("direct dev")) {
                out.add(
                    new Declared(
                        Ecosystem.PUB, name, v.path("version").asText(null), keyLine(text, name)));
              }
            });
    return out;
  }

  // --- PyPI

  private static final Pattern REQUIREMENT =
      Pattern.compile("^\\s*([A-Za-z0-9][A-Za-z0-9._-]*)\\s*(?:\\[[^]]*])?\\s*([^;#]*)");

  private static List<Declared> requirements(String text, Catalog c) {
    List<Declared> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("-")) {
        continue;
      }
      Matcher m = REQUIREMENT.matcher(line);
      if (m.find()) {
        String version = m.group(2).strip();
        out.add(
            new Declared(Ecosystem.PYPI, m.group(1), version.isEmpty() ? null : version, i + 1));
      }
    }
    return out;
  }

  private static List<Declared> pyproject(String text, Catalog c) throws IOException {
    JsonNode root = TOML.readTree(text);
    List<Declared> out = new ArrayList<>();
    for (JsonNode req : root.path("project").path("dependencies")) {
      Matcher m = REQUIREMENT.matcher(req.asText());
      if (m.find()) {
        String version = m.group(2).strip();
        out.add(
            new Declared(
                Ecosystem.PYPI,
                m.group(1),
                version.isEmpty() ? null : version,
                lineOf(text, m.group(1))));
      }
    }
    fields(root.path("tool").path("poetry").path("dependencies"))
        .forEach(
            (name, v) -> {
              if (!name.equals("python")) {
                out.add(
                    new Declared(
                        Ecosystem.PYPI,
                        name,
                        v.isTextual() ? v.asText() : v.path("version").asText(null),
                        keyLine(text, name)));
              }
            });
    return out;
  }

  private static List<Declared> poetryLock(String text, Catalog c) throws IOException {
    JsonNode root = TOML.readTree(text);
    List<Declared> out = new ArrayList<>();
    for (JsonNode p : root.path("package")) {
      String name = p.path("name").asText();
      if (!name.isEmpty() && !p.path("category").asText("main").equals("dev")) {
        out.add(
            new Declared(
                Ecosystem.PYPI,
                name,
                p.path("version").asText(null),
                lineOf(text, "name = \"" + name + "\"")));
      }
    }
    return out;
  }

  // --- Go modules

  private static final Pattern GO_REQUIRE =
      Pattern.compile("^\\s*(?:require\\s+)?([A-Za-z0-9.-]+\\.[A-Za-z]+/[^\\s]+)\\s+(v[^\\s]+)");

  private static List<Declared> goMod(String text, Catalog c) {
    List<Declared> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    boolean block = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("require (")) {
        block = true;
        continue;
      }
      if (block && line.startsWith(")")) {
        block = false;
        continue;
      }
      if (block || line.startsWith("require ")) {
        Matcher m = GO_REQUIRE.matcher(line);
        if (m.find()) {
          out.add(new Declared(Ecosystem.GO, m.group(1), m.group(2), i + 1));
        }
      }
    }
    return out;
  }

  // --- RubyGems

  private static final Pattern GEM_SPEC = Pattern.compile("^    ([A-Za-z0-9_.-]+) \\(([^)]+)\\)$");

  private static List<Declared> gemfileLock(String text, Catalog c) {
    List<Declared> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    boolean specs = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].replace("\r", "");
      if (line.equals("  specs:")) {
        specs = true;
        continue;
      }
      if (!line.startsWith("  ")) {
        specs = false;
      }
      Matcher m = GEM_SPEC.matcher(line);
      if (specs && m.matches()) {
        out.add(new Declared(Ecosystem.RUBYGEMS, m.group(1), m.group(2), i + 1));
      }
    }
    return out;
  }

  // --- helpers

  private static Map<String, JsonNode> fields(JsonNode n) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    if (n != null && n.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  /** The first line that names {@code name} as a whole word; 0 when none does. */
  static int lineOf(String text, String name) {
    Matcher m =
        Pattern.compile("(?<![\\w@/.-])" + Pattern.quote(name) + "(?![\\w-])").matcher(text);
    return m.find() ? lineAt(text, m.start()) : 0;
  }

  /** The first line where {@code name} is a mapping key (YAML or TOML). */
  private static int keyLine(String text, String name) {
    Matcher m =
        Pattern.compile("(?m)^[ \\t]*[\"']?" + Pattern.quote(name) + "[\"']?[ \\t]*[:=]")
            .matcher(text);
    return m.find() ? lineAt(text, m.start()) : lineOf(text, name);
  }

  private static int lineAt(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
