package dev.candor.model;

/** A right people have over their data, under GDPR Art. 15-22 or CCPA/CPRA. */
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
  NON_DISCRIMINATION
}
