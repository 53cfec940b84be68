package dev.candor.diff;

import static dev.candor.diff.Materiality.MATERIAL;
import static dev.candor.diff.Materiality.MINOR;

import dev.candor.diff.Fact.Section;
import dev.candor.diff.Fact.Text;
import dev.candor.model.Access;
import dev.candor.model.Authority;
import dev.candor.model.Choice;
import dev.candor.model.Controller;
import dev.candor.model.Cookie;
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
import dev.candor.vocab.Category;
import dev.candor.vocab.Countries;
import dev.candor.vocab.DataUse;
import dev.candor.vocab.Vocabulary;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Compares two valid inventories: a pure function from (old, new) to a {@link ChangeSet} of typed
 * facts, with no words in any language.
 *
 * <p>Entries are matched by id, so moving an entry is no change and renaming one is one change;
 * lists of keys (jurisdictions, purposes of a data item, protections, rights) are compared as sets.
 * A change is reported once: data newly linked to a new purpose, recipient or store is part of the
 * change about that purpose, recipient or store.
 */
public final class InventoryDiff {
  private static final Section NOTICE = new Section("notice");
  private static final Section CONTROLLER = new Section("controller");
  private static final Section RIGHTS = new Section("rights");
  private static final Section EMAILS = new Section("emails");

  private final Vocabulary vocab;

  /** An engine that reads category and use labels and sensitivity from {@code vocab}. */
  public InventoryDiff(Vocabulary vocab) {
    this.vocab = vocab;
  }

  /** The engine with Candor's vocabulary. */
  public static InventoryDiff standard() {
    return new InventoryDiff(Vocabulary.english());
  }

  /** The engine with Candor's vocabulary; the same as {@link #standard()}. */
  public static InventoryDiff english() {
    return standard();
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
    run.cookies();
    run.rights();
    run.emails();
    return new ChangeSet(run.out);
  }

  private static String cookieKey(Cookie c) {
    return c.kind().key() + " " + c.name();
  }

  private static Fact.Lasts lasts(Cookie c) {
    return new Fact.Lasts(
        c.duration(), c.session(), c.kind() == dev.candor.model.Technology.SESSION_STORAGE);
  }

  /** Who sets a cookie: the recipient's name, or the controller's. */
  private static String setBy(Inventory inv, Cookie c) {
    if (c.setBy() == null) {
      return inv.controller() == null ? null : inv.controller().name();
    }
    return inv.recipient(c.setBy()).map(Recipient::name).orElse(c.setBy());
  }

  /** Approximate length of a period in days, for comparing periods: y*365 + m*30 + d. */
  static long days(Period p) {
    return p.getYears() * 365L + p.getMonths() * 30L + p.getDays();
  }

  /** The label a data item is shown with: its own, or its category's. */
  private String label(DataItem d) {
    return d.label() != null
        ? d.label()
        : vocab.category(d.category()).map(Category::label).orElse(d.category());
  }

  /** The label a purpose is shown with: its own, or its use's. */
  private String label(Purpose p) {
    return p.label() != null ? p.label() : vocab.use(p.use()).map(DataUse::label).orElse(p.use());
  }

  private boolean sensitive(DataItem d) {
    return d.sensitive() != null
        ? d.sensitive()
        : vocab.category(d.category()).map(Category::sensitive).orElse(false);
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
      field(Kind.NOTICE_TITLE, NOTICE, text(x.title()), text(y.title()));
      field(Kind.NOTICE_VERSION, NOTICE, text(x.version()), text(y.version()));
      field(Kind.NOTICE_EFFECTIVE, NOTICE, day(x.effective()), day(y.effective()));
      field(Kind.NOTICE_LANGUAGE, NOTICE, text(x.language()), text(y.language()));
      for (Jurisdiction j : added(x.jurisdictions(), y.jurisdictions())) {
        emit(Kind.JURISDICTION_ADDED, NOTICE, null, new Fact.Law(j), "law", new Fact.Law(j));
      }
      for (Jurisdiction j : added(y.jurisdictions(), x.jurisdictions())) {
        emit(Kind.JURISDICTION_REMOVED, NOTICE, new Fact.Law(j), null, "law", new Fact.Law(j));
      }
      List<String> versions = a.changes().stream().map(dev.candor.model.Change::version).toList();
      for (dev.candor.model.Change c : b.changes()) {
        if (!versions.contains(c.version())) {
          emit(
              Kind.CHANGELOG_ADDED,
              NOTICE,
              null,
              text(c.summary()),
              "version",
              text(c.version()),
              "summary",
              new Fact.Prose(c.summary()));
        }
        a.changes().stream()
            .filter(o -> o.version().equals(c.version()))
            .findFirst()
            .filter(o -> !java.util.Objects.equals(o.approved(), c.approved()))
            .ifPresent(o -> approval(o, c));
        if (!versions.contains(c.version()) && c.approved() != null) {
          approval(null, c);
        }
      }
    }

    /** A version's approval given, withdrawn or changed: record keeping, no effect on people. */
    void approval(dev.candor.model.Change was, dev.candor.model.Change now) {
      dev.candor.model.Approval x = was == null ? null : was.approved();
      dev.candor.model.Approval y = now.approved();
      dev.candor.model.Approval dated = y != null ? y : x;
      emit(
          Kind.CHANGELOG_APPROVED,
          NOTICE,
          x == null ? null : text(x.by()),
          y == null ? null : text(y.by()),
          "version",
          text(now.version()),
          "date",
          day(dated.date()));
    }

    void controller() {
      Controller x = a.controller();
      Controller y = b.controller();
      field(Kind.CONTROLLER_NAME, CONTROLLER, text(x.name()), text(y.name()));
      field(Kind.CONTROLLER_ADDRESS, CONTROLLER, text(x.address()), text(y.address()));
      field(Kind.CONTROLLER_COUNTRY, CONTROLLER, country(x.country()), country(y.country()));
      field(Kind.CONTROLLER_EMAIL, CONTROLLER, text(x.email()), text(y.email()));
      field(Kind.CONTROLLER_WEBSITE, CONTROLLER, text(x.website()), text(y.website()));
      field(Kind.CONTROLLER_PHONE, CONTROLLER, text(x.phone()), text(y.phone()));
      field(Kind.DPO, CONTROLLER, Fact.Person.of(x.dpo()), Fact.Person.of(y.dpo()));
      field(
          Kind.PROCESSOR_FOR,
          CONTROLLER,
          x.processorFor().isEmpty() ? null : new Fact.ActsFor(x.processorFor()),
          y.processorFor().isEmpty() ? null : new Fact.ActsFor(y.processorFor()));
      field(
          Kind.REPRESENTATIVE,
          CONTROLLER,
          Fact.Person.of(x.representative()),
          Fact.Person.of(y.representative()));
      field(Kind.AUTHORITY, CONTROLLER, authority(x.authority()), authority(y.authority()));
    }

    // ---- purposes --------------------------------------------------------------------------

    void purposes() {
      Map<String, Purpose> old = byId(a.purposes(), Purpose::id);
      Map<String, Purpose> neu = byId(b.purposes(), Purpose::id);
      for (Purpose p : b.purposes()) {
        Purpose was = old.get(p.id());
        if (was == null) {
          emit(
              Kind.PURPOSE_ADDED,
              purpose(p),
              null,
              purpose(p),
              "data",
              dataWith(b, d -> d.purposes().contains(p.id())),
              "purpose",
              purpose(p));
        } else {
          purpose(was, p);
        }
      }
      for (Purpose p : a.purposes()) {
        if (!neu.containsKey(p.id())) {
          emit(
              Kind.PURPOSE_REMOVED,
              purpose(p),
              purpose(p),
              null,
              "data",
              dataWith(a, d -> d.purposes().contains(p.id())),
              "purpose",
              purpose(p));
        }
      }
    }

    void purpose(Purpose x, Purpose y) {
      Fact s = purpose(y);
      Object[] it = {"purpose", purpose(y)};
      if ((x.label() != null || y.label() != null) && differ(label(x), label(y))) {
        emit(Kind.PURPOSE_LABEL, s, purpose(x), purpose(y));
      }
      if (differ(useLabel(x.use()), useLabel(y.use()))) {
        emit(Kind.PURPOSE_USE, s, new Fact.Use(x.use()), new Fact.Use(y.use()), it);
      }
      field(Kind.PURPOSE_DESCRIPTION, s, text(x.description()), text(y.description()), it);
      field(Kind.PURPOSE_SCOPE, s, scope(x.scope()), scope(y.scope()), it);
      field(Kind.LEGAL_BASIS, s, new Fact.Basis(x.basis()), new Fact.Basis(y.basis()), it);
      if (x.basis() == y.basis()) {
        field(Kind.LEGITIMATE_INTEREST, s, text(x.interest()), text(y.interest()), it);
      }
      field(Kind.SPECIAL_BASIS, s, special(x), special(y), it);
      Fact cx = choice(x.choice());
      Fact cy = choice(y.choice());
      if (cx == null && cy != null) {
        emit(Kind.CHOICE_ADDED, s, null, cy, "purpose", purpose(y), "how", cy);
      } else if (cx != null && cy == null) {
        emit(Kind.CHOICE_REMOVED, s, cx, null, it);
      } else if (Fact.differ(cx, cy)) {
        emit(Kind.CHOICE_CHANGED, s, cx, cy, "purpose", purpose(y), "how", cy);
      }
      List<String> gained = added(x.subjects(), y.subjects());
      if (!gained.isEmpty()) {
        emit(
            Kind.PURPOSE_SUBJECTS_ADDED,
            s,
            null,
            new Fact.Subjects(gained),
            "purpose",
            purpose(y),
            "subjects",
            new Fact.Subjects(gained));
      }
      List<String> lost = added(y.subjects(), x.subjects());
      if (!lost.isEmpty()) {
        emit(
            Kind.PURPOSE_SUBJECTS_REMOVED,
            s,
            new Fact.Subjects(lost),
            null,
            "purpose",
            purpose(y),
            "subjects",
            new Fact.Subjects(lost));
      }
      field(Kind.PURPOSE_ON_BEHALF_OF, s, text(x.onBehalfOf()), text(y.onBehalfOf()), it);
      Fact ax = automated(x);
      Fact ay = automated(y);
      if (ax == null && ay != null) {
        emit(Kind.AUTOMATED_ADDED, s, null, ay, "purpose", purpose(y), "description", ay);
      } else if (ax != null && ay == null) {
        emit(Kind.AUTOMATED_REMOVED, s, ax, null, it);
      } else if (Fact.differ(ax, ay)) {
        emit(Kind.AUTOMATED_CHANGED, s, ax, ay, "purpose", purpose(y), "description", ay);
      }
    }

    // ---- data items ------------------------------------------------------------------------

    void data() {
      Map<String, DataItem> old = byId(a.data(), DataItem::id);
      Map<String, DataItem> neu = byId(b.data(), DataItem::id);
      for (DataItem d : b.data()) {
        DataItem was = old.get(d.id());
        if (was == null) {
          List<Purpose> why =
              d.purposes().stream().map(b::purpose).flatMap(Optional::stream).toList();
          emit(
              Kind.DATA_ADDED,
              item(d),
              null,
              item(d),
              "data",
              item(d),
              "purposes",
              new Fact.Purposes(why));
          sharedWith(d, List.of());
          keptWith(d, List.of(), true);
        } else {
          item(was, d);
        }
      }
      for (DataItem d : a.data()) {
        if (!neu.containsKey(d.id())) {
          emit(Kind.DATA_REMOVED, item(d), item(d), null, "data", item(d));
        }
      }
    }

    void item(DataItem x, DataItem y) {
      Fact s = item(y);
      Object[] it = {"data", item(y)};
      if ((x.label() != null || y.label() != null) && differ(label(x), label(y))) {
        emit(Kind.DATA_LABEL, s, item(x), item(y));
      }
      if (differ(categoryLabel(x.category()), categoryLabel(y.category()))) {
        emit(
            Kind.DATA_CATEGORY,
            s,
            new Fact.Category(x.category()),
            new Fact.Category(y.category()),
            "data",
            item(x));
      }
      field(Kind.DATA_EXAMPLE, s, text(x.example()), text(y.example()), it);
      if (!x.required() && y.required()) {
        emit(Kind.DATA_NOW_REQUIRED, s, new Fact.Required(false), new Fact.Required(true), it);
      } else if (x.required() && !y.required()) {
        emit(Kind.DATA_NOW_OPTIONAL, s, new Fact.Required(true), new Fact.Required(false), it);
      }
      field(Kind.DATA_WITHOUT, s, text(x.without()), text(y.without()), it);
      field(
          Kind.DATA_SOURCE,
          s,
          new Fact.From(x.sources(), x.from(), x.how(), givenTo(a, x)),
          new Fact.From(y.sources(), y.from(), y.how(), givenTo(b, y)),
          it);
      field(Kind.DATA_SCOPE, s, scope(x.scope()), scope(y.scope()), it);
      field(Kind.DATA_SPECIAL_BASIS, s, conditions(a, x), conditions(b, y), it);
      boolean sx = sensitive(x);
      boolean sy = sensitive(y);
      if (!sx && sy) {
        emit(Kind.DATA_NOW_SENSITIVE, s, null, null, it);
      } else if (sx && !sy) {
        emit(Kind.DATA_NO_LONGER_SENSITIVE, s, null, null, it);
      }
      for (String place : added(x.collectedAt(), y.collectedAt())) {
        emit(
            Kind.DATA_COLLECTED_AT_ADDED,
            s,
            null,
            text(place),
            "data",
            item(y),
            "place",
            text(place));
      }
      for (String place : added(y.collectedAt(), x.collectedAt())) {
        emit(
            Kind.DATA_COLLECTED_AT_REMOVED,
            s,
            text(place),
            null,
            "data",
            item(y),
            "place",
            text(place));
      }
      for (String id : added(x.purposes(), y.purposes())) {
        if (a.purpose(id).isPresent()) {
          Purpose p = b.purpose(id).orElseThrow();
          emit(
              Kind.DATA_PURPOSE_ADDED, s, null, purpose(p), "data", item(y), "purpose", purpose(p));
        }
      }
      for (String id : added(y.purposes(), x.purposes())) {
        b.purpose(id)
            .ifPresent(
                p ->
                    emit(
                        Kind.DATA_PURPOSE_REMOVED,
                        s,
                        purpose(p),
                        null,
                        "data",
                        item(y),
                        "purpose",
                        purpose(p)));
      }
      sharedWith(y, x.recipients());
      for (String id : added(y.recipients(), x.recipients())) {
        b.recipient(id)
            .ifPresent(
                r ->
                    emit(
                        Kind.DATA_RECIPIENT_REMOVED,
                        s,
                        text(r.name()),
                        null,
                        "data",
                        item(y),
                        "name",
                        text(r.name())));
      }
      keptWith(y, x.stores(), false);
      for (String id : added(y.stores(), x.stores())) {
        b.store(id)
            .ifPresent(
                st ->
                    emit(
                        Kind.DATA_STORE_REMOVED,
                        s,
                        text(st.provider()),
                        null,
                        "data",
                        item(y),
                        "provider",
                        text(st.provider())));
      }
      retention(s, item(y), x.retention(), y.retention());
    }

    /** Recipients that existed before and now get the data item. */
    void sharedWith(DataItem y, List<String> before) {
      for (String id : added(before, y.recipients())) {
        if (a.recipient(id).isPresent()) {
          Recipient r = b.recipient(id).orElseThrow();
          emit(
              Kind.DATA_RECIPIENT_ADDED,
              item(y),
              null,
              text(r.name()),
              "data",
              item(y),
              "name",
              text(r.name()),
              "country",
              where(r.place()),
              "does",
              phrase(r.does()));
        }
      }
    }

    /** Stores that existed before and now keep the data item; optionally only those abroad. */
    void keptWith(DataItem y, List<String> before, boolean onlyAbroad) {
      for (String id : added(before, y.stores())) {
        Store st = b.store(id).orElseThrow();
        boolean abroad = transfer(st.place());
        if (a.store(id).isPresent() && (abroad || !onlyAbroad)) {
          emit(
              Kind.DATA_STORE_ADDED,
              abroad ? MATERIAL : MINOR,
              item(y),
              null,
              text(st.provider()),
              "data",
              item(y),
              "provider",
              text(st.provider()),
              "place",
              place(st));
        }
      }
    }

    void retention(Fact s, Fact data, Retention x, Retention y) {
      Fact kx = new Fact.Kept(x, keeper(a, x));
      Fact ky = new Fact.Kept(y, keeper(b, y));
      if (x instanceof Retention.For fx && y instanceof Retention.For fy) {
        long dx = fx.duration().approximateMinutes();
        long dy = fy.duration().approximateMinutes();
        if (dy > dx) {
          emit(Kind.RETENTION_LONGER, s, span(fx), span(fy), "data", data);
        } else if (dy < dx) {
          emit(Kind.RETENTION_SHORTER, s, span(fx), span(fy), "data", data);
        } else if (differ(fx.after(), fy.after())
            || differ(fx.longerWhile(), fy.longerWhile())
            || differ(fx.endsWhen(), fy.endsWhen())) {
          emit(Kind.RETENTION_CHANGED, s, kx, ky, "data", data);
        }
        return;
      }
      if (y instanceof Retention.Forever fy) {
        if (x instanceof Retention.Forever fx) {
          if (differ(fx.reason(), fy.reason())) {
            emit(
                Kind.RETENTION_CHANGED,
                MINOR,
                s,
                prose(fx.reason()),
                prose(fy.reason()),
                "data",
                data);
          }
        } else {
          emit(Kind.RETENTION_FOREVER, s, kx, ky, "data", data);
        }
        return;
      }
      if (x instanceof Retention.Forever) {
        emit(Kind.RETENTION_CHANGED, MINOR, s, kx, ky, "data", data);
      } else if (Fact.differ(kx, ky)) {
        emit(Kind.RETENTION_CHANGED, s, kx, ky, "data", data);
      }
    }

    // ---- recipients, stores, access --------------------------------------------------------

    void recipients() {
      Map<String, Recipient> old = byId(a.recipients(), Recipient::id);
      Map<String, Recipient> neu = byId(b.recipients(), Recipient::id);
      for (Recipient r : b.recipients()) {
        Recipient was = old.get(r.id());
        Fact data = dataWith(b, d -> d.recipients().contains(r.id()));
        Fact s = text(r.name());
        if (was == null) {
          emit(
              Kind.RECIPIENT_ADDED,
              s,
              null,
              s,
              "data",
              data,
              "name",
              s,
              "country",
              where(r.place()),
              "does",
              phrase(r.does()));
        }
        Object[] it = {"name", s};
        if (was != null) {
          field(Kind.RECIPIENT_NAME, s, text(was.name()), s);
          field(Kind.RECIPIENT_ROLE, s, roles(a, was), roles(b, r), it);
          field(Kind.RECIPIENT_SCOPE, s, scope(was.scope()), scope(r.scope()), it);
          field(Kind.RECIPIENT_DOES, s, phrase(was.does()), phrase(r.does()), it);
          if (Fact.differ(where(was.place()), where(r.place()))) {
            emit(
                Kind.RECIPIENT_COUNTRY,
                newlyAbroad(was.place(), r.place()) ? MATERIAL : MINOR,
                s,
                where(was.place()),
                where(r.place()),
                it);
          }
          field(
              Kind.RECIPIENT_SAFEGUARD,
              s,
              safeguard(was.safeguard()),
              safeguard(r.safeguard()),
              it);
          field(Kind.RECIPIENT_PRIVACY_URL, s, text(was.privacyUrl()), text(r.privacyUrl()), it);
          field(
              Kind.RECIPIENT_CONTRACT_REVIEWED,
              s,
              day(was.contractReviewed()),
              day(r.contractReviewed()),
              it);
        }
        boolean sold = was != null && was.sells();
        boolean ads = was != null && was.advertising();
        if (!sold && r.sells()) {
          emit(Kind.RECIPIENT_NOW_SELLS, s, null, null, "name", s, "data", data);
        } else if (sold && !r.sells()) {
          emit(Kind.RECIPIENT_STOPS_SELLING, s, null, null, it);
        }
        if (!ads && r.advertising()) {
          emit(Kind.RECIPIENT_NOW_ADVERTISING, s, null, null, "name", s, "data", data);
        } else if (ads && !r.advertising()) {
          emit(Kind.RECIPIENT_STOPS_ADVERTISING, s, null, null, it);
        }
      }
      for (Recipient r : a.recipients()) {
        if (!neu.containsKey(r.id())) {
          emit(
              Kind.RECIPIENT_REMOVED, text(r.name()), text(r.name()), null, "name", text(r.name()));
        }
      }
    }

    // ---- cookies and similar technologies ---------------------------------------------------

    /** Entries are matched by kind and name: a cookie has no id of its own. */
    void cookies() {
      if (a.cookies().isEmpty() && !b.cookies().isEmpty()) {
        // Cookies a site set all along are not new to people because the notice now lists them.
        Fact names = text(String.join(", ", b.cookies().stream().map(Cookie::name).toList()));
        emit(Kind.COOKIES_LISTED, new Section("cookies"), null, names, "names", names);
        return;
      }
      Map<String, Cookie> old = byId(a.cookies(), InventoryDiff::cookieKey);
      Map<String, Cookie> neu = byId(b.cookies(), InventoryDiff::cookieKey);
      for (Cookie c : b.cookies()) {
        Cookie was = old.get(cookieKey(c));
        Fact s = text(c.name());
        if (was == null) {
          emit(
              Kind.COOKIE_ADDED,
              c.necessary() ? MINOR : MATERIAL,
              s,
              null,
              s,
              "name",
              s,
              "by",
              text(setBy(b, c)),
              "purpose",
              new Fact.Purposes(
                  c.purposes().stream().map(b::purpose).flatMap(Optional::stream).toList()),
              "duration",
              lasts(c));
          continue;
        }
        Fact.Lasts x = lasts(was);
        Fact.Lasts y = lasts(c);
        if (Fact.differ(x, y)) {
          emit(
              Kind.COOKIE_DURATION,
              y.minutes() > x.minutes() ? MATERIAL : MINOR,
              s,
              x,
              y,
              "name",
              s);
        }
        if (!was.necessary() && c.necessary()) {
          emit(Kind.COOKIE_NOW_BEFORE_CONSENT, s, null, null, "name", s);
        } else if (was.necessary() && !c.necessary()) {
          emit(Kind.COOKIE_NOW_AFTER_CONSENT, s, null, null, "name", s);
        }
      }
      for (Cookie c : a.cookies()) {
        if (!neu.containsKey(cookieKey(c))) {
          emit(Kind.COOKIE_REMOVED, text(c.name()), text(c.name()), null, "name", text(c.name()));
        }
      }
    }

    void stores() {
      Map<String, Store> old = byId(a.stores(), Store::id);
      Map<String, Store> neu = byId(b.stores(), Store::id);
      for (Store st : b.stores()) {
        Store was = old.get(st.id());
        Fact s = text(st.provider());
        if (was == null) {
          emit(
              Kind.STORE_ADDED,
              transfer(st.place()) ? MATERIAL : MINOR,
              s,
              null,
              place(st),
              "data",
              dataWith(b, d -> d.stores().contains(st.id())),
              "provider",
              s,
              "place",
              place(st));
          continue;
        }
        Object[] it = {"provider", s};
        field(Kind.STORE_PROVIDER, s, text(was.provider()), s);
        if (Fact.differ(place(was), place(st))) {
          boolean abroad = newlyAbroad(was.place(), st.place());
          emit(Kind.STORE_MOVED, abroad ? MATERIAL : MINOR, s, place(was), place(st), it);
        }
        field(Kind.STORE_SAFEGUARD, s, safeguard(was.safeguard()), safeguard(st.safeguard()), it);
        for (var p : added(was.protections(), st.protections())) {
          Fact f = new Fact.Protects(p);
          emit(Kind.PROTECTION_ADDED, s, null, f, "provider", s, "protection", f);
        }
        for (var p : added(st.protections(), was.protections())) {
          Fact f = new Fact.Protects(p);
          emit(Kind.PROTECTION_REMOVED, s, f, null, "provider", s, "protection", f);
        }
      }
      for (Store st : a.stores()) {
        if (!neu.containsKey(st.id())) {
          emit(
              Kind.STORE_REMOVED,
              text(st.provider()),
              place(st),
              null,
              "provider",
              text(st.provider()));
        }
      }
    }

    void access() {
      Map<String, Access> old = byId(a.access(), Access::id);
      Map<String, Access> neu = byId(b.access(), Access::id);
      for (Access x : b.access()) {
        Access was = old.get(x.id());
        Fact s = text(x.team());
        if (was == null) {
          emit(
              Kind.ACCESS_ADDED,
              s,
              null,
              s,
              "team",
              s,
              "data",
              data(b, x.data()),
              "why",
              prose(x.why()));
          continue;
        }
        field(Kind.ACCESS_TEAM, s, text(was.team()), s);
        List<String> wider = added(was.data(), x.data());
        if (!wider.isEmpty()) {
          emit(Kind.ACCESS_WIDENED, s, null, data(b, wider), "team", s, "data", data(b, wider));
        }
        List<String> narrower =
            added(x.data(), was.data()).stream().filter(id -> b.dataItem(id).isPresent()).toList();
        if (!narrower.isEmpty()) {
          emit(
              Kind.ACCESS_NARROWED,
              s,
              data(a, narrower),
              null,
              "team",
              s,
              "data",
              data(a, narrower));
        }
        field(Kind.ACCESS_WHY, s, prose(was.why()), prose(x.why()), "team", s);
      }
      for (Access x : a.access()) {
        if (!neu.containsKey(x.id())) {
          emit(Kind.ACCESS_REMOVED, text(x.team()), text(x.team()), null, "team", text(x.team()));
        }
      }
    }

    // ---- rights and emails -----------------------------------------------------------------

    void rights() {
      Rights x = a.rights();
      Rights y = b.rights();
      for (Right r : added(x.available(), y.available())) {
        emit(
            Kind.RIGHT_ADDED,
            RIGHTS,
            null,
            new Fact.RightName(r),
            "right",
            new Fact.RightName(r),
            "text",
            new Fact.RightText(r));
      }
      for (Right r : added(y.available(), x.available())) {
        emit(
            Kind.RIGHT_REMOVED,
            RIGHTS,
            new Fact.RightName(r),
            null,
            "right",
            new Fact.RightName(r));
      }
      field(Kind.RIGHTS_EMAIL, RIGHTS, text(x.email()), text(y.email()));
      field(Kind.RIGHTS_URL, RIGHTS, text(x.url()), text(y.url()));
      Period px = x.respondWithin() == null ? null : x.respondWithin().normalized();
      Period py = y.respondWithin() == null ? null : y.respondWithin().normalized();
      if (!Objects.equals(px, py)) {
        boolean worse = py == null || px != null && days(py) > days(px);
        emit(
            Kind.RESPONSE_TIME,
            worse ? MATERIAL : MINOR,
            RIGHTS,
            px == null ? null : new Fact.Duration(px),
            py == null ? null : new Fact.Duration(py));
      }
      field(Kind.VERIFICATION, RIGHTS, text(x.verification()), text(y.verification()));
      for (var e : y.selfService().entrySet()) {
        String was = x.selfService().get(e.getKey());
        Fact name = new Fact.RightName(e.getKey());
        if (was == null) {
          emit(
              Kind.SELF_SERVICE_ADDED,
              RIGHTS,
              null,
              text(e.getValue()),
              "right",
              name,
              "how",
              prose(e.getValue()));
        } else if (differ(was, e.getValue())) {
          emit(
              Kind.SELF_SERVICE_CHANGED,
              RIGHTS,
              text(was),
              text(e.getValue()),
              "right",
              name,
              "how",
              prose(e.getValue()));
        }
      }
      for (var e : x.selfService().entrySet()) {
        if (!y.selfService().containsKey(e.getKey())) {
          emit(
              Kind.SELF_SERVICE_REMOVED,
              RIGHTS,
              text(e.getValue()),
              null,
              "right",
              new Fact.RightName(e.getKey()));
        }
      }
    }

    void emails() {
      Emails none = new Emails(List.of(), List.of(), null);
      Emails x = a.emails() == null ? none : a.emails();
      Emails y = b.emails() == null ? none : b.emails();
      for (String d : added(x.domains(), y.domains())) {
        emit(Kind.EMAIL_DOMAIN_ADDED, EMAILS, null, text(d), "domain", text(d));
      }
      for (String d : added(y.domains(), x.domains())) {
        emit(Kind.EMAIL_DOMAIN_REMOVED, EMAILS, text(d), null, "domain", text(d));
      }
      for (String n : added(x.neverAsk(), y.neverAsk())) {
        emit(Kind.NEVER_ASK_ADDED, EMAILS, null, text(n), "item", text(n));
      }
      for (String n : added(y.neverAsk(), x.neverAsk())) {
        emit(Kind.NEVER_ASK_REMOVED, EMAILS, text(n), null, "item", text(n));
      }
      field(Kind.PHISHING_REPORT, EMAILS, text(x.report()), text(y.report()));
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** Emits a change when two values read differently. */
    void field(Kind k, Fact subject, Fact before, Fact after, Object... details) {
      if (Fact.differ(before, after)) {
        emit(k, subject, before, after, details);
      }
    }

    void emit(Kind k, Fact subject, Fact before, Fact after, Object... details) {
      emit(k, k.usual(), subject, before, after, details);
    }

    /** {@code details} alternate names and facts: "data", fact, "purpose", fact ... */
    void emit(Kind k, Materiality m, Fact subject, Fact before, Fact after, Object... details) {
      Map<String, Fact> named = new LinkedHashMap<>();
      for (int i = 0; i + 1 < details.length; i += 2) {
        named.put((String) details[i], (Fact) details[i + 1]);
      }
      out.add(new Change(k, m, subject, before, after, named));
    }

    /** Whether the new inventory's laws make sending data to the country a transfer abroad. */
    boolean transfer(String country) {
      return b.notice().jurisdictions().stream()
          .filter(Jurisdiction::gdprFamily)
          .anyMatch(law -> Countries.transfer(law, country) != Countries.Transfer.NONE);
    }

    /** Whether data kept there leaves the reader's region: any country abroad, or anywhere. */
    boolean transfer(dev.candor.model.Place p) {
      return p.any() || p.countries().stream().anyMatch(this::transfer);
    }

    /** Whether the new place sends data abroad where the old one did not, to some country. */
    boolean newlyAbroad(dev.candor.model.Place before, dev.candor.model.Place after) {
      if (after.any()) {
        return !before.any();
      }
      return after.countries().stream()
          .anyMatch(c -> transfer(c) && !before.countries().contains(c));
    }

    Fact roles(Inventory inv, Recipient r) {
      return new Fact.Roles(r.roles());
    }

    /** The name of the recipient that keeps data we keep no copy of, or null. */
    String keeper(Inventory inv, Retention r) {
      return r instanceof Retention.HeldBy h
          ? inv.recipient(h.recipient()).map(Recipient::name).orElse(h.recipient())
          : null;
    }

    /** The name of the recipient people give the data to, or null. */
    String givenTo(Inventory inv, DataItem d) {
      return d.givenTo() == null
          ? null
          : inv.recipient(d.givenTo()).map(Recipient::name).orElse(d.givenTo());
    }

    Fact conditions(Inventory inv, DataItem d) {
      if (d.specialBasis() == null && d.specialBasisFor().isEmpty()) {
        return null;
      }
      Map<String, dev.candor.model.SpecialBasis> by = new LinkedHashMap<>();
      d.specialBasisFor()
          .forEach(
              (id, basis) ->
                  by.put(inv.purpose(id).map(InventoryDiff.this::label).orElse(id), basis));
      return new Fact.Conditions(d.specialBasis(), by);
    }

    Fact dataWith(Inventory inv, Predicate<DataItem> test) {
      return new Fact.Data(inv.data().stream().filter(test).toList());
    }

    Fact data(Inventory inv, List<String> ids) {
      return new Fact.Data(ids.stream().map(inv::dataItem).flatMap(Optional::stream).toList());
    }

    Fact item(DataItem d) {
      return new Fact.Data(List.of(d));
    }

    Fact purpose(Purpose p) {
      return new Fact.Purposes(List.of(p));
    }

    String useLabel(String key) {
      return vocab.use(key).map(DataUse::label).orElse(key);
    }

    String categoryLabel(String key) {
      return vocab.category(key).map(Category::label).orElse(key);
    }

    Fact place(Store st) {
      return new Fact.Place(st.location(), st.place());
    }

    Fact span(Retention.For f) {
      return new Fact.Span(f.duration(), f.after(), f.longerWhile(), f.endsWhen());
    }

    Fact special(Purpose p) {
      return p.specialBasis() == null ? null : new Fact.Special(p.specialBasis());
    }

    Fact safeguard(dev.candor.model.Safeguard s) {
      return s == null ? null : new Fact.Transfer(s);
    }

    Fact choice(Choice c) {
      return c == null ? null : new Fact.Control(c);
    }

    Fact automated(Purpose p) {
      if (p.automated() == null) {
        return null;
      }
      return new Fact.Automation(
          p.automated().description(), p.automated().logic(), p.automated().effects());
    }

    Fact authority(Authority au) {
      return au == null ? null : new Fact.Regulator(au);
    }
  }

  private static Fact text(String s) {
    return s == null ? null : new Text(s);
  }

  private static Fact phrase(String s) {
    return s == null ? null : new Fact.Phrase(s);
  }

  private static Fact prose(String s) {
    return s == null ? null : new Fact.Prose(s);
  }

  private static Fact country(String code) {
    return code == null ? null : new Fact.Where(dev.candor.model.Place.in(code));
  }

  private static Fact where(dev.candor.model.Place p) {
    return p == null ? null : new Fact.Where(p);
  }

  private static Fact scope(dev.candor.model.Scope s) {
    return s == null || !s.limited() ? null : new Fact.Scope(s);
  }

  private static Fact day(LocalDate d) {
    return d == null ? null : new Fact.Day(d);
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
