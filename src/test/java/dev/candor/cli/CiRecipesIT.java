package dev.candor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI recipes' shell steps, as users run them: docs/ci/candor-ci.sh on a test repository with
 * the shaded jar, on a full clone and on a shallow one; and the recipes call nothing else.
 */
class CiRecipesIT {
  private static final Path SCRIPT = Path.of("docs/ci/candor-ci.sh").toAbsolutePath();
  private static final Path HOOK = Path.of("docs/ci/pre-commit").toAbsolutePath();
  private static final Path JAR = Path.of("target/candor.jar").toAbsolutePath();
  private static final String HINT =
      "fetch the full history with 'git fetch --unshallow'; in GitHub Actions, give"
          + " actions/checkout 'fetch-depth: 0'";

  @TempDir static Path tmp;
  static Path repo;
  static Path candor;

  record Run(int code, String out, String err) {
    String all() {
      return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  /** Two commits: the shop's notice 2.0, then 2.1 sharing the email address with Stripe. */
  @BeforeAll
  static void makeARepositoryWithTwoVersions() throws Exception {
    candor = tmp.resolve("bin/candor");
    Files.createDirectories(candor.getParent());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Files.writeString(candor, "#!/bin/sh\nexec '" + java + "' -jar '" + JAR + "' \"$@\"\n");
    Files.setPosixFilePermissions(candor, PosixFilePermissions.fromString("rwxr-xr-x"));

    repo = Files.createDirectories(tmp.resolve("repo"));
    Path notices = Files.createDirectories(repo.resolve("notices"));
    copyTree(Path.of("site"), repo.resolve("site"));
    // These notices are in English only: the example site's further languages are left out.
    Path siteYaml = repo.resolve("site/site.yaml");
    Files.writeString(siteYaml, Files.readString(siteYaml).replaceFirst("(?m)^languages:.*\n", ""));
    String shop = Files.readString(Path.of("notices/shop.yaml"));
    Files.writeString(notices.resolve("shop.yaml"), shop);
    git(repo, "init", "-q", "-b", "main");
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "Notice 2.0");

    String changed =
        shop.replace("version: \"2.0\"", "version: \"2.1\"")
            .replace("effective: 2026-03-01", "effective: 2026-05-01")
            .replace("    recipients: [postmark]", "    recipients: [postmark, stripe]");
    assertFalse(changed.equals(shop), "the example still has the facts this test changes");
    Files.writeString(notices.resolve("shop.yaml"), changed);
    Files.writeString(
        notices.resolve("outlet.yaml"), changed.replace("  id: shop\n", "  id: outlet\n"));
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "Notice 2.1: Stripe sends receipts; a notice for the outlet");
  }

  @Test
  void checkPassesAndWritesSarif() throws Exception {
    Run r = script(repo, Map.of(), "check");
    assertEquals(0, r.code(), r.all());
    JsonNode sarif = new ObjectMapper().readTree(repo.resolve("candor.sarif").toFile());
    assertEquals("2.1.0", sarif.path("version").asText(), r.all());
    assertEquals(
        "Candor", sarif.path("runs").path(0).path("tool").path("driver").path("name").asText());
  }

  @Test
  void diffReportsTheMaterialChangeAndFails() throws Exception {
    Path stepSummary = tmp.resolve("step-summary.md");
    Files.writeString(stepSummary, "earlier step\n");
    Run r = script(repo, Map.of("GITHUB_STEP_SUMMARY", stepSummary.toString()), "diff", "HEAD~1");
    assertEquals(1, r.code(), r.all());
    String md = Files.readString(repo.resolve("candor-diff.md"));
    assertTrue(md.startsWith("# Privacy notices: changes since `HEAD~1`"), md);
    assertTrue(md.contains("| **Material** | Email address |"), md);
    assertTrue(md.contains("We now share your email address with Stripe Payments Europe"), md);
    assertTrue(
        md.contains(
            "`notices/outlet.yaml` is new: there is no earlier version to compare it with."),
        md);
    assertTrue(md.contains("tell people before the changes take effect"), md);
    assertTrue(r.err().contains("notices/shop.yaml: material changes since HEAD~1"), r.all());
    assertEquals("earlier step\n" + md, Files.readString(stepSummary), "added to the summary");
  }

  @Test
  void diffAgainstTheSameCommitFindsNothing() throws Exception {
    Path work = cloneOf("same", false);
    Run r = script(work, Map.of(), "diff", "HEAD");
    assertEquals(0, r.code(), r.all());
    assertTrue(
        Files.readString(work.resolve("candor-diff.md"))
            .contains("No notice in `notices` changed."));
  }

  @Test
  void diffReadsTheNoticesFolderFromCandorYaml() throws Exception {
    Path work = cloneOf("moved", false);
    git(work, "mv", "notices", "privacy");
    Files.writeString(work.resolve("candor.yaml"), "notices: privacy   # where they live\n");
    git(work, "add", ".");
    git(work, "commit", "-q", "-m", "Notices in privacy/");
    // HEAD~1 had no privacy/ folder: both notices are new there.
    Run r = script(work.resolve("privacy"), Map.of(), "diff", "HEAD~1");
    assertEquals(0, r.code(), r.all());
    String md = Files.readString(work.resolve("privacy/candor-diff.md"));
    assertTrue(md.contains("`../privacy/shop.yaml` is new"), md);
    assertTrue(md.contains("`../privacy/outlet.yaml` is new"), md);
  }

  @Test
  void siteBuildsEveryVersionFromHistory() throws Exception {
    Path work = cloneOf("site", false);
    Run r = script(work, Map.of(), "site");
    assertEquals(0, r.code(), r.all());
    assertTrue(Files.isRegularFile(work.resolve("out/site/index.html")), r.all());
    assertTrue(Files.isDirectory(work.resolve("out/site/shop/2.0")), r.all());
    assertTrue(Files.isDirectory(work.resolve("out/site/shop/2.1")), r.all());
  }

  @Test
  void aShallowCloneStopsSiteAndDiffWithTheHint() throws Exception {
    Path shallow = cloneOf("shallow", true);
    Run site = script(shallow, Map.of(), "site");
    assertEquals(2, site.code(), site.all());
    assertTrue(site.err().contains(HINT), site.all());
    assertFalse(Files.exists(shallow.resolve("out/site")), "no shorter site");

    Run diff = script(shallow, Map.of(), "diff", "HEAD~1");
    assertEquals(2, diff.code(), diff.all());
    assertTrue(diff.err().contains(HINT), diff.all());
    String md = Files.readString(shallow.resolve("candor-diff.md"));
    assertTrue(md.contains("Candor could not compare `notices/shop.yaml`"), md);
    assertTrue(md.contains(HINT), md);
  }

  @Test
  void thePreCommitHookStopsAnInvalidNotice() throws Exception {
    Path work = cloneOf("hook", false);
    Path hook = work.resolve(".git/hooks/pre-commit");
    Files.copy(HOOK, hook, StandardCopyOption.REPLACE_EXISTING);
    Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path shop = work.resolve("notices/shop.yaml");
    Files.writeString(
        shop, Files.readString(shop).replace("    basis: contract", "    basis: contrakt"));
    git(work, "add", ".");
    Run r = run(work, Map.of("CANDOR", candor.toString()), gitCommand("commit", "-q", "-m", "x"));
    assertEquals(1, r.code(), r.all());
    assertTrue(
        r.err().matches("(?s).*notices/shop\\.yaml:\\d+:\\d+: error: 'contrakt' is not a valid.*"),
        r.all());
  }

  @Test
  void theGitHubWorkflowRunsTheScriptWithTheWholeHistory() throws Exception {
    JsonNode wf = new YAMLMapper().readTree(Path.of("docs/ci/github-actions.yml").toFile());
    assertTrue(wf.path("on").has("pull_request"), "runs on pull requests");
    assertEquals("main", wf.path("on").path("push").path("branches").path(0).asText());
    JsonNode job = wf.path("jobs").path("candor");
    assertEquals("write", job.path("permissions").path("security-events").asText());
    assertEquals("write", job.path("permissions").path("pull-requests").asText());
    JsonNode checkout = step(job, "actions/checkout@");
    assertEquals(0, checkout.path("with").path("fetch-depth").asInt(-1), "full history");
    JsonNode java = step(job, "actions/setup-java@");
    assertEquals("17", java.path("with").path("java-version").asText());
    assertEquals("temurin", java.path("with").path("distribution").asText());
    assertTrue(step(job, "actions/cache@").path("with").path("key").asText().contains("VERSION"));
    assertEquals(
        "candor.sarif",
        step(job, "github/codeql-action/upload-sarif@").path("with").path("sarif_file").asText());
    List<String> runs = new ArrayList<>();
    job.path("steps").forEach(s -> runs.add(s.path("run").asText()));
    String all = String.join("\n", runs);
    assertTrue(all.contains("sh \"$CANDOR_CI\" check"), all);
    assertTrue(all.contains("sh \"$CANDOR_CI\" diff \"origin/${{ github.base_ref }}\""), all);
    assertTrue(all.contains("sh \"$CANDOR_CI\" site"), all);
    assertTrue(all.contains("gh pr comment"), all);
    assertEquals(Set.of("check", "diff", "site"), subcommands(all));
  }

  @Test
  void theGitLabJobsRunTheScriptWithTheWholeHistory() throws Exception {
    JsonNode ci = new YAMLMapper().readTree(Path.of("docs/ci/gitlab-ci.yml").toFile());
    assertEquals(0, ci.path("variables").path("GIT_DEPTH").asInt(-1), "full history");
    assertEquals("eclipse-temurin:17", ci.path(".candor").path("image").asText());
    assertTrue(ci.path(".candor").path("cache").path("key").asText().contains("CANDOR_VERSION"));
    Map<String, String> scripts = new LinkedHashMap<>();
    ci.fields()
        .forEachRemaining(
            e -> {
              if (e.getValue().has("script")) {
                scripts.put(e.getKey(), e.getValue().path("script").toString());
              }
            });
    assertTrue(scripts.get("candor-check").contains("candor-ci.sh\\\" check"), scripts.toString());
    assertTrue(
        scripts
            .get("candor-diff")
            .contains("candor-ci.sh\\\" diff \\\"$CI_MERGE_REQUEST_DIFF_BASE_SHA\\\""),
        scripts.toString());
    assertTrue(scripts.get("candor-site").contains("candor-ci.sh\\\" site"), scripts.toString());
    assertEquals(
        "candor.sarif", ci.path("candor-check").path("artifacts").path("paths").path(0).asText());
    assertEquals(
        "candor-diff.md", ci.path("candor-diff").path("artifacts").path("paths").path(0).asText());
    assertEquals(Set.of("check", "diff", "site"), subcommands(String.join("\n", scripts.values())));
  }

  /** The candor-ci.sh subcommands a recipe calls: each one is run above. */
  private static Set<String> subcommands(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = Pattern.compile("candor-ci\\.sh\\\\?\"? (\\w+)").matcher(text);
    Matcher n = Pattern.compile("\\$CANDOR_CI\"? (\\w+)").matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    while (n.find()) {
      found.add(n.group(1));
    }
    return found;
  }

  private static JsonNode step(JsonNode job, String uses) {
    for (JsonNode s : job.path("steps")) {
      if (s.path("uses").asText().startsWith(uses)) {
        return s;
      }
    }
    throw new AssertionError("no step uses " + uses);
  }

  private static Path cloneOf(String name, boolean shallow) throws Exception {
    Path dir = tmp.resolve(name);
    List<String> args = new ArrayList<>(List.of("clone", "-q"));
    if (shallow) {
      args.addAll(List.of("--depth", "1"));
    }
    args.addAll(List.of(repo.toUri().toString(), dir.toString()));
    git(tmp, args.toArray(String[]::new));
    return dir;
  }

  private static Run script(Path dir, Map<String, String> env, String... args) throws Exception {
    Map<String, String> all = new LinkedHashMap<>(env);
    all.put("CANDOR", candor.toString());
    List<String> cmd = new ArrayList<>(List.of("sh", SCRIPT.toString()));
    cmd.addAll(List.of(args));
    return run(dir, all, cmd);
  }

  private static List<String> gitCommand(String... args) {
    List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=Test"));
    cmd.addAll(List.of("-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"));
    cmd.addAll(List.of(args));
    return cmd;
  }

  private static void git(Path dir, String... args) throws Exception {
    Run r = run(dir, Map.of(), gitCommand(args));
    assertEquals(0, r.code(), () -> "git " + String.join(" ", args) + ": " + r.all());
  }

  private static Run run(Path dir, Map<String, String> env, List<String> cmd)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    // What a CI runner would set must not leak into the test, nor the user's git settings.
    pb.environment().remove("GITHUB_STEP_SUMMARY");
    pb.environment().remove("CANDOR");
    pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    pb.environment().put("HOME", tmp.toString());
    pb.environment().putAll(env);
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "finished: " + cmd);
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
