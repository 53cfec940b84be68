package dev.candor.model;

import java.time.LocalDate;

/** One entry of the notice's changelog. */
public record Change(String version, LocalDate date, String summary) {}
