package dev.candor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.check.CheckReport.FileReport;
import dev.candor.load.Limits;
import dev.candor.pipeline.Build;
import dev.candor.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The examples in notices/ pass every check, and their notices read at grade 8 or below. */
class ExampleChecksTest {
  private static CheckReport report;

  @BeforeAll
  static void checkExamples() throws Exception {
    report =
        Build.check(Build.load(Build.defaultInputs(), Limits.DEFAULTS), CheckSettings.DEFAULTS);
  }

  @Test
  void theExamplesHaveNoErrorsAndNoWarningsButTheirLength() {
    // Some examples are longer than the 1,500 words plain-length asks for; nothing else is found.
    assertEquals(
        List.of(),
        report.findings().stream()
            .filter(p -> !p.rule().equals("plain-length"))
            .map(Problem::formatFinding)
            .toList());
  }

  @Test
  void everyExampleNoticeReadsAtGradeEightOrBelow() {
    assertTrue(report.files().size() >= 3);
    for (FileReport f : report.files()) {
      double grade = f.prose().grade();
      assertTrue(grade <= 8.0, f.file() + " reads at grade " + f.prose().gradeText());
      assertTrue(f.prose().words() > 500, f.file() + " has its whole prose scored");
    }
  }
}
