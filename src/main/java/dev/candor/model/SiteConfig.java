package dev.candor.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
 * @param languages further languages every notice is published in on the site, beside its own
 * @param translations the site's own text in each further language its notices are published in, by
 *     language
 */
public record SiteConfig(
    String name,
    String baseUrl,
    String language,
    String logo,
    String logoAlt,
    String accent,
    String accentDark,
    List<Link> footer,
    List<String> languages,
    Map<String, Text> translations) {
  public SiteConfig {
    footer = List.copyOf(footer);
    languages = List.copyOf(languages);
    translations = Map.copyOf(new TreeMap<>(translations));
  }

  /** A labelled link. */
  public record Link(String label, String url) {}

  /**
   * The site's own text in another language.
   *
   * @param name the site's name
   * @param logoAlt the logo's text alternative, or null for the same as the site's own
   * @param footer each footer link's label, by the label it translates
   */
  public record Text(String name, String logoAlt, Map<String, String> footer) {
    public Text {
      footer = Map.copyOf(footer);
    }
  }

  /**
   * The settings as a page in {@code lang} shows them: the site's own text translated. The reader
   * has made sure every text has its translation ({@code translations} holds {@code lang}).
   */
  public SiteConfig in(String lang) {
    if (lang.equals(language)) {
      return this;
    }
    Text t = translations.get(lang);
    if (t == null) {
      throw new IllegalArgumentException("no site text in " + lang);
    }
    return new SiteConfig(
        t.name(),
        baseUrl,
        lang,
        logo,
        t.logoAlt() == null ? logoAlt : t.logoAlt(),
        accent,
        accentDark,
        footer.stream().map(l -> new Link(t.footer().get(l.label()), l.url())).toList(),
        languages,
        Map.of());
  }
}
