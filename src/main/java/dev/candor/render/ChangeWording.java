package dev.candor.render;

import dev.candor.diff.Change;
import dev.candor.diff.ChangeSet;
import dev.candor.diff.Fact;
import dev.candor.diff.Kind;
import dev.candor.diff.Materiality;
import dev.candor.model.DataItem;
import dev.candor.model.Purpose;
import dev.candor.model.Retention;
import dev.candor.vocab.Category;
import dev.candor.vocab.DataUse;
import dev.candor.vocab.Vocabulary;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words for changes in one language: turns the diff's typed facts into the sentences of the
 * notice's changes section, the site's what-changed pages, the feed and {@code candor diff}. It
 * uses the notice's own labels, so a change reads like the notice it changes.
 */
public final class ChangeWording {
  /** Data named as they are, since "your" would not fit: "pages you visit". */
  private static final Pattern NO_POSSESSIVE =
      Pattern.compile(
          "(?i)\\b(you|your|yours)\\b|^(how|what|when|where|which|who|the|a|an|any|some|our)\\b");

  /**
   * One change in words.
   *
   * @param kind what changed
   * @param materiality whether people must be told
   * @param subject what it is about, e.g. "Email address" or "Postmark"
   * @param sentence the change in the second person
   * @param before the old value in words, or null
   * @param after the new value in words, or null
   */
  public record Worded(
      Kind kind,
      Materiality materiality,
      String subject,
      String sentence,
      String before,
      String after) {}

  private final Messages diff;
  private final Messages notice;
  private final NoticeComposer composer;
  private final Vocabulary vocab;
  private final DateTimeFormatter dates;
  private final java.util.function.UnaryOperator<String> text;

  private ChangeWording(
      Messages diff,
      Messages notice,
      Vocabulary vocab,
      java.util.function.UnaryOperator<String> text) {
    this.diff = diff;
    this.notice = notice;
    this.vocab = vocab;
    this.text = text;
    this.composer = new NoticeComposer(notice, vocab);
    this.dates =
        DateTimeFormatter.ofPattern(
            notice.get("meta.date"), Locale.forLanguageTag(notice.language()));
  }

  /** The wording for a language, if Candor words changes in it. */
  public static Optional<ChangeWording> forLanguage(String language) {
    return Messages.forBundle("diff", language)
        .flatMap(
            d ->
                Messages.forLanguage(language)
                    .map(n -> new ChangeWording(d, n, Vocabulary.forLanguage(language), t -> t)));
  }

  /**
   * This wording with the inventory's own text (labels, reasons, rules) in its language: {@code
   * text} gives the translation of a text as the inventory wrote it, or the text itself when it has
   * none.
   */
  public ChangeWording withText(java.util.function.UnaryOperator<String> text) {
    return new ChangeWording(diff, notice, vocab, t -> t == null ? null : text.apply(t));
  }

  /** Candor's English wording. */
  public static ChangeWording english() {
    return forLanguage("en").orElseThrow();
  }

  /** The language this wording is in. */
  public String language() {
    return notice.language();
  }

  /** Every change in words, in the change set's order. */
  public List<Worded> word(ChangeSet changes) {
    return changes.changes().stream().map(this::word).toList();
  }

  /** One change in words. */
  public Worded word(Change c) {
    List<String> params = new ArrayList<>();
    c.details()
        .forEach(
            (name, fact) -> {
              params.add(name);
              String phrase = phrase(fact);
              params.add(name.equals("data") ? yours(phrase) : phrase);
            });
    String before = phrase(c.before());
    String after = phrase(c.after());
    if (before != null) {
      params.addAll(List.of("before", before));
    }
    if (after != null) {
      params.addAll(List.of("after", after));
    }
    String variant =
        switch (c.variant()) {
          case ADDED -> ".added";
          case REMOVED -> ".removed";
          case CHANGED -> "";
        };
    String key = "diff." + c.kind().key() + variant;
    String sentence =
        diff.get(diff.has(key) ? key : "diff." + c.kind().key(), params.toArray(String[]::new));
    return new Worded(
        c.kind(), c.materiality(), capitalise(phrase(c.subject())), sentence, before, after);
  }

  /** The word shown next to a change, so colour is never the only signal: "Material". */
  public String materiality(Materiality m) {
    return diff.get("materiality." + m.key());
  }

  /** A fixed text of the diff report, e.g. {@code report.title}. */
  public String get(String key, String... params) {
    return diff.get(key, params);
  }

  /**
   * The changes people should hear about (material and minor), for the notice's own "changes to
   * this notice" section.
   */
  public Recent recent(
      ChangeSet changes, String olderVersion, java.time.LocalDate effective, String href) {
    return new Recent(
        notice.get("changes.recent", "version", olderVersion, "date", dates.format(effective)),
        forReaders(changes),
        href);
  }

  /**
   * The changes as the notice's readers hear of them: a sentence each for the material and minor
   * ones, material first, with no word of materiality, which is advice for the company (it stays in
   * {@code candor diff}). Changes with no effect in substance are left out, and so is a new place
   * to keep data with a company that the same change set starts sharing with: the notice tells a
   * store and a recipient of one company as one entry, and so does this list.
   */
  public List<String> forReaders(ChangeSet changes) {
    Set<Fact> newRecipients =
        changes.changes().stream()
            .filter(c -> c.kind() == Kind.RECIPIENT_ADDED)
            .map(Change::subject)
            .collect(Collectors.toSet());
    return Stream.of(Materiality.MATERIAL, Materiality.MINOR)
        .flatMap(m -> changes.of(m).stream())
        .filter(c -> !(c.kind() == Kind.STORE_ADDED && newRecipients.contains(c.subject())))
        .map(c -> word(c).sentence())
        .toList();
  }

  /** A fact as a phrase of this language, or null for no fact. */
  String phrase(Fact fact) {
    if (fact == null) {
      return null;
    }
    if (fact instanceof Fact.Section s) {
      return diff.get("diff.subject." + s.key());
    } else if (fact instanceof Fact.Text t) {
      return text.apply(t.value());
    } else if (fact instanceof Fact.Prose p) {
      return sentence(text.apply(p.value()));
    } else if (fact instanceof Fact.Phrase p) {
      return trimStop(text.apply(p.value()));
    } else if (fact instanceof Fact.Data d) {
      List<String> labels = d.items().stream().map(this::label).toList();
      return labels.isEmpty() ? diff.get("diff.data-fallback") : and(labels);
    } else if (fact instanceof Fact.Lasts l) {
      return l.session() || (l.span() == null && l.sessionStorage())
          ? diff.get("diff.cookie.session")
          : l.span() == null ? diff.get("diff.cookie.persistent") : composer.duration(l.span());
    } else if (fact instanceof Fact.Purposes p) {
      return and(p.items().stream().map(this::label).toList());
    } else if (fact instanceof Fact.Subjects k) {
      return and(k.keys().stream().map(vocab::subjectLabel).toList());
    } else if (fact instanceof Fact.Category k) {
      return vocab.category(k.key()).map(Category::label).orElse(k.key());
    } else if (fact instanceof Fact.Use u) {
      return vocab.use(u.key()).map(DataUse::label).orElse(u.key());
    } else if (fact instanceof Fact.Where w) {
      return composer.places(w.place());
    } else if (fact instanceof Fact.Place p) {
      String country = composer.places(p.where());
      return p.location() == null ? country : text.apply(p.location()) + ", " + country;
    } else if (fact instanceof Fact.Scope s) {
      return composer.scopePhrase(s.scope());
    } else if (fact instanceof Fact.Roles r) {
      return and(
          r.roles().stream().map(role -> diff.get("diff.role." + role.role().key())).toList());
    } else if (fact instanceof Fact.ActsFor a) {
      return and(
          a.groups().stream()
              .map(g -> diff.get("diff.acts-for", "people", g.people(), "ask", trimStop(g.ask())))
              .toList());
    } else if (fact instanceof Fact.Conditions c) {
      List<String> parts = new ArrayList<>();
      if (c.all() != null) {
        parts.add(notice.get("special." + c.all().key()));
      }
      c.byPurpose()
          .forEach(
              (purpose, basis) ->
                  parts.add(
                      diff.get(
                          "diff.condition.for",
                          "purpose",
                          purpose,
                          "basis",
                          notice.get("special." + basis.key()))));
      return and(parts);
    } else if (fact instanceof Fact.Law l) {
      return diff.get("diff.law." + l.law().key());
    } else if (fact instanceof Fact.Basis b) {
      return notice.get("basis.name." + b.basis().key());
    } else if (fact instanceof Fact.Special s) {
      return notice.get("special." + s.basis().key());
    } else if (fact instanceof Fact.Role r) {
      return diff.get("diff.role." + r.role().key());
    } else if (fact instanceof Fact.Transfer t) {
      return diff.get("diff.safeguard." + t.safeguard().key());
    } else if (fact instanceof Fact.Protects p) {
      return notice.get("protection." + p.protection().key());
    } else if (fact instanceof Fact.RightName r) {
      return notice.get("right." + r.right().key() + ".name");
    } else if (fact instanceof Fact.RightText r) {
      return notice.get("right." + r.right().key());
    } else if (fact instanceof Fact.Required r) {
      return diff.get(r.required() ? "diff.required" : "diff.optional");
    } else if (fact instanceof Fact.From f) {
      List<String> parts = new ArrayList<>();
      for (dev.candor.model.Source src : f.sources()) {
        parts.add(
            switch (src) {
              case PERSON -> diff.get("diff.source.person");
              case AUTOMATIC -> diff.get("diff.source.automatic");
              case THIRD_PARTY -> and(f.from().stream().map(text).toList());
              case CREATED -> diff.get("diff.source.created", "how", trimStop(text.apply(f.how())));
              case TO_RECIPIENT -> diff.get("diff.source.to-recipient", "name", f.givenTo());
            });
      }
      return and(parts);
    } else if (fact instanceof Fact.Kept k) {
      return kept(k.retention(), k.keeper());
    } else if (fact instanceof Fact.Span s) {
      String d = composer.duration(s.duration());
      String span =
          s.after() == null
              ? d
              : diff.get(
                  "diff.kept.span.after", "duration", d, "after", trimStop(text.apply(s.after())));
      return span + spanConditions(text.apply(s.longerWhile()), text.apply(s.endsWhen()));
    } else if (fact instanceof Fact.Duration d) {
      return composer.duration(dev.candor.model.Span.of(d.period()));
    } else if (fact instanceof Fact.Day d) {
      return dates.format(d.date());
    } else if (fact instanceof Fact.Person p) {
      return joined(", ", p.name(), p.email(), p.address());
    } else if (fact instanceof Fact.Regulator r) {
      return joined(
          ", ",
          r.authority().name(),
          r.authority().website(),
          r.authority().email(),
          r.authority().address());
    } else if (fact instanceof Fact.Control c) {
      String how = sentence(text.apply(c.choice().how()));
      return c.choice().url() == null ? how : how + " " + c.choice().url();
    } else if (fact instanceof Fact.Automation a) {
      return String.join(
          " ",
          Stream.of(a.description(), a.logic(), a.effects())
              .filter(Objects::nonNull)
              .map(text)
              .map(ChangeWording::sentence)
              .toList());
    }
    throw new IllegalArgumentException("no wording for " + fact.getClass().getSimpleName());
  }

  private String label(DataItem d) {
    return d.label() == null
        ? composer.label(d)
        : composer.label(withLabel(d, text.apply(d.label())));
  }

  private String label(Purpose p) {
    return p.label() == null
        ? composer.label(p)
        : composer.label(withLabel(p, text.apply(p.label())));
  }

  private static DataItem withLabel(DataItem d, String label) {
    return new DataItem(
        d.id(),
        d.category(),
        label,
        d.example(),
        d.sources(),
        d.from(),
        d.how(),
        d.givenTo(),
        d.required(),
        d.without(),
        d.purposes(),
        d.retention(),
        d.stores(),
        d.recipients(),
        d.sensitive(),
        d.collectedAt(),
        d.linked(),
        d.apple(),
        d.google(),
        d.specialBasis(),
        d.specialBasisFor(),
        d.scope(),
        d.plural());
  }

  private static Purpose withLabel(Purpose p, String label) {
    return new Purpose(
        p.id(),
        p.use(),
        label,
        p.description(),
        p.basis(),
        p.interest(),
        p.specialBasis(),
        p.choice(),
        p.automated(),
        p.apple(),
        p.google(),
        p.scope(),
        p.subjects(),
        p.onBehalfOf());
  }

  /** How long data is kept, as a phrase after "we keep it": "for 2 years after your visit". */
  private String kept(Retention r, String keeper) {
    if (r instanceof Retention.For f) {
      String d = composer.duration(f.duration());
      return (f.after() == null
              ? diff.get("diff.kept.for", "duration", d)
              : diff.get(
                  "diff.kept.for.after", "duration", d, "after", trimStop(text.apply(f.after()))))
          + spanConditions(text.apply(f.longerWhile()), text.apply(f.endsWhen()));
    }
    if (r instanceof Retention.Rule rule) {
      return diff.get("diff.kept.rule", "rule", trimStop(text.apply(rule.rule())));
    }
    if (r instanceof Retention.HeldBy h) {
      return diff.get("diff.kept.held-by", "name", keeper == null ? h.recipient() : keeper);
    }
    return diff.get("diff.kept.forever");
  }

  /** ", or longer while ..." and ", or until ..., if sooner", or "". */
  private String spanConditions(String longerWhile, String endsWhen) {
    String out = "";
    if (longerWhile != null) {
      out += diff.get("diff.kept.longer", "condition", trimStop(longerWhile));
    }
    if (endsWhen != null) {
      out += diff.get("diff.kept.ends", "condition", trimStop(endsWhen));
    }
    return out;
  }

  /**
   * Data as the object of a sentence: "your email address", but "pages you visit" and "how you use
   * the app" as they are.
   */
  private String yours(String data) {
    if (NO_POSSESSIVE.matcher(data).find()) {
      return data;
    }
    return diff.get("diff.your", "data", data);
  }

  /** "a", "a and b", "a, b and c". */
  private String and(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    List<String> head = new ArrayList<>(items.subList(0, items.size() - 1));
    return String.join(", ", head)
        + " "
        + notice.get("duration.and")
        + " "
        + items.get(items.size() - 1);
  }

  private static String joined(String sep, String... parts) {
    return String.join(sep, Stream.of(parts).filter(Objects::nonNull).toList());
  }

  private static String sentence(String s) {
    return NoticeComposer.sentence(s);
  }

  private static String trimStop(String s) {
    return NoticeComposer.trimStop(s);
  }

  private static String capitalise(String s) {
    return NoticeComposer.capitalise(s);
  }
}
