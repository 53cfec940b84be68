package dev.candor.diff;

import static dev.candor.diff.Materiality.MATERIAL;
import static dev.candor.diff.Materiality.MINOR;

import dev.candor.model.Access;
import dev.candor.model.Authority;
import dev.candor.model.Choice;
import dev.candor.model.Controller;
import dev.candor.model.DataItem;
import dev.candor.model.Emails;
import dev.candor.model.Inventory;
import dev.candor.model.Jurisdiction;
import dev.candor.model.Notice;
import dev.candor.model.Purpose;
import dev.candor.model.Recipient;
import dev.candor.model.Retention;
import dev.candor.model.Right;
import dev.candor.model.Rights;
import dev.candor.model.Store;
import dev.candor.render.Messages;
import dev.candor.vocab.Countries;
import dev.candor.vocab.Vocabulary;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Compares two valid inventories: a pure function from (old, new) to a {@link ChangeSet}.
 *
 * <p>Entries are matched by id, so moving an entry is no change and renaming one is one change;
 * lists of keys (jurisdictions, purposes of a data item, protections, rights) are compared as sets.
 * A change is reported once: data newly linked to a new purpose, recipient or store is part of
 * the sentence about that purpose, recipient or store.
 */
public final class InventoryDiff {
  private static final DateTimeFormatter DATES =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private final Words words;

  /** An engine that words changes with the given bundles and vocabulary. */
  public InventoryDiff(Messages diffMessages, Messages noticeMessages, Vocabulary vocab) {
    this.words = new Words(diffMessages, noticeMessages, vocab);
  }

  /** The engine with Candor's English wording. */
  public static InventoryDiff english() {
    return new InventoryDiff(
        Messages.forBundle("diff", "en").orElseThrow(),
        Messages.forLanguage("en").orElseThrow(),
        Vocabulary.english());
  }

  /** The engine for a language, if Candor has diff wording in it (English only, for now). */
  public static java.util.Optional<InventoryDiff> forLanguage(String language) {
    String base = language.split("-")[0];
    if (!base.equals("en")) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(english());
  }

  /**
   * The changes since {@code older} that people should hear about (material and minor), worded
   * for the notice's own "changes to this notice" section.
   */
  public dev.candor.render.Recent recent(Inventory older, Inventory newer, Messages notice,
      String href) {
    List<String> items = diff(older, newer).changes().stream()
        .filter(c -> c.materiality() != Materiality.NONE)
        .map(c -> c.materiality().word() + ": " + c.sentence())
        .toList();
    return new dev.candor.render.Recent(
        notice.get("changes.recent", "version", older.notice().version()), items, href);
  }

  /** Every change from {@code old} to {@code neu}, material first. */
  public ChangeSet diff(Inventory old, Inventory neu) {
    Run run = new Run(old, neu);
    run.notice();
    run.controller();
    run.purposes();
    run.data();
    run.recipients();
    run.stores();
    run.access();
    run.rights();
    run.emails();
    return new ChangeSet(run.out);
  }

  /** Approximate length of a period in days, for comparing periods: y*365 + m*30 + d. */
  static long days(Period p) {
    return p.getYears() * 365L + p.getMonths() * 30L + p.getDays();
  }

  /** One comparison: the two inventories and the changes found so far. */
  private final class Run {
    final Inventory a;
    final Inventory b;
    final List<Change> out = new ArrayList<>();

    Run(Inventory a, Inventory b) {
      this.a = a;
      this.b = b;
    }

    // ---- notice and controller -------------------------------------------------------------

    void notice() {
      Notice x = a.notice();
      Notice y = b.notice();
      String s = words.get("diff.subject.notice");
      field(Kind.NOTICE_TITLE, s, x.title(), y.title());
      field(Kind.NOTICE_VERSION, s, x.version(), y.version());
      field(Kind.NOTICE_EFFECTIVE, s, date(x.effective()), date(y.effective()));
      field(Kind.NOTICE_LANGUAGE, s, x.language(), y.language());
      for (Jurisdiction j : added(x.jurisdictions(), y.jurisdictions())) {
        emit(Kind.JURISDICTION_ADDED, s, null, law(j), "law", law(j));
      }
      for (Jurisdiction j : added(y.jurisdictions(), x.jurisdictions())) {
        emit(Kind.JURISDICTION_REMOVED, s, law(j), null, "law", law(j));
      }
      List<String> versions = a.changes().stream().map(dev.candor.model.Change::version).toList();
      for (dev.candor.model.Change c : b.changes()) {
        if (!versions.contains(c.version())) {
          emit(Kind.CHANGELOG_ADDED, s, null, c.summary(), "version", c.version(),
              "summary", Words.sentence(c.summary()));
        }
      }
    }

    void controller() {
      Controller x = a.controller();
      Controller y = b.controller();
      String s = words.get("diff.subject.controller");
      field(Kind.CONTROLLER_NAME, s, x.name(), y.name());
      field(Kind.CONTROLLER_ADDRESS, s, x.address(), y.address());
      field(Kind.CONTROLLER_COUNTRY, s, words.country(x.country()), words.country(y.country()));
      field(Kind.CONTROLLER_EMAIL, s, x.email(), y.email());
      field(Kind.CONTROLLER_WEBSITE, s, x.website(), y.website());
      field(Kind.CONTROLLER_PHONE, s, x.phone(), y.phone());
      field(Kind.DPO, s, words.contact(x.dpo()), words.contact(y.dpo()));
      field(Kind.REPRESENTATIVE, s, words.contact(x.representative()),
          words.contact(y.representative()));
      field(Kind.AUTHORITY, s, authority(x.authority()), authority(y.authority()));
    }

    // ---- purposes --------------------------------------------------------------------------

    void purposes() {
      Map<String, Purpose> old = byId(a.purposes(), Purpose::id);
      Map<String, Purpose> neu = byId(b.purposes(), Purpose::id);
      for (Purpose p : b.purposes()) {
        Purpose was = old.get(p.id());
        if (was == null) {
          emit(Kind.PURPOSE_ADDED, words.label(p), null, words.label(p),
              "data", words.data(b, dataWith(b, d -> d.purposes().contains(p.id()))),
              "purpose", words.label(p));
        } else {
          purpose(was, p);
        }
      }
      for (Purpose p : a.purposes()) {
        if (!neu.containsKey(p.id())) {
          emit(Kind.PURPOSE_REMOVED, words.label(p), words.label(p), null,
              "data", words.data(a, dataWith(a, d -> d.purposes().contains(p.id()))),
              "purpose", words.label(p));
        }
      }
    }

    void purpose(Purpose x, Purpose y) {
      String s = words.label(y);
      String[] it = {"purpose", words.label(y)};
      if (x.label() != null || y.label() != null) {
        field(Kind.PURPOSE_LABEL, s, words.label(x), words.label(y));
      }
      field(Kind.PURPOSE_USE, s, words.use(x.use()), words.use(y.use()), it);
      field(Kind.PURPOSE_DESCRIPTION, s, x.description(), y.description(), it);
      field(Kind.LEGAL_BASIS, s, words.notice("basis.name." + x.basis().key()),
          words.notice("basis.name." + y.basis().key()), it);
      if (x.basis() == y.basis()) {
        field(Kind.LEGITIMATE_INTEREST, s, x.interest(), y.interest(), it);
      }
      field(Kind.SPECIAL_BASIS, s, special(x), special(y), it);
      String cx = choice(x.choice());
      String cy = choice(y.choice());
      if (cx == null && cy != null) {
        emit(Kind.CHOICE_ADDED, s, null, cy, "purpose", words.label(y), "how", cy);
      } else if (cx != null && cy == null) {
        emit(Kind.CHOICE_REMOVED, s, cx, null, it);
      } else if (differ(cx, cy)) {
        emit(Kind.CHOICE_CHANGED, s, cx, cy, "purpose", words.label(y), "how", cy);
      }
      String ax = automated(x);
      String ay = automated(y);
      if (ax == null && ay != null) {
        emit(Kind.AUTOMATED_ADDED, s, null, ay, "purpose", words.label(y), "description", ay);
      } else if (ax != null && ay == null) {
        emit(Kind.AUTOMATED_REMOVED, s, ax, null, it);
      } else if (differ(ax, ay)) {
        emit(Kind.AUTOMATED_CHANGED, s, ax, ay, "purpose", words.label(y), "description", ay);
      }
    }

    // ---- data items ------------------------------------------------------------------------

    void data() {
      Map<String, DataItem> old = byId(a.data(), DataItem::id);
      Map<String, DataItem> neu = byId(b.data(), DataItem::id);
      for (DataItem d : b.data()) {
        DataItem was = old.get(d.id());
        if (was == null) {
          List<String> why = d.purposes().stream().map(b::purpose)
              .flatMap(java.util.Optional::stream).map(words::label).toList();
          emit(Kind.DATA_ADDED, words.label(d), null, words.label(d),
              "data", words.label(d), "purposes", words.and(why));
          sharedWith(d, List.of());
          keptWith(d, List.of(), true);
        } else {
          item(was, d);
        }
      }
      for (DataItem d : a.data()) {
        if (!neu.containsKey(d.id())) {
          emit(Kind.DATA_REMOVED, words.label(d), words.label(d), null, "data", words.label(d));
        }
      }
    }

    void item(DataItem x, DataItem y) {
      String s = words.label(y);
      String[] it = {"data", words.label(y)};
      if (x.label() != null || y.label() != null) {
        field(Kind.DATA_LABEL, s, words.label(x), words.label(y));
      }
      field(Kind.DATA_CATEGORY, s, words.category(x.category()), words.category(y.category()),
          "data", words.label(x));
      field(Kind.DATA_EXAMPLE, s, x.example(), y.example(), it);
      if (!x.required() && y.required()) {
        emit(Kind.DATA_NOW_REQUIRED, s, words.get("diff.optional"), words.get("diff.required"),
            it);
      } else if (x.required() && !y.required()) {
        emit(Kind.DATA_NOW_OPTIONAL, s, words.get("diff.required"), words.get("diff.optional"),
            it);
      }
      field(Kind.DATA_WITHOUT, s, x.without(), y.without(), it);
      field(Kind.DATA_SOURCE, s, source(x), source(y), it);
      boolean sx = words.sensitive(x);
      boolean sy = words.sensitive(y);
      if (!sx && sy) {
        emit(Kind.DATA_NOW_SENSITIVE, s, null, null, it);
      } else if (sx && !sy) {
        emit(Kind.DATA_NO_LONGER_SENSITIVE, s, null, null, it);
      }
      for (String place : added(x.collectedAt(), y.collectedAt())) {
        emit(Kind.DATA_COLLECTED_AT_ADDED, s, null, place, "data", words.label(y),
            "place", place);
      }
      for (String place : added(y.collectedAt(), x.collectedAt())) {
        emit(Kind.DATA_COLLECTED_AT_REMOVED, s, place, null, "data", words.label(y),
            "place", place);
      }
      for (String id : added(x.purposes(), y.purposes())) {
        if (a.purpose(id).isPresent()) {
          Purpose p = b.purpose(id).orElseThrow();
          emit(Kind.DATA_PURPOSE_ADDED, s, null, words.label(p), "data", words.label(y),
              "purpose", words.label(p));
        }
      }
      for (String id : added(y.purposes(), x.purposes())) {
        b.purpose(id).ifPresent(p -> emit(Kind.DATA_PURPOSE_REMOVED, s, words.label(p), null,
            "data", words.label(y), "purpose", words.label(p)));
      }
      sharedWith(y, x.recipients());
      for (String id : added(y.recipients(), x.recipients())) {
        b.recipient(id).ifPresent(r -> emit(Kind.DATA_RECIPIENT_REMOVED, s, r.name(), null,
            "data", words.label(y), "name", r.name()));
      }
      keptWith(y, x.stores(), false);
      for (String id : added(y.stores(), x.stores())) {
        b.store(id).ifPresent(st -> emit(Kind.DATA_STORE_REMOVED, s, st.provider(), null,
            "data", words.label(y), "provider", st.provider()));
      }
      retention(s, words.label(y), x.retention(), y.retention());
    }

    /** Recipients that existed before and now get the data item. */
    void sharedWith(DataItem y, List<String> before) {
      for (String id : added(before, y.recipients())) {
        if (a.recipient(id).isPresent()) {
          Recipient r = b.recipient(id).orElseThrow();
          emit(Kind.DATA_RECIPIENT_ADDED, words.label(y), null, r.name(),
              "data", words.label(y), "name", r.name(), "country", words.country(r.country()),
              "does", Words.trimStop(r.does()));
        }
      }
    }

    /** Stores that existed before and now keep the data item; optionally only those abroad. */
    void keptWith(DataItem y, List<String> before, boolean onlyAbroad) {
      for (String id : added(before, y.stores())) {
        Store st = b.store(id).orElseThrow();
        boolean abroad = transfer(st.country());
        if (a.store(id).isPresent() && (abroad || !onlyAbroad)) {
          emit(Kind.DATA_STORE_ADDED, abroad ? MATERIAL : MINOR, words.label(y), null,
              st.provider(), "data", words.label(y), "provider", st.provider(),
              "place", place(st));
        }
      }
    }

    void retention(String s, String data, Retention x, Retention y) {
      String kx = words.kept(x);
      String ky = words.kept(y);
      if (x instanceof Retention.For fx && y instanceof Retention.For fy) {
        long dx = days(fx.duration().normalized());
        long dy = days(fy.duration().normalized());
        if (dy > dx) {
          emit(Kind.RETENTION_LONGER, s, words.span(fx), words.span(fy), "data", data);
        } else if (dy < dx) {
          emit(Kind.RETENTION_SHORTER, s, words.span(fx), words.span(fy), "data", data);
        } else if (differ(fx.after(), fy.after())) {
          emit(Kind.RETENTION_CHANGED, s, kx, ky, "data", data);
        }
        return;
      }
      if (y instanceof Retention.Forever fy) {
        if (x instanceof Retention.Forever fx) {
          if (differ(fx.reason(), fy.reason())) {
            emit(Kind.RETENTION_CHANGED, MINOR, s, Words.sentence(fx.reason()),
                Words.sentence(fy.reason()), "data", data);
          }
        } else {
          emit(Kind.RETENTION_FOREVER, s, kx, ky, "data", data);
        }
        return;
      }
      if (x instanceof Retention.Forever) {
        emit(Kind.RETENTION_CHANGED, MINOR, s, kx, ky, "data", data);
      } else if (differ(kx, ky)) {
        emit(Kind.RETENTION_CHANGED, s, kx, ky, "data", data);
      }
    }

    // ---- recipients, stores, access --------------------------------------------------------

    void recipients() {
      Map<String, Recipient> old = byId(a.recipients(), Recipient::id);
      Map<String, Recipient> neu = byId(b.recipients(), Recipient::id);
      for (Recipient r : b.recipients()) {
        Recipient was = old.get(r.id());
        String data = words.data(b, dataWith(b, d -> d.recipients().contains(r.id())));
        if (was == null) {
          emit(Kind.RECIPIENT_ADDED, r.name(), null, r.name(), "data", data, "name", r.name(),
              "country", words.country(r.country()), "does", Words.trimStop(r.does()));
        }
        String s = r.name();
        String[] it = {"name", r.name()};
        if (was != null) {
          field(Kind.RECIPIENT_NAME, s, was.name(), r.name());
          field(Kind.RECIPIENT_ROLE, s, role(was), role(r), it);
          field(Kind.RECIPIENT_DOES, s, Words.trimStop(was.does()), Words.trimStop(r.does()), it);
          if (!was.country().equals(r.country())) {
            emit(Kind.RECIPIENT_COUNTRY, transfer(r.country()) ? MATERIAL : MINOR, s,
                words.country(was.country()), words.country(r.country()), it);
          }
          field(Kind.RECIPIENT_SAFEGUARD, s, words.safeguard(was.safeguard()),
              words.safeguard(r.safeguard()), it);
          field(Kind.RECIPIENT_PRIVACY_URL, s, was.privacyUrl(), r.privacyUrl(), it);
          field(Kind.RECIPIENT_CONTRACT_REVIEWED, s, date(was.contractReviewed()),
              date(r.contractReviewed()), it);
        }
        boolean sold = was != null && was.sells();
        boolean ads = was != null && was.advertising();
        if (!sold && r.sells()) {
          emit(Kind.RECIPIENT_NOW_SELLS, s, null, null, "name", r.name(), "data", data);
        } else if (sold && !r.sells()) {
          emit(Kind.RECIPIENT_STOPS_SELLING, s, null, null, it);
        }
        if (!ads && r.advertising()) {
          emit(Kind.RECIPIENT_NOW_ADVERTISING, s, null, null, "name", r.name(), "data", data);
        } else if (ads && !r.advertising()) {
          emit(Kind.RECIPIENT_STOPS_ADVERTISING, s, null, null, it);
        }
      }
      for (Recipient r : a.recipients()) {
        if (!neu.containsKey(r.id())) {
          emit(Kind.RECIPIENT_REMOVED, r.name(), r.name(), null, "name", r.name());
        }
      }
    }

    void stores() {
      Map<String, Store> old = byId(a.stores(), Store::id);
      Map<String, Store> neu = byId(b.stores(), Store::id);
      for (Store st : b.stores()) {
        Store was = old.get(st.id());
        String s = st.provider();
        if (was == null) {
          emit(Kind.STORE_ADDED, transfer(st.country()) ? MATERIAL : MINOR, s, null, place(st),
              "data", words.data(b, dataWith(b, d -> d.stores().contains(st.id()))),
              "provider", st.provider(), "place", place(st));
          continue;
        }
        String[] it = {"provider", st.provider()};
        field(Kind.STORE_PROVIDER, s, was.provider(), st.provider());
        if (differ(place(was), place(st))) {
          boolean abroad = !was.country().equals(st.country()) && transfer(st.country());
          emit(Kind.STORE_MOVED, abroad ? MATERIAL : MINOR, s, place(was), place(st), it);
        }
        field(Kind.STORE_SAFEGUARD, s, words.safeguard(was.safeguard()),
            words.safeguard(st.safeguard()), it);
        for (var p : added(was.protections(), st.protections())) {
          String text = words.notice("protection." + p.key());
          emit(Kind.PROTECTION_ADDED, s, null, text, "provider", st.provider(),
              "protection", text);
        }
        for (var p : added(st.protections(), was.protections())) {
          String text = words.notice("protection." + p.key());
          emit(Kind.PROTECTION_REMOVED, s, text, null, "provider", st.provider(),
              "protection", text);
        }
      }
      for (Store st : a.stores()) {
        if (!neu.containsKey(st.id())) {
          emit(Kind.STORE_REMOVED, st.provider(), place(st), null, "provider", st.provider());
        }
      }
    }

    void access() {
      Map<String, Access> old = byId(a.access(), Access::id);
      Map<String, Access> neu = byId(b.access(), Access::id);
      for (Access x : b.access()) {
        Access was = old.get(x.id());
        String s = x.team();
        if (was == null) {
          emit(Kind.ACCESS_ADDED, s, null, x.team(), "team", x.team(),
              "data", words.data(b, x.data()), "why", Words.sentence(x.why()));
          continue;
        }
        field(Kind.ACCESS_TEAM, s, was.team(), x.team());
        List<String> wider = added(was.data(), x.data());
        if (!wider.isEmpty()) {
          emit(Kind.ACCESS_WIDENED, s, null, words.data(b, wider), "team", x.team(),
              "data", words.data(b, wider));
        }
        List<String> narrower = added(x.data(), was.data()).stream()
            .filter(id -> b.dataItem(id).isPresent()).toList();
        if (!narrower.isEmpty()) {
          emit(Kind.ACCESS_NARROWED, s, words.data(a, narrower), null, "team", x.team(),
              "data", words.data(a, narrower));
        }
        field(Kind.ACCESS_WHY, s, Words.sentence(was.why()), Words.sentence(x.why()),
            "team", x.team());
      }
      for (Access x : a.access()) {
        if (!neu.containsKey(x.id())) {
          emit(Kind.ACCESS_REMOVED, x.team(), x.team(), null, "team", x.team());
        }
      }
    }

    // ---- rights and emails -----------------------------------------------------------------

    void rights() {
      Rights x = a.rights();
      Rights y = b.rights();
      String s = words.get("diff.subject.rights");
      for (Right r : added(x.available(), y.available())) {
        emit(Kind.RIGHT_ADDED, s, null, rightName(r), "right", rightName(r),
            "text", words.notice("right." + r.key()));
      }
      for (Right r : added(y.available(), x.available())) {
        emit(Kind.RIGHT_REMOVED, s, rightName(r), null, "right", rightName(r));
      }
      field(Kind.RIGHTS_EMAIL, s, x.email(), y.email());
      field(Kind.RIGHTS_URL, s, x.url(), y.url());
      Period px = x.respondWithin() == null ? null : x.respondWithin().normalized();
      Period py = y.respondWithin() == null ? null : y.respondWithin().normalized();
      if (!Objects.equals(px, py)) {
        boolean worse = py == null || px != null && days(py) > days(px);
        emit(Kind.RESPONSE_TIME, worse ? MATERIAL : MINOR, s,
            px == null ? null : words.duration(px), py == null ? null : words.duration(py));
      }
      field(Kind.VERIFICATION, s, x.verification(), y.verification());
      for (var e : y.selfService().entrySet()) {
        String was = x.selfService().get(e.getKey());
        String name = rightName(e.getKey());
        if (was == null) {
          emit(Kind.SELF_SERVICE_ADDED, s, null, e.getValue(), "right", name,
              "how", Words.sentence(e.getValue()));
        } else if (differ(was, e.getValue())) {
          emit(Kind.SELF_SERVICE_CHANGED, s, was, e.getValue(), "right", name,
              "how", Words.sentence(e.getValue()));
        }
      }
      for (var e : x.selfService().entrySet()) {
        if (!y.selfService().containsKey(e.getKey())) {
          emit(Kind.SELF_SERVICE_REMOVED, s, e.getValue(), null, "right",
              rightName(e.getKey()));
        }
      }
    }

    void emails() {
      Emails none = new Emails(List.of(), List.of(), null);
      Emails x = a.emails() == null ? none : a.emails();
      Emails y = b.emails() == null ? none : b.emails();
      String s = words.get("diff.subject.emails");
      for (String d : added(x.domains(), y.domains())) {
        emit(Kind.EMAIL_DOMAIN_ADDED, s, null, d, "domain", d);
      }
      for (String d : added(y.domains(), x.domains())) {
        emit(Kind.EMAIL_DOMAIN_REMOVED, s, d, null, "domain", d);
      }
      for (String n : added(x.neverAsk(), y.neverAsk())) {
        emit(Kind.NEVER_ASK_ADDED, s, null, n, "item", n);
      }
      for (String n : added(y.neverAsk(), x.neverAsk())) {
        emit(Kind.NEVER_ASK_REMOVED, s, n, null, "item", n);
      }
      field(Kind.PHISHING_REPORT, s, x.report(), y.report());
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** Emits a change when two values differ, ignoring spacing. */
    void field(Kind k, String subject, String before, String after, String... params) {
      if (differ(before, after)) {
        emit(k, subject, before, after, params);
      }
    }

    void emit(Kind k, String subject, String before, String after, String... params) {
      emit(k, k.usual(), subject, before, after, params);
    }

    void emit(Kind k, Materiality m, String subject, String before, String after,
        String... params) {
      String variant = before == null && after != null ? ".added"
          : after == null && before != null ? ".removed" : "";
      List<String> p = new ArrayList<>(List.of(params));
      for (int i = 0; i + 1 < p.size(); i += 2) {
        if (p.get(i).equals("data")) {
          p.set(i + 1, words.yours(p.get(i + 1)));
        }
      }
      if (before != null) {
        p.addAll(List.of("before", before));
      }
      if (after != null) {
        p.addAll(List.of("after", after));
      }
      String sentence = words.say(k, variant, p.toArray(String[]::new));
      out.add(new Change(k, m, Words.capitalise(subject), sentence, before, after));
    }

    /** Whether the new inventory's laws make sending data to the country a transfer abroad. */
    boolean transfer(String country) {
      return b.notice().jurisdictions().stream()
          .anyMatch(law -> Countries.transfer(law, country) != Countries.Transfer.NONE);
    }

    List<String> dataWith(Inventory inv, java.util.function.Predicate<DataItem> test) {
      return inv.data().stream().filter(test).map(DataItem::id).toList();
    }

    String place(Store st) {
      return st.location() == null ? words.country(st.country())
          : st.location() + ", " + words.country(st.country());
    }

    String source(DataItem d) {
      return switch (d.source()) {
        case PERSON -> words.get("diff.source.person");
        case AUTOMATIC -> words.get("diff.source.automatic");
        case THIRD_PARTY -> d.from();
      };
    }

    String special(Purpose p) {
      return p.specialBasis() == null ? null
          : words.notice("special." + p.specialBasis().key());
    }

    String role(Recipient r) {
      return words.get("diff.role." + r.role().key());
    }

    String law(Jurisdiction j) {
      return words.get("diff.law." + j.key());
    }

    String rightName(Right r) {
      return words.notice("right." + r.key() + ".name");
    }

    String choice(Choice c) {
      if (c == null) {
        return null;
      }
      return c.url() == null ? Words.sentence(c.how()) : Words.sentence(c.how()) + " " + c.url();
    }

    String automated(Purpose p) {
      if (p.automated() == null) {
        return null;
      }
      return String.join(" ", Stream.of(p.automated().description(), p.automated().logic(),
          p.automated().effects()).filter(Objects::nonNull).map(Words::sentence).toList());
    }

    String authority(Authority au) {
      if (au == null) {
        return null;
      }
      return String.join(", ", Stream.of(au.name(), au.website(), au.email(), au.address())
          .filter(Objects::nonNull).toList());
    }

    String date(LocalDate d) {
      return d == null ? null : DATES.format(d);
    }
  }

  private static boolean differ(String x, String y) {
    return !Objects.equals(norm(x), norm(y));
  }

  private static String norm(String s) {
    return s == null ? null : s.strip().replaceAll("\\s+", " ");
  }

  /** The items of {@code now} not in {@code before}, in the order of {@code now}. */
  private static <T> List<T> added(List<T> before, List<T> now) {
    return now.stream().filter(t -> !before.contains(t)).distinct().toList();
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    Map<String, T> map = new LinkedHashMap<>();
    items.forEach(i -> map.put(id.apply(i), i));
    return map;
  }
}
