package dev.candor.model;

import java.io.Serializable;

/** The supervisory authority people can complain to; only the name is required. */
public record Authority(String name, String website, String address, String email)
    implements Serializable {}
