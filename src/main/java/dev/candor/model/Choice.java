package dev.candor.model;

import java.io.Serializable;

/** How people can say no to, or switch off, a use of their data; url may be null. */
public record Choice(String how, String url) implements Serializable {}
