package dev.candor.load;

import dev.candor.problem.InvalidInputException;
import dev.candor.problem.Location;
import dev.candor.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * An inventory named on the command line: a file, or {@code FILE@REV} for the file as committed at
 * a git revision ({@code HEAD~1}, a branch, a tag or a commit id), read with JGit.
 *
 * @param name the argument as given, used in locations of problems
 * @param file the file
 * @param revision the git revision, or {@code null} for the file on disk
 */
public record InventoryRef(String name, Path file, String revision) {

  /** Reads {@code FILE@REV} as a revision unless a file of that exact name exists. */
  public static InventoryRef parse(String arg) {
    int at = arg.lastIndexOf('@');
    if (at <= 0 || at == arg.length() - 1 || Files.exists(Path.of(arg))) {
      return new InventoryRef(arg, Path.of(arg), null);
    }
    return new InventoryRef(arg, Path.of(arg.substring(0, at)), arg.substring(at + 1));
  }

  /** The bytes of the inventory; a missing repository, revision or file is a located problem. */
  public byte[] read(long maxBytes) throws IOException, InvalidInputException {
    if (revision == null) {
      return Files.readAllBytes(file);
    }
    Path abs = file.toAbsolutePath().normalize();
    FileRepositoryBuilder builder =
        new FileRepositoryBuilder().findGitDir(abs.getParent().toFile());
    if (builder.getGitDir() == null) {
      throw problem(
          "not-a-repository",
          file + " is not inside a git repository",
          "FILE@REV reads FILE from git; name a file inside a git work tree");
    }
    try (Repository repo = builder.setMustExist(true).build();
        RevWalk walk = new RevWalk(repo)) {
      RevCommit commit;
      try {
        commit = walk.parseCommit(resolve(repo));
      } catch (MissingObjectException e) {
        throw missing(repo);
      }
      Path root = repo.getWorkTree().toPath().toRealPath();
      Path dir = abs.getParent().toRealPath();
      String path =
          root.relativize(dir.resolve(abs.getFileName()))
              .toString()
              .replace(java.io.File.separatorChar, '/');
      try (TreeWalk tw = TreeWalk.forPath(repo, path, commit.getTree())) {
        if (tw == null) {
          throw problem(
              "no-such-file",
              path + " does not exist at " + revision,
              "check the path and the revision, e.g. with git log -- " + path);
        }
        ObjectLoader blob = repo.open(tw.getObjectId(0));
        if (blob.getSize() > maxBytes) {
          throw problem(
              "too-large",
              "the file has " + blob.getSize() + " bytes; the limit is " + maxBytes,
              "raise the limit with --max-bytes if the file is genuine");
        }
        return blob.getBytes();
      }
    }
  }

  private ObjectId resolve(Repository repo) throws IOException, InvalidInputException {
    ObjectId id;
    try {
      id = repo.resolve(revision + "^{commit}");
    } catch (RevisionSyntaxException e) {
      id = null;
    }
    if (id == null) {
      throw missing(repo);
    }
    return id;
  }

  /** A revision that is not there; in a shallow clone, likely because the clone cut it off. */
  private InvalidInputException missing(Repository repo) throws IOException {
    if (ShallowClone.is(repo)) {
      return new InvalidInputException(
          List.of(
              ShallowClone.problem(
                  Location.of(name),
                  "no revision '"
                      + revision
                      + "' here: "
                      + repo.getWorkTree()
                      + " is a shallow clone, its history cut short")));
    }
    return problem(
        "no-such-revision",
        "no revision '" + revision + "' in " + repo.getWorkTree(),
        "use a commit id, branch, tag or HEAD~N");
  }

  private InvalidInputException problem(String rule, String message, String hint) {
    return new InvalidInputException(
        List.of(Problem.error(Location.of(name), rule, message, hint)));
  }
}
