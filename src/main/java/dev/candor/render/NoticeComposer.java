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
import dev.candor.model.Right;
import dev.candor.model.Rights;
import dev.candor.model.Safeguard;
import dev.candor.model.Store;
import dev.candor.render.NoticeView.AccessView;
import dev.candor.render.NoticeView.Automated;
import dev.candor.render.NoticeView.BasisGroup;
import dev.candor.render.NoticeView.ChangeView;
import dev.candor.render.NoticeView.Complain;
import dev.candor.render.NoticeView.DataGroup;
import dev.candor.render.NoticeView.DataView;
import dev.candor.render.NoticeView.EmailsView;
import dev.candor.render.NoticeView.Glance;
import dev.candor.render.NoticeView.Line;
import dev.candor.render.NoticeView.PurposeView;
import dev.candor.render.NoticeView.RecipientGroup;
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
        SECTIONS.stream()
            .map(s -> new Section(s, msg.get("section." + s), msg.get("nav." + s)))
            .toList(),
        glance(inv),
        who(inv, inv.controller()),
        collected(inv),
        sensitive(inv),
        usCategories(inv),
        automated(inv),
        bases(inv),
        inv.stores().stream().map(st -> store(inv, st)).toList(),
        everywhere(inv),
        processorsTogether(inv) ? null : sharedRole(inv),
        retentions(inv),
        selling(inv),
        processorsTogether(inv) ? null : shareNote(inv),
        recipientGroups(inv),
        transfers(inv),
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
    return !transfers(inv).isEmpty();
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
    lines.add(new Line(msg.get("glance.kept"), kept(inv), null));
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
    Line limit = null;
    if (usState(inv)
        && listsRight(inv, Right.LIMIT_SENSITIVE)
        && inv.rights().limitUrl() != null
        && inv.data().stream().anyMatch(d -> isSensitive(inv, d))) {
      limit = new Line(null, msg.get("glance.limit"), inv.rights().limitUrl());
    }
    if (glanceWords(lines, selling, optOut, limit) > GLANCE_WORDS) {
      lines.set(1, new Line(msg.get("glance.why"), usesInBrief(inv), null));
    }
    if (glanceWords(lines, selling, optOut, limit) > GLANCE_WORDS) {
      lines.set(0, new Line(msg.get("glance.data"), dataInBrief(inv), null));
    }
    return new Glance(lines, selling.brief(), optOut, limit);
  }

  /**
   * The most words the glance's lines and its selling box may take: with its heading, the 250 words
   * a glance can be read in.
   */
  private static final int GLANCE_WORDS = 245;

  private int glanceWords(List<Line> lines, Selling selling, Line optOut, Line limit) {
    List<String> text = new ArrayList<>();
    lines.forEach(l -> text.add(l.label() + " " + l.text()));
    text.add(selling.statement());
    text.addAll(selling.brief());
    if (optOut != null) {
      text.add(optOut.text());
    }
    if (limit != null) {
      text.add(limit.text());
    }
    return PageWords.count(String.join(" ", text));
  }

  /**
   * The purposes at a glance when each of them would not fit: the kinds of use they fall under,
   * pointing to where each purpose is told.
   */
  private String usesInBrief(Inventory inv) {
    List<String> kinds = new ArrayList<>();
    for (Purpose p : inv.purposes()) {
      if (inv.data().stream().noneMatch(d -> d.purposes().contains(p.id()))) {
        continue;
      }
      String top = p.use() == null ? null : p.use().split("\\.", 2)[0];
      String kind =
          top == null || Vocabulary.isCustom(p.use())
              ? label(p)
              : vocab.use(top).map(dev.candor.vocab.DataUse::label).orElse(label(p));
      if (!kinds.contains(kind)) {
        kinds.add(kind);
      }
    }
    return capitalise(String.join("; ", kinds))
        + ". "
        + msg.get("glance.more", "section", msg.get(gdpr(inv) ? "basis.label" : "purposes.title"));
  }

  /**
   * The data at a glance when each item would not fit: the kinds of data they fall under, pointing
   * to where each item is told.
   */
  private String dataInBrief(Inventory inv) {
    List<String> kinds = new ArrayList<>();
    for (DataItem d : inv.data()) {
      String[] parts = d.category() == null ? new String[0] : d.category().split("\\.");
      String kind =
          parts.length < 2 || Vocabulary.isCustom(d.category())
              ? label(d)
              : vocab
                  .category(parts[0] + "." + parts[1])
                  .map(dev.candor.vocab.Category::label)
                  .orElse(label(d));
      if (!kinds.contains(kind)) {
        kinds.add(kind);
      }
    }
    return capitalise(list(kinds))
        + ". "
        + msg.get("glance.more", "section", msg.get("section.collect"));
  }

  /**
   * The most items the glance names as kept longest; when more are, most of the data is kept that
   * long, and the range says so.
   */
  private static final int GLANCE_LONGEST_ITEMS = 3;

  /** The most words the glance's "how long" may take before it gives the range instead. */
  private static final int GLANCE_KEPT_WORDS = 35;

  /**
   * How long, at a glance: items kept alike together; when that makes more than 35 words, the range
   * of set times and the items kept longest (when each time counts from is for the full layer),
   * then the items kept by a rule or by others.
   */
  private String kept(Inventory inv) {
    java.util.Map<String, List<String>> groups = new java.util.LinkedHashMap<>();
    for (DataItem d : inv.data()) {
      groups
          .computeIfAbsent(shortRetention(inv, d.retention()), k -> new ArrayList<>())
          .add(label(d));
    }
    List<DataItem> timed =
        inv.data().stream().filter(d -> d.retention() instanceof Retention.For).toList();
    java.util.function.Function<java.util.Map.Entry<String, List<String>>, String> line =
        e -> sentence(trimStop(e.getKey()) + ": " + list(e.getValue()));
    String each = String.join(" ", groups.entrySet().stream().map(line).toList());
    if (groups.size() <= 2 || timed.size() < 3 || each.split("\\s+").length <= GLANCE_KEPT_WORDS) {
      return each;
    }
    java.util.Comparator<DataItem> length =
        java.util.Comparator.comparingLong(
            d -> ((Retention.For) d.retention()).duration().approximateMinutes());
    DataItem shortest = timed.stream().min(length).orElseThrow();
    DataItem longest = timed.stream().max(length).orElseThrow();
    // Every item kept as long as the longest, whatever the time counts from: naming only those
    // kept exactly alike would leave out others kept as long.
    List<String> longestItems =
        timed.stream().filter(d -> length.compare(d, longest) == 0).map(this::label).toList();
    List<String> out = new ArrayList<>();
    out.add(
        msg.get(
            longestItems.size() <= GLANCE_LONGEST_ITEMS
                ? "glance.kept.range"
                : "glance.kept.range.many",
            "shortest",
            duration(((Retention.For) shortest.retention()).duration()),
            "longest",
            duration(((Retention.For) longest.retention()).duration()),
            "data",
            list(longestItems)));
    java.util.Map<String, List<String>> untimed = new java.util.LinkedHashMap<>();
    inv.data().stream()
        .filter(d -> !(d.retention() instanceof Retention.For))
        .forEach(
            d ->
                untimed
                    .computeIfAbsent(shortRetention(inv, d.retention()), k -> new ArrayList<>())
                    .add(label(d)));
    untimed.entrySet().stream().map(line).forEach(out::add);
    return String.join(" ", out);
  }

  /** The page where people say no to selling and advertising, if the inventory gives one. */
  private String optOutUrl(Inventory inv) {
    if (inv.rights() != null && inv.rights().optOutUrl() != null) {
      return inv.rights().optOutUrl();
    }
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
    List<String> countries = outsideRegion(inv, inv.stores(), inv.recipients());
    if (countries.isEmpty()) {
      return null;
    }
    // Under GDPR and UK GDPR, a country may be outside one region only (Ireland is outside the
    // UK, not the EEA): those are told apart, with the region they are outside of.
    java.util.Map<String, List<String>> only = new java.util.LinkedHashMap<>();
    java.util.stream.Stream.concat(
            inv.stores().stream().map(Store::place),
            inv.recipients().stream().map(Recipient::place))
        .filter(place -> !place.any())
        .flatMap(place -> place.countries().stream())
        .forEach(
            c -> {
              List<Jurisdiction> left = regionsLeft(inv, c);
              if (!left.isEmpty() && left.size() < gdprRegimes(inv)) {
                List<String> names = only.computeIfAbsent(regionName(left), k -> new ArrayList<>());
                String name = Countries.name(c, msg.language());
                if (!names.contains(name)) {
                  names.add(name);
                }
              }
            });
    if (only.isEmpty()) {
      return capitalise(list(countries));
    }
    List<String> parts =
        new ArrayList<>(
            countries.stream()
                .filter(c -> only.values().stream().noneMatch(names -> names.contains(c)))
                .toList());
    only.forEach(
        (region, names) ->
            parts.add(msg.get("glance.where.only", "countries", and(names), "region", region)));
    return capitalise(String.join("; ", parts));
  }

  /**
   * The countries outside the readers' region where these stores and recipients keep data, in
   * order, "any country (reason)" for those with no fixed place.
   */
  public List<String> outsideRegion(Inventory inv, List<Store> stores, List<Recipient> recipients) {
    Set<String> abroad = new LinkedHashSet<>();
    java.util.function.Consumer<dev.candor.model.Place> add =
        place -> {
          if (place.any()) {
            abroad.add(places(place));
            return;
          }
          for (String c : place.countries()) {
            if (outside(inv, c)) {
              abroad.add(Countries.name(c, msg.language()));
            }
          }
        };
    stores.forEach(st -> add.accept(st.place()));
    recipients.forEach(r -> add.accept(r.place()));
    return List.copyOf(abroad);
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

  /** How many of the GDPR regimes (GDPR, UK GDPR) the notice covers. */
  private static long gdprRegimes(Inventory inv) {
    return inv.notice().jurisdictions().stream().filter(Jurisdiction::gdprFamily).count();
  }

  /** The protected areas of these regimes, as one phrase: "the European Economic Area". */
  private String regionName(List<Jurisdiction> laws) {
    return and(laws.stream().map(law -> msg.get("region." + law.key())).toList());
  }

  /**
   * Who represents us, and where: a controller outside one of the notice's regions names that
   * region; otherwise the sentence says "your region".
   */
  private String representative(Inventory inv, Controller c) {
    List<Jurisdiction> outside = c.country() == null ? List.of() : regionsLeft(inv, c.country());
    String key = "who.representative.text";
    if (outside.size() == 1 && msg.has(key + "." + outside.get(0).key())) {
      key += "." + outside.get(0).key();
    }
    return msg.get(key, "name", c.representative().name());
  }

  private Who who(Inventory inv, Controller c) {
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
        contactLines(c.dpo()),
        c.representative() == null ? null : representative(inv, c),
        contactLines(c.representative()).stream().filter(l -> l.label() != null).toList(),
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

  /** The order the kinds of source are told in. */
  private static final List<dev.candor.model.Source> SOURCE_ORDER =
      List.of(
          dev.candor.model.Source.PERSON,
          dev.candor.model.Source.TO_RECIPIENT,
          dev.candor.model.Source.AUTOMATIC,
          dev.candor.model.Source.THIRD_PARTY,
          dev.candor.model.Source.CREATED);

  /**
   * The data grouped by where it first comes from, so "You give it to us" is a heading said once,
   * not a sentence under every item.
   */
  private List<DataGroup> collected(Inventory inv) {
    List<DataGroup> groups = new ArrayList<>();
    for (dev.candor.model.Source source : SOURCE_ORDER) {
      List<DataView> items =
          inv.data().stream()
              .filter(d -> !d.sources().isEmpty() && d.sources().get(0) == source)
              .map(d -> data(inv, d))
              .toList();
      if (!items.isEmpty()) {
        groups.add(new DataGroup(msg.get("collect.group." + source.key()), items));
      }
    }
    return groups;
  }

  private DataView data(Inventory inv, DataItem d) {
    boolean many = plural(d);
    List<String> details = new ArrayList<>();
    dev.candor.model.Source first = d.sources().get(0);
    if (first == dev.candor.model.Source.THIRD_PARTY) {
      details.add(msg.get("collect.from", "from", list(d.from())));
    } else if (first == dev.candor.model.Source.CREATED) {
      details.add(sentence(d.how()));
    } else if (first == dev.candor.model.Source.TO_RECIPIENT) {
      details.add(source(inv, d, first, many));
    }
    d.sources().stream().skip(1).map(src -> source(inv, d, src, many)).forEach(details::add);
    details.add(requirement(d));
    String whose = scope(d.scope());
    if (whose != null) {
      details.add(whose);
    }
    String example =
        d.example() != null
            ? d.example()
            : d.label() == null
                ? vocab.category(d.category()).map(Category::example).orElse(null)
                : null;
    return new DataView(
        "data-" + d.id(),
        capitalise(label(d)),
        example == null ? null : msg.get("collect.example", "example", trimStop(example)),
        details,
        d.collectedAt().isEmpty()
            ? null
            : msg.get("collect.where", "places", and(d.collectedAt())));
  }

  /**
   * What the notice says about sensitive data, once: which items are sensitive, then for
   * special-category data the condition each rests on (GDPR Art. 9(2)), items that share one
   * together.
   */
  private List<String> sensitive(Inventory inv) {
    List<DataItem> items = inv.data().stream().filter(d -> isSensitive(inv, d)).toList();
    if (items.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    out.add(
        msg.get("collect.sensitive.list", "data", list(items.stream().map(this::label).toList())));
    java.util.Map<String, List<String>> byBasis = new java.util.LinkedHashMap<>();
    for (DataItem d : items) {
      if (!gdpr(inv) || !special(d)) {
        continue;
      }
      Set<String> bases = new LinkedHashSet<>();
      d.purposes().stream()
          .map(inv::purpose)
          .flatMap(java.util.Optional::stream)
          .map(p -> d.specialBasis(p.id()) != null ? d.specialBasis(p.id()) : p.specialBasis())
          .filter(Objects::nonNull)
          .forEach(b -> bases.add(msg.get("special." + b.key())));
      if (!bases.isEmpty()) {
        byBasis.computeIfAbsent(and(List.copyOf(bases)), k -> new ArrayList<>()).add(label(d));
      }
    }
    if (byBasis.size() == 1 && byBasis.values().iterator().next().size() == items.size()) {
      // Every sensitive item rests on the same condition: one sentence says both.
      return List.of(
          msg.get(
              "collect.sensitive.one",
              "data",
              list(items.stream().map(this::label).toList()),
              "basis",
              byBasis.keySet().iterator().next()));
    }
    byBasis.forEach(
        (basis, data) ->
            out.add(msg.get("collect.sensitive.basis", "data", list(data), "basis", basis)));
    return out;
  }

  /** Where the data comes from, as a sentence about one of its sources. */
  private String source(Inventory inv, DataItem d, dev.candor.model.Source src, boolean many) {
    return switch (src) {
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
    };
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

  /**
   * A list that stays readable when its items contain commas or "and": "a; b and c; and d", or, of
   * two in English, "a and b, and c".
   */
  public String list(List<String> items) {
    if (items.stream().anyMatch(i -> i.contains(","))) {
      return joined(items, "; ", "duration.and");
    }
    String and = " " + msg.get("duration.and") + " ";
    if (items.size() > 2 && items.stream().anyMatch(i -> i.contains(and))) {
      return joined(items, "; ", "duration.and");
    }
    if (items.size() == 2 && msg.language().startsWith("en") && items.get(0).contains(and)) {
      return items.get(0) + "," + and + items.get(1);
    }
    return and(items);
  }

  /** The text with its first letter in lower case, unless the first word is a name or "I". */
  public static String lowerFirst(String s) {
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
                      .map(r -> Countries.regionInSentence(r, msg.language(), msg.get("scope.eea")))
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

  /**
   * Under US state law, the statutory categories of personal information (Cal. Civ. Code §
   * 1798.140(v)) the notice's data falls under: those collected, those sold or shared for
   * advertising and to whom, and those disclosed to others and to which kinds of recipient (§
   * 1798.110(c), 1798.115(c), 1798.130(a)(5)); empty for other notices.
   */
  private List<Line> usCategories(Inventory inv) {
    if (!usState(inv)) {
      return List.of();
    }
    List<Line> out = new ArrayList<>();
    String collected = categories(inv.data());
    out.add(new Line(msg.get("us.collected"), collected, null));
    List<Recipient> buyers =
        inv.recipients().stream().filter(r -> r.sells() || r.advertising()).toList();
    List<DataItem> sold =
        inv.data().stream()
            .filter(d -> buyers.stream().anyMatch(r -> d.recipients().contains(r.id())))
            .toList();
    out.add(
        new Line(
            msg.get("us.sold"),
            sold.isEmpty()
                ? msg.get("us.none")
                : msg.get(
                    "us.to",
                    "categories",
                    sameOrAll(categories(sold), collected),
                    "names",
                    list(
                        buyers.stream()
                            .filter(
                                r -> sold.stream().anyMatch(d -> d.recipients().contains(r.id())))
                            .map(Recipient::name)
                            .toList())),
            null));
    Set<String> kinds = new LinkedHashSet<>();
    List<DataItem> disclosed = new ArrayList<>();
    for (DataItem d : inv.data()) {
      boolean any = false;
      for (String id : d.recipients()) {
        Recipient r = inv.recipient(id).orElse(null);
        if (r == null || r.sells() || r.advertising()) {
          continue;
        }
        any = true;
        r.roles().forEach(role -> kinds.add(msg.get("us.kind." + role.role().key())));
      }
      if (any) {
        disclosed.add(d);
      }
    }
    out.add(
        new Line(
            msg.get("us.disclosed"),
            disclosed.isEmpty()
                ? msg.get("us.none")
                : msg.get(
                    "us.to",
                    "categories",
                    sameOrAll(categories(disclosed), collected),
                    "names",
                    and(List.copyOf(kinds))),
            null));
    return out;
  }

  /** Categories as listed, or "All the categories above" when they are every one collected. */
  private String sameOrAll(String categories, String collected) {
    return categories.equals(collected) ? msg.get("us.all") : categories;
  }

  /** The statutory categories some data falls under: "identifiers and commercial information". */
  private String categories(List<DataItem> items) {
    java.util.Map<String, List<String>> byLetter = new java.util.TreeMap<>();
    for (DataItem d : items) {
      List<String> letters =
          dev.candor.vocab.CcpaCategories.bundled().of(d.category()).orElse(List.of("other"));
      for (String letter : letters) {
        if (!letter.equals(dev.candor.vocab.CcpaCategories.NONE)) {
          byLetter.computeIfAbsent(letter, k -> new ArrayList<>()).add(label(d));
        }
      }
      if (d.sensitive() != null && d.sensitive() && !letters.contains("L")) {
        byLetter.computeIfAbsent("L", k -> new ArrayList<>()).add(label(d));
      }
    }
    if (byLetter.isEmpty()) {
      return msg.get("us.none");
    }
    return capitalise(
        list(byLetter.keySet().stream().map(k -> msg.get("us.category." + k)).toList()));
  }

  /** The decisions a computer makes, each with how it works and what it means for the person. */
  private List<Automated> automated(Inventory inv) {
    List<Automated> out = new ArrayList<>();
    for (Purpose p : inv.purposes()) {
      if (p.automated() == null) {
        continue;
      }
      List<String> sentences = new ArrayList<>();
      sentences.add(
          msg.get("automated.intro", "description", sentence(p.automated().description())));
      if (p.automated().logic() != null) {
        sentences.add(msg.get("automated.logic", "logic", sentence(p.automated().logic())));
      }
      if (p.automated().effects() != null) {
        sentences.add(msg.get("automated.effects", "effects", sentence(p.automated().effects())));
      }
      if (!listsRight(inv, Right.AUTOMATED_DECISION)) {
        sentences.add(msg.get("automated.human"));
      }
      out.add(new Automated(capitalise(label(p)), sentences));
    }
    return out;
  }

  /**
   * The purposes grouped by legal basis, each basis explained once (GDPR Art. 13(1)(c)); without
   * the GDPR, one group of purposes.
   */
  private List<BasisGroup> bases(Inventory inv) {
    if (!gdpr(inv)) {
      return List.of(
          new BasisGroup(null, null, inv.purposes().stream().map(p -> purpose(inv, p)).toList()));
    }
    java.util.Map<dev.candor.model.LegalBasis, List<PurposeView>> groups =
        new java.util.LinkedHashMap<>();
    for (Purpose p : inv.purposes()) {
      groups.computeIfAbsent(p.basis(), k -> new ArrayList<>()).add(purpose(inv, p));
    }
    return groups.entrySet().stream()
        .map(
            e ->
                new BasisGroup(
                    capitalise(msg.get("basis.name." + e.getKey().key())),
                    explanation(inv, e.getKey()),
                    e.getValue()))
        .toList();
  }

  /**
   * What a legal basis means, in plain words, or null where its name says it all: "a legal duty",
   * and "your consent" when the rights say it can be withdrawn.
   */
  private String explanation(Inventory inv, dev.candor.model.LegalBasis basis) {
    return switch (basis) {
      case LEGITIMATE_INTERESTS -> msg.get("basis.legitimate-interests.group");
      case LEGAL_OBLIGATION -> null;
      case CONSENT ->
          listsRight(inv, Right.WITHDRAW_CONSENT) ? null : msg.get("basis." + basis.key());
      default -> msg.get("basis." + basis.key());
    };
  }

  /** Whether the notice's rights list has a right, so text elsewhere need not say it again. */
  private static boolean listsRight(Inventory inv, Right right) {
    return inv.rights() != null && inv.rights().available().contains(right);
  }

  private PurposeView purpose(Inventory inv, Purpose p) {
    List<String> notes = new ArrayList<>();
    if (gdpr(inv) && p.basis() == dev.candor.model.LegalBasis.LEGITIMATE_INTERESTS) {
      notes.add(msg.get("basis.interest", "interest", sentence(p.interest())));
    }
    if (p.description() != null) {
      notes.add(sentence(p.description()));
    }
    String whose = scope(p.scope());
    if (whose != null) {
      notes.add(whose);
    }
    List<String> data =
        inv.data().stream().filter(d -> d.purposes().contains(p.id())).map(this::label).toList();
    return new PurposeView(
        "purpose-" + p.id(),
        capitalise(label(p)),
        data.isEmpty() ? null : capitalise(list(data)),
        notes,
        p.choice() == null ? null : msg.get("purpose.choice", "how", sentence(p.choice().how())),
        p.choice() == null ? null : p.choice().url());
  }

  /** The recipient that is the company running a store, if the inventory names it as one. */
  private java.util.Optional<Recipient> provider(Inventory inv, Store s) {
    java.util.Optional<Recipient> r = providers(inv).byStore().get(s);
    if (r != null) {
      return r;
    }
    String name = s.provider().strip().replaceAll("\\s+", " ");
    return inv.recipients().stream()
        .filter(c -> c.name().strip().replaceAll("\\s+", " ").equalsIgnoreCase(name))
        .findFirst();
  }

  /** Whether a recipient is told about under the store it runs, not on its own. */
  private boolean runsStore(Inventory inv, Recipient r) {
    return providers(inv).running().contains(r);
  }

  /**
   * Which recipient runs each store, worked out once per inventory: asked for every store and every
   * recipient, matching names again each time made a notice with hundreds of recipients and stores
   * take minutes.
   *
   * @param byStore the company running each store, by the store itself
   * @param running the recipients that run a store
   */
  private record Providers(
      Inventory inv,
      java.util.Map<Store, java.util.Optional<Recipient>> byStore,
      Set<Recipient> running) {
    static Providers of(Inventory inv) {
      List<String> names =
          inv.recipients().stream().map(r -> r.name().strip().replaceAll("\\s+", " ")).toList();
      java.util.Map<Store, java.util.Optional<Recipient>> byStore =
          new java.util.IdentityHashMap<>();
      Set<Recipient> running = new java.util.HashSet<>();
      for (Store s : inv.stores()) {
        String name = s.provider().strip().replaceAll("\\s+", " ");
        java.util.Optional<Recipient> r = java.util.Optional.empty();
        for (int i = 0; i < names.size(); i++) {
          if (names.get(i).equalsIgnoreCase(name)) {
            r = java.util.Optional.of(inv.recipients().get(i));
            break;
          }
        }
        byStore.put(s, r);
        r.ifPresent(running::add);
      }
      return new Providers(inv, byStore, running);
    }
  }

  // The last inventory's, for the one being composed (a composer may serve several threads).
  private volatile Providers providers;

  private Providers providers(Inventory inv) {
    Providers p = providers;
    if (p == null || p.inv() != inv) {
      p = Providers.of(inv);
      providers = p;
    }
    return p;
  }

  /**
   * One place where data is kept; when the company that runs it is also a recipient, one entry for
   * both, with the data it gets beyond what it keeps and where it gets it, if anywhere else.
   */
  private StoreView store(Inventory inv, Store s) {
    String place =
        s.location() == null ? places(s.place()) : s.location() + ", " + places(s.place());
    List<String> kept =
        inv.data().stream().filter(d -> d.stores().contains(s.id())).map(this::label).toList();
    java.util.Optional<Recipient> company = provider(inv, s);
    String does = null;
    String role = null;
    String extra = null;
    if (company.isPresent()) {
      Recipient r = company.get();
      does =
          capitalise(
              msg.get(
                  r.name().equals(s.provider()) ? "share.what.under" : "share.what",
                  "name",
                  opening(r.name()),
                  "does",
                  trimStop(r.does())));
      role = sharedRole(inv) == null ? roles(inv, r) : null;
      List<String> more =
          inv.data().stream()
              .filter(d -> d.recipients().contains(r.id()) && !kept.contains(label(d)))
              .map(this::label)
              .toList();
      if (!more.isEmpty()) {
        extra = msg.get("keep.also-gets", "data", list(more));
      }
      if (!s.place().countries().containsAll(r.place().countries()) || r.place().any()) {
        extra =
            (extra == null ? "" : extra + " ")
                + msg.get("keep.also-where", "country", places(r.place()));
      }
    }
    List<String> everywhere = everywhere(inv);
    String data = kept.isEmpty() ? null : keptHere(inv, kept);
    if (extra != null) {
      data = data == null ? extra : data + " " + extra;
    }
    return new StoreView(
        "store-" + s.id(),
        s.provider(),
        does,
        role,
        msg.get("keep.store", "place", place),
        data,
        s.protections().stream()
            .map(p -> msg.get("protection." + p.key()))
            .filter(p -> !everywhere.contains(p))
            .toList(),
        company.map(Recipient::privacyUrl).orElse(null));
  }

  /**
   * What a store keeps: "all the data above" when it keeps every item, "all the data above except
   * ..." when it keeps most, else the list.
   */
  private String keptHere(Inventory inv, List<String> kept) {
    List<String> all = inv.data().stream().map(this::label).toList();
    List<String> missing = all.stream().filter(l -> !kept.contains(l)).toList();
    if (missing.isEmpty() && all.size() > 2) {
      return msg.get("keep.data.all");
    }
    if (all.size() > 4 && missing.size() * 3 <= all.size()) {
      return msg.get("keep.data.except", "data", list(missing));
    }
    return msg.get("keep.data", "data", list(kept));
  }

  /** The protections every store has, said once when there are several stores. */
  private List<String> everywhere(Inventory inv) {
    if (inv.stores().size() < 2) {
      return List.of();
    }
    return inv.stores().get(0).protections().stream()
        .filter(p -> inv.stores().stream().allMatch(st -> st.protections().contains(p)))
        .map(p -> msg.get("protection." + p.key()))
        .toList();
  }

  /** The companies that run our stores, each once, in the order the stores are told. */
  private List<Recipient> storeCompanies(Inventory inv) {
    return inv.stores().stream()
        .map(st -> provider(inv, st))
        .flatMap(java.util.Optional::stream)
        .distinct()
        .toList();
  }

  /**
   * When every company that runs a store for us only works for us, the one sentence that says so,
   * naming them; else null, and each store says what its company is to us.
   */
  private String sharedRole(Inventory inv) {
    List<Recipient> companies = storeCompanies(inv);
    if (companies.isEmpty()
        || !companies.stream()
            .allMatch(
                r ->
                    scope(r.scope()) == null
                        && r.roles().size() == 1
                        && scope(r.roles().get(0).scope()) == null
                        && r.roles().get(0).role() == dev.candor.model.RecipientRole.PROCESSOR)) {
      return null;
    }
    return msg.get(
        companies.size() == 1 ? "keep.providers.processor" : "keep.providers.processor.plural",
        "names",
        list(companies.stream().map(Recipient::name).toList()));
  }

  /**
   * Whether the companies that keep data for us and a group of the other recipients all only work
   * for us: then the group's opening sentence says so of both, and neither the stores nor the
   * sharing section says it again.
   */
  private boolean processorsTogether(Inventory inv) {
    return sharedRole(inv) != null
        && inv.recipients().stream()
                .filter(r -> !runsStore(inv, r))
                .filter(r -> "share.group.processor".equals(groupKey(inv, r)))
                .count()
            > 1;
  }

  /**
   * The opening of the group of processors that also speaks for the companies keeping data for us:
   * "the companies that keep data for us" when those run every store, else their names, so the
   * reader knows which of the stores are meant.
   */
  private String processorsIntro(Inventory inv) {
    List<String> names = storeCompanies(inv).stream().map(Recipient::name).toList();
    if (!inv.stores().stream().allMatch(st -> provider(inv, st).isPresent())) {
      return msg.get("share.group.processor.like", "names", list(names));
    }
    return msg.get(
        names.size() == 1 ? "share.group.processor.stores" : "share.group.processor.stores.plural");
  }

  /** Who gets data as the company that keeps it for us, pointing to where that is told. */
  private String shareNote(Inventory inv) {
    List<String> names =
        inv.recipients().stream().filter(r -> runsStore(inv, r)).map(Recipient::name).toList();
    return names.isEmpty()
        ? null
        : msg.get(
            names.size() == 1 ? "share.stores" : "share.stores.plural",
            "names",
            list(names),
            "section",
            msg.get("section.keep"));
  }

  /** How long each kind of data is kept, items kept alike in one line. */
  private List<RetentionView> retentions(Inventory inv) {
    java.util.Map<Retention, List<DataItem>> groups = new java.util.LinkedHashMap<>();
    for (DataItem d : inv.data()) {
      groups.computeIfAbsent(d.retention(), k -> new ArrayList<>()).add(d);
    }
    return groups.entrySet().stream()
        .map(
            e ->
                new RetentionView(
                    capitalise(list(e.getValue().stream().map(this::label).toList())),
                    listedRetention(
                        inv, e.getKey(), e.getValue().size() > 1 || plural(e.getValue().get(0)))))
        .toList();
  }

  /**
   * The recipients not told about under a store, those that are the same simple thing to us (all
   * processors, say) together with that said once. Those told on their own come first, so none of
   * them reads as one more of a group whose opening sentence ("these organisations work for us") is
   * not true of it.
   */
  private List<RecipientGroup> recipientGroups(Inventory inv) {
    java.util.Map<String, List<Recipient>> byRole = new java.util.LinkedHashMap<>();
    List<Recipient> shown = inv.recipients().stream().filter(r -> !runsStore(inv, r)).toList();
    for (Recipient r : shown) {
      byRole.computeIfAbsent(roles(inv, r), k -> new ArrayList<>()).add(r);
    }
    List<RecipientGroup> out = new ArrayList<>();
    for (var e : byRole.entrySet()) {
      Recipient first = e.getValue().get(0);
      String groupKey = groupKey(inv, first);
      if (e.getValue().size() > 1 && groupKey != null) {
        String intro = msg.get(groupKey);
        if (groupKey.equals("share.group.processor") && processorsTogether(inv)) {
          intro = processorsIntro(inv);
        }
        out.add(
            new RecipientGroup(
                intro, e.getValue().stream().map(r -> recipient(inv, r, false)).toList()));
      } else {
        e.getValue()
            .forEach(r -> out.add(new RecipientGroup(null, List.of(recipient(inv, r, true)))));
      }
    }
    List<RecipientGroup> alone = out.stream().filter(g -> g.role() == null).toList();
    List<RecipientGroup> ordered = new ArrayList<>(alone);
    out.stream().filter(g -> g.role() != null).forEach(ordered::add);
    return ordered;
  }

  /**
   * The key of the sentence that introduces several recipients that are the same simple thing to
   * us, or null when what a recipient is depends on the purpose or on whose data it is.
   */
  private String groupKey(Inventory inv, Recipient r) {
    if (scope(r.scope()) != null
        || r.roles().size() != 1
        || scope(r.roles().get(0).scope()) != null) {
      return null;
    }
    dev.candor.model.Role role = r.roles().get(0);
    String key =
        role.role() == dev.candor.model.RecipientRole.AUTHORITY
            ? authorityReason(inv, r, role)
            : "share.role." + role.role().key();
    return key.replace("share.role.", "share.group.");
  }

  /** Words that open the name of a public body English writes with "the": "the Office of ...". */
  private static final Set<String> THE =
      Set.of(
          "office",
          "department",
          "ministry",
          "national",
          "federal",
          "agency",
          "bureau",
          "commission",
          "council",
          "court",
          "police",
          "information",
          "internal",
          "state",
          "revenue",
          "home",
          "central",
          "financial",
          "competition",
          "european",
          "supreme");

  /** A name as it opens a sentence: "The National Crime Agency", but "Stripe, Inc.". */
  private String opening(String name) {
    if (!"en".equals(msg.language().substring(0, 2))) {
      return name;
    }
    String first = name.split("\\s", 2)[0].toLowerCase(Locale.ROOT);
    return THE.contains(first) && name.contains(" ") ? "The " + name : name;
  }

  private RecipientView recipient(Inventory inv, Recipient r, boolean withRole) {
    List<String> data =
        inv.data().stream().filter(d -> d.recipients().contains(r.id())).map(this::label).toList();
    return new RecipientView(
        "recipient-" + r.id(),
        capitalise(r.name()),
        capitalise(
            msg.get("share.what.under", "name", opening(r.name()), "does", trimStop(r.does()))),
        withRole ? roles(inv, r) : null,
        data.isEmpty() ? null : msg.get("share.gets", "data", list(data)),
        msg.get("share.country", "country", places(r.place())),
        r.privacyUrl());
  }

  /**
   * Where data leaves the readers' protected area, and what protects it there, said once per
   * country: countries the law recognises together, the others each with the safeguard of every
   * company that gets data there.
   */
  private List<Line> transfers(Inventory inv) {
    record Sent(String name, dev.candor.model.Place place, Safeguard safeguard) {}
    List<Sent> sent = new ArrayList<>();
    for (Store st : inv.stores()) {
      sent.add(new Sent(st.provider(), st.place(), st.safeguard()));
    }
    for (Recipient r : inv.recipients()) {
      sent.add(new Sent(r.name(), r.place(), r.safeguard()));
    }
    java.util.Map<String, List<String>> adequate = new java.util.LinkedHashMap<>();
    java.util.Map<String, java.util.Map<String, List<String>>> other =
        new java.util.LinkedHashMap<>();
    java.util.Map<String, String> regionOf = new java.util.HashMap<>();
    // Under two laws a country may be outside one region only; the line then says which.
    java.util.Map<String, Boolean> partly = new java.util.HashMap<>();
    for (Sent x : sent) {
      if (x.place().any()) {
        continue;
      }
      for (String country : x.place().countries()) {
        List<Jurisdiction> left = regionsLeft(inv, country);
        if (left.isEmpty()) {
          continue;
        }
        String region = regionName(left);
        String name = Countries.name(country, msg.language());
        boolean recognised =
            left.stream()
                .allMatch(law -> Countries.transfer(law, country) == Countries.Transfer.ADEQUATE);
        Safeguard s =
            x.safeguard() != null ? x.safeguard() : recognised ? Safeguard.ADEQUACY : null;
        if (s == Safeguard.ADEQUACY) {
          List<String> countries = adequate.computeIfAbsent(region, k -> new ArrayList<>());
          if (!countries.contains(name)) {
            countries.add(name);
          }
          continue;
        }
        regionOf.put(name, region);
        partly.put(name, left.size() < gdprRegimes(inv));
        java.util.Map<String, List<String>> safeguards =
            other.computeIfAbsent(name, k -> new java.util.LinkedHashMap<>());
        if (s != null) {
          String key = "transfer." + s.key() + "." + regime(left);
          List<String> names =
              safeguards.computeIfAbsent(
                  msg.has(key) ? key : "transfer." + s.key(), k -> new ArrayList<>());
          if (!names.contains(x.name())) {
            names.add(x.name());
          }
        }
      }
    }
    List<Line> out = new ArrayList<>();
    adequate.forEach(
        (region, countries) ->
            out.add(
                new Line(
                    and(countries),
                    // The sentence names the region they are outside of; "Outside ..." would say
                    // it twice.
                    msg.get(
                        countries.size() == 1 ? "transfer.adequacy" : "transfer.adequacy.many",
                        "region",
                        region),
                    null)));
    other.forEach(
        (country, safeguards) -> {
          List<String> text = new ArrayList<>();
          // A country outside every region the notice covers needs no saying so: the heading and
          // its safeguards say it; one outside only some of them does.
          if (safeguards.isEmpty() || partly.get(country)) {
            text.add(msg.get("transfer.outside", "region", regionOf.get(country)));
          }
          safeguards.forEach(
              (key, names) -> {
                String many = key + ".plural";
                if (names.size() == 1 || msg.has(many)) {
                  text.add(
                      msg.get(
                          names.size() == 1 ? key : many,
                          "country",
                          country,
                          "region",
                          regionOf.get(country),
                          "name",
                          list(names)));
                } else {
                  for (String n : names) {
                    String one =
                        msg.get(
                            key, "country", country, "region", regionOf.get(country), "name", n);
                    if (!text.contains(one)) {
                      text.add(one);
                    }
                  }
                }
              });
          out.add(new Line(country, String.join(" ", text), null));
        });
    return out;
  }

  /** Which GDPR regimes a fact falls under: "eu", "uk" or "eu-uk". */
  private static String regime(List<Jurisdiction> laws) {
    boolean eu = laws.contains(Jurisdiction.GDPR);
    boolean uk = laws.contains(Jurisdiction.UK_GDPR);
    return eu && uk ? "eu-uk" : uk ? "uk" : "eu";
  }

  /** Whether the notice follows the GDPR or the UK GDPR, which have legal bases. */
  public static boolean gdpr(Inventory inv) {
    return inv.notice().jurisdictions().stream().anyMatch(Jurisdiction::gdprFamily);
  }

  /** Whether the notice follows a US state law. */
  private static boolean usState(Inventory inv) {
    return inv.notice().jurisdictions().stream().anyMatch(Jurisdiction::usState);
  }

  private Selling selling(Inventory inv) {
    List<String> details = new ArrayList<>();
    List<String> brief = new ArrayList<>();
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
        brief.add(msg.get("share.sells.brief", "data", capitalise(what), "name", r.name()));
      }
      if (r.advertising()) {
        ads = true;
        details.add(msg.get("share.ads.detail", "data", what, "name", r.name()));
        brief.add(msg.get("share.ads.brief", "data", capitalise(what), "name", r.name()));
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
      if (usState(inv)) {
        optOut.add(minors(inv));
      }
    }
    return new Selling(
        sells,
        ads,
        statement.isEmpty() ? msg.get("share.nosell") : String.join(" ", statement),
        details,
        brief,
        optOut);
  }

  /**
   * What US state law says of children's data that is sold or shared (Cal. Civ. Code §
   * 1798.120(c)): none when every sale and share is scoped to people aged 16 or over, else only
   * with their consent, or a parent's under 13.
   */
  private String minors(Inventory inv) {
    Integer youngest = null;
    for (Recipient r : inv.recipients()) {
      for (dev.candor.model.Role role : r.roles()) {
        if (!role.sells() && !role.advertising()) {
          continue;
        }
        Integer age = minAge(role.scope(), r.scope());
        for (String id : role.purposes()) {
          Integer p = inv.purpose(id).map(x -> minAge(x.scope(), null)).orElse(null);
          age = older(age, p);
        }
        if (age == null || age < 16) {
          return msg.get("share.minors");
        }
        youngest = youngest == null ? age : Integer.valueOf(Math.min(youngest, age));
      }
    }
    return youngest == null
        ? msg.get("share.minors")
        : msg.get("share.minors.none", "age", String.valueOf(youngest));
  }

  private static Integer minAge(dev.candor.model.Scope own, dev.candor.model.Scope outer) {
    Integer a = own == null ? null : own.minAge();
    Integer b = outer == null ? null : outer.minAge();
    return older(a, b);
  }

  /** The higher of two ages, either of which may be unknown. */
  private static Integer older(Integer a, Integer b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : Integer.valueOf(Math.max(a, b));
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
    boolean both = gdpr(inv) && usState(inv);
    List<RightView> rights =
        r.available().stream()
            .filter(right -> !sameRightListed(r.available(), right))
            .map(
                right -> {
                  String text = msg.get("right." + right.key());
                  return eraseLimit(
                      inv,
                      new RightView(
                          msg.get("right." + right.key() + ".name"),
                          both && right.usState()
                              ? msg.get("rights.us-only", "states", states(inv), "text", text)
                              : text,
                          selfService(r, right),
                          right == Right.OPT_OUT_SALE
                              ? r.optOutUrl()
                              : right == Right.LIMIT_SENSITIVE ? r.limitUrl() : null,
                          right == Right.OPT_OUT_SALE
                              ? msg.get("glance.optout.us")
                              : right == Right.LIMIT_SENSITIVE ? msg.get("glance.limit") : null));
                })
            .toList();
    List<Line> contact = new ArrayList<>();
    if (r.email() != null) {
      contact.add(new Line(msg.get("rights.email"), r.email(), "mailto:" + r.email()));
    }
    if (r.url() != null) {
      contact.add(new Line(msg.get("rights.url"), r.url(), r.url()));
    }
    return new RightsView(
        inv.purposes().stream().anyMatch(p -> p.choice() != null)
            ? msg.get("choices.pointer", "section", msg.get("section.collect"))
            : null,
        rights,
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
   * How people use a right themselves, with what the inventory says for the same right under the
   * other law's name when that one is not listed on its own; null when it says nothing.
   */
  private String selfService(Rights r, Right right) {
    List<String> how = new ArrayList<>();
    Right alias =
        right == Right.ERASURE ? Right.DELETE : right == Right.RECTIFICATION ? Right.CORRECT : null;
    for (Right x : alias == null ? List.of(right) : List.of(right, alias)) {
      String text = r.selfService().get(x);
      if (text != null
          && (x == right || r.available().contains(x))
          && !how.contains(sentence(text))) {
        how.add(sentence(text));
      }
    }
    return how.isEmpty() ? null : msg.get("rights.self", "how", String.join(" ", how));
  }

  /** The US states whose laws the notice follows: "California or Virginia". */
  private String states(Inventory inv) {
    return or(
        inv.notice().jurisdictions().stream()
            .filter(Jurisdiction::usState)
            .map(law -> Countries.regionName(law.region(), msg.language(), msg.get("scope.eea")))
            .toList());
  }

  /**
   * Whether a right is told already under another name: the CCPA's right to delete is the GDPR's
   * erasure, and to correct its rectification, so a notice under both names each once.
   */
  private static boolean sameRightListed(List<Right> available, Right right) {
    return (right == Right.DELETE && available.contains(Right.ERASURE))
        || (right == Right.CORRECT && available.contains(Right.RECTIFICATION));
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
        view.self(),
        view.href(),
        view.link());
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

  /**
   * How long, after the items' labels in the list of retentions: a set time without "We keep it
   * for" ("30 days after you delete your account."), anything else as a sentence.
   */
  private String listedRetention(Inventory inv, Retention r, boolean many) {
    if (r instanceof Retention.For f) {
      String time = duration(f.duration());
      if (f.after() != null) {
        time += " " + msg.get("retention.after.short", "after", trimStop(f.after()));
      }
      return capitalise(time) + "." + conditions(f, many);
    }
    return retention(inv, r, many);
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

  /** How long, in a few words: "2 years after your last order", "Kept by Stripe ...". */
  public String shortRetention(Inventory inv, Retention r) {
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
    String full = retention(inv, r);
    int stop = full.indexOf(". ");
    return stop < 0 ? full : full.substring(0, stop + 1);
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
