package dev.candor.problem;

import java.util.List;

/**
 * Checks found errors: the notice would be legally incomplete or misleading. Exit {@link
 * ExitCodes#FINDINGS}.
 */
public final class ChecksFailedException extends CandorException {
  private final String report;
  private final long errors;

  /**
   * @param report the check report as a person reads it
   * @param errors how many findings are errors
   */
  public ChecksFailedException(String report, long errors) {
    super(errors + " check(s) failed", null);
    this.report = report;
    this.errors = errors;
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
    String tail = errors + (errors == 1 ? " check" : " checks") + " failed; nothing was written.";
    String shown = report.endsWith("\n") ? report.substring(0, report.length() - 1) : report;
    return report.isEmpty() ? List.of(tail) : List.of(shown, tail);
  }
}
