package dev.candor.model;

/** A body of privacy law that an inventory declares itself subject to. */
public enum Jurisdiction implements Keyed {
  GDPR,
  UK_GDPR,
  CCPA
}
