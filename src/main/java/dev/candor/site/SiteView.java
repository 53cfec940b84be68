package dev.candor.site;

import dev.candor.model.SiteConfig;
import java.util.List;

/**
 * What every site page in one language shows around its content: the brand, footer links, fixed
 * wording.
 *
 * @param language the pages' language, as their {@code lang}
 * @param logo the logo as a data: URI, so pages load nothing, or null
 * @param languagesLabel the language switcher's name, e.g. "Languages"
 */
public record SiteView(
    String name,
    String baseUrl,
    String language,
    String logo,
    String logoAlt,
    String accent,
    String accentDark,
    List<SiteConfig.Link> footer,
    String skip,
    String feedTitle,
    String feedLink,
    String madeWith,
    String languagesLabel) {
  public SiteView {
    footer = List.copyOf(footer);
  }
}
