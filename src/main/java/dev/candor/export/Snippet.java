package dev.candor.export;

/**
 * A short notice for one place where data is collected, linking to the full notice.
 *
 * @param data the data item's id
 * @param place where the data is collected, as the inventory says
 * @param href the link to the data item's part of the notice
 * @param text the snippet as plain text
 * @param html the snippet as an HTML paragraph, every inventory value escaped
 * @param markdown the snippet as a CommonMark paragraph, every inventory value escaped
 */
public record Snippet(
    String data, String place, String href, String text, String html, String markdown) {}
