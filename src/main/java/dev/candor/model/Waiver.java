package dev.candor.model;

/** A check switched off on purpose, with the reason a reviewer can read. */
public record Waiver(String rule, String reason) {}
