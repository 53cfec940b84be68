package dev.candor.fides;

/**
 * A fideslang {@code ContactDetails}: how to reach a person or office. In an organization these are
 * the controller's, the data protection officer's and the representative's contact details; the
 * name is usually a person's, not the company's. Any field may be null.
 */
public record ContactDetails(String name, String address, String email, String phone) {}
