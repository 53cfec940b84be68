package dev.candor.model;

import java.io.Serializable;

/**
 * A group of people for whom we act as a processor, for someone else who decides about their data;
 * ask says whom those people should ask about it.
 */
public record ProcessorFor(String people, String ask) implements Serializable {}
