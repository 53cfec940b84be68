package dev.candor.problem;

import java.util.List;

/**
 * Checks found errors: the notice would be legally incomplete or misleading. Exit {@link
 * ExitCodes#FINDINGS}.
 */
public final class ChecksFailedException extends CandorException {
  private final String report;
  private final String tail;

  /**
   * @param report the check report as a person reads it
   * @param errors how many findings are errors
   */
  public ChecksFailedException(String report, long errors) {
    this(report, errors + (errors == 1 ? " check" : " checks") + " failed; nothing was written.");
  }

  private ChecksFailedException(String report, String tail) {
    super(tail, null);
    this.report = report;
    this.tail = tail;
  }

  /** Under {@code --strict}: warnings, and no errors, fail the run; each warning is listed. */
  public static ChecksFailedException strict(List<Problem> warnings) {
    StringBuilder report = new StringBuilder();
    warnings.stream()
        .sorted()
        .forEach(
            w -> report.append(w.citation() == null ? w.format() : w.formatFinding()).append('\n'));
    return new ChecksFailedException(
        report.toString(), strictSummary(warnings.size()) + "; nothing was written.");
  }

  /** Under {@code --require-approval}: versions with material changes that nobody approved. */
  public static ChecksFailedException unapproved(List<Problem> missing) {
    StringBuilder report = new StringBuilder();
    missing.stream().sorted().forEach(p -> report.append(p.formatFinding()).append('\n'));
    int n = missing.size();
    return new ChecksFailedException(
        report.toString(),
        n
            + (n == 1 ? " version has" : " versions have")
            + " material changes and no approval; nothing was written.");
  }

  /** The line that says how many warnings {@code --strict} turned into failures. */
  public static String strictSummary(long warnings) {
    return "strict mode turned "
        + warnings
        + (warnings == 1 ? " warning" : " warnings")
        + " into failures";
  }

  /** The check report as a person reads it. */
  public String report() {
    return report;
  }

  @Override
  public int exitCode() {
    return ExitCodes.FINDINGS;
  }

  @Override
  public List<String> explain() {
    String shown = report.endsWith("\n") ? report.substring(0, report.length() - 1) : report;
    return report.isEmpty() ? List.of(tail) : List.of(shown, tail);
  }
}
