package dev.candor.diff;

import dev.candor.model.Contact;
import dev.candor.model.DataItem;
import dev.candor.model.Inventory;
import dev.candor.model.Purpose;
import dev.candor.model.Retention;
import dev.candor.model.Safeguard;
import dev.candor.render.Messages;
import dev.candor.render.NoticeComposer;
import dev.candor.vocab.Category;
import dev.candor.vocab.Countries;
import dev.candor.vocab.DataUse;
import dev.candor.vocab.Vocabulary;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The wording of changes: the diff bundle, plus the notice's own labels so both read alike. */
final class Words {
  private final Messages diff;
  private final Messages notice;
  private final NoticeComposer composer;
  private final Vocabulary vocab;

  Words(Messages diff, Messages notice, Vocabulary vocab) {
    this.diff = diff;
    this.notice = notice;
    this.vocab = vocab;
    this.composer = new NoticeComposer(notice, vocab);
  }

  /** The sentence of a change; {@code variant} is "", ".added" or ".removed". */
  String say(Kind kind, String variant, String... params) {
    String key = "diff." + kind.key() + variant;
    return diff.get(diff.has(key) ? key : "diff." + kind.key(), params);
  }

  String get(String key, String... params) {
    return diff.get(key, params);
  }

  String notice(String key, String... params) {
    return notice.get(key, params);
  }

  /**
   * Data as the object of a sentence: "your email address", but "pages you visit" and "how you
   * use the app" as they are, since "your" would not fit them.
   */
  String yours(String data) {
    if (NO_POSSESSIVE.matcher(data).find()) {
      return data;
    }
    return diff.get("diff.your", "data", data);
  }

  private static final java.util.regex.Pattern NO_POSSESSIVE = java.util.regex.Pattern.compile(
      "(?i)\\b(you|your|yours)\\b|^(how|what|when|where|which|who|the|a|an|any|some|our)\\b");

  String label(DataItem d) {
    return composer.label(d);
  }

  String label(Purpose p) {
    return composer.label(p);
  }

  boolean sensitive(DataItem d) {
    return composer.isSensitive(d);
  }

  String category(String key) {
    return vocab.category(key).map(Category::label).orElse(key);
  }

  String use(String key) {
    return vocab.use(key).map(DataUse::label).orElse(key);
  }

  String country(String code) {
    return Countries.name(code);
  }

  String safeguard(Safeguard s) {
    return s == null ? null : diff.get("diff.safeguard." + s.key());
  }

  /** The labels of data items, joined: "your email address and name". */
  String data(Inventory inv, List<String> ids) {
    List<String> labels = ids.stream().map(inv::dataItem).flatMap(java.util.Optional::stream)
        .map(this::label).toList();
    return labels.isEmpty() ? diff.get("diff.data-fallback") : and(labels);
  }

  /** How long data is kept, as a phrase after "we keep it": "for 2 years after your visit". */
  String kept(Retention r) {
    if (r instanceof Retention.For f) {
      String d = composer.duration(f.duration());
      return f.after() == null ? diff.get("diff.kept.for", "duration", d)
          : diff.get("diff.kept.for.after", "duration", d, "after", trimStop(f.after()));
    }
    if (r instanceof Retention.Rule rule) {
      return diff.get("diff.kept.rule", "rule", trimStop(rule.rule()));
    }
    return diff.get("diff.kept.forever");
  }

  /** A fixed retention as a length: "2 years after your last order". */
  String span(Retention.For f) {
    String d = composer.duration(f.duration());
    return f.after() == null ? d
        : diff.get("diff.kept.span.after", "duration", d, "after", trimStop(f.after()));
  }

  String duration(Period p) {
    return composer.duration(p);
  }

  /** A contact in one line: name, email, address. */
  String contact(Contact c) {
    if (c == null) {
      return null;
    }
    return String.join(", ", Stream.of(c.name(), c.email(), c.address())
        .filter(Objects::nonNull).toList());
  }

  /** "a", "a and b", "a, b and c". */
  String and(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    List<String> head = new ArrayList<>(items.subList(0, items.size() - 1));
    return String.join(", ", head) + " " + notice.get("duration.and") + " "
        + items.get(items.size() - 1);
  }

  /** Free text as a sentence: capitalised, with a closing full stop. */
  static String sentence(String s) {
    String t = capitalise(s.strip());
    char last = t.isEmpty() ? '.' : t.charAt(t.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == '"' || last == ')' ? t : t + ".";
  }

  static String trimStop(String s) {
    String t = s.strip();
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }

  static String capitalise(String s) {
    if (s == null || s.isEmpty()) {
      return s;
    }
    int first = s.codePointAt(0);
    return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
        .append(s.substring(Character.charCount(first))).toString();
  }
}
