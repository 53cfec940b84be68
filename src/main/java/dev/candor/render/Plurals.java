package dev.candor.render;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counted words ("1 year", "2 lata", "5 lat"): the plural categories of CLDR's cardinal rules for
 * the languages Candor writes.
 *
 * <p>A bundle gives a count either as a {@link java.text.ChoiceFormat} pattern ({@code 0#{n}
 * years|1#1 year|1<{n} years}), which is enough for languages whose rule looks only at whether the
 * number is one, or as forms by category ({@code one:{n} rok|few:{n} lata|many:{n} lat}), for
 * languages such as Polish whose rule looks at the last digits: 2, 3, 4, 22, 23 and 24 take one
 * form, 5 to 21 and 25 another.
 */
public final class Plurals {
  private static final Pattern FORM = Pattern.compile("(zero|one|two|few|many|other):([^|]*)");

  private Plurals() {}

  /** The CLDR plural category of a whole number in a language: one, few, many or other. */
  public static String category(String language, long n) {
    String base = language.split("-")[0].toLowerCase(Locale.ROOT);
    long abs = Math.abs(n);
    switch (base) {
      case "pl":
        if (abs == 1) {
          return "one";
        }
        long last = abs % 10;
        long lastTwo = abs % 100;
        if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) {
          return "few";
        }
        return "many";
      case "fr":
        return abs <= 1 ? "one" : "other";
      default:
        // en, de, nl, it, es, pt (as written in Portugal): one is 1 alone.
        return abs == 1 ? "one" : "other";
    }
  }

  /** Whether a bundle's pattern gives forms by category rather than a ChoiceFormat pattern. */
  static boolean byCategory(String pattern) {
    return FORM.matcher(pattern).lookingAt();
  }

  /**
   * The form of {@code pattern} for {@code n}, {@code {n}} still in it: by category, falling back
   * to {@code other} and then to {@code many}; or by ChoiceFormat.
   */
  public static String form(String pattern, String language, long n) {
    if (!byCategory(pattern)) {
      return new java.text.ChoiceFormat(pattern).format(n);
    }
    String wanted = category(language, n);
    String other = null;
    String many = null;
    Matcher m = FORM.matcher(pattern);
    while (m.find()) {
      if (m.group(1).equals(wanted)) {
        return m.group(2).strip();
      }
      if (m.group(1).equals("other")) {
        other = m.group(2).strip();
      } else if (m.group(1).equals("many")) {
        many = m.group(2).strip();
      }
    }
    if (other != null) {
      return other;
    }
    if (many != null) {
      return many;
    }
    throw new IllegalArgumentException("no plural form '" + wanted + "' in '" + pattern + "'");
  }
}
