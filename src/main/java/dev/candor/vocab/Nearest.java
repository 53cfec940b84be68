package dev.candor.vocab;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finds the known words closest to a mistyped one, for "did you mean" hints. */
public final class Nearest {
  private Nearest() {}

  /** Up to {@code max} candidates within a typo's distance of {@code word}, closest first. */
  public static List<String> to(String word, Collection<String> candidates, int max) {
    String w = word.toLowerCase(Locale.ROOT);
    int allowed = Math.max(2, w.length() / 3);
    return candidates.stream()
        .map(c -> new Scored(c, distance(w, c.toLowerCase(Locale.ROOT))))
        .filter(s -> s.distance <= allowed)
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::word))
        .limit(max)
        .map(Scored::word)
        .toList();
  }

  /** "did you mean 'a' or 'b'?", or null when nothing is close. */
  public static String didYouMean(String word, Collection<String> candidates) {
    List<String> near = to(word, candidates, 3);
    if (near.isEmpty()) {
      return null;
    }
    return "did you mean "
        + String.join(" or ", near.stream().map(s -> "'" + s + "'").toList())
        + "?";
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, transpositions. */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private record Scored(String word, int distance) {}
}
