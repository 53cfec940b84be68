package dev.candor.model;

/** The lawful bases of GDPR Art. 6(1)(a)-(f). */
public enum LegalBasis implements Keyed {
  CONSENT,
  CONTRACT,
  LEGAL_OBLIGATION,
  VITAL_INTERESTS,
  PUBLIC_TASK,
  LEGITIMATE_INTERESTS
}
