package dev.candor.model;

import java.io.Serializable;
import java.util.List;

/** A place where data is kept; location and safeguard may be null. */
public record Store(
    String id,
    String provider,
    String location,
    Place place,
    Safeguard safeguard,
    List<Protection> protections)
    implements Serializable {
  public Store {
    protections = List.copyOf(protections);
  }
}
