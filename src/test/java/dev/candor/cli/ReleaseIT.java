package dev.candor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import dev.candor.testing.Jdks;
import dev.candor.testing.JsonSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release as a new user meets it: unpacked into a fresh, read-only folder and run through
 * {@code bin/candor} in separate processes, with only a JDK and basic tools on PATH (no Maven) and
 * an empty HOME.
 */
class ReleaseIT {
  private static final Pattern EDITOR_LINE =
      Pattern.compile("^# yaml-language-server: \\$schema=(\\S+)");
  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .build();

  /** The tools a user's machine has besides Java: a shell, git, and what the launcher calls. */
  private static final List<String> TOOLS =
      List.of(
          "sh",
          "git",
          "tar",
          "gzip",
          "dirname",
          "readlink",
          "sed",
          "head",
          "mkdir",
          "wc",
          "tr",
          "cat",
          "mv",
          "rm");

  @TempDir Path tmp;
  private String version;
  private Path install;
  private Path home;
  private Path candor;
  private Map<String, String> env;

  record Run(int code, String out, String err) {
    String all() {
      return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  @BeforeEach
  void unpackTheRelease() throws Exception {
    Properties props = new Properties();
    try (InputStream in =
        Files.newInputStream(Path.of("target/classes/dev/candor/version.properties"))) {
      props.load(in);
    }
    version = props.getProperty("version");
    Path archive = Path.of("target/candor-" + version + ".tar.gz").toAbsolutePath();
    assertTrue(Files.isRegularFile(archive), archive + " is built by mvn package");
    Path unpacked = Files.createDirectories(tmp.resolve("opt"));
    exec(unpacked, Map.of(), "tar", "xzf", archive.toString());
    install = unpacked.resolve("candor-" + version);
    assertTrue(Files.isExecutable(install.resolve("bin/candor")), "bin/candor in " + install);
    assertTrue(Files.isRegularFile(install.resolve("lib/candor.jar")));
    assertTrue(Files.isRegularFile(install.resolve("schema/inventory.schema.json")));
    assertTrue(Files.isDirectory(install.resolve("templates")));
    assertTrue(Files.isRegularFile(install.resolve("docs/inventory.md")));
    assertTrue(Files.isRegularFile(install.resolve("NOTICE")));
    exec(unpacked, Map.of(), "chmod", "-R", "a-w", install.toString());

    home = Files.createDirectories(tmp.resolve("home"));
    // Run through a link in ~/bin, as a user installs it: the launcher finds its folder.
    candor =
        Files.createSymbolicLink(
            Files.createDirectories(home.resolve("bin")).resolve("candor"),
            install.resolve("bin/candor"));
    Path tools = Files.createDirectories(tmp.resolve("tools"));
    for (String tool : TOOLS) {
      Path real = Path.of(exec(tmp, Map.of(), "sh", "-c", "command -v " + tool).out().strip());
      Files.createSymbolicLink(tools.resolve(tool), real);
    }
    env = new HashMap<>();
    env.put("HOME", home.toString());
    env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + tools);
    env.put("LANG", "C.UTF-8");
    env.put("GIT_AUTHOR_NAME", "A Tester");
    env.put("GIT_AUTHOR_EMAIL", "tester@example.com");
    env.put("GIT_COMMITTER_NAME", "A Tester");
    env.put("GIT_COMMITTER_EMAIL", "tester@example.com");
    assertNotEquals(0, run(tmp, "sh", "-c", "command -v mvn").code(), "mvn must not be on PATH");
  }

  @Test
  void initInANewRepositoryThenValidateFillBuildCheckSiteAndDiff() throws Exception {
    Map<String, String> before = listing(install);
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    ok(run(repo, "git", "init", "-q"));
    ok(candor(repo, "init", "--yes"));
    Path inventory = onlyInventory(repo.resolve("privacy"));

    Run todo = candor(repo, "validate");
    assertEquals(2, todo.code(), todo.all());
    assertTodoErrors(todo, repo.relativize(inventory));

    fillTodos(inventory);
    ok(candor(repo, "validate"));
    assertValidAgainstItsEditorLineSchema(inventory);
    // The site settings init wrote have their own TODO (where the site is published).
    Path siteSettings = repo.resolve("privacy/site/site.yaml");
    fillTodos(siteSettings);
    assertValidAgainstItsEditorLineSchema(siteSettings);
    theRestOfTheDay(repo, inventory);
    assertCachedOutsideTheInstall(before, "init", "validate", "build", "check", "site", "diff");
  }

  /**
   * The same day without {@code candor init}: a hand-written inventory in Candor's default layout
   * (notices/, site/, schema/), which needs no candor.yaml.
   */
  @Test
  void aHandWrittenInventoryGoesFromTodoToDiff() throws Exception {
    Map<String, String> before = listing(install);
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    ok(run(repo, "git", "init", "-q"));
    Path inventory = Files.createDirectories(repo.resolve("notices")).resolve("app.yaml");
    String shop = Files.readString(Path.of("notices/shop.yaml"));
    Files.writeString(
        inventory,
        shop.replace("  email: privacy@larchandloom.example", "  email: \"TODO: contact email\"")
            .replaceFirst("(?m)^  address: .*$", "  address: TODO postal address"));
    Files.createDirectories(repo.resolve("schema"));
    Files.copy(
        install.resolve("schema/inventory.schema.json"),
        repo.resolve("schema/inventory.schema.json"));
    Files.createDirectories(repo.resolve("site"));
    Files.writeString(
        repo.resolve("site/site.yaml"),
        "name: Example privacy centre\nbase_url: https://privacy.example/\nlanguage: en\n");

    Run todo = candor(repo, "validate", "notices/app.yaml");
    assertEquals(2, todo.code(), todo.all());
    assertTodoErrors(todo, Path.of("notices/app.yaml"));

    fillTodos(inventory);
    ok(candor(repo, "validate", "notices/app.yaml"));
    assertValidAgainstItsEditorLineSchema(inventory);
    theRestOfTheDay(repo, inventory);
    assertCachedOutsideTheInstall(before, "validate", "build", "check", "site", "diff");
  }

  @Test
  void shipsTheLicencesOfEveryLibraryInsideTheJar() throws Exception {
    String listed = Files.readString(install.resolve("licenses/THIRD-PARTY.txt"));
    for (String library :
        List.of(
            "info.picocli:picocli",
            "org.freemarker:freemarker",
            "org.eclipse.jgit",
            "io.github.openhtmltopdf:openhtmltopdf-pdfbox",
            "org.commonmark:commonmark",
            "com.fasterxml.jackson.dataformat:jackson-dataformat-yaml")) {
      assertTrue(listed.contains(library), library + " in licenses/THIRD-PARTY.txt:\n" + listed);
    }
    assertTrue(!listed.contains("junit"), "test libraries are not shipped:\n" + listed);
    assertTrue(Files.isRegularFile(install.resolve("licenses/LICENSE-DejaVu.txt")));
    assertTrue(Files.isRegularFile(install.resolve("NOTICE")));
  }

  @Test
  void printsItsVersionAndCommitAndRefusesAnOldJava() throws Exception {
    Run v = candor(tmp, "--version");
    ok(v);
    assertTrue(
        v.out().matches("candor " + Pattern.quote(version) + " \\(([0-9a-f]{7,}|unknown)\\)\\s*"),
        v.all());

    Path xdg = tmp.resolve("xdg");
    Map<String, String> withXdg = new HashMap<>(env);
    withXdg.put("XDG_CACHE_HOME", xdg.toString());
    ok(exec(tmp, withXdg, candor.toString(), "--version"));
    assertTrue(
        Files.isRegularFile(xdg.resolve("candor/" + version + "/candor-other.jsa")),
        "XDG_CACHE_HOME is honoured: " + listing(tmp.resolve("xdg")).keySet());

    Path old = Files.createDirectories(tmp.resolve("old-jdk/bin")).resolve("java");
    Files.writeString(old, "#!/bin/sh\necho 'openjdk version \"11.0.2\" 2019-01-15' >&2\n");
    assertTrue(old.toFile().setExecutable(true));
    Map<String, String> oldJava = new HashMap<>(env);
    oldJava.put("JAVA_HOME", tmp.resolve("old-jdk").toString());
    oldJava.put("CANDOR_CDS", "off");
    Run refused = exec(tmp, oldJava, candor.toString(), "--version");
    assertEquals(2, refused.code(), refused.all());
    assertTrue(refused.err().contains("needs Java 17 or newer"), refused.all());
  }

  /**
   * On Java 25 or newer (CANDOR_JAVA) the launcher keeps an AOT cache per command in the user's
   * cache folder, in place of the class-data-sharing archive, and a run with it prints what a run
   * without it does.
   */
  @Test
  void onJava25OrNewerKeepsAnAotCachePerCommandOutsideTheInstall() throws Exception {
    Jdks.Jdk jdk = Jdks.require(25, Integer.MAX_VALUE, "the release launcher's AOT cache");
    Map<String, String> before = listing(install);
    Map<String, String> with25 = new HashMap<>(env);
    with25.put("CANDOR_JAVA", jdk.home().toString());
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Files.createDirectories(repo.resolve("notices"));
    Files.copy(Path.of("notices/shop.yaml"), repo.resolve("notices/shop.yaml"));
    List<Run> runs = new ArrayList<>();
    for (String out : List.of("first", "second")) {
      Run r = exec(repo, with25, candor.toString(), "build", "notices/shop.yaml", "--out", out);
      ok(r);
      runs.add(new Run(r.code(), r.out().replace("second", "first"), r.err()));
    }
    assertEquals(runs.get(0), runs.get(1), "the run that recorded the cache and the one using it");
    assertTrue(!runs.get(0).all().contains("AOT"), runs.get(0).all());
    assertEquals(
        Files.readString(repo.resolve("first/shop.html")),
        Files.readString(repo.resolve("second/shop.html")));
    Path cache = home.resolve(".cache/candor/" + version);
    assertTrue(Files.isRegularFile(cache.resolve("candor-build.aot")), listing(home).toString());
    assertTrue(
        Files.readString(cache.resolve("candor-build.aot.stamp"))
            .contains(jdk.java().toRealPath().toString()),
        "stamped with the Java that made it");
    assertTrue(
        listing(cache).keySet().stream().noneMatch(f -> f.contains(".tmp")),
        "no temporary files left: " + listing(cache).keySet());
    assertEquals(before, listing(install), "nothing is written into the install folder");
  }

  /** build, check as SARIF and site succeed; a second commit changes a fact that diff names. */
  private void theRestOfTheDay(Path repo, Path inventory) throws Exception {
    ok(candor(repo, "build"));
    Run sarif = candor(repo, "check", "--format", "sarif");
    ok(sarif);
    assertTrue(sarif.out().contains("\"version\"") && sarif.out().contains("2.1.0"), sarif.all());
    ok(candor(repo, "site"));

    String file = repo.relativize(inventory).toString();
    ok(run(repo, "git", "add", "-A"));
    ok(run(repo, "git", "commit", "-q", "-m", "First notice"));
    String text = Files.readString(inventory);
    JsonNode tree = YAML.readTree(text);
    String email = tree.path("controller").path("email").asText();
    ((ObjectNode) tree.path("controller")).put("email", "privacy-team@changed.example");
    writeKeepingEditorLine(inventory, text, tree);
    ok(run(repo, "git", "commit", "-q", "-am", "New privacy contact"));

    Run diff = candor(repo, "diff", file + "@HEAD~1", file);
    assertTrue(diff.code() == 0 || diff.code() == 1, diff.all());
    assertTrue(
        diff.out().contains("privacy-team@changed.example"), "names the change: " + diff.all());
    assertTrue(diff.out().contains(email), "names the old value: " + diff.all());
  }

  private static void assertTodoErrors(Run run, Path file) {
    Matcher m =
        Pattern.compile(
                Pattern.quote(file.toString())
                    + ":\\d+:\\d+: error(\\[todo\\])?: this value is still to be filled in")
            .matcher(run.err());
    assertTrue(m.find(), "located todo errors: " + run.all());
  }

  /** Replaces every value starting with TODO by a plausible fact for its key. */
  private static void fillTodos(Path inventory) throws IOException {
    String text = Files.readString(inventory);
    JsonNode tree = YAML.readTree(text);
    fill(tree, "");
    writeKeepingEditorLine(inventory, text, tree);
    assertTrue(!Files.readString(inventory).contains("TODO"), Files.readString(inventory));
  }

  /** Fills the TODOs under {@code node}, the value of {@code key}. */
  private static void fill(JsonNode node, String key) {
    if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (isTodo(e.getValue())) {
          e.setValue(TextNode.valueOf(plausible(e.getKey())));
        } else {
          fill(e.getValue(), e.getKey());
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (isTodo(node.get(i))) {
          ((com.fasterxml.jackson.databind.node.ArrayNode) node)
              .set(i, JsonNodeFactory.instance.textNode(plausible(key)));
        } else {
          fill(node.get(i), key);
        }
      }
    }
  }

  private static boolean isTodo(JsonNode node) {
    return node.isTextual() && node.asText().strip().startsWith("TODO");
  }

  private static String plausible(String key) {
    return switch (key) {
      case "email" -> "privacy@example.com";
      case "website", "url", "base_url" -> "https://example.com/";
      case "country" -> "DE";
      case "address" -> "Example Street 1, 10115 Berlin, Germany";
      case "phone" -> "+49 30 1234567";
      case "duration" -> "P1Y";
      case "protections" -> "encryption-at-rest";
      default -> "Example " + key.replace('_', ' ');
    };
  }

  private static void writeKeepingEditorLine(Path file, String before, JsonNode tree)
      throws IOException {
    String first = before.lines().findFirst().orElse("");
    String editor = EDITOR_LINE.matcher(first).find() ? first + "\n" : "";
    Files.writeString(file, editor + YAML.writeValueAsString(tree));
  }

  /** Checked with a JSON Schema validator, not with Candor. */
  private static void assertValidAgainstItsEditorLineSchema(Path inventory) throws IOException {
    String first = Files.readString(inventory).lines().findFirst().orElse("");
    Matcher m = EDITOR_LINE.matcher(first);
    assertTrue(m.find(), "editor line in " + inventory + ": " + first);
    Path schemaFile = inventory.getParent().resolve(m.group(1)).normalize();
    assertTrue(Files.isRegularFile(schemaFile), "the editor line's schema " + schemaFile);
    JsonSchema schema = JsonSchemas.validator(schemaFile);
    Set<ValidationMessage> errors = schema.validate(YAML.readTree(inventory.toFile()));
    assertEquals(
        List.of(),
        errors.stream().map(ValidationMessage::toString).sorted().toList(),
        Files.readString(inventory));
  }

  /** Class-data archives went to ~/.cache/candor/<version>/; the install folder is unchanged. */
  private void assertCachedOutsideTheInstall(Map<String, String> before, String... commands)
      throws IOException {
    assertEquals(before, listing(install), "nothing is written into the install folder");
    Path cache = home.resolve(".cache/candor/" + version);
    for (String command : commands) {
      assertTrue(
          Files.isRegularFile(cache.resolve("candor-" + command + ".jsa")),
          command + "'s archive in " + cache + ": " + listing(home).keySet());
    }
  }

  private static Map<String, String> listing(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return Map.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.collect(
          Collectors.toMap(
              p -> dir.relativize(p).toString(),
              p -> p.toFile().length() + " bytes, modified " + p.toFile().lastModified(),
              (a, b) -> a,
              TreeMap::new));
    }
  }

  private Run candor(Path dir, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(candor.toString());
    cmd.addAll(List.of(args));
    return exec(dir, env, cmd.toArray(String[]::new));
  }

  private Run run(Path dir, String... cmd) throws Exception {
    return exec(dir, env, cmd);
  }

  private static void ok(Run run) {
    assertEquals(0, run.code(), run.all());
  }

  private static Path onlyInventory(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      List<Path> yaml = s.filter(p -> p.toString().endsWith(".yaml")).toList();
      assertEquals(1, yaml.size(), "one inventory in " + folder + ": " + yaml);
      return yaml.get(0);
    }
  }

  /** Runs a process with exactly the given environment (nothing inherited when it is set). */
  private static Run exec(Path dir, Map<String, String> env, String... cmd) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    if (!env.isEmpty()) {
      pb.environment().clear();
      pb.environment().putAll(env);
    }
    Path out = Files.createTempFile("candor-out", ".txt");
    Path err = Files.createTempFile("candor-err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process p = pb.start();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "finished: " + String.join(" ", cmd));
    Run r = new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    Files.delete(out);
    Files.delete(err);
    return r;
  }
}
