package dev.candor.model;

import java.time.LocalDate;

/**
 * Someone outside the company who receives data.
 *
 * <p>safeguard, contractReviewed and privacyUrl may be null.
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
    String privacyUrl) {}
