package dev.candor.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Someone outside the company who receives data.
 *
 * <p>safeguard, contractReviewed and privacyUrl may be null; trackingDomains lists the internet
 * domains the recipient uses to track people across apps, if any.
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
    List<String> trackingDomains) {
  public Recipient {
    trackingDomains = List.copyOf(trackingDomains);
  }
}
