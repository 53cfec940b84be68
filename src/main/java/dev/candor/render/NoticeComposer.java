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
import dev.candor.render.NoticeView.Glance;
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
        glance(inv),
        who(inv.controller()),
        inv.data().stream().map(d -> data(inv, d)).toList(),
        inv.purposes().stream().map(p -> purpose(inv, p)).toList(),
        inv.stores().stream().map(s -> store(inv, s)).toList(),
        inv.data().stream().map(d -> new RetentionView(label(d), retention(inv, d))).toList(),
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
        complain(inv),
        gdpr(inv));
  }

  /**
   * Whether any store or recipient sends data outside the EEA or the UK under the notice's laws.
   */
  private boolean abroad(Inventory inv) {
    return inv.stores().stream()
            .anyMatch(st -> transfer(inv, st.place(), st.safeguard(), "") != null)
        || inv.recipients().stream()
            .anyMatch(r -> transfer(inv, r.place(), r.safeguard(), "") != null);
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

  /**
   * The at-a-glance layer, short enough to read in a minute: the data, the purposes, how long
   * (items that are kept alike grouped), who else gets it, where it goes outside the reader's
   * region, and what is sold or shared for advertising with the link to say no.
   */
  private Glance glance(Inventory inv) {
    List<Line> lines = new ArrayList<>();
    lines.add(
        new Line(
            msg.get("glance.data"),
            capitalise(list(inv.data().stream().map(this::label).toList())),
            null));
    lines.add(
        new Line(
            msg.get("glance.why"),
            capitalise(
                String.join(
                    "; ",
                    inv.purposes().stream()
                        .filter(
                            p -> inv.data().stream().anyMatch(d -> d.purposes().contains(p.id())))
                        .map(this::label)
                        .toList())),
            null));
    java.util.Map<String, List<String>> kept = new java.util.LinkedHashMap<>();
    for (DataItem d : inv.data()) {
      kept.computeIfAbsent(shortRetention(inv, d.retention()), k -> new ArrayList<>())
          .add(label(d));
    }
    lines.add(
        new Line(
            msg.get("glance.kept"),
            String.join(
                " ",
                kept.entrySet().stream()
                    .map(e -> sentence(trimStop(e.getKey()) + ": " + list(e.getValue())))
                    .toList()),
            null));
    List<String> who =
        inv.recipients().stream()
            .filter(r -> inv.data().stream().anyMatch(d -> d.recipients().contains(r.id())))
            .map(Recipient::name)
            .toList();
    lines.add(
        new Line(
            msg.get("glance.shared"), who.isEmpty() ? msg.get("glance.nobody") : list(who), null));
    String where = where(inv);
    if (where != null) {
      lines.add(new Line(msg.get("glance.where"), where, null));
    }
    Selling selling = selling(inv);
    Line optOut = null;
    if (selling.sells() || selling.advertising()) {
      String url = optOutUrl(inv);
      optOut =
          new Line(
              null,
              msg.get(usState(inv) ? "glance.optout.us" : "glance.optout"),
              url == null ? "#rights" : url);
    }
    return new Glance(lines, selling.details(), optOut);
  }

  /** The page where people say no to selling and advertising, if the inventory gives one. */
  private String optOutUrl(Inventory inv) {
    return inv.purposes().stream()
        .filter(p -> p.choice() != null && p.choice().url() != null)
        .filter(
            p ->
                inv.data().stream()
                    .anyMatch(
                        d ->
                            d.purposes().contains(p.id())
                                && d.recipients().stream()
                                    .map(inv::recipient)
                                    .flatMap(java.util.Optional::stream)
                                    .anyMatch(r -> r.sells() || r.advertising())))
        .map(p -> p.choice().url())
        .findFirst()
        .orElse(inv.rights() == null ? null : inv.rights().url());
  }

  /**
   * Where data goes outside the reader's region: each country with who keeps it there; null when it
   * all stays in.
   */
  private String where(Inventory inv) {
    java.util.Map<String, Set<String>> abroad = new java.util.LinkedHashMap<>();
    java.util.function.BiConsumer<dev.candor.model.Place, String> add =
        (place, name) -> {
          if (place.any()) {
            abroad.computeIfAbsent(places(place), k -> new LinkedHashSet<>()).add(name);
            return;
          }
          for (String c : place.countries()) {
            if (outside(inv, c)) {
              abroad
                  .computeIfAbsent(Countries.name(c, msg.language()), k -> new LinkedHashSet<>())
                  .add(name);
            }
          }
        };
    inv.stores().forEach(st -> add.accept(st.place(), st.provider()));
    inv.recipients().forEach(r -> add.accept(r.place(), r.name()));
    if (abroad.isEmpty()) {
      return null;
    }
    return capitalise(
        String.join(
            "; ",
            abroad.entrySet().stream()
                .map(e -> e.getKey() + " (" + and(List.copyOf(e.getValue())) + ")")
                .toList()));
  }

  /** Whether a country is outside the region of the notice's readers (the US for US laws). */
  private static boolean outside(Inventory inv, String country) {
    return inv.notice().jurisdictions().stream().anyMatch(Jurisdiction::gdprFamily)
        ? !regionsLeft(inv, country).isEmpty()
        : !"US".equals(country);
  }

  /** The GDPR regimes of the notice whose protected area data sent to a country leaves. */
  private static List<Jurisdiction> regionsLeft(Inventory inv, String country) {
    return inv.notice().jurisdictions().stream()
        .filter(Jurisdiction::gdprFamily)
        .filter(law -> Countries.transfer(law, country) != Countries.Transfer.NONE)
        .toList();
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
    String required = requirement(d);
    List<Purpose> purposes =
        d.purposes().stream().map(inv::purpose).flatMap(java.util.Optional::stream).toList();
    String sensitive = null;
    if (isSensitive(inv, d)) {
      Set<String> bases = new LinkedHashSet<>();
      purposes.stream()
          .filter(p -> gdpr(inv) && special(d))
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
                        label(p), gdpr(inv) ? msg.get("basis.name." + p.basis().key()) : null))
            .toList(),
        sensitive,
        retention(inv, d),
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
    boolean many = plural(d);
    List<String> out = new ArrayList<>();
    for (dev.candor.model.Source src : d.sources()) {
      out.add(
          switch (src) {
            case PERSON -> say("collect.source.person", many);
            case AUTOMATIC -> say("collect.source.automatic", many);
            case THIRD_PARTY -> say("collect.source.third-party", many, "from", list(d.from()));
            case CREATED -> say("collect.source.created", many, "how", trimStop(d.how()));
            case TO_RECIPIENT ->
                say(
                    "collect.source.to-recipient",
                    many,
                    "name",
                    inv.recipient(d.givenTo()).map(Recipient::name).orElse(d.givenTo()));
          });
    }
    return String.join(" ", out);
  }

  /**
   * Whether people must give the data, worded for where it comes from: only data people give can be
   * "up to you"; data we collect or create is needed or not.
   */
  private String requirement(DataItem d) {
    boolean many = plural(d);
    boolean given =
        d.comesFrom(dev.candor.model.Source.PERSON)
            || d.comesFrom(dev.candor.model.Source.TO_RECIPIENT);
    String unless = d.without() == null ? null : lowerFirst(sentence(d.without()));
    if (given) {
      if (!d.required()) {
        return say("collect.optional", many);
      }
      return d.without() == null
          ? say("collect.required", many)
          : say(
              "collect.required.without", many, "without", sentence(d.without()), "unless", unless);
    }
    if (!d.required()) {
      return say("collect.not-needed", many);
    }
    return d.without() == null
        ? say("collect.needed", many)
        : say("collect.needed.without", many, "without", sentence(d.without()), "unless", unless);
  }

  /** A message in its plural form ({@code key.plural}) when the data names several things. */
  private String say(String key, boolean plural, String... namesAndValues) {
    String k = plural && msg.has(key + ".plural") ? key + ".plural" : key;
    return msg.get(k, namesAndValues);
  }

  /**
   * Whether a data item's label names several things, so sentences say "them": as the item says, or
   * guessed from its label ("support emails", "name and date of birth", but "IP address").
   */
  public boolean plural(DataItem d) {
    if (d.plural() != null) {
      return d.plural();
    }
    String label = label(d).strip().toLowerCase(Locale.ROOT);
    if (label.contains(" and ") || label.contains(", ")) {
      return true;
    }
    String last = label.replaceAll(".*[\\s(]", "").replaceAll("[^a-z]", "");
    return last.endsWith("s")
        && !last.endsWith("ss")
        && !last.endsWith("us")
        && !last.endsWith("is")
        && !last.equals("news");
  }

  /** A list that stays readable when its items contain commas: "a; b; and c". */
  private String list(List<String> items) {
    return items.stream().anyMatch(i -> i.contains(","))
        ? joined(items, "; ", "duration.and")
        : and(items);
  }

  /** The text with its first letter in lower case, unless the first word is a name or "I". */
  private static String lowerFirst(String s) {
    if (s.length() < 2 || s.startsWith("I ") || Character.isUpperCase(s.charAt(1))) {
      return s;
    }
    String first = s.split("\\s", 2)[0];
    boolean common =
        List.of("we", "you", "your", "our", "the", "it", "they", "this", "there", "a", "an")
            .contains(first.toLowerCase(Locale.ROOT));
    return common ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
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

  /**
   * Whether a data item is sensitive for the laws of the notice: special-category data (GDPR Art.
   * 9, 10) under the GDPR and the UK GDPR, sensitive personal information under the US state laws;
   * as the item states, or as its category says.
   */
  public boolean isSensitive(Inventory inv, DataItem d) {
    if (d.sensitive() != null) {
      return d.sensitive();
    }
    boolean eu = gdpr(inv) && special(d);
    boolean us = usState(inv) && isSensitive(d);
    return eu || us;
  }

  /** Whether a data item is special-category data (GDPR Art. 9, 10). */
  public boolean special(DataItem d) {
    if (d.sensitive() != null && Vocabulary.isCustom(d.category())) {
      return d.sensitive();
    }
    return vocab.category(d.category()).map(Category::special).orElse(false);
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
        gdpr(inv) ? capitalise(msg.get("basis.name." + p.basis().key())) : null,
        gdpr(inv) ? basis : null,
        p.specialBasis() == null
                || !gdpr(inv)
                || inv.data().stream().noneMatch(d -> d.purposes().contains(p.id()) && special(d))
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

  /**
   * The transfer sentence for data sent to a country, or null when it stays at home: the regions it
   * leaves (the EEA, the UK or both), and the safeguard in the words of those regimes.
   */
  private String transfer(Inventory inv, String country, Safeguard safeguard, String name) {
    List<Jurisdiction> outside = regionsLeft(inv, country);
    if (outside.isEmpty()) {
      return null;
    }
    boolean adequate =
        outside.stream()
            .allMatch(law -> Countries.transfer(law, country) == Countries.Transfer.ADEQUATE);
    String regime = regime(outside);
    String region = and(outside.stream().map(law -> msg.get("region." + law.key())).toList());
    String sentence =
        msg.get(
            "transfer.store", "country", Countries.name(country, msg.language()), "region", region);
    Safeguard s = safeguard != null ? safeguard : adequate ? Safeguard.ADEQUACY : null;
    if (s == null) {
      return sentence;
    }
    String key = "transfer." + s.key() + "." + regime;
    return sentence
        + " "
        + msg.get(
            msg.has(key) ? key : "transfer." + s.key(),
            "country",
            Countries.name(country, msg.language()),
            "region",
            region,
            "name",
            name);
  }

  /** Which GDPR regimes a fact falls under: "eu", "uk" or "eu-uk". */
  private static String regime(List<Jurisdiction> laws) {
    boolean eu = laws.contains(Jurisdiction.GDPR);
    boolean uk = laws.contains(Jurisdiction.UK_GDPR);
    return eu && uk ? "eu-uk" : uk ? "uk" : "eu";
  }

  /** Whether the notice follows the GDPR or the UK GDPR, which have legal bases. */
  private static boolean gdpr(Inventory inv) {
    return inv.notice().jurisdictions().stream().anyMatch(Jurisdiction::gdprFamily);
  }

  /** Whether the notice follows a US state law. */
  private static boolean usState(Inventory inv) {
    return inv.notice().jurisdictions().stream().anyMatch(Jurisdiction::usState);
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
      optOut.add(msg.get(usState(inv) ? "share.optout.how" : "share.optout.how.gdpr"));
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
      String sentence =
          role.role() == dev.candor.model.RecipientRole.AUTHORITY
              ? msg.get(authorityReason(inv, r, role))
              : msg.get("share.role." + role.role().key());
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

  /**
   * Why a public body gets data: the law requires it, it protects someone, or the person asked for
   * it; from the legal bases of the purposes the data goes to it for.
   */
  private static String authorityReason(Inventory inv, Recipient r, dev.candor.model.Role role) {
    Set<dev.candor.model.LegalBasis> bases = new LinkedHashSet<>();
    for (DataItem d : inv.data()) {
      if (!d.recipients().contains(r.id())) {
        continue;
      }
      d.purposes().stream()
          .filter(p -> role.purposes().isEmpty() || role.purposes().contains(p))
          .map(inv::purpose)
          .flatMap(java.util.Optional::stream)
          .forEach(p -> bases.add(p.basis()));
    }
    if (bases.isEmpty() || bases.contains(dev.candor.model.LegalBasis.LEGAL_OBLIGATION)) {
      return "share.role.authority";
    }
    if (bases.contains(dev.candor.model.LegalBasis.VITAL_INTERESTS)) {
      return "share.role.authority.protect";
    }
    if (bases.equals(Set.of(dev.candor.model.LegalBasis.CONSENT))) {
      return "share.role.authority.asked";
    }
    return "share.role.authority.task";
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
            .map(view -> eraseLimit(inv, view))
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
        msg.get("rights.free"),
        abroad(inv) ? msg.get("transfer.copy") : null);
  }

  /**
   * The right to delete, with what the law makes us keep anyway: the items a purpose under a legal
   * duty uses.
   */
  private RightView eraseLimit(Inventory inv, RightView view) {
    if (!view.name().equals(msg.get("right.erasure.name"))
        && !view.name().equals(msg.get("right.delete.name"))) {
      return view;
    }
    List<String> kept =
        inv.data().stream()
            .filter(
                d ->
                    d.purposes().stream()
                        .map(inv::purpose)
                        .flatMap(java.util.Optional::stream)
                        .anyMatch(p -> p.basis() == dev.candor.model.LegalBasis.LEGAL_OBLIGATION))
            .map(this::label)
            .toList();
    if (kept.isEmpty()) {
      return view;
    }
    return new RightView(
        view.name(),
        view.text() + " " + msg.get("rights.erase-limit", "data", list(kept)),
        view.self());
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
    boolean eu = inv.notice().under(Jurisdiction.GDPR);
    boolean uk = inv.notice().under(Jurisdiction.UK_GDPR);
    if (eu) {
      after.add(msg.get(uk ? "complain.anywhere.eu" : "complain.anywhere"));
    }
    if (uk && (eu || a == null || !isIco(a))) {
      after.add(msg.get("complain.ico"));
    }
    if (inv.notice().under(Jurisdiction.CCPA)) {
      after.add(msg.get("complain.ccpa"));
    }
    sentences.addAll(after);
    return new Complain(sentences, authorityText, authority);
  }

  private static boolean isIco(dev.candor.model.Authority a) {
    String n = a.name().toLowerCase(Locale.ROOT);
    return n.contains("information commissioner") || n.equals("ico");
  }

  /** The full retention sentence. */
  public String retention(Retention r) {
    return retention(null, r);
  }

  /** The full retention sentence of a data item, "them" for items that name several things. */
  public String retention(Inventory inv, DataItem d) {
    return retention(inv, d.retention(), plural(d));
  }

  /** The full retention sentence, naming the recipient that keeps data we keep no copy of. */
  public String retention(Inventory inv, Retention r) {
    return retention(inv, r, false);
  }

  private String retention(Inventory inv, Retention r, boolean many) {
    if (r instanceof Retention.For f) {
      String base =
          f.after() == null
              ? say("retention.for", many, "duration", duration(f.duration()))
              : say(
                  "retention.for.after",
                  many,
                  "duration",
                  duration(f.duration()),
                  "after",
                  trimStop(f.after()));
      return base + conditions(f, many);
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
          ? say("retention.held-by", many, "name", name)
          : say("retention.held-by.rule", many, "name", name, "rule", sentence(h.rule()));
    }
    Retention.Forever f = (Retention.Forever) r;
    return say("retention.forever", many, "reason", sentence(f.reason()));
  }

  /** " We may keep it longer while ...", " We delete it sooner if ...", or "". */
  private String conditions(Retention.For f, boolean many) {
    String out = "";
    if (f.longerWhile() != null) {
      out += " " + say("retention.longer", many, "condition", trimStop(f.longerWhile()));
    }
    if (f.endsWhen() != null) {
      out += " " + say("retention.ends", many, "condition", trimStop(f.endsWhen()));
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
   * A count in words. The bundle holds the plural rule of its language ({@link Plurals}), e.g.
   * {@code 0#{n} years|1#1 year|1<{n} years} or {@code one:{n} rok|few:{n} lata|many:{n} lat}.
   */
  private String count(String key, int n) {
    String form = Plurals.form(msg.get(key), msg.language(), n);
    return form.replace(
        "{n}",
        java.text.NumberFormat.getIntegerInstance(Locale.forLanguageTag(msg.language())).format(n));
  }

  /** "a", "a or b", "a, b or c", with the language's word for "or". */
  public String or(List<String> items) {
    return joined(items, ", ", "duration.or");
  }

  /** "a", "a and b", "a, b and c", with the language's word for "and". */
  public String and(List<String> items) {
    return joined(items, ", ", "duration.and");
  }

  /** Items with a separator, and the language's word (by key) before the last one. */
  private String joined(List<String> items, String separator, String word) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(separator, items.subList(0, items.size() - 1))
        + (separator.equals("; ") ? "; " : " ")
        + msg.get(word)
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
