package dev.candor.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.Candor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code FILE@REV} reads an inventory as committed, from a repository made here with JGit. */
class GitRevisionTest {
  private static final Path CASE = Path.of("src/test/resources/diff/cases/controller-name");
  private static final PersonIdent WHO = new PersonIdent("Test", "test@example.com");

  @TempDir Path repo;
  Path file;
  RevCommit v1;
  RevCommit v2;

  @BeforeEach
  void twoCommits() throws Exception {
    file = repo.resolve("notices/shop.yaml");
    Files.createDirectories(file.getParent());
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      Files.copy(CASE.resolve("old.yaml"), file);
      v1 = commit(git, "v1");
      Files.copy(CASE.resolve("new.yaml"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      v2 = commit(git, "v2");
    }
  }

  @Test
  void previousAndCurrentCommitsDiffer() {
    Candor r = Candor.run("diff", file + "@HEAD~1", file + "@HEAD");
    assertEquals(1, r.code(), r::toString);
    assertTrue(
        r.out()
            .contains(
                "MATERIAL  Birch Media GmbH is now responsible for your data instead of Birch Books GmbH."),
        r::toString);
  }

  @Test
  void aCommitIdCanBeComparedWithTheWorkTree() {
    Candor r = Candor.run("diff", file + "@" + v1.name(), file.toString());
    assertEquals(1, r.code(), r::toString);
    assertTrue(r.out().contains("Birch Media GmbH"), r::toString);
  }

  @Test
  void theSameCommitByTwoNamesHasNoChanges() {
    Candor r = Candor.run("diff", file + "@" + v2.name(), file + "@main");
    assertEquals(0, r.code(), r::toString);
  }

  @Test
  void anUnknownRevisionIsALocatedError() {
    Candor r = Candor.run("diff", file + "@v9", file.toString());
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains(file + "@v9:1:1: error: no revision 'v9'"), r::toString);
  }

  @Test
  void aFileMissingAtTheRevisionIsALocatedError() {
    Candor r = Candor.run("diff", repo.resolve("notices/other.yaml") + "@HEAD", file.toString());
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("notices/other.yaml does not exist at HEAD"), r::toString);
  }

  private static RevCommit commit(Git git, String message) throws Exception {
    git.add().addFilepattern("notices/shop.yaml").call();
    return git.commit().setMessage(message).setAuthor(WHO).setCommitter(WHO).setSign(false).call();
  }
}
