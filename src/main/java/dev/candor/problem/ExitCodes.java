package dev.candor.problem;

/** The process exit codes, in one place; documented in the README. */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;

  /** A check failed, or (for diff) changes were found. */
  public static final int FINDINGS = 1;

  /** Bad input or bad usage: an invalid inventory, an unknown option, a template error. */
  public static final int BAD_INPUT = 2;

  /** A file could not be read or written. */
  public static final int IO = 3;

  /** A bug in Candor. */
  public static final int INTERNAL = 70;

  private ExitCodes() {}
}
