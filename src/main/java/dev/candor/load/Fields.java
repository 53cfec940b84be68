package dev.candor.load;

import dev.candor.load.YamlNode.Entry;
import dev.candor.load.YamlNode.Mapping;
import dev.candor.load.YamlNode.Scalar;
import dev.candor.load.YamlNode.ScalarType;
import dev.candor.load.YamlNode.Sequence;
import dev.candor.model.Keyed;
import dev.candor.model.Span;
import dev.candor.problem.Location;
import dev.candor.problem.Problem;
import dev.candor.vocab.Nearest;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the fields of one YAML mapping, recording every problem instead of stopping at the first.
 *
 * <p>Unknown keys are reported when the reader is made; each getter reports a missing required
 * field or a wrong type and returns null (or an empty list) so binding can go on.
 */
final class Fields {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DURATION = Pattern.compile("P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?");
  private static final Pattern SPAN =
      Pattern.compile("P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?)?");

  private final Mapping mapping;
  private final String path;
  private final String what;
  private final Context cx;

  /**
   * Shared state of one binding run: problems found, the locations of every path, and the reference
   * reference page that hints point at.
   */
  record Context(List<Problem> problems, Map<String, Location> where, String doc) {
    /** A context for an inventory, whose fields docs/inventory.md describes. */
    Context(List<Problem> problems, Map<String, Location> where) {
      this(problems, where, "candor docs inventory");
    }

    void error(Location at, String rule, String message, String hint) {
      problems.add(Problem.error(at, rule, message, hint));
    }

    void warning(Location at, String rule, String message, String hint) {
      problems.add(Problem.warning(at, rule, message, hint));
    }
  }

  private Fields(Mapping mapping, String path, String what, Context cx) {
    this.mapping = mapping;
    this.path = path;
    this.what = what;
    this.cx = cx;
  }

  /** A reader over {@code node}, or null (with a problem) when it is not a mapping. */
  static Fields of(YamlNode node, String path, String what, Context cx, String... known) {
    cx.where().put(path, node.at());
    if (!(node instanceof Mapping m)) {
      cx.error(
          node.at(),
          "type",
          what + " must be a mapping of keys to values, not " + node.kind(),
          "write it as 'key: value' lines, indented under its parent");
      return null;
    }
    Set<String> allowed = Set.of(known);
    for (Map.Entry<String, Entry> e : m.entries().entrySet()) {
      String key = e.getKey();
      cx.where().put(join(path, key), e.getValue().value().at());
      if (!allowed.contains(key)) {
        String near = Nearest.didYouMean(key, Arrays.asList(known));
        cx.error(
            e.getValue().keyAt(),
            "unknown-key",
            "unknown key '" + key + "' in " + what,
            near != null ? near : "known keys here: " + String.join(", ", known));
      }
    }
    return new Fields(m, path, what, cx);
  }

  /** A reader over a mapping whose keys are ids the inventory chose, e.g. purpose ids. */
  static Fields ofIds(YamlNode node, String path, String what, Context cx) {
    String[] keys =
        node instanceof Mapping m ? m.entries().keySet().toArray(String[]::new) : new String[0];
    return of(node, path, what, cx, keys);
  }

  /** The keys of the mapping, in the order written. */
  List<String> keys() {
    return List.copyOf(mapping.entries().keySet());
  }

  static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  Location at() {
    return mapping.at();
  }

  String path() {
    return path;
  }

  /** What the mapping is, as messages name it, e.g. 'notice'. */
  String what() {
    return what;
  }

  boolean has(String key) {
    return !absent(raw(key));
  }

  /** No value: the key is missing, or written with nothing after it ({@code key:} or {@code ~}). */
  private static boolean absent(YamlNode n) {
    return n == null
        || n instanceof Scalar s
            && (s.type() == ScalarType.NULL || s.type() == ScalarType.TEXT && s.text().isBlank());
  }

  YamlNode raw(String key) {
    Entry e = mapping.entries().get(key);
    return e == null ? null : e.value();
  }

  /** The node of a key, or null after reporting it missing when required. */
  private YamlNode node(String key, boolean required) {
    YamlNode n = raw(key);
    if (absent(n)) {
      if (required) {
        cx.error(
            n == null ? mapping.at() : n.at(),
            "missing",
            what + " needs '" + key + "'" + (n == null ? "" : ", but it is empty"),
            "add '" + key + ":' with a value; see " + cx.doc());
      }
      return null;
    }
    return n;
  }

  String text(String key, boolean required) {
    YamlNode n = node(key, required);
    if (n == null) {
      return null;
    }
    if (n instanceof Scalar s && s.type() != ScalarType.NULL) {
      String t = s.text().strip();
      if (t.isEmpty()) {
        if (required) {
          cx.error(s.at(), "missing", "'" + key + "' in " + what + " is empty", "write a value");
        }
        return null;
      }
      return t;
    }
    cx.error(
        n.at(),
        "type",
        "'" + key + "' in " + what + " must be text, not " + n.kind(),
        "write a single value on the same line as the key");
    return null;
  }

  String matching(String key, boolean required, Pattern pattern, String rule, String hint) {
    String t = text(key, required);
    if (t != null && !pattern.matcher(t).matches()) {
      cx.error(
          raw(key).at(), rule, "'" + key + "' in " + what + " is not valid: '" + t + "'", hint);
      return null;
    }
    return t;
  }

  boolean bool(String key, boolean required, boolean otherwise) {
    YamlNode n = node(key, required);
    if (n == null) {
      return otherwise;
    }
    if (n instanceof Scalar s && s.type() == ScalarType.BOOLEAN) {
      return Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT));
    }
    cx.error(
        n.at(),
        "type",
        "'" + key + "' in " + what + " must be true or false, not " + n.kind(),
        "write " + key + ": true or " + key + ": false");
    return otherwise;
  }

  LocalDate date(String key, boolean required) {
    YamlNode n = node(key, required);
    if (n == null) {
      return null;
    }
    if (n instanceof Scalar s && DATE.matcher(s.text().strip()).matches()) {
      try {
        return LocalDate.parse(s.text().strip());
      } catch (DateTimeException e) {
        // falls through to the error below
      }
    }
    cx.error(
        n.at(),
        "date",
        "'" + key + "' in " + what + " must be a date like 2026-03-01",
        "write the date as year-month-day");
    return null;
  }

  Period duration(String key, boolean required) {
    YamlNode n = node(key, required);
    if (n == null) {
      return null;
    }
    if (n instanceof Scalar s && DURATION.matcher(s.text().strip()).matches()) {
      try {
        return Period.parse(s.text().strip());
      } catch (java.time.DateTimeException e) { // a number too large for a Period
        cx.error(
            n.at(),
            "duration-too-long",
            "'"
                + key
                + "' in "
                + what
                + " is longer than"
                + " any retention can be: '"
                + s.text().strip()
                + "'",
            "give a period in years, e.g. P10Y, or use 'forever: true' with a reason");
        return null;
      }
    }
    cx.error(
        n.at(),
        "duration",
        "'" + key + "' in " + what + " must be an ISO-8601 duration like P2Y or P30D",
        "P2Y is two years, P6M six months, P4W four weeks, P30D thirty days");
    return null;
  }

  /**
   * A length of time, down to minutes: P2Y, P30D, PT24H, PT30M, P1DT12H. A time of day smaller than
   * a minute is refused: no retention is that precise.
   */
  Span span(String key, boolean required) {
    YamlNode n = node(key, required);
    if (n == null) {
      return null;
    }
    String t = n instanceof Scalar s ? s.text().strip() : "";
    if (SPAN.matcher(t).matches()) {
      int split = t.indexOf('T');
      try {
        Period date =
            split == 1 ? Period.ZERO : Period.parse(split < 0 ? t : t.substring(0, split));
        java.time.Duration time =
            split < 0
                ? java.time.Duration.ZERO
                : java.time.Duration.parse("P" + t.substring(split));
        if (date.isZero() && time.isZero()) {
          cx.error(
              n.at(),
              "duration",
              "'" + key + "' in " + what + " is no time at all: '" + t + "'",
              "give a length such as PT24H (24 hours) or P30D (30 days)");
          return null;
        }
        return new Span(date, time);
      } catch (java.time.DateTimeException | ArithmeticException e) {
        cx.error(
            n.at(),
            "duration-too-long",
            "'" + key + "' in " + what + " is longer than any retention can be: '" + t + "'",
            "give a period in years, e.g. P10Y, or use 'forever: true' with a reason");
        return null;
      }
    }
    cx.error(
        n.at(),
        "duration",
        "'" + key + "' in " + what + " must be an ISO-8601 duration like P2Y, P30D or PT24H",
        "P2Y is two years, P6M six months, P4W four weeks, P30D thirty days, PT24H 24 hours,"
            + " PT30M 30 minutes");
    return null;
  }

  <E extends Enum<E> & Keyed> E keyed(String key, boolean required, Class<E> type) {
    String t = text(key, required);
    return t == null ? null : toKeyed(t, raw(key).at(), key, type);
  }

  private <E extends Enum<E> & Keyed> E toKeyed(String t, Location at, String key, Class<E> type) {
    var found = Keyed.byKey(type, t);
    if (found.isEmpty()) {
      List<String> keys = Keyed.keys(type);
      String near = Nearest.didYouMean(t, keys);
      cx.error(
          at,
          "value",
          "'" + t + "' is not a valid " + key + " in " + what,
          (near != null ? near + " " : "") + "allowed: " + String.join(", ", keys));
      return null;
    }
    return found.get();
  }

  /** A list of text values; a single value is accepted as a list of one. */
  List<String> texts(String key, boolean required) {
    return list(key, required, (item) -> scalarText(item, key));
  }

  <E extends Enum<E> & Keyed> List<E> keyedList(String key, boolean required, Class<E> type) {
    return list(
        key,
        required,
        item -> {
          String t = scalarText(item, key);
          return t == null ? null : toKeyed(t, item.at(), key, type);
        });
  }

  /** Readers for each mapping in a list of mappings. */
  List<Fields> objects(String key, boolean required, String itemWhat, String... known) {
    List<Fields> out = new ArrayList<>();
    YamlNode n = node(key, required);
    if (n == null) {
      return out;
    }
    if (!(n instanceof Sequence seq)) {
      cx.error(
          n.at(),
          "type",
          "'" + key + "' must be a list, not " + n.kind(),
          "start each entry on its own line with '- '");
      return out;
    }
    for (int i = 0; i < seq.items().size(); i++) {
      YamlNode item = seq.items().get(i);
      String named = itemWhat;
      if (item instanceof Mapping m
          && m.entries().get("id") != null
          && m.entries().get("id").value() instanceof Scalar id
          && Binder.ID.matcher(id.text().strip()).matches()) {
        named = itemWhat + " ('" + id.text().strip() + "')";
      }
      Fields f = of(item, join(path, key) + "[" + i + "]", named, cx, known);
      if (f != null) {
        out.add(f);
      }
    }
    return out;
  }

  /** A reader for a nested mapping, or null when absent (reported when required). */
  Fields object(String key, boolean required, String objWhat, String... known) {
    YamlNode n = node(key, required);
    return n == null ? null : of(n, join(path, key), objWhat, cx, known);
  }

  private <T> List<T> list(String key, boolean required, Function<YamlNode, T> item) {
    YamlNode n = node(key, required);
    List<T> out = new ArrayList<>();
    if (n == null) {
      return out;
    }
    List<YamlNode> items = n instanceof Sequence s ? s.items() : List.of(n);
    if (n instanceof Mapping) {
      cx.error(
          n.at(),
          "type",
          "'" + key + "' in " + what + " must be a list, not a mapping",
          "write it as [a, b] or as '- a' lines");
      return out;
    }
    String listPath = join(path, key);
    for (int i = 0; i < items.size(); i++) {
      cx.where().put(listPath + "[" + i + "]", items.get(i).at());
      T v = item.apply(items.get(i));
      if (v != null) {
        out.add(v);
      }
    }
    return out;
  }

  private String scalarText(YamlNode item, String key) {
    if (item instanceof Scalar s && s.type() != ScalarType.NULL && !s.text().isBlank()) {
      return s.text().strip();
    }
    cx.error(
        item.at(),
        "type",
        "each entry of '" + key + "' in " + what + " must be a single value, not " + item.kind(),
        "write the entries as [a, b] or as '- a' lines");
    return null;
  }

  Context context() {
    return cx;
  }
}
