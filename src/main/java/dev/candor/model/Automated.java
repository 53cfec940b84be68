package dev.candor.model;

/** An automated decision (GDPR Art. 22): what is decided, how, and what it means for you. */
public record Automated(String description, String logic, String effects) {}
