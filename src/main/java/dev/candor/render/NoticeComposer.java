package dev.candor.render;

import dev.candor.model.Access;
import dev.candor.model.Contact;
import dev.candor.model.Controller;
import dev.candor.model.DataItem;
import dev.candor.model.Inventory;
import dev.candor.model.Jurisdiction;
import dev.candor.model.Purpose;
import dev.candor.model.Recipient;
import dev.candor.model.Retention;
import dev.candor.model.Rights;
import dev.candor.model.Safeguard;
import dev.candor.model.Store;
import dev.candor.render.NoticeView.AccessView;
import dev.candor.render.NoticeView.ChangeView;
import dev.candor.render.NoticeView.ChoiceView;
import dev.candor.render.NoticeView.Complain;
import dev.candor.render.NoticeView.DataView;
import dev.candor.render.NoticeView.EmailsView;
import dev.candor.render.NoticeView.GlanceRow;
import dev.candor.render.NoticeView.Line;
import dev.candor.render.NoticeView.PurposeView;
import dev.candor.render.NoticeView.RecipientView;
import dev.candor.render.NoticeView.RetentionView;
import dev.candor.render.NoticeView.RightView;
import dev.candor.render.NoticeView.RightsView;
import dev.candor.render.NoticeView.Section;
import dev.candor.render.NoticeView.Selling;
import dev.candor.render.NoticeView.StoreView;
import dev.candor.render.NoticeView.Who;
import dev.candor.vocab.Category;
import dev.candor.vocab.Countries;
import dev.candor.vocab.DataUse;
import dev.candor.vocab.Vocabulary;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Writes the sentences of a notice from the facts of an inventory: a pure function. */
public final class NoticeComposer {
  private static final List<String> SECTIONS =
      List.of(
          "glance",
          "who",
          "collect",
          "keep",
          "share",
          "inside",
          "rights",
          "emails",
          "changes",
          "complain");

  private final Messages msg;
  private final Vocabulary vocab;
  private final DateTimeFormatter dates;

  public NoticeComposer(Messages msg, Vocabulary vocab) {
    this.msg = msg;
    this.vocab = vocab;
    this.dates =
        DateTimeFormatter.ofPattern(msg.get("meta.date"), Locale.forLanguageTag(msg.language()));
  }

  /** The wording this composer writes with. */
  public Messages messages() {
    return msg;
  }

  /** The notice for an inventory that passed validation. */
  public NoticeView compose(Inventory inv) {
    String effective = date(inv.notice().effective());
    return new NoticeView(
        inv.notice().id(),
        inv.notice().language(),
        inv.notice().title(),
        inv.controller().name(),
        inv.notice().version(),
        effective,
        inv.notice().effective().toString(),
        msg.get("meta.version", "version", inv.notice().version()),
        msg.get("meta.effective", "date", effective),
        msg.get("meta.footer", "version", inv.notice().version(), "date", effective),
        msg.get("intro", "controller", inv.controller().name()),
        msg.all(),
        SECTIONS.stream().map(s -> new Section(s, msg.get("section." + s))).toList(),
        inv.data().stream().map(d -> glance(inv, d)).toList(),
        who(inv.controller()),
        inv.data().stream().map(d -> data(inv, d)).toList(),
        inv.purposes().stream().map(p -> purpose(inv, p)).toList(),
        inv.stores().stream().map(s -> store(inv, s)).toList(),
        inv.data().stream()
            .map(d -> new RetentionView(label(d), retention(inv, d.retention())))
            .toList(),
        selling(inv),
        inv.recipients().stream().map(r -> recipient(inv, r)).toList(),
        inv.access().stream().map(a -> access(inv, a)).toList(),
        rights(inv),
        inv.emails() == null
            ? null
            : new EmailsView(
                inv.emails().domains(), inv.emails().neverAsk(), inv.emails().report()),
        inv.changes().stream()
            .map(c -> new ChangeView(c.version(), date(c.date()), c.summary()))
            .toList(),
        complain(inv));
  }

  /** The plain label of a data item: its own, or the vocabulary's. */
  public String label(DataItem d) {
    if (d.label() != null) {
      return d.label();
    }
    return vocab.category(d.category()).map(Category::label).orElse(d.category());
  }

  /** The plain label of a purpose, a verb phrase completing "We use it to ...". */
  public String label(Purpose p) {
    if (p.label() != null) {
      return p.label();
    }
    return vocab.use(p.use()).map(DataUse::label).orElse(p.use());
  }

  private String date(LocalDate d) {
    return dates.format(d);
  }

  private GlanceRow glance(Inventory inv, DataItem d) {
    List<String> why =
        d.purposes().stream()
            .map(inv::purpose)
            .flatMap(java.util.Optional::stream)
            .map(this::label)
            .toList();
    List<String> to =
        d.recipients().stream()
            .map(inv::recipient)
            .flatMap(java.util.Optional::stream)
            .map(Recipient::name)
            .toList();
    return new GlanceRow(
        "data-" + d.id(),
        capitalise(label(d)),
        capitalise(String.join("; ", why)),
        shortRetention(inv, d.retention()),
        to.isEmpty() ? msg.get("glance.nobody") : and(to));
  }

  private Who who(Controller c) {
    List<Line> contact = new ArrayList<>();
    contact.add(new Line(msg.get("who.address"), c.address(), null));
    contact.add(new Line(msg.get("who.email"), c.email(), "mailto:" + c.email()));
    if (c.website() != null) {
      contact.add(new Line(msg.get("who.website"), c.website(), c.website()));
    }
    if (c.phone() != null) {
      contact.add(new Line(msg.get("who.phone"), c.phone(), null));
    }
    return new Who(
        msg.get("who.controller", "controller", c.name()),
        c.name(),
        contact,
        c.dpo() == null ? null : msg.get("who.dpo.text"),
        contactLines(c.dpo()),
        c.representative() == null
            ? null
            : msg.get("who.representative.text", "name", c.representative().name()),
        contactLines(c.representative()),
        c.processorFor().stream()
            .map(
                g ->
                    msg.get(
                        "who.processor-for",
                        "people",
                        trimStop(g.people()),
                        "ask",
                        trimStop(g.ask())))
            .toList());
  }

  private List<Line> contactLines(Contact c) {
    List<Line> lines = new ArrayList<>();
    if (c == null) {
      return lines;
    }
    if (c.name() != null) {
      lines.add(new Line(null, c.name(), null));
    }
    if (c.email() != null) {
      lines.add(new Line(msg.get("who.email"), c.email(), "mailto:" + c.email()));
    }
    if (c.address() != null) {
      lines.add(new Line(msg.get("who.address"), c.address(), null));
    }
    return lines;
  }

  private DataView data(Inventory inv, DataItem d) {
    String source = source(inv, d);
    String required =
        !d.required()
            ? msg.get("collect.optional")
            : d.without() == null
                ? msg.get("collect.required")
                : msg.get("collect.required.without", "without", sentence(d.without()));
    List<Purpose> purposes =
        d.purposes().stream().map(inv::purpose).flatMap(java.util.Optional::stream).toList();
    String sensitive = null;
    if (isSensitive(d)) {
      Set<String> bases = new LinkedHashSet<>();
      purposes.stream()
          .map(p -> d.specialBasis(p.id()) != null ? d.specialBasis(p.id()) : p.specialBasis())
          .filter(Objects::nonNull)
          .forEach(b -> bases.add(msg.get("special." + b.key())));
      sensitive =
          msg.get("collect.sensitive")
              + (bases.isEmpty()
                  ? ""
                  : " " + msg.get("collect.special-basis", "basis", and(List.copyOf(bases))));
    }
    String example =
        d.example() != null
            ? d.example()
            : d.label() == null
                ? vocab.category(d.category()).map(Category::example).orElse(null)
                : null;
    String whose = scope(d.scope());
    return new DataView(
        "data-" + d.id(),
        capitalise(label(d)),
        example == null ? null : msg.get("collect.example", "example", trimStop(example)),
        whose == null ? source : source + " " + whose,
        required,
        purposes.stream()
            .map(
                p ->
                    new dev.candor.render.NoticeView.UseView(
                        label(p), msg.get("basis.name." + p.basis().key())))
            .toList(),
        sensitive,
        retention(inv, d.retention()),
        d.collectedAt().isEmpty() ? null : msg.get("collect.where", "places", and(d.collectedAt())),
        d.stores().stream()
            .map(inv::store)
            .flatMap(java.util.Optional::stream)
            .map(Store::provider)
            .toList(),
        d.recipients().stream()
            .map(inv::recipient)
            .flatMap(java.util.Optional::stream)
            .map(Recipient::name)
            .toList());
  }

  /** Where the data comes from, a sentence per source. */
  private String source(Inventory inv, DataItem d) {
    List<String> out = new ArrayList<>();
    for (dev.candor.model.Source src : d.sources()) {
      out.add(
          switch (src) {
            case PERSON -> msg.get("collect.source.person");
            case AUTOMATIC -> msg.get("collect.source.automatic");
            case THIRD_PARTY -> msg.get("collect.source.third-party", "from", and(d.from()));
            case CREATED -> msg.get("collect.source.created", "how", trimStop(d.how()));
            case TO_RECIPIENT ->
                msg.get(
                    "collect.source.to-recipient",
                    "name",
                    inv.recipient(d.givenTo()).map(Recipient::name).orElse(d.givenTo()));
          });
    }
    return String.join(" ", out);
  }

  /**
   * Whose data a fact is about, as a sentence ("This applies only if you live in the United
   * States."), or null for everyone.
   */
  public String scope(dev.candor.model.Scope scope) {
    String phrase = scopePhrase(scope);
    return phrase == null ? null : msg.get("scope.sentence", "scope", phrase);
  }

  /** Whose data, completing "This applies only ___": "to people aged 16 or over". */
  public String scopePhrase(dev.candor.model.Scope scope) {
    if (scope == null || !scope.limited()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    if (!scope.regions().isEmpty()) {
      parts.add(
          msg.get(
              "scope.regions",
              "regions",
              or(
                  scope.regions().stream()
                      .map(r -> Countries.regionName(r, msg.language(), msg.get("scope.eea")))
                      .toList())));
    }
    if (scope.minAge() != null && scope.maxAge() != null) {
      parts.add(
          msg.get(
              "scope.ages",
              "min",
              String.valueOf(scope.minAge()),
              "max",
              String.valueOf(scope.maxAge())));
    } else if (scope.minAge() != null) {
      parts.add(msg.get("scope.min-age", "age", String.valueOf(scope.minAge())));
    } else if (scope.maxAge() != null) {
      parts.add(msg.get("scope.max-age", "age", String.valueOf(scope.maxAge())));
    }
    if (!scope.people().isEmpty()) {
      parts.add(msg.get("scope.people", "people", or(scope.people())));
    }
    return and(parts);
  }

  /** Where data is: "Germany and Finland", or any country with the reason. */
  public String places(dev.candor.model.Place place) {
    if (place.any()) {
      return msg.get("place.anywhere", "reason", trimStop(place.anywhere()));
    }
    return and(place.countries().stream().map(c -> Countries.name(c, msg.language())).toList());
  }

  /** Whether a data item is sensitive: as stated, or as its category says. */
  public boolean isSensitive(DataItem d) {
    if (d.sensitive() != null) {
      return d.sensitive();
    }
    return vocab.category(d.category()).map(Category::sensitive).orElse(false);
  }

  private PurposeView purpose(Inventory inv, Purpose p) {
    String basis =
        p.basis() == dev.candor.model.LegalBasis.LEGITIMATE_INTERESTS
            ? msg.get("basis.legitimate-interests", "interest", sentence(p.interest()))
            : msg.get("basis." + p.basis().key());
    List<String> automated = new ArrayList<>();
    if (p.automated() != null) {
      automated.add(
          msg.get("automated.intro", "description", sentence(p.automated().description())));
      if (p.automated().logic() != null) {
        automated.add(msg.get("automated.logic", "logic", sentence(p.automated().logic())));
      }
      if (p.automated().effects() != null) {
        automated.add(msg.get("automated.effects", "effects", sentence(p.automated().effects())));
      }
      automated.add(msg.get("automated.human"));
    }
    List<String> data =
        inv.data().stream().filter(d -> d.purposes().contains(p.id())).map(this::label).toList();
    String whose = scope(p.scope());
    return new PurposeView(
        "purpose-" + p.id(),
        capitalise(label(p)),
        whose == null
            ? p.description()
            : p.description() == null ? whose : sentence(p.description()) + " " + whose,
        capitalise(msg.get("basis.name." + p.basis().key())),
        basis,
        p.specialBasis() == null
            ? null
            : msg.get(
                "collect.special-basis", "basis", msg.get("special." + p.specialBasis().key())),
        automated,
        data.isEmpty() ? null : capitalise(and(data)));
  }

  private StoreView store(Inventory inv, Store s) {
    String place =
        s.location() == null ? places(s.place()) : s.location() + ", " + places(s.place());
    List<String> data =
        inv.data().stream().filter(d -> d.stores().contains(s.id())).map(this::label).toList();
    return new StoreView(
        s.provider(),
        msg.get("keep.store", "provider", s.provider(), "place", place),
        transfer(inv, s.place(), s.safeguard(), s.provider()),
        s.protections().stream().map(p -> msg.get("protection." + p.key())).toList(),
        data.isEmpty() ? null : msg.get("keep.data", "data", and(data)));
  }

  /** The transfer sentences for data kept in a place, or null when it stays at home. */
  private String transfer(
      Inventory inv, dev.candor.model.Place place, Safeguard safeguard, String name) {
    if (place.any()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String country : place.countries()) {
      String t = transfer(inv, country, safeguard, name);
      if (t != null && !out.contains(t)) {
        out.add(t);
      }
    }
    return out.isEmpty() ? null : String.join(" ", out);
  }

  /** The transfer sentence for data sent to a country, or null when it stays at home. */
  private String transfer(Inventory inv, String country, Safeguard safeguard, String name) {
    for (Jurisdiction law : inv.notice().jurisdictions()) {
      if (!law.gdprFamily()) {
        continue;
      }
      Countries.Transfer t = Countries.transfer(law, country);
      if (t == Countries.Transfer.NONE) {
        continue;
      }
      String outside =
          msg.get(
              "transfer.store",
              "country",
              Countries.name(country, msg.language()),
              "region",
              msg.get("region." + law.key()));
      Safeguard s =
          safeguard != null
              ? safeguard
              : t == Countries.Transfer.ADEQUATE ? Safeguard.ADEQUACY : null;
      if (s == null) {
        return outside;
      }
      return outside
          + " "
          + msg.get(
              "transfer." + s.key(),
              "country",
              Countries.name(country, msg.language()),
              "region",
              msg.get("region." + law.key()),
              "name",
              name);
    }
    return null;
  }

  private Selling selling(Inventory inv) {
    List<String> details = new ArrayList<>();
    boolean sells = false;
    boolean ads = false;
    for (Recipient r : inv.recipients()) {
      List<String> data =
          inv.data().stream()
              .filter(d -> d.recipients().contains(r.id()))
              .map(this::label)
              .toList();
      String what = data.isEmpty() ? msg.get("share.some-data") : and(data);
      if (r.sells()) {
        sells = true;
        details.add(msg.get("share.sells.detail", "data", what, "name", r.name()));
      }
      if (r.advertising()) {
        ads = true;
        details.add(msg.get("share.ads.detail", "data", what, "name", r.name()));
      }
    }
    List<String> statement = new ArrayList<>();
    if (sells) {
      statement.add(msg.get("share.sells"));
    }
    if (ads) {
      statement.add(msg.get("share.ads"));
    }
    List<String> optOut = new ArrayList<>();
    if (sells || ads) {
      optOut.add(msg.get("share.optout"));
      optOut.add(msg.get("share.optout.how"));
      if (inv.notice().under(Jurisdiction.CCPA)) {
        optOut.add(msg.get("share.gpc"));
      }
    }
    return new Selling(
        sells,
        ads,
        statement.isEmpty() ? msg.get("share.nosell") : String.join(" ", statement),
        details,
        optOut);
  }

  private RecipientView recipient(Inventory inv, Recipient r) {
    List<String> data =
        inv.data().stream().filter(d -> d.recipients().contains(r.id())).map(this::label).toList();
    return new RecipientView(
        "recipient-" + r.id(),
        r.name(),
        msg.get("share.what", "name", r.name(), "does", trimStop(r.does())),
        roles(inv, r),
        data.isEmpty() ? null : msg.get("share.gets", "data", and(data)),
        msg.get("share.country", "country", places(r.place())),
        transfer(inv, r.place(), r.safeguard(), r.name()),
        r.privacyUrl());
  }

  /** What a recipient is to us: one sentence, or one per role with its purposes. */
  private String roles(Inventory inv, Recipient r) {
    List<String> out = new ArrayList<>();
    String whose = scope(r.scope());
    if (whose != null) {
      out.add(whose);
    }
    for (dev.candor.model.Role role : r.roles()) {
      String sentence = msg.get("share.role." + role.role().key());
      if (!role.purposes().isEmpty() && r.roles().size() > 1) {
        List<String> labels =
            role.purposes().stream()
                .map(inv::purpose)
                .flatMap(java.util.Optional::stream)
                .map(this::label)
                .toList();
        sentence = msg.get("share.role.for", "purposes", and(labels), "role", sentence);
      }
      String sc = scope(role.scope());
      out.add(sc == null ? sentence : sentence + " " + sc);
    }
    return String.join(" ", out);
  }

  private AccessView access(Inventory inv, Access a) {
    List<String> data =
        a.data().stream()
            .map(inv::dataItem)
            .flatMap(java.util.Optional::stream)
            .map(this::label)
            .toList();
    return new AccessView(a.team(), capitalise(and(data)), capitalise(trimStop(a.why())));
  }

  private RightsView rights(Inventory inv) {
    Rights r = inv.rights();
    List<RightView> rights =
        r.available().stream()
            .map(
                right ->
                    new RightView(
                        msg.get("right." + right.key() + ".name"),
                        msg.get("right." + right.key()),
                        r.selfService().containsKey(right)
                            ? msg.get("rights.self", "how", sentence(r.selfService().get(right)))
                            : null))
            .toList();
    List<ChoiceView> choices =
        inv.purposes().stream()
            .filter(p -> p.choice() != null)
            .map(
                p ->
                    new ChoiceView(
                        capitalise(label(p)), sentence(p.choice().how()), p.choice().url()))
            .toList();
    List<Line> contact = new ArrayList<>();
    if (r.email() != null) {
      contact.add(new Line(msg.get("rights.email"), r.email(), "mailto:" + r.email()));
    }
    if (r.url() != null) {
      contact.add(new Line(msg.get("rights.url"), r.url(), r.url()));
    }
    return new RightsView(
        rights,
        choices,
        contact,
        r.respondWithin() == null
            ? null
            : msg.get("rights.respond", "duration", duration(r.respondWithin())),
        r.verification() == null
            ? null
            : msg.get("rights.verify", "verification", sentence(r.verification())),
        msg.get("rights.free"));
  }

  private Complain complain(Inventory inv) {
    List<String> sentences = new ArrayList<>();
    sentences.add(msg.get("complain.us"));
    var a = inv.controller().authority();
    List<Line> authority = new ArrayList<>();
    String authorityText = null;
    if (a != null) {
      authorityText = msg.get("complain.authority");
      authority.add(new Line(null, a.name(), null));
      if (a.address() != null) {
        authority.add(new Line(msg.get("who.address"), a.address(), null));
      }
      if (a.email() != null) {
        authority.add(new Line(msg.get("who.email"), a.email(), "mailto:" + a.email()));
      }
      if (a.website() != null) {
        authority.add(new Line(msg.get("who.website"), a.website(), a.website()));
      }
    }
    List<String> after = new ArrayList<>();
    if (a != null
        && (inv.notice().under(Jurisdiction.GDPR) || inv.notice().under(Jurisdiction.UK_GDPR))) {
      after.add(msg.get("complain.anywhere"));
    }
    if (inv.notice().under(Jurisdiction.CCPA)) {
      after.add(msg.get("complain.ccpa"));
    }
    sentences.addAll(after);
    return new Complain(sentences, authorityText, authority);
  }

  /** The full retention sentence. */
  public String retention(Retention r) {
    return retention(null, r);
  }

  /** The full retention sentence, naming the recipient that keeps data we keep no copy of. */
  public String retention(Inventory inv, Retention r) {
    if (r instanceof Retention.For f) {
      String base =
          f.after() == null
              ? msg.get("retention.for", "duration", duration(f.duration()))
              : msg.get(
                  "retention.for.after",
                  "duration",
                  duration(f.duration()),
                  "after",
                  trimStop(f.after()));
      return base + conditions(f);
    }
    if (r instanceof Retention.Rule rule) {
      return msg.get("retention.rule", "rule", sentence(rule.rule()));
    }
    if (r instanceof Retention.HeldBy h) {
      String name =
          inv == null
              ? h.recipient()
              : inv.recipient(h.recipient()).map(Recipient::name).orElse(h.recipient());
      return h.rule() == null
          ? msg.get("retention.held-by", "name", name)
          : msg.get("retention.held-by.rule", "name", name, "rule", sentence(h.rule()));
    }
    Retention.Forever f = (Retention.Forever) r;
    return msg.get("retention.forever", "reason", sentence(f.reason()));
  }

  /** " We may keep it longer while ...", " We delete it sooner if ...", or "". */
  private String conditions(Retention.For f) {
    String out = "";
    if (f.longerWhile() != null) {
      out += " " + msg.get("retention.longer", "condition", trimStop(f.longerWhile()));
    }
    if (f.endsWhen() != null) {
      out += " " + msg.get("retention.ends", "condition", trimStop(f.endsWhen()));
    }
    return out;
  }

  private String shortRetention(Inventory inv, Retention r) {
    if (r instanceof Retention.For f) {
      String s =
          f.after() == null
              ? capitalise(duration(f.duration()))
              : capitalise(
                  duration(f.duration())
                      + " "
                      + msg.get("retention.after.short", "after", trimStop(f.after())));
      return f.longerWhile() == null ? s : s + msg.get("retention.longer.short");
    }
    if (r instanceof Retention.HeldBy h) {
      return msg.get(
          "retention.held-by.short",
          "name",
          inv.recipient(h.recipient()).map(Recipient::name).orElse(h.recipient()));
    }
    return retention(inv, r);
  }

  /** A length of time in words: "2 years", "24 hours", "1 day and 12 hours". */
  public String duration(dev.candor.model.Span span) {
    List<String> parts = new ArrayList<>();
    Period p = span.period();
    if (p.getYears() > 0) {
      parts.add(count("duration.years", p.getYears()));
    }
    if (p.getMonths() > 0) {
      parts.add(count("duration.months", p.getMonths()));
    }
    if (p.getDays() > 0) {
      parts.add(count("duration.days", p.getDays()));
    }
    long hours = span.time().toHours();
    int minutes = span.time().toMinutesPart();
    if (hours > 0) {
      parts.add(count("duration.hours", (int) hours));
    }
    if (minutes > 0) {
      parts.add(count("duration.minutes", minutes));
    }
    return parts.isEmpty() ? count("duration.days", 0) : and(parts);
  }

  /** A period in words: "2 years", "1 year and 6 months", "14 days". */
  public String duration(Period p) {
    List<String> parts = new ArrayList<>();
    if (p.getYears() > 0) {
      parts.add(count("duration.years", p.getYears()));
    }
    if (p.getMonths() > 0) {
      parts.add(count("duration.months", p.getMonths()));
    }
    if (p.getDays() > 0 || parts.isEmpty()) {
      parts.add(count("duration.days", p.getDays()));
    }
    return and(parts);
  }

  /**
   * A count in words. The bundle holds the plural rule of its language as a {@link
   * java.text.ChoiceFormat} pattern, e.g. {@code 0#{n} years|1#1 year|1<{n} years}.
   */
  private String count(String key, int n) {
    String form = new java.text.ChoiceFormat(msg.get(key)).format(n);
    return form.replace(
        "{n}",
        java.text.NumberFormat.getIntegerInstance(Locale.forLanguageTag(msg.language())).format(n));
  }

  /** "a", "a or b", "a, b or c", with the language's word for "or". */
  public String or(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " "
        + msg.get("duration.or")
        + " "
        + items.get(items.size() - 1);
  }

  /** "a", "a and b", "a, b and c", with the language's word for "and". */
  public String and(List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " "
        + msg.get("duration.and")
        + " "
        + items.get(items.size() - 1);
  }

  /** The text with its first letter in upper case. */
  public static String capitalise(String s) {
    if (s == null || s.isEmpty()) {
      return s;
    }
    int first = s.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toUpperCase(first))
        .append(s.substring(Character.charCount(first)))
        .toString();
  }

  /** Text as a sentence: capitalised, ending with a full stop unless it has its own. */
  public static String sentence(String s) {
    String t = capitalise(s.strip());
    char last = t.isEmpty() ? '.' : t.charAt(t.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == '"' || last == ')' ? t : t + ".";
  }

  /** The text without a final full stop. */
  public static String trimStop(String s) {
    String t = s.strip();
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }
}
