package dev.candor.load;

import dev.candor.problem.InvalidInputException;
import dev.candor.problem.Location;
import dev.candor.problem.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Earlier versions of an inventory taken from its file's git history: for each version number, the
 * last commit that had it. The same version number with different content in two commits is an
 * error, as everywhere else: nothing may change silently.
 */
final class GitVersions {
  private GitVersions() {}

  /** The versions in the history of {@code file}, newest first; none outside a repository. */
  static List<LoadedInventory> of(Path file, InventoryLoader loader, List<Problem> problems)
      throws IOException {
    Path abs = file.toAbsolutePath().normalize();
    FileRepositoryBuilder builder =
        new FileRepositoryBuilder().findGitDir(abs.getParent().toFile());
    if (builder.getGitDir() == null) {
      return List.of();
    }
    Map<String, LoadedInventory> byVersion = new LinkedHashMap<>();
    try (Repository repo = builder.setMustExist(true).build();
        RevWalk walk = new RevWalk(repo)) {
      if (ShallowClone.is(repo)) {
        // A shorter site that says nothing would lose versions silently.
        problems.add(
            ShallowClone.problem(
                Location.of(file.toString()),
                "--git-history cannot read every version of "
                    + file
                    + ": "
                    + repo.getWorkTree()
                    + " is a shallow clone, its history cut short"));
        return List.of();
      }
      ObjectId head = repo.resolve("HEAD^{commit}");
      if (head == null) {
        return List.of();
      }
      String path =
          repo.getWorkTree()
              .toPath()
              .toRealPath()
              .relativize(abs.getParent().toRealPath().resolve(abs.getFileName()))
              .toString()
              .replace(java.io.File.separatorChar, '/');
      walk.sort(RevSort.TOPO);
      walk.sort(RevSort.COMMIT_TIME_DESC, true);
      walk.setTreeFilter(AndTreeFilter.create(PathFilter.create(path), TreeFilter.ANY_DIFF));
      walk.markStart(walk.parseCommit(head));
      for (RevCommit c : walk) {
        try (TreeWalk tw = TreeWalk.forPath(repo, path, c.getTree())) {
          if (tw == null) {
            continue;
          }
          String name = path + "@" + c.abbreviate(10).name();
          LoadedInventory li;
          try {
            li = loader.parse(name, repo.open(tw.getObjectId(0)).getBytes());
          } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            continue;
          }
          String v = li.inventory().notice().version();
          LoadedInventory newer = byVersion.putIfAbsent(v, li);
          if (newer != null && !newer.inventory().equals(li.inventory())) {
            problems.add(
                Problem.error(
                    Location.of(newer.source().file()),
                    "silent-change",
                    "version " + v + " changed after " + name + " without a new version number",
                    "keep such versions in notices/archive/ instead of reading git history, or"
                        + " build without --git-history"));
          }
        }
      }
    } catch (org.eclipse.jgit.api.errors.JGitInternalException e) {
      // JGit reports a damaged or incomplete repository while walking as an unchecked error.
      throw new IOException(file + ": cannot read its git history: " + e.getMessage(), e);
    }
    return new ArrayList<>(byVersion.values());
  }
}
