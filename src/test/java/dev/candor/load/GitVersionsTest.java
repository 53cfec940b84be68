package dev.candor.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.candor.pipeline.Build;
import dev.candor.problem.InvalidInputException;
import dev.candor.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Earlier versions read from a notice file's git history, in a repository the test makes. */
class GitVersionsTest {
  @TempDir Path tmp;

  /** The example at another version, with a change log that ends at that version. */
  private static String version(String yaml, String version, String date) {
    String head = yaml.substring(0, yaml.indexOf("\nchanges:\n") + 1);
    return head.replace("version: \"1.2\"", "version: \"" + version + "\"")
            .replace("effective: 2026-04-01", "effective: " + date)
        + "changes:\n  - version: \""
        + version
        + "\"\n    date: "
        + date
        + "\n    summary: Version "
        + version
        + ".\n";
  }

  private Path repoWith(String... versionsAndDates) throws Exception {
    Path notices = Files.createDirectories(tmp.resolve("notices"));
    String saas = Files.readString(Path.of("notices/saas.yaml"));
    try (Git git = Git.init().setDirectory(tmp.toFile()).setInitialBranch("main").call()) {
      for (int i = 0; i < versionsAndDates.length; i += 3) {
        String yaml = version(saas, versionsAndDates[i], versionsAndDates[i + 1]);
        String title = versionsAndDates[i + 2];
        Files.writeString(
            notices.resolve("saas.yaml"),
            title.isEmpty()
                ? yaml
                : yaml.replace("title: Privacy notice for Shiftwise", "title: " + title));
        git.add().addFilepattern("notices/saas.yaml").call();
        git.commit()
            .setMessage("v" + versionsAndDates[i])
            .setSign(false)
            .setAuthor("Test", "test@example.com")
            .setCommitter("Test", "test@example.com")
            .call();
      }
    }
    return notices;
  }

  private static List<String> versions(History h) {
    return h.versions().stream().map(v -> v.inventory().notice().version()).toList();
  }

  @Test
  void versionsComeFromTheFilesHistoryWhenAsked() throws Exception {
    Path notices =
        repoWith("1.0", "2025-01-01", "", "1.1", "2025-06-01", "", "1.2", "2026-04-01", "");
    var loader = Build.loader(Limits.DEFAULTS);
    assertEquals(List.of("1.2"), versions(Archive.load(notices, loader).get(0)));
    History h = Archive.load(notices, loader, true).get(0);
    assertEquals(List.of("1.0", "1.1", "1.2"), versions(h));
    assertEquals("notices/saas.yaml@", h.versions().get(0).source().file().substring(0, 18));
  }

  @Test
  void aVersionThatChangedBetweenCommitsIsAnError() throws Exception {
    Path notices =
        repoWith(
            "1.0",
            "2025-01-01",
            "",
            "1.0",
            "2025-01-01",
            "Shiftwise privacy notice",
            "1.2",
            "2026-04-01",
            "");
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> Archive.load(notices, Build.loader(Limits.DEFAULTS), true));
    assertEquals(List.of("silent-change"), e.problems().stream().map(Problem::rule).toList());
  }

  @Test
  void aFolderOutsideARepositoryHasNoGitVersions() throws Exception {
    Path notices = Files.createDirectories(tmp.resolve("plain"));
    Files.copy(Path.of("notices/saas.yaml"), notices.resolve("saas.yaml"));
    assertEquals(
        List.of("1.2"),
        versions(Archive.load(notices, Build.loader(Limits.DEFAULTS), true).get(0)));
  }
}
