package dev.candor.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch-Kincaid grade level and reading time of English text.
 *
 * <p>Syllables are counted with a heuristic, not a dictionary: groups of vowels (a, e, i, o, u, and
 * y after the first letter) count one each; a final silent e does not count ("make"); a final
 * consonant plus "le" does ("ta-ble"); a final "es" or "ed" counts only after a sound that needs it
 * ("box-es", "want-ed", but "makes", "jumped"); every word has at least one syllable. It is right
 * for most everyday words and close enough for a grade level.
 */
public final class Readability {
  /** Words per minute of an adult reading for understanding (Brysbaert 2019). */
  public static final int WORDS_PER_MINUTE = 238;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’@./-]*");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?:;])\\s+|\\n\\s*\\n");

  private Readability() {}

  /** The measures of a text: counts, grade and reading time. */
  public record Score(int sentences, int words, int syllables) {
    /** Flesch-Kincaid grade: 0.39 words per sentence + 11.8 syllables per word - 15.59. */
    public double grade() {
      if (words == 0) {
        return 0;
      }
      return 0.39 * words / Math.max(1, sentences) + 11.8 * syllables / words - 15.59;
    }

    /** Whole minutes to read at {@link #WORDS_PER_MINUTE}, rounded up; 0 for no words. */
    public int minutes() {
      return (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE;
    }

    /** The grade with one decimal, e.g. "6.8". */
    public String gradeText() {
      return String.format(Locale.ROOT, "%.1f", grade());
    }
  }

  /** Scores a list of texts, each a paragraph of its own that ends a sentence. */
  public static Score score(List<String> paragraphs) {
    int sentences = 0;
    int words = 0;
    int syllables = 0;
    for (String p : paragraphs) {
      for (String s : sentences(p)) {
        List<String> w = words(s);
        if (w.isEmpty()) {
          continue;
        }
        sentences++;
        words += w.size();
        for (String word : w) {
          syllables += syllables(word);
        }
      }
    }
    return new Score(sentences, words, syllables);
  }

  /** Scores one text. */
  public static Score score(String text) {
    return score(List.of(text));
  }

  /** The sentences of a text, split after . ! ? : ; followed by a space, and at blank lines. */
  public static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String s : SENTENCE_END.split(text.strip())) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  /** The words of a text; an address such as privacy@example.com is one word. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = withoutTrailingPunctuation(m.group());
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** The syllables of one word, by the heuristic described above. */
  public static int syllables(String word) {
    String w = lettersAToZ(word.toLowerCase(Locale.ROOT));
    if (w.isEmpty()) {
      return 1;
    }
    if (w.length() <= 3) {
      return 1;
    }
    int extra = 0;
    int n = w.length();
    if (w.endsWith("le") && !vowel(w.charAt(n - 3))) {
      w = w.substring(0, n - 2);
      extra = 1;
    } else if (w.endsWith("es")) {
      if (!sibilant(w.substring(0, n - 2))) {
        w = w.substring(0, n - 2);
      }
    } else if (w.endsWith("ed")) {
      char before = w.charAt(n - 3);
      if (before != 't' && before != 'd') {
        w = w.substring(0, n - 2);
      }
    } else if (w.endsWith("e") && !w.endsWith("ee") && !w.endsWith("ie")) {
      w = w.substring(0, n - 1);
    }
    int groups = 0;
    boolean inGroup = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      boolean v = vowel(c) || (c == 'y' && i > 0);
      if (v && !inGroup) {
        groups++;
      }
      inGroup = v;
    }
    return Math.max(1, groups + extra);
  }

  /** The word without the . ' ’ / - it ends with, if any. */
  private static String withoutTrailingPunctuation(String word) {
    int end = word.length();
    while (end > 0 && ".'’/-".indexOf(word.charAt(end - 1)) >= 0) {
      end--;
    }
    return word.substring(0, end);
  }

  /** Only the letters a to z of a lower-case word. */
  private static String lettersAToZ(String word) {
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 'a' && c <= 'z') {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  /** Whether a stem ends in a sound after which "es" is spoken as its own syllable. */
  private static boolean sibilant(String stem) {
    return stem.endsWith("s")
        || stem.endsWith("x")
        || stem.endsWith("z")
        || stem.endsWith("ch")
        || stem.endsWith("sh")
        || stem.endsWith("c")
        || stem.endsWith("g");
  }
}
