package dev.candor.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Bad input: an inventory, a settings file, a template or a manifest with errors. Carries every
 * problem found, sorted by location; exit {@link ExitCodes#BAD_INPUT}.
 */
public final class InvalidInputException extends CandorException {
  private final transient List<Problem> problems;

  public InvalidInputException(List<Problem> problems) {
    this(problems, null);
  }

  public InvalidInputException(List<Problem> problems, Throwable cause) {
    super(problems.size() + " problem(s)", cause);
    this.problems = problems.stream().sorted().toList();
  }

  /** One located problem, e.g. a template error at its line and column. */
  public static InvalidInputException at(
      Location at, String rule, String message, String hint, Throwable cause) {
    return new InvalidInputException(List.of(Problem.error(at, rule, message, hint)), cause);
  }

  public List<Problem> problems() {
    return problems;
  }

  @Override
  public int exitCode() {
    return ExitCodes.BAD_INPUT;
  }

  @Override
  public List<String> explain() {
    List<String> lines = new ArrayList<>();
    // A check's finding keeps its rule and citation, as in a check report.
    problems.forEach(p -> lines.add(p.citation() == null ? p.format() : p.formatFinding()));
    long errors = problems.stream().filter(Problem::isError).count();
    lines.add(errors + (errors == 1 ? " error" : " errors") + "; nothing was written.");
    return lines;
  }
}
