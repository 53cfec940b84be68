package dev.candor.model;

/** A right people have over their data, under GDPR Art. 15-22, CCPA/CPRA or other US state laws. */
public enum Right implements Keyed {
  ACCESS,
  RECTIFICATION,
  ERASURE,
  RESTRICTION,
  PORTABILITY,
  OBJECTION,
  WITHDRAW_CONSENT,
  AUTOMATED_DECISION,
  KNOW,
  DELETE,
  CORRECT,
  OPT_OUT_SALE,
  LIMIT_SENSITIVE,
  NON_DISCRIMINATION,
  /** Opt out of targeted advertising (the US state laws beyond California). */
  OPT_OUT_TARGETED_ADVERTISING,
  /** Opt out of profiling that has legal or similarly significant effects. */
  OPT_OUT_PROFILING,
  /** Appeal our answer to a request (Virginia, Colorado, Connecticut, Texas, Oregon). */
  APPEAL;

  /** Whether only US state laws give this right (the CCPA's and the other states'). */
  public boolean usState() {
    return ordinal() >= KNOW.ordinal();
  }
}
