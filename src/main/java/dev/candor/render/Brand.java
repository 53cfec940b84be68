package dev.candor.render;

import java.nio.file.Path;

/**
 * A company's look, shared by every page and PDF so all documents look like one company's.
 *
 * @param name the name shown next to the logo
 * @param logo the logo's path relative to {@code assets}, or null
 * @param logoDataUri the logo as a data: URI for self-contained pages, or null
 * @param logoAlt the logo's text alternative
 * @param accent link and heading colour, as #rrggbb
 * @param accentDark the same for the dark colour scheme
 * @param assets the only folder a PDF may load files from
 */
public record Brand(
    String name,
    String logo,
    String logoDataUri,
    String logoAlt,
    String accent,
    String accentDark,
    Path assets) {}
