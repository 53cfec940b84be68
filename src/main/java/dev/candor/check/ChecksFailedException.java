package dev.candor.check;

/** Thrown when checks find errors: the notice would be legally incomplete or misleading. */
public final class ChecksFailedException extends Exception {
  private final transient CheckReport report;

  public ChecksFailedException(CheckReport report) {
    super(ReportWriter.summary(report));
    this.report = report;
  }

  public CheckReport report() {
    return report;
  }
}
