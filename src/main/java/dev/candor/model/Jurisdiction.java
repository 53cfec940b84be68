package dev.candor.model;

/** A body of privacy law that an inventory declares itself subject to. */
public enum Jurisdiction implements Keyed {
  GDPR,
  UK_GDPR,
  /** California: the CCPA as amended by the CPRA. */
  CCPA,
  /** Virginia Consumer Data Protection Act, Va. Code 59.1-575 ff. */
  VCDPA,
  /** Colorado Privacy Act, Colo. Rev. Stat. 6-1-1301 ff. */
  CPA,
  /** Connecticut Data Privacy Act, Conn. Gen. Stat. 42-515 ff. */
  CTDPA,
  /** Utah Consumer Privacy Act, Utah Code 13-61-101 ff. */
  UCPA,
  /** Texas Data Privacy and Security Act, Tex. Bus. and Com. Code 541.001 ff. */
  TDPSA,
  /** Oregon Consumer Privacy Act, Or. Rev. Stat. 646A.570 ff. */
  OCPA;

  /** Whether this is a US state law (California's included). */
  public boolean usState() {
    return this != GDPR && this != UK_GDPR;
  }

  /** The code of the US state whose law this is ("US-CA"), or null for the GDPR laws. */
  public String region() {
    return switch (this) {
      case GDPR, UK_GDPR -> null;
      case CCPA -> "US-CA";
      case VCDPA -> "US-VA";
      case CPA -> "US-CO";
      case CTDPA -> "US-CT";
      case UCPA -> "US-UT";
      case TDPSA -> "US-TX";
      case OCPA -> "US-OR";
    };
  }

  /** Whether this is the GDPR or the UK GDPR. */
  public boolean gdprFamily() {
    return this == GDPR || this == UK_GDPR;
  }
}
