package dev.candor.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.candor.model.Keyed;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level comparison of two texts, as a reviewer reads a redline: kept, removed and added runs
 * of text in reading order. A pure function of the two texts.
 */
public record Redline(List<Segment> segments) {
  /** A word, or a run of spaces and line breaks, kept whole so the text reflows as written. */
  private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

  public Redline {
    segments = List.copyOf(segments);
  }

  /** What happened to a run of text. */
  public enum Op implements Keyed {
    SAME,
    REMOVED,
    ADDED
  }

  /** A run of text and what happened to it. */
  public record Segment(Op op, String text) {}

  /** The redline from {@code before} to {@code after}. */
  public static Redline of(String before, String after) {
    List<String> x = tokens(before);
    List<String> y = tokens(after);
    List<Segment> out = new ArrayList<>();
    int at = 0;
    for (AbstractDelta<String> d : DiffUtils.diff(x, y).getDeltas()) {
      int from = d.getSource().getPosition();
      append(out, Op.SAME, x.subList(at, from));
      append(out, Op.REMOVED, d.getSource().getLines());
      append(out, Op.ADDED, d.getTarget().getLines());
      at = from + d.getSource().size();
    }
    append(out, Op.SAME, x.subList(at, x.size()));
    return new Redline(out);
  }

  /** Whether the two texts differ at all. */
  public boolean changed() {
    return segments.stream().anyMatch(s -> s.op() != Op.SAME);
  }

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Adds tokens as one segment, joining it to the previous segment when the op is the same. */
  private static void append(List<Segment> out, Op op, List<String> tokens) {
    if (tokens.isEmpty()) {
      return;
    }
    String text = String.join("", tokens);
    if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
      Segment last = out.remove(out.size() - 1);
      text = last.text() + text;
    }
    out.add(new Segment(op, text));
  }
}
