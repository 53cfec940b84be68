package dev.candor.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Someone outside the company who receives data.
 *
 * <p>roles is never empty: what the recipient is to us, for which purposes, and whether it buys the
 * data or uses it for advertising. safeguard, contractReviewed and privacyUrl may be null;
 * trackingDomains lists the internet domains the recipient uses to track people across apps, if
 * any; domains lists the hosts it serves from on our pages (scripts, pixels, frames), so a site
 * scan can tell its requests and cookies apart from unknown ones; scope limits whose data it gets.
 * The vendor is the id of the vendor registry entry the recipient's unwritten fields were filled
 * from, or null.
 */
public record Recipient(
    String id,
    String name,
    List<Role> roles,
    String does,
    Place place,
    Safeguard safeguard,
    LocalDate contractReviewed,
    String privacyUrl,
    List<String> trackingDomains,
    Scope scope,
    String vendor,
    List<String> domains)
    implements Serializable {
  public Recipient {
    roles = List.copyOf(roles);
    trackingDomains = List.copyOf(trackingDomains);
    domains = domains == null ? List.of() : List.copyOf(domains);
    scope = scope == null ? Scope.EVERYONE : scope;
  }

  /** A recipient in one country with one role for every purpose. */
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
        List.of(new Role(role, List.of(), sells, advertising, Scope.EVERYONE)),
        does,
        Place.in(country),
        safeguard,
        contractReviewed,
        privacyUrl,
        trackingDomains,
        Scope.EVERYONE,
        null,
        List.of());
  }

  /**
   * Whether a host is one the recipient serves from or tracks with: one of its domains or tracking
   * domains, or a host under one.
   */
  public boolean serves(String host) {
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(java.util.Locale.ROOT);
    List<String> all = new java.util.ArrayList<>(domains);
    all.addAll(trackingDomains);
    for (String d : all) {
      String x = d.toLowerCase(java.util.Locale.ROOT);
      if (h.equals(x) || h.endsWith("." + x)) {
        return true;
      }
    }
    return false;
  }

  /** The first role: the only one for most recipients. */
  public RecipientRole role() {
    return roles.isEmpty() ? null : roles.get(0).role();
  }

  /** Whether we sell it data, for any purpose. */
  public boolean sells() {
    return roles.stream().anyMatch(Role::sells);
  }

  /** Whether it uses data for advertising, for any purpose. */
  public boolean advertising() {
    return roles.stream().anyMatch(Role::advertising);
  }

  /** Whether it has the given role for any purpose. */
  public boolean acts(RecipientRole r) {
    return roles.stream().anyMatch(x -> x.role() == r);
  }
}
