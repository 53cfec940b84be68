package dev.candor.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a reader sees on a notice's page: every word of its text, headings, lists and tables
 * included, not the markup, styles or data blocks.
 */
public final class PageWords {
  private static final Pattern HIDDEN =
      Pattern.compile("(?is)<(script|style|head|title)\\b.*?</\\1>|<!--.*?-->");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&[#a-zA-Z0-9]+;");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

  private PageWords() {}

  /** The number of words a reader sees in an HTML or XHTML page or fragment. */
  public static int count(String html) {
    String text = HIDDEN.matcher(html).replaceAll(" ");
    text = TAG.matcher(text).replaceAll(" ");
    text = ENTITY.matcher(text).replaceAll(" ");
    Matcher m = WORD.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
