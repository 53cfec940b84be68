package dev.candor.model;

import java.io.Serializable;
import java.time.LocalDate;

/** Who approved a version of the notice for publication, and on which day. */
public record Approval(String by, LocalDate date) implements Serializable {}
