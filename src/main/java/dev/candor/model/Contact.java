package dev.candor.model;

import java.io.Serializable;

/** A person or office people can write to; any field but one may be null. */
public record Contact(String name, String email, String address) implements Serializable {}
