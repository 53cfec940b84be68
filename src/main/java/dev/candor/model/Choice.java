package dev.candor.model;

/** How people can say no to, or switch off, a use of their data; url may be null. */
public record Choice(String how, String url) {}
