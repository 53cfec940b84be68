package dev.candor.check;

import dev.candor.model.Keyed;

/** How a check report is written: for people, for scripts, or for code-scanning tools. */
public enum ReportFormat implements Keyed {
  /** {@code file:line:column: severity[rule]: message} lines with hints, grouped by file. */
  HUMAN,
  /** One JSON document with every finding, the readability of each notice and disabled rules. */
  JSON,
  /** A SARIF 2.1.0 log, as GitHub code scanning and other CI tools read it. */
  SARIF
}
