package dev.candor.diff;

import dev.candor.model.Authority;
import dev.candor.model.Choice;
import dev.candor.model.Contact;
import dev.candor.model.DataItem;
import dev.candor.model.Jurisdiction;
import dev.candor.model.LegalBasis;
import dev.candor.model.Protection;
import dev.candor.model.Purpose;
import dev.candor.model.RecipientRole;
import dev.candor.model.Retention;
import dev.candor.model.Right;
import dev.candor.model.Safeguard;
import dev.candor.model.Source;
import dev.candor.model.SpecialBasis;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * One typed value a change is about: a before, an after, a subject or a detail. Facts hold what the
 * inventory says and nothing worded; a wording component per language turns them into phrases. Two
 * facts are the same when they would read the same: free text is compared with its spacing
 * collapsed.
 */
public sealed interface Fact {
  /** The fact in a form that compares equal exactly when the two facts read the same. */
  default Object comparable() {
    return this;
  }

  /** Whether two facts (either may be null) read differently. */
  static boolean differ(Fact x, Fact y) {
    return !Objects.equals(x == null ? null : x.comparable(), y == null ? null : y.comparable());
  }

  /**
   * How long a cookie or similar technology lasts: a span, or the session ({@code session}), or
   * until it is deleted (no span, not session).
   */
  record Lasts(dev.candor.model.Span span, boolean session, boolean sessionStorage)
      implements Fact {
    @Override
    public Object comparable() {
      return session || (span == null && sessionStorage) ? "session" : span == null ? "" : span;
    }

    /** About how many minutes it lasts; the session counts as none, no expiry as forever. */
    public long minutes() {
      if (session || (span == null && sessionStorage)) {
        return 0;
      }
      return span == null ? Long.MAX_VALUE : span.approximateMinutes();
    }
  }

  /** A part of the notice that is not an entry: "notice", "controller", "rights", "emails". */
  record Section(String key) implements Fact {}

  /** Free text as the inventory has it: a name, an address, a URL, a title. */
  record Text(String value) implements Fact {
    @Override
    public Object comparable() {
      return norm(value);
    }
  }

  /** Free text that stands as a sentence of its own: a reason, a description, a how-to. */
  record Prose(String value) implements Fact {
    @Override
    public Object comparable() {
      String t = value.strip();
      if (!t.isEmpty()) {
        int first = t.codePointAt(0);
        t =
            new StringBuilder()
                .appendCodePoint(Character.toUpperCase(first))
                .append(t.substring(Character.charCount(first)))
                .toString();
      }
      char last = t.isEmpty() ? '.' : t.charAt(t.length() - 1);
      return norm(
          last == '.' || last == '!' || last == '?' || last == '"' || last == ')' ? t : t + ".");
    }
  }

  /** Free text read inside a sentence, so a closing full stop is dropped: what a company does. */
  record Phrase(String value) implements Fact {
    @Override
    public Object comparable() {
      String t = norm(value);
      return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }
  }

  /** Data items, named by their labels ("your email address and name"); may be empty. */
  record Data(List<DataItem> items) implements Fact {
    public Data {
      items = List.copyOf(items);
    }
  }

  /** Purposes, named by their labels. */
  record Purposes(List<Purpose> items) implements Fact {
    public Purposes {
      items = List.copyOf(items);
    }
  }

  /** Categories of people, by their data-subject keys ("customers and prospective customers"). */
  record Subjects(List<String> keys) implements Fact {
    public Subjects {
      keys = List.copyOf(keys);
    }
  }

  /** A data category key of the vocabulary. */
  record Category(String key) implements Fact {}

  /** A data use key of the vocabulary. */
  record Use(String key) implements Fact {}

  /** The countries data is in, or no fixed country with the reason. */
  record Where(dev.candor.model.Place place) implements Fact {
    @Override
    public Object comparable() {
      return java.util.Arrays.asList(place.countries(), normOrNull(place.anywhere()));
    }
  }

  /** A place: an optional city or region, and its countries. */
  record Place(String location, dev.candor.model.Place where) implements Fact {
    @Override
    public Object comparable() {
      return List.of(location == null ? "" : norm(location), new Where(where).comparable());
    }
  }

  /** Whose data a fact is about: by region, age or relationship with us. */
  record Scope(dev.candor.model.Scope scope) implements Fact {
    @Override
    public Object comparable() {
      return java.util.Arrays.asList(
          scope.regions(),
          scope.minAge(),
          scope.maxAge(),
          scope.people().stream().map(Fact::norm).toList());
    }
  }

  /**
   * Everything a recipient is to us, role by role. Selling and advertising have kinds of change of
   * their own, so they do not make two role lists differ.
   */
  record Roles(List<dev.candor.model.Role> roles) implements Fact {
    public Roles {
      roles = List.copyOf(roles);
    }

    @Override
    public Object comparable() {
      return roles.stream()
          .map(r -> List.of(r.role(), r.purposes(), new Scope(r.scope()).comparable()))
          .toList();
    }
  }

  /** The groups of people for whom we act only for someone else. */
  record ActsFor(List<dev.candor.model.ProcessorFor> groups) implements Fact {
    public ActsFor {
      groups = List.copyOf(groups);
    }

    @Override
    public Object comparable() {
      return groups.stream().map(g -> List.of(norm(g.people()), norm(g.ask()))).toList();
    }
  }

  /** A law a notice follows. */
  record Law(Jurisdiction law) implements Fact {}

  /** A legal basis. */
  record Basis(LegalBasis basis) implements Fact {}

  /** A condition for special-category data (GDPR Art. 9(2)). */
  record Special(SpecialBasis basis) implements Fact {}

  /**
   * The Art. 9(2) conditions a data item states: one for every purpose, and some by purpose label;
   * either may be absent.
   */
  record Conditions(SpecialBasis all, java.util.Map<String, SpecialBasis> byPurpose)
      implements Fact {
    public Conditions {
      byPurpose = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byPurpose));
    }
  }

  /** A recipient's role. */
  record Role(RecipientRole role) implements Fact {}

  /** What protects a transfer abroad. */
  record Transfer(Safeguard safeguard) implements Fact {}

  /** A protection of a store. */
  record Protects(Protection protection) implements Fact {}

  /** A right, by its name. */
  record RightName(Right right) implements Fact {}

  /** A right, by what it lets people do. */
  record RightText(Right right) implements Fact {}

  /** Whether data must be given ({@code true}) or may be left out. */
  record Required(boolean required) implements Fact {}

  /**
   * Where data comes from; {@code from} names the third parties, {@code how} says how we create it,
   * {@code givenTo} the recipient people give it to.
   */
  record From(List<Source> sources, List<String> from, String how, String givenTo) implements Fact {
    public From {
      sources = List.copyOf(sources);
      from = List.copyOf(from);
    }

    @Override
    public Object comparable() {
      return java.util.Arrays.asList(
          java.util.Set.copyOf(sources),
          from.stream().map(Fact::norm).toList(),
          how == null ? null : new Phrase(how).comparable(),
          givenTo);
    }
  }

  /**
   * How long data is kept, as a whole rule: a period, a rule in words, no end date, or by a
   * recipient; keeper is that recipient's name (null for the other forms).
   */
  record Kept(Retention retention, String keeper) implements Fact {
    /** A retention that no recipient keeps. */
    public Kept(Retention retention) {
      this(retention, null);
    }

    @Override
    public Object comparable() {
      if (retention instanceof Retention.For f) {
        return List.of(
            "for",
            f.duration(),
            f.after() == null ? "" : new Phrase(f.after()).comparable(),
            f.longerWhile() == null ? "" : new Phrase(f.longerWhile()).comparable(),
            f.endsWhen() == null ? "" : new Phrase(f.endsWhen()).comparable());
      }
      if (retention instanceof Retention.Rule r) {
        return List.of("rule", new Phrase(r.rule()).comparable());
      }
      if (retention instanceof Retention.HeldBy h) {
        return List.of(
            "held-by", h.recipient(), h.rule() == null ? "" : new Phrase(h.rule()).comparable());
      }
      return List.of("forever");
    }
  }

  /**
   * A fixed retention as a length: "2 years after your last order", with the conditions that extend
   * or end it (either may be null).
   */
  record Span(dev.candor.model.Span duration, String after, String longerWhile, String endsWhen)
      implements Fact {}

  /** A length of time. */
  record Duration(Period period) implements Fact {}

  /** A date. */
  record Day(LocalDate date) implements Fact {}

  /** A contact: its name, email and address. */
  record Person(String name, String email, String address) implements Fact {
    /** The contact as shown, or null when there is none. */
    public static Person of(Contact c) {
      return c == null ? null : new Person(c.name(), c.email(), c.address());
    }

    @Override
    public Object comparable() {
      return java.util.Arrays.asList(normOrNull(name), normOrNull(email), normOrNull(address));
    }
  }

  /** A supervisory authority: name, website, email, address. */
  record Regulator(Authority authority) implements Fact {
    @Override
    public Object comparable() {
      return java.util.Arrays.asList(
          normOrNull(authority.name()),
          normOrNull(authority.website()),
          normOrNull(authority.email()),
          normOrNull(authority.address()));
    }
  }

  /** How people make a choice: the how-to, and a link. */
  record Control(Choice choice) implements Fact {
    @Override
    public Object comparable() {
      return java.util.Arrays.asList(
          new Prose(choice.how()).comparable(), normOrNull(choice.url()));
    }
  }

  /** Automated decision-making: description, logic and effects, each a sentence or absent. */
  record Automation(String description, String logic, String effects) implements Fact {
    @Override
    public Object comparable() {
      return java.util.Arrays.asList(prose(description), prose(logic), prose(effects));
    }

    private static Object prose(String s) {
      return s == null ? null : new Prose(s).comparable();
    }
  }

  private static String norm(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  private static String normOrNull(String s) {
    return s == null ? null : norm(s);
  }
}
