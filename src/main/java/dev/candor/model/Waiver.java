package dev.candor.model;

import java.io.Serializable;

/** A check switched off on purpose, with the reason a reviewer can read. */
public record Waiver(String rule, String reason) implements Serializable {}
