package dev.candor.model;

/** The conditions of GDPR Art. 9(2) for using special categories of data. */
public enum SpecialBasis implements Keyed {
  EXPLICIT_CONSENT,
  EMPLOYMENT,
  VITAL_INTERESTS,
  MADE_PUBLIC,
  LEGAL_CLAIMS,
  PUBLIC_INTEREST,
  HEALTH_CARE,
  PUBLIC_HEALTH,
  ARCHIVING
}
