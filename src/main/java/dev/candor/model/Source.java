package dev.candor.model;

/** Where a piece of data comes from. */
public enum Source implements Keyed {
  /** The person gives it to us. */
  PERSON,
  /** We collect it automatically while the person uses the product. */
  AUTOMATIC,
  /** Someone else gives it to us; the data item names who. */
  THIRD_PARTY,
  /** We create or infer it ourselves, e.g. a fraud score; the data item says how. */
  CREATED,
  /** The person gives it straight to a recipient, e.g. on a payment page it runs. */
  TO_RECIPIENT
}
