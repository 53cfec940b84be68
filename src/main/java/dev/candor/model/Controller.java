package dev.candor.model;

/**
 * Who is responsible for the data; dpo, representative, authority, website and phone may be null.
 */
public record Controller(
    String name,
    String address,
    String country,
    String email,
    String website,
    String phone,
    Contact dpo,
    Contact representative,
    Authority authority) {}
