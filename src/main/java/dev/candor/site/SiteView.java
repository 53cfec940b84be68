package dev.candor.site;

import dev.candor.model.SiteConfig;
import java.util.List;

/**
 * What every site page shows around its content: the brand, footer links, fixed wording.
 *
 * @param logo the logo as a data: URI, so pages load nothing, or null
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
    String madeWith) {
  public SiteView {
    footer = List.copyOf(footer);
  }
}
