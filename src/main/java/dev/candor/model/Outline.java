package dev.candor.model;

import java.io.Serializable;

/**
 * What a site's front page, feed and sitemap say of an inventory, without the rest of it: its
 * notice, the controller's name and whether it declares cookies.
 *
 * @param controller the controller's name; null when the inventory names none
 */
public record Outline(Notice notice, String controller, boolean cookies) implements Serializable {
  /** The outline of an inventory. */
  public static Outline of(Inventory inv) {
    return new Outline(
        inv.notice(),
        inv.controller() == null ? null : inv.controller().name(),
        !inv.cookies().isEmpty());
  }
}
