package dev.candor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.Candor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Earlier versions from git need the whole history: a shallow clone is refused, not trusted. */
class ShallowCloneTest {
  @TempDir static Path tmp;
  static Path full;
  static Path shallow;

  @BeforeAll
  static void cloneARepositoryWithTwoVersions() throws Exception {
    Path origin = Files.createDirectories(tmp.resolve("origin"));
    Path notices = Files.createDirectories(origin.resolve("notices"));
    Path site = Files.createDirectories(origin.resolve("site"));
    Files.writeString(
        site.resolve("site.yaml"),
        "name: Test privacy centre\nbase_url: https://privacy.example/\nlanguage: en\n");
    String saas = Files.readString(Path.of("notices/saas.yaml"));
    git(origin, "init", "-q", "-b", "main");
    Files.writeString(
        notices.resolve("saas.yaml"),
        saas.replace(
                "  - version: \"1.2\"\n    date: 2026-04-01\n    summary: We now show ads on LinkedIn"
                    + " using hashed email addresses. You can opt out.\n",
                "")
            .replace("version: \"1.2\"", "version: \"1.1\"")
            .replace("effective: 2026-04-01", "effective: 2025-06-01")
            .replace("date: 2025-11-03", "date: 2025-06-01"));
    git(origin, "add", ".");
    git(origin, "commit", "-q", "-m", "v1.1");
    Files.writeString(notices.resolve("saas.yaml"), saas);
    git(origin, "commit", "-q", "-a", "-m", "v1.2");
    full = tmp.resolve("full");
    shallow = tmp.resolve("shallow");
    git(tmp, "clone", "-q", origin.toUri().toString(), full.toString());
    git(tmp, "clone", "-q", "--depth", "1", origin.toUri().toString(), shallow.toString());
  }

  private static void git(Path dir, String... args) throws Exception {
    List<String> cmd = new java.util.ArrayList<>(List.of("git", "-c", "user.name=Test"));
    cmd.addAll(List.of("-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"));
    cmd.addAll(List.of(args));
    Process p =
        new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("git.log").toFile())
            .start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "git " + String.join(" ", args));
    assertEquals(0, p.exitValue(), () -> "git " + String.join(" ", args) + ": " + log());
  }

  private static String log() {
    try {
      return Files.readString(tmp.resolve("git.log"));
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }

  private static Candor site(Path clone) {
    return Candor.run(
        "site",
        "--git-history",
        "--notices",
        clone.resolve("notices").toString(),
        "--site",
        clone.resolve("site").toString(),
        "-o",
        clone.resolve("out/site").toString());
  }

  private static Candor diffWithPrevious(Path clone) {
    String file = clone.resolve("notices/saas.yaml").toString();
    return Candor.run("diff", file + "@HEAD~1", file);
  }

  private static void assertShallowHint(Candor r) {
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("shallow clone"), r::toString);
    assertTrue(r.err().contains("git fetch --unshallow"), r::toString);
    assertTrue(r.err().contains("fetch-depth: 0"), r::toString);
  }

  @Test
  void gitHistoryOfAFullCloneHasEveryVersion() {
    Candor r = site(full);
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("1 notices, 2 versions"), r::toString);
  }

  @Test
  void gitHistoryOfAShallowCloneIsRefusedWithTheHint() {
    Candor r = site(shallow);
    assertShallowHint(r);
    assertTrue(r.err().contains("saas.yaml"), r::toString);
    assertTrue(Files.notExists(shallow.resolve("out/site")), "nothing is written");
  }

  @Test
  void aRevisionInAFullCloneIsDiffed() {
    Candor r = diffWithPrevious(full);
    assertEquals(1, r.code(), r::toString);
  }

  @Test
  void aRevisionBeyondAShallowClonesDepthNamesTheCause() {
    Candor r = diffWithPrevious(shallow);
    assertShallowHint(r);
    assertTrue(r.err().contains("saas.yaml@HEAD~1"), r::toString);
  }

  @Test
  void aRevisionAShallowCloneHasIsRead() {
    String file = shallow.resolve("notices/saas.yaml").toString();
    Candor r = Candor.run("diff", file + "@HEAD", file);
    assertEquals(0, r.code(), r::toString);
  }
}
