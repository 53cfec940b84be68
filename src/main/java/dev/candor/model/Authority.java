package dev.candor.model;

/** The supervisory authority people can complain to; only the name is required. */
public record Authority(String name, String website, String address, String email) {}
