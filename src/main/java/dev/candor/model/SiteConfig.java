package dev.candor.model;

import java.util.List;

/**
 * The site's settings from {@code site/site.yaml}.
 *
 * @param name the site's name, shown in every page header and in the feed
 * @param baseUrl absolute https: or http: URL the site is published at, ending in '/'
 * @param language BCP 47 language of the site's own pages
 * @param logo a path relative to the site folder, or null
 * @param logoAlt the logo's text alternative (required with a logo)
 * @param accent link and highlight colour for the light scheme, as #rrggbb
 * @param accentDark link and highlight colour for the dark scheme, as #rrggbb
 * @param footer links shown at the foot of every page
 */
public record SiteConfig(
    String name,
    String baseUrl,
    String language,
    String logo,
    String logoAlt,
    String accent,
    String accentDark,
    List<Link> footer) {
  public SiteConfig {
    footer = List.copyOf(footer);
  }

  /** A labelled link. */
  public record Link(String label, String url) {}
}
