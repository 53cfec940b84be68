package dev.candor.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Someone outside the company who receives data.
 *
 * <p>safeguard, contractReviewed and privacyUrl may be null; trackingDomains lists the internet
 * domains the recipient uses to track people across apps, if any; vendor is the id of the vendor
 * registry's entry the recipient's unwritten fields were filled from, or null.
 */
public record Recipient(
    String id,
    String name,
    RecipientRole role,
    String does,
    String country,
    Safeguard safeguard,
    boolean sells,
    boolean advertising,
    LocalDate contractReviewed,
    String privacyUrl,
    List<String> trackingDomains,
    String vendor) {
  public Recipient {
    trackingDomains = List.copyOf(trackingDomains);
  }

  /** A recipient written in full, named after no vendor registry entry. */
  public Recipient(
      String id,
      String name,
      RecipientRole role,
      String does,
      String country,
      Safeguard safeguard,
      boolean sells,
      boolean advertising,
      LocalDate contractReviewed,
      String privacyUrl,
      List<String> trackingDomains) {
    this(
        id,
        name,
        role,
        does,
        country,
        safeguard,
        sells,
        advertising,
        contractReviewed,
        privacyUrl,
        trackingDomains,
        null);
  }
}
