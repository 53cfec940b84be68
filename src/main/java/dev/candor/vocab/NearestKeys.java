package dev.candor.vocab;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finds the known keys nearest to a misspelt one, for "did you mean" hints. */
final class NearestKeys {

  /** At most this many suggestions, so a hint stays one short line. */
  static final int LIMIT = 3;

  /** A typed segment at least this long may stand for a longer one that starts with it. */
  private static final int MIN_PREFIX = 4;

  // Scores count half edits, so that a shortened segment can rank between one and two edits:
  // behind a one-letter slip, ahead of a word that merely looks alike (passport, password).
  private static final int EDIT = 2;
  private static final int PREFIX = 3;

  private final List<String> keys;

  NearestKeys(Collection<String> keys) {
    this.keys = keys.stream().sorted().toList();
  }

  /**
   * Up to {@link #LIMIT} known keys near {@code typo}, nearest first and then alphabetical.
   *
   * <p>Compares the whole key, which catches slips such as {@code user.contact.emial}, and also the
   * last segment alone, because people often write just {@code email}, leave out or garble part of
   * the path, or shorten the segment ({@code phone}, {@code train_ai}). When the typo has a path of
   * its own, a last-segment match needs one segment of that path to appear in the key's path too,
   * so that {@code user.contact.emial} does not suggest data uses that merely end in {@code email},
   * and it counts one edit worse, since the path did not match exactly.
   */
  List<String> suggest(String typo) {
    if (typo == null || typo.isBlank()) {
      return List.of();
    }
    String wanted = typo.strip().toLowerCase(Locale.ROOT);
    int dot = wanted.lastIndexOf('.');
    String wantedLast = wanted.substring(dot + 1);
    List<String> wantedPath = dot < 0 ? List.of() : List.of(wanted.substring(0, dot).split("\\."));
    List<Scored> found = new ArrayList<>();
    for (String key : keys) {
      int best = Integer.MAX_VALUE;
      int whole = Nearest.distance(wanted, key);
      if (whole <= tolerance(wanted.length())) {
        best = whole * EDIT;
      }
      String keyLast = lastSegment(key);
      int pathPenalty = wantedPath.isEmpty() ? 0 : EDIT;
      if (wantedPath.isEmpty() || sharesASegment(wantedPath, key)) {
        int last = Nearest.distance(wantedLast, keyLast);
        if (last <= tolerance(wantedLast.length())) {
          best = Math.min(best, last * EDIT + pathPenalty);
        }
        if (wantedLast.length() >= MIN_PREFIX && keyLast.startsWith(wantedLast)) {
          best = Math.min(best, PREFIX + pathPenalty);
        }
      }
      if (best != Integer.MAX_VALUE) {
        found.add(new Scored(key, best));
      }
    }
    return found.stream()
        .sorted(Comparator.comparingInt(Scored::score).thenComparing(Scored::key))
        .limit(LIMIT)
        .map(Scored::key)
        .toList();
  }

  /** Whether any typed path segment is, give or take a typo, a segment of the key's path. */
  private static boolean sharesASegment(List<String> wantedPath, String key) {
    int dot = key.lastIndexOf('.');
    if (dot < 0) {
      return false;
    }
    for (String segment : key.substring(0, dot).split("\\.")) {
      for (String wanted : wantedPath) {
        if (Nearest.distance(wanted, segment) <= tolerance(wanted.length())) {
          return true;
        }
      }
    }
    return false;
  }

  private record Scored(String key, int score) {}

  /** How many edits still count as "close": none for very short words, at most three. */
  static int tolerance(int length) {
    if (length <= 2) {
      return 0;
    }
    if (length <= 5) {
      return 1;
    }
    if (length <= 11) {
      return 2;
    }
    return 3;
  }

  private static String lastSegment(String key) {
    return key.substring(key.lastIndexOf('.') + 1);
  }
}
