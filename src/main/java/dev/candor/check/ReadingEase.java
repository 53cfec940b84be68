package dev.candor.check;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How easy a notice is to read in a language other than English, by a formula made for that
 * language: the English grade level, whose weights were fitted to English words, says little about
 * German compounds or Italian vowels.
 *
 * <p>Each formula counts sentences and words as {@link Readability} does; syllables are groups of
 * the language's vowels (a diphthong such as German "ei" or Dutch "ui" is one group), which is how
 * the formulas' authors counted them by hand, close enough for a score. The sources, and why Polish
 * and Portuguese use the formulas they do, are in docs/checks.md.
 */
public final class ReadingEase {

  /**
   * One language's formula.
   *
   * @param language the language it is made for
   * @param name the formula's name, as the report shows it
   * @param limit the score a notice must reach (ease formulas) or stay at or under (Pisarek)
   * @param higherIsEasier whether a higher score means easier text
   */
  public record Formula(String language, String name, double limit, boolean higherIsEasier) {
    /** Whether a score meets the limit. */
    public boolean passes(double score) {
      return higherIsEasier ? score >= limit : score <= limit;
    }

    /** The limit as the report writes it, e.g. "at least 60". */
    public String limitText() {
      return (higherIsEasier ? "at least " : "at most ") + number(limit);
    }

    /** The score of a text. */
    public double score(List<String> paragraphs) {
      Counts c = Counts.of(paragraphs, language);
      if (c.words == 0) {
        return higherIsEasier ? 100 : 0;
      }
      double asl = (double) c.words / Math.max(1, c.sentences);
      double asw = (double) c.syllables / c.words;
      return switch (language) {
        // Amstad (1978): Flesch's reading ease refitted for German.
        case "de" -> 180 - asl - 58.5 * asw;
        // Kandel and Moles (1958): Flesch's reading ease refitted for French.
        case "fr" -> 207 - 1.015 * asl - 73.6 * asw;
        // Fernández Huerta (1959): syllables and sentences per 100 words.
        case "es" -> 206.84 - 0.60 * (100 * asw) - 1.02 * (100.0 * c.sentences / c.words);
        // Douma (1960): Flesch's reading ease refitted for Dutch.
        case "nl" -> 206.835 - 0.93 * asl - 77 * asw;
        // Lucisano and Piemontese (1988), GULPEASE: letters, not syllables.
        case "it" -> 89 + (300.0 * c.sentences - 10.0 * c.letters) / c.words;
        // Martins et al. (1996): Flesch's reading ease refitted for Portuguese.
        case "pt" -> 248.835 - 1.015 * asl - 84.6 * asw;
        // Pisarek (1969): sentence length and the share of words of four syllables or more,
        // in years of schooling.
        case "pl" -> Math.sqrt(asl * asl + Math.pow(100.0 * c.longWords / c.words, 2)) / 2;
        default -> throw new IllegalStateException("no formula for " + language);
      };
    }
  }

  private static final Map<String, Formula> FORMULAS =
      Map.of(
          // The limits stand where each scale's authors put text most adults, and school
          // leavers of about 14, read without effort: about grade 8, the English limit.
          "de", new Formula("de", "Flesch-Amstad", 60, true),
          "fr", new Formula("fr", "Kandel-Moles", 60, true),
          "es", new Formula("es", "Fernández-Huerta", 60, true),
          "nl", new Formula("nl", "Flesch-Douma", 60, true),
          "it", new Formula("it", "GULPEASE", 60, true),
          "pt", new Formula("pt", "Flesch-Martins", 50, true),
          "pl", new Formula("pl", "Pisarek", 9, false));

  private ReadingEase() {}

  /** The formula for a language, if the language is not English and Candor has one. */
  public static Optional<Formula> forLanguage(String language) {
    return Optional.ofNullable(FORMULAS.get(language.split("-")[0].toLowerCase(Locale.ROOT)));
  }

  /** A score with one decimal. */
  public static String number(double score) {
    return String.format(Locale.ROOT, "%.1f", score);
  }

  /** What the formulas count in a text. */
  record Counts(int sentences, int words, int syllables, int letters, int longWords) {
    static Counts of(List<String> paragraphs, String language) {
      int sentences = 0;
      int words = 0;
      int syllables = 0;
      int letters = 0;
      int longWords = 0;
      for (String p : paragraphs) {
        for (String s : Readability.sentences(p)) {
          List<String> w = Readability.words(s);
          if (w.isEmpty()) {
            continue;
          }
          sentences++;
          for (String word : w) {
            words++;
            int n = ReadingEase.syllables(word, language);
            syllables += n;
            if (n >= 4) {
              longWords++;
            }
            letters += (int) word.codePoints().filter(Character::isLetter).count();
          }
        }
      }
      return new Counts(sentences, words, syllables, letters, longWords);
    }
  }

  /** Groups of the language's vowels in a word; at least one. */
  static int syllables(String word, String language) {
    String w = word.toLowerCase(Locale.ROOT);
    String vowels =
        switch (language) {
          case "pl" -> "aeiouyąęó";
          case "fr" -> "aeiouyàâäéèêëîïôöùûüÿœæ";
          default -> "aeiouyàáâãäåèéêëìíîïòóôõöùúûü";
        };
    if (language.equals("fr")) {
      // A final e, es or ent is silent in French ("table", "tables", "parlent").
      w = w.replaceAll("(?<=[^aeiouy])(e|es|ent)$", "");
    }
    int groups = 0;
    boolean inGroup = false;
    for (int i = 0; i < w.length(); i++) {
      boolean v = vowels.indexOf(w.charAt(i)) >= 0;
      // In Polish, i before a vowel only softens the consonant: "nie" is one syllable.
      if (v && language.equals("pl") && w.charAt(i) == 'i' && i + 1 < w.length()) {
        char next = w.charAt(i + 1);
        if (vowels.indexOf(next) >= 0) {
          v = false;
        }
      }
      if (v && !inGroup) {
        groups++;
      }
      inGroup = v;
    }
    return Math.max(1, groups);
  }
}
