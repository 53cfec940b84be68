package dev.candor.model;

/** A measure that protects data where it is stored. */
public enum Protection implements Keyed {
  ENCRYPTION_AT_REST,
  ENCRYPTION_IN_TRANSIT,
  ACCESS_LOGGING,
  PSEUDONYMISATION,
  BACKUPS_ENCRYPTED,
  TWO_FACTOR_ACCESS
}
