package dev.candor.check;

import dev.candor.problem.ChecksFailedException;
import dev.candor.problem.Problem;
import java.util.List;

/** The findings of one check run, file by file, and which rules were switched off and why. */
public record CheckReport(List<FileReport> files) {
  public CheckReport {
    files = List.copyOf(files);
  }

  /**
   * The findings and readability of one inventory, and the words on its notice's page ({@link
   * Subject#UNKNOWN} when the notice was not laid out).
   */
  public record FileReport(
      String file,
      List<Problem> findings,
      List<Disabled> disabled,
      Readability.Score prose,
      int maxGrade,
      int pageWords) {
    public FileReport {
      findings = findings.stream().sorted().toList();
      disabled = List.copyOf(disabled);
    }
  }

  /** A rule that did not run, why, and who said so ("inventory" or "command line"). */
  public record Disabled(String rule, String reason, String by) {}

  /** This report with more findings, each added to the report of the file it is located in. */
  public CheckReport with(List<Problem> more) {
    List<FileReport> out = new java.util.ArrayList<>();
    for (FileReport f : files) {
      List<Problem> findings = new java.util.ArrayList<>(f.findings());
      more.stream().filter(p -> p.at().file().equals(f.file())).forEach(findings::add);
      out.add(
          new FileReport(f.file(), findings, f.disabled(), f.prose(), f.maxGrade(), f.pageWords()));
    }
    return new CheckReport(out);
  }

  /**
   * This report with more findings about one file, wherever they are located (a translation's
   * findings are located in the translation file, and belong to the inventory it translates).
   */
  public CheckReport withFor(String file, List<Problem> more) {
    List<FileReport> out = new java.util.ArrayList<>();
    for (FileReport f : files) {
      List<Problem> findings = new java.util.ArrayList<>(f.findings());
      if (f.file().equals(file)) {
        findings.addAll(more);
      }
      out.add(
          new FileReport(f.file(), findings, f.disabled(), f.prose(), f.maxGrade(), f.pageWords()));
    }
    return new CheckReport(out);
  }

  /** Every finding of every file, in file order. */
  public List<Problem> findings() {
    return files.stream().flatMap(f -> f.findings().stream()).toList();
  }

  /** How many findings are errors. */
  public long errors() {
    return findings().stream().filter(Problem::isError).count();
  }

  /** How many findings are warnings. */
  public long warnings() {
    return findings().size() - errors();
  }

  /** Whether any finding is an error, which fails the run. */
  public boolean failed() {
    return errors() > 0;
  }

  /** The error that fails a run with this report's findings. */
  public ChecksFailedException failure() {
    return new ChecksFailedException(ReportWriter.human(this), errors());
  }
}
