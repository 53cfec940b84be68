package dev.candor.model;

/** What protects data sent to another country (GDPR Art. 45-49). */
public enum Safeguard implements Keyed {
  /** The destination has an adequacy decision (Art. 45). */
  ADEQUACY,
  /** The recipient is certified under the EU-US Data Privacy Framework (Art. 45). */
  DPF,
  /** Standard contractual clauses (Art. 46(2)(c)). */
  SCC,
  /** Binding corporate rules (Art. 47). */
  BCR,
  /** The person's explicit consent to the transfer (Art. 49(1)(a)). */
  EXPLICIT_CONSENT,
  /** The transfer is needed for a contract with the person (Art. 49(1)(b)). */
  CONTRACT_NECESSITY
}
