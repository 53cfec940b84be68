package dev.candor.load;

import dev.candor.problem.Location;
import dev.candor.problem.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds values still marked {@code TODO} (as {@code candor import} leaves them) and reports each as
 * one error, instead of whatever format error the placeholder would also cause.
 */
final class Todos {
  /** The marker that starts a value still to be filled in. */
  static final String MARKER = "TODO";

  private Todos() {}

  /** Adds a {@code todo} error for each marked value, dropping other errors at the same place. */
  static void replaceProblems(YamlNode root, List<Problem> problems) {
    List<YamlNode.Scalar> found = new ArrayList<>();
    Set<Location> at = new HashSet<>();
    collect(root, found, at);
    if (found.isEmpty()) {
      return;
    }
    problems.removeIf(p -> at.contains(p.at()));
    for (YamlNode.Scalar s : found) {
      problems.add(
          Problem.error(
              s.at(),
              "todo",
              "this value is still to be filled in: " + s.text(),
              "replace the whole value, including 'TODO', with the fact it asks for"));
    }
  }

  /** Collects marked values, and the places of them and of lists that hold them. */
  private static void collect(YamlNode node, List<YamlNode.Scalar> found, Set<Location> at) {
    if (node instanceof YamlNode.Scalar s) {
      if (s.type() == YamlNode.ScalarType.TEXT && s.text().strip().startsWith(MARKER)) {
        found.add(s);
        at.add(s.at());
      }
    } else if (node instanceof YamlNode.Sequence seq) {
      int before = found.size();
      seq.items().forEach(i -> collect(i, found, at));
      if (found.size() > before) {
        at.add(seq.at());
      }
    } else if (node instanceof YamlNode.Mapping m) {
      m.entries().values().forEach(e -> collect(e.value(), found, at));
    }
  }
}
