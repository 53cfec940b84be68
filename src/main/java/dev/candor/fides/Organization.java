package dev.candor.fides;

/**
 * A fideslang {@code Organization}: the company that runs the systems, and so the controller.
 * {@code controller}, {@code dataProtectionOfficer} and {@code representative} are contact details
 * (null when absent), not the controller itself. Fields other than the key may be null.
 */
public record Organization(
    String fidesKey,
    String name,
    String description,
    ContactDetails controller,
    ContactDetails dataProtectionOfficer,
    ContactDetails representative,
    String securityPolicy) {}
