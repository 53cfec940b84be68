package dev.candor.load;

import dev.candor.problem.Location;
import dev.candor.problem.Problem;
import java.io.IOException;
import org.eclipse.jgit.lib.Repository;

/**
 * A clone made with {@code --depth} (the GitHub Actions default): its history stops at the depth,
 * so reading earlier versions from it would give fewer of them without saying so.
 */
final class ShallowClone {
  /** The one hint for every shallow-history problem. */
  static final String HINT =
      "fetch the full history with 'git fetch --unshallow'; in GitHub Actions, give"
          + " actions/checkout 'fetch-depth: 0'";

  private ShallowClone() {}

  /** Whether the repository's history is cut short ({@code .git/shallow} names commits). */
  static boolean is(Repository repo) throws IOException {
    return !repo.getObjectDatabase().getShallowCommits().isEmpty();
  }

  /** The error for a shallow clone, located at {@code at}. */
  static Problem problem(Location at, String message) {
    return Problem.error(at, "shallow-clone", message, HINT);
  }
}
