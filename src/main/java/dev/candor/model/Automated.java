package dev.candor.model;

import java.io.Serializable;

/** An automated decision (GDPR Art. 22): what is decided, how, and what it means for you. */
public record Automated(String description, String logic, String effects) implements Serializable {}
