package dev.candor.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Legal and technical phrases with plain replacements, found on word boundaries in any case. */
public final class Jargon {
  private static final String RESOURCE = "/dev/candor/check/jargon_en.txt";

  /** The replacement written for a phrase that should simply be dropped. */
  public static final String DROP = "-";

  /** One phrase and what to write instead ({@link #DROP} to leave it out). */
  public record Entry(String phrase, String plain, Pattern pattern) {
    /** The advice for a writer: "write 'under'" or "leave it out". */
    public String advice() {
      return DROP.equals(plain) ? "leave it out" : "write '" + plain + "'";
    }
  }

  /** A phrase found in a text, at a character offset. */
  public record Match(Entry entry, int offset) {}

  private final List<Entry> entries;

  private Jargon(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** The English list, loaded from the jar. */
  public static Jargon english() {
    return English.INSTANCE;
  }

  /** Every entry, in file order. */
  public List<Entry> entries() {
    return entries;
  }

  /** Every phrase found in a text, in order; a longer phrase wins over one it contains. */
  public List<Match> find(String text) {
    List<Match> found = new ArrayList<>();
    String folded = fold(text);
    for (Entry e : entries) {
      // Most phrases are in no given text; a plain search rules them out before the pattern runs.
      if (!folded.contains(fold(e.phrase()))) {
        continue;
      }
      Matcher m = e.pattern().matcher(text);
      while (m.find()) {
        int start = m.start();
        int end = m.end();
        boolean inside =
            found.stream()
                .anyMatch(
                    f -> start >= f.offset() && end <= f.offset() + f.entry().phrase().length());
        found.removeIf(f -> f.offset() >= start && f.offset() + f.entry().phrase().length() <= end);
        if (!inside) {
          found.add(new Match(e, start));
        }
      }
    }
    found.sort(java.util.Comparator.comparingInt(Match::offset));
    return found;
  }

  /**
   * The text with each character case-folded the way a case-insensitive Unicode pattern compares
   * it, so that a text the pattern matches always contains the folded phrase.
   */
  private static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> b.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
    return b.toString();
  }

  private static final class English {
    static final Jargon INSTANCE = load();
  }

  private static Jargon load() {
    InputStream in = Jargon.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    List<Entry> entries = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int eq = line.indexOf(" = ");
        if (eq < 0) {
          throw new IllegalStateException(RESOURCE + ": no ' = ' in: " + line);
        }
        String phrase = line.substring(0, eq).strip();
        entries.add(
            new Entry(
                phrase,
                line.substring(eq + 3).strip(),
                Pattern.compile(
                    "(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Jargon(entries);
  }
}
