package dev.candor.render;

import java.util.List;

/**
 * What changed since the previous version, as the diff engine words it, for the notice's "changes
 * to this notice" section.
 *
 * @param title the lead-in, e.g. "What changed since version 1.1:"
 * @param items one sentence per change, each starting with its materiality
 * @param href a link to the full word-by-word comparison, or null
 */
public record Recent(String title, List<String> items, String href) {
  public Recent {
    items = List.copyOf(items);
  }
}
