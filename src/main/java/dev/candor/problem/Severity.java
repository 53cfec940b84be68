package dev.candor.problem;

import dev.candor.model.Keyed;

/** How serious a problem is: errors stop a build, warnings are printed. */
public enum Severity implements Keyed {
  ERROR,
  WARNING
}
