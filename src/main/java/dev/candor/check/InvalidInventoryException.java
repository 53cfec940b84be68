package dev.candor.check;

import java.util.List;

/** Thrown when an inventory has errors; carries every problem found, sorted. */
public final class InvalidInventoryException extends Exception {
  private final transient List<Problem> problems;

  public InvalidInventoryException(List<Problem> problems) {
    super(problems.size() + " problem(s)");
    this.problems = problems.stream().sorted().toList();
  }

  public List<Problem> problems() {
    return problems;
  }
}
