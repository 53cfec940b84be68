package dev.candor.export;

import java.util.List;

/**
 * A short notice for one place where data is collected, linking to the full notice.
 *
 * @param place where the data is collected, as the inventory says
 * @param data the ids of the data items collected there, in inventory order
 * @param href the link to the first of those items' part of the notice
 * @param text the snippet as plain text
 * @param html the snippet as an HTML paragraph, every inventory value escaped
 * @param markdown the snippet as a CommonMark paragraph, every inventory value escaped
 */
public record Snippet(
    String place, List<String> data, String href, String text, String html, String markdown) {
  public Snippet {
    data = List.copyOf(data);
  }
}
