package dev.candor.check;

import dev.candor.load.InventoryLoader;
import dev.candor.model.Cookie;
import dev.candor.model.DataItem;
import dev.candor.model.Inventory;
import dev.candor.model.Jurisdiction;
import dev.candor.model.LegalBasis;
import dev.candor.model.Purpose;
import dev.candor.model.Recipient;
import dev.candor.model.Safeguard;
import dev.candor.model.Source;
import dev.candor.model.Store;
import dev.candor.problem.Problem;
import dev.candor.problem.SourceMap;
import dev.candor.vocab.Countries;
import dev.candor.vocab.Crosswalk;
import dev.candor.vocab.KnownCookies;
import dev.candor.vocab.Nearest;
import dev.candor.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules every inventory must meet before a notice is made from it: references resolve, keys
 * exist, and the facts are complete enough to state honestly.
 */
public final class InventoryValidator implements InventoryLoader.Validation {
  private final Vocabulary vocab;
  private final Set<String> languages;

  /** A validator that accepts notices in the given languages. */
  public InventoryValidator(Vocabulary vocab, Set<String> languages) {
    this.vocab = vocab;
    this.languages = Set.copyOf(languages);
  }

  /** Every problem found, in no particular order. */
  @Override
  public List<Problem> validate(Inventory inv, SourceMap src) {
    List<Problem> out = new ArrayList<>();
    String language = inv.notice() == null ? null : inv.notice().language();
    if (language != null && !languages.contains(language.split("-")[0])) {
      out.add(
          Problem.error(
              src.at("notice.language"),
              "language",
              "there is no wording for language '" + language + "'",
              "supported: " + String.join(", ", languages.stream().sorted().toList())));
    }
    if (inv.notice() != null) {
      List<String> listed = inv.notice().languages();
      for (int i = 1; i < listed.size(); i++) {
        String l = listed.get(i);
        if (!languages.contains(l.split("-")[0])) {
          out.add(
              Problem.error(
                  src.at("notice.languages"),
                  "language",
                  "there is no wording for language '" + l + "' in 'languages'",
                  "supported: " + String.join(", ", languages.stream().sorted().toList())));
        }
      }
    }
    unique(inv.data(), DataItem::id, "data", src, out);
    unique(inv.purposes(), Purpose::id, "purposes", src, out);
    unique(inv.stores(), Store::id, "stores", src, out);
    unique(inv.recipients(), Recipient::id, "recipients", src, out);
    unique(inv.access(), dev.candor.model.Access::id, "access", src, out);

    Set<String> purposes = ids(inv.purposes(), Purpose::id);
    Set<String> stores = ids(inv.stores(), Store::id);
    Set<String> recipients = ids(inv.recipients(), Recipient::id);
    Set<String> data = ids(inv.data(), DataItem::id);

    for (int i = 0; i < inv.data().size(); i++) {
      DataItem d = inv.data().get(i);
      String at = "data[" + i + "]";
      category(d, at, src, out);
      storeTerm(d.apple(), "apple", "type", at + ".apple", src, out);
      storeTerm(d.google(), "google", "type", at + ".google", src, out);
      refs(d.purposes(), purposes, at + ".purposes", "purpose", src, out);
      refs(d.stores(), stores, at + ".stores", "store", src, out);
      refs(d.recipients(), recipients, at + ".recipients", "recipient", src, out);
      sources(inv, d, at, src, out);
      specialConditions(inv, d, at, src, out);
    }
    for (int i = 0; i < inv.purposes().size(); i++) {
      Purpose p = inv.purposes().get(i);
      String at = "purposes[" + i + "]";
      use(p, at, src, out);
      subjects(p, at, src, out);
      storeTerm(p.apple(), "apple", "purpose", at + ".apple", src, out);
      storeTerm(p.google(), "google", "purpose", at + ".google", src, out);
      if (p.basis() == LegalBasis.LEGITIMATE_INTERESTS && p.interest() == null) {
        out.add(
            Problem.error(
                src.at(at + ".basis"),
                "interest",
                "purpose '" + p.id() + "' relies on legitimate interests but does not say which",
                "add 'interest:' saying what the interest is (GDPR Art. 13(1)(d))"));
      }
    }
    for (int i = 0; i < inv.access().size(); i++) {
      refs(inv.access().get(i).data(), data, "access[" + i + "].data", "data item", src, out);
    }
    for (int i = 0; i < inv.recipients().size(); i++) {
      Recipient r = inv.recipients().get(i);
      String at = "recipients[" + i + "]";
      transfer(inv, r.place(), r.safeguard(), "recipient '" + r.id() + "'", at, src, out);
      derogation(r.safeguard(), "recipient '" + r.id() + "'", at, src, out);
      for (int j = 0; j < r.roles().size(); j++) {
        dev.candor.model.Role role = r.roles().get(j);
        String where =
            r.roles().size() > 1 || !role.purposes().isEmpty() ? at + ".roles[" + j + "]" : at;
        refs(role.purposes(), purposes, where + ".purposes", "purpose", src, out);
        if (role.role() == dev.candor.model.RecipientRole.PROCESSOR
            && (role.sells() || role.advertising())) {
          out.add(
              Problem.warning(
                  src.at(where + (role.sells() ? ".sells" : ".advertising")),
                  "processor-sells",
                  "recipient '"
                      + r.id()
                      + "' is a processor, yet "
                      + (role.sells() ? "buys the data" : "uses it for its own advertising")
                      + ": a processor may use data only as we tell it",
                  "if it uses the data for itself, give it a second role: roles: [{role: processor,"
                      + " purposes: [...]}, {role: controller, purposes: [...], sells: true}]"));
        }
      }
    }
    for (int i = 0; i < inv.stores().size(); i++) {
      Store s = inv.stores().get(i);
      transfer(
          inv, s.place(), s.safeguard(), "store '" + s.id() + "'", "stores[" + i + "]", src, out);
      derogation(s.safeguard(), "store '" + s.id() + "'", "stores[" + i + "]", src, out);
    }
    if (language != null
        && language.toLowerCase(java.util.Locale.ROOT).startsWith("en-")
        && !language.equalsIgnoreCase("en-GB")
        && !language.equalsIgnoreCase("en-US")) {
      out.add(
          Problem.warning(
              src.at("notice.language"),
              "language-variant",
              "there is no wording for '"
                  + language
                  + "' of its own: the notice is in British English",
              "write en-GB or en-US to say which English you mean"));
    }
    cookies(inv, purposes, recipients, src, out);
    changeLog(inv, src, out);
    List<dev.candor.model.Waiver> waivers = inv.checks().disable();
    for (int i = 0; i < waivers.size(); i++) {
      String rule = waivers.get(i).rule();
      if (rule != null && Rules.byId(rule).isEmpty()) {
        String near = Nearest.didYouMean(rule, Rules.ids());
        out.add(
            Problem.error(
                src.at("checks.disable[" + i + "].rule"),
                "unknown-rule",
                "there is no check called '" + rule + "'",
                near != null ? near : "see candor docs checks for the list of checks"));
      }
    }
    return out;
  }

  /**
   * The change log tells readers how this notice came to be, so it may not run ahead of the notice:
   * an entry for a later version, or dated after the notice takes effect, is an error (it is
   * usually a list copied from another inventory). A log without an entry for the current version
   * is a warning, since it validated before; a notice with no log at all is a first version.
   */
  private static void changeLog(Inventory inv, SourceMap src, List<Problem> out) {
    if (inv.notice() == null
        || inv.notice().version() == null
        || inv.notice().effective() == null) {
      return;
    }
    String version = inv.notice().version();
    java.time.LocalDate effective = inv.notice().effective();
    String replace =
        "if the list was copied from another inventory, replace it with this notice's own history,"
            + " ending with version \""
            + version
            + "\" dated "
            + effective
            + "; if this notice is the newer one, raise notice.version and notice.effective";
    boolean current = false;
    for (int i = 0; i < inv.changes().size(); i++) {
      dev.candor.model.Change c = inv.changes().get(i);
      String at = "changes[" + i + "]";
      current |= version.equals(c.version());
      if (c.version() != null && newer(c.version(), version)) {
        out.add(
            Problem.error(
                src.at(at + ".version"),
                "changes-newer",
                "the change log has an entry for version "
                    + c.version()
                    + ", newer than this notice's version "
                    + version,
                replace));
      } else if (c.date() != null && c.date().isAfter(effective)) {
        out.add(
            Problem.error(
                src.at(at + ".date"),
                "changes-newer",
                "the change log has an entry for version "
                    + c.version()
                    + " dated "
                    + c.date()
                    + ", after this notice takes effect on "
                    + effective,
                version.equals(c.version())
                    ? "date it " + effective + ", the day this version takes effect"
                    : replace));
      } else if (version.equals(c.version()) && c.date() != null && !c.date().equals(effective)) {
        out.add(
            Problem.warning(
                src.at(at + ".date"),
                "changes-current",
                "the change log's entry for version "
                    + version
                    + " is dated "
                    + c.date()
                    + ", but this version takes effect on "
                    + effective,
                "date it " + effective + ", the day readers see the change"));
      }
    }
    if (!current && !inv.changes().isEmpty()) {
      out.add(
          Problem.warning(
              src.at("changes"),
              "changes-current",
              "the change log has no entry for this notice's version "
                  + version
                  + " (in effect from "
                  + effective
                  + ")",
              "add one at the top with version \""
                  + version
                  + "\", date "
                  + effective
                  + " and what changed; a list copied from another inventory is replaced by this"
                  + " notice's own history"));
    }
  }

  /**
   * Whether version {@code a} comes after {@code b}. Only versions made of numbers and dots are
   * compared ("1.10" after "1.9"); for others only the dates say which is newer.
   */
  static boolean newer(String a, String b) {
    if (!a.matches("[0-9]+(\\.[0-9]+)*") || !b.matches("[0-9]+(\\.[0-9]+)*")) {
      return false;
    }
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      java.math.BigInteger p = new java.math.BigInteger(i < x.length ? x[i] : "0");
      java.math.BigInteger q = new java.math.BigInteger(i < y.length ? y[i] : "0");
      if (p.compareTo(q) != 0) {
        return p.compareTo(q) > 0;
      }
    }
    return false;
  }

  /** An override of the crosswalk must name a term the store has, or {@code none}. */
  private static void storeTerm(
      String value, String store, String kind, String at, SourceMap src, List<Problem> out) {
    Crosswalk cw = Crosswalk.builtIn();
    if (value == null || Crosswalk.NONE.equals(value) || cw.term(store, kind, value).isPresent()) {
      return;
    }
    List<String> known = cw.terms(store, kind).stream().map(Crosswalk.StoreTerm::value).toList();
    String near =
        known.stream()
            .filter(k -> k.startsWith(value))
            .findFirst()
            .map(k -> "did you mean '" + k + "'?")
            .orElse(Nearest.didYouMean(value, known));
    out.add(
        Problem.error(
            src.at(at),
            "store-term",
            "'"
                + value
                + "' is not "
                + (store.equals("apple") ? "an App Store" : "a Google Play")
                + " data "
                + kind,
            near != null ? near : "write one of the values in candor docs exports, or none"));
  }

  /** A special category (GDPR Art. 9, 10): as its category says, or as stated for custom data. */
  private boolean special(DataItem d) {
    if (d.category() != null && vocab.category(d.category()).isPresent()) {
      return vocab.category(d.category()).get().special();
    }
    return Boolean.TRUE.equals(d.sensitive());
  }

  private static boolean underGdpr(Inventory inv) {
    return inv.notice() != null
        && (inv.notice().under(Jurisdiction.GDPR) || inv.notice().under(Jurisdiction.UK_GDPR));
  }

  private void category(DataItem d, String at, SourceMap src, List<Problem> out) {
    if (d.category() == null) {
      return;
    }
    if (Vocabulary.isCustom(d.category())) {
      if (d.label() == null) {
        out.add(
            Problem.error(
                src.at(at + ".category"),
                "custom-label",
                "custom category '" + d.category() + "' needs a 'label'",
                "say in plain words what the data is, e.g. label: shoe size"));
      }
    } else if (vocab.category(d.category()).isEmpty()) {
      out.add(
          Problem.error(
              src.at(at + ".category"),
              "unknown-category",
              "unknown data category '" + d.category() + "'",
              suggestion(vocab.suggestCategories(d.category()), "custom.<name> with a label")));
    }
  }

  private void use(Purpose p, String at, SourceMap src, List<Problem> out) {
    if (p.use() == null) {
      return;
    }
    if (Vocabulary.isCustom(p.use())) {
      if (p.label() == null) {
        out.add(
            Problem.error(
                src.at(at + ".use"),
                "custom-label",
                "custom use '" + p.use() + "' needs a 'label'",
                "say in plain words what you use the data for, e.g. label: plan your deliveries"));
      }
    } else if (vocab.use(p.use()).isEmpty()) {
      out.add(
          Problem.error(
              src.at(at + ".use"),
              "unknown-use",
              "unknown data use '" + p.use() + "'",
              suggestion(vocab.suggestUses(p.use()), "custom.<name> with a label")));
    }
  }

  private void subjects(Purpose p, String at, SourceMap src, List<Problem> out) {
    for (int i = 0; i < p.subjects().size(); i++) {
      String key = p.subjects().get(i);
      if (!Vocabulary.isCustom(key) && vocab.subject(key).isEmpty()) {
        out.add(
            Problem.error(
                src.at(at + ".subjects[" + i + "]"),
                "unknown-subject",
                "unknown category of people '" + key + "'",
                suggestion(vocab.suggestSubjects(key), "custom.<name>, e.g. custom.club_members")));
      }
    }
  }

  private static String suggestion(List<String> near, String otherwise) {
    if (near.isEmpty()) {
      return "use a fideslang key (see candor docs inventory), or " + otherwise;
    }
    return "did you mean "
        + near.stream().map(s -> "'" + s + "'").collect(Collectors.joining(" or "))
        + "?";
  }

  private static void transfer(
      Inventory inv,
      dev.candor.model.Place place,
      Safeguard safeguard,
      String what,
      String at,
      SourceMap src,
      List<Problem> out) {
    if (place == null || inv.notice() == null) {
      return;
    }
    for (String country : place.countries()) {
      if (country != null) {
        transfer(inv, country, safeguard, what, at, src, out);
      }
    }
  }

  private static void transfer(
      Inventory inv,
      String country,
      Safeguard safeguard,
      String what,
      String at,
      SourceMap src,
      List<Problem> out) {
    for (Jurisdiction law : inv.notice().jurisdictions()) {
      if (!law.gdprFamily()) {
        continue;
      }
      Countries.Transfer t = Countries.transfer(law, country);
      if (t == Countries.Transfer.NEEDS_SAFEGUARD && safeguard == null) {
        out.add(
            Problem.error(
                src.at(at + ".country"),
                "transfer-safeguard",
                what
                    + " is in "
                    + Countries.name(country)
                    + ", outside "
                    + (law == Jurisdiction.UK_GDPR ? "the UK" : "the EEA")
                    + ", with no safeguard",
                "add 'safeguard:' (dpf, scc, bcr, explicit-consent or contract-necessity)"
                    + " (GDPR Art. 13(1)(f), 46)"));
        return;
      }
      if (t == Countries.Transfer.NEEDS_SAFEGUARD && safeguard == Safeguard.ADEQUACY) {
        out.add(
            Problem.error(
                src.at(at + ".safeguard"),
                "transfer-safeguard",
                what
                    + " claims adequacy, but "
                    + Countries.name(country)
                    + " has no adequacy decision",
                "use the safeguard that really applies: dpf, scc, bcr, explicit-consent or"
                    + " contract-necessity"));
        return;
      }
    }
  }

  /** Art. 49 derogations are for occasional transfers; a store or recipient is routine. */
  private static void derogation(
      Safeguard safeguard, String what, String at, SourceMap src, List<Problem> out) {
    if (safeguard == Safeguard.EXPLICIT_CONSENT || safeguard == Safeguard.CONTRACT_NECESSITY) {
      out.add(
          Problem.warning(
              src.at(at + ".safeguard"),
              "derogation-routine",
              what
                  + " relies on an Art. 49 exception ("
                  + safeguard.key()
                  + "), which covers only occasional transfers, not a service used every day",
              "use the safeguard that covers regular transfers: dpf, scc or bcr (EDPB Guidelines"
                  + " 2/2018)"));
    }
  }

  /** Where the data comes from: each source says what it needs, and nothing else. */
  private static void sources(
      Inventory inv, DataItem d, String at, SourceMap src, List<Problem> out) {
    if (d.comesFrom(Source.THIRD_PARTY) && d.from().isEmpty()) {
      out.add(
          Problem.error(
              src.at(at),
              "source-from",
              "data item '" + d.id() + "' comes from a third party but does not say which",
              "add 'from:' naming who gives it to you (GDPR Art. 14(2)(f))"));
    }
    if (!d.comesFrom(Source.THIRD_PARTY) && !d.from().isEmpty()) {
      out.add(
          Problem.error(
              src.at(at + ".from"),
              "source-from",
              "data item '"
                  + d.id()
                  + "' names who gives it ('from:'), but its source is not third-party",
              "add third-party to 'source', e.g. source: [person, third-party]"));
    }
    if (d.comesFrom(Source.CREATED) && d.how() == null) {
      out.add(
          Problem.error(
              src.at(at + ".source"),
              "source-how",
              "data item '" + d.id() + "' is created by us but does not say how",
              "add 'how:' in a few words, e.g. how: we score each payment for signs of fraud"));
    }
    if (!d.comesFrom(Source.CREATED) && d.how() != null) {
      out.add(
          Problem.error(
              src.at(at + ".how"),
              "source-how",
              "data item '" + d.id() + "' says 'how:' we create it, but its source is not created",
              "add created to 'source', or remove 'how'"));
    }
    if (d.comesFrom(Source.TO_RECIPIENT)) {
      if (d.givenTo() == null) {
        out.add(
            Problem.error(
                src.at(at + ".source"),
                "source-to",
                "data item '"
                    + d.id()
                    + "' is given straight to a recipient but does not say which",
                "add 'to:' with the recipient's id, e.g. to: stripe"));
      } else if (inv.recipient(d.givenTo()).isEmpty()) {
        refOne(
            d.givenTo(),
            inv.recipients().stream().map(Recipient::id).collect(Collectors.toSet()),
            at + ".to",
            "recipient",
            src,
            out);
      } else if (!d.recipients().contains(d.givenTo())) {
        out.add(
            Problem.error(
                src.at(at + ".to"),
                "source-to",
                "data item '"
                    + d.id()
                    + "' is given to '"
                    + d.givenTo()
                    + "', which is not among its recipients",
                "add " + d.givenTo() + " to the item's 'recipients'"));
      }
    } else if (d.givenTo() != null) {
      out.add(
          Problem.error(
              src.at(at + ".to"),
              "source-to",
              "data item '" + d.id() + "' says 'to:', but its source is not to-recipient",
              "add to-recipient to 'source', or remove 'to'"));
    }
    if (d.retention() instanceof dev.candor.model.Retention.HeldBy h && h.recipient() != null) {
      if (!d.recipients().contains(h.recipient())) {
        out.add(
            Problem.error(
                src.at(at + ".retention.held_by"),
                "held-by",
                "data item '"
                    + d.id()
                    + "' is kept by '"
                    + h.recipient()
                    + "', which is not among its recipients",
                "add " + h.recipient() + " to the item's 'recipients', or name one of them"));
      }
      if (!d.stores().isEmpty()) {
        out.add(
            Problem.error(
                src.at(at + ".stores"),
                "held-by",
                "data item '"
                    + d.id()
                    + "' is kept only by '"
                    + h.recipient()
                    + "', yet lists our stores",
                "remove the stores, or say how long we keep it with 'duration' or 'rule'"));
      }
    }
  }

  /** Each Art. 9/10 item states its own condition; other items cannot carry one. */
  private void specialConditions(
      Inventory inv, DataItem d, String at, SourceMap src, List<Problem> out) {
    boolean special = special(d);
    boolean known =
        d.category() != null
            && (Vocabulary.isCustom(d.category()) || vocab.category(d.category()).isPresent());
    if (known && !special && (d.specialBasis() != null || !d.specialBasisFor().isEmpty())) {
      out.add(
          Problem.error(
              src.at(at + ".special_basis"),
              "special-basis-not-special",
              "data item '"
                  + d.id()
                  + "' has a 'special_basis', but it is not special-category data"
                  + " (GDPR Art. 9, 10)",
              "remove 'special_basis'; if the data is health, biometric, religious or similar data,"
                  + " say sensitive: true"));
    }
    for (String purpose : d.specialBasisFor().keySet()) {
      if (!d.purposes().contains(purpose)) {
        out.add(
            Problem.error(
                src.at(at + ".special_basis." + purpose),
                "dangling",
                "data item '"
                    + d.id()
                    + "' gives a condition for purpose '"
                    + purpose
                    + "', which it is not used for",
                "use one of its purposes: " + String.join(", ", d.purposes())));
      }
    }
    if (special && underGdpr(inv)) {
      for (String p : d.purposes()) {
        inv.purpose(p)
            .filter(x -> x.specialBasis() == null && d.specialBasis(p) == null)
            .ifPresent(
                x ->
                    out.add(
                        Problem.error(
                            src.at(at + ".purposes"),
                            "special-basis",
                            "sensitive data item '"
                                + d.id()
                                + "' is used for purpose '"
                                + x.id()
                                + "' with no Art. 9(2) condition",
                            "state it on the item, e.g. special_basis: explicit-consent, or per"
                                + " purpose: special_basis: {"
                                + x.id()
                                + ": explicit-consent}")));
      }
    }
  }

  /**
   * Cookies and similar technologies (ePrivacy Directive Art. 5(3)): their purposes and the
   * recipient that sets them exist; one that is not strictly necessary rests on consent; and a
   * declaration that the Open Cookie Database contradicts is a warning naming what it knows.
   */
  private static void cookies(
      Inventory inv,
      Set<String> purposes,
      Set<String> recipients,
      SourceMap src,
      List<Problem> out) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < inv.cookies().size(); i++) {
      Cookie c = inv.cookies().get(i);
      String at = "cookies[" + i + "]";
      if (c.name() == null) {
        continue;
      }
      String key = c.kind().key() + " " + c.name() + " " + c.setBy();
      Integer first = seen.putIfAbsent(key, i);
      if (first != null) {
        out.add(
            Problem.error(
                src.at(at + ".name"),
                "duplicate-id",
                "cookie '"
                    + c.name()
                    + "' is declared twice (first at line "
                    + src.at("cookies[" + first + "].name").line()
                    + ")",
                "declare each cookie once; list all its purposes on one entry"));
      }
      refs(c.purposes(), purposes, at + ".purposes", "purpose", src, out);
      if (c.setBy() != null) {
        refOne(c.setBy(), recipients, at + ".set_by", "recipient", src, out);
        inv.recipient(c.setBy())
            .filter(r -> r.domains().isEmpty() && r.trackingDomains().isEmpty())
            .ifPresent(
                r ->
                    out.add(
                        Problem.warning(
                            src.at(at + ".set_by"),
                            "cookie-domains",
                            "recipient '"
                                + r.id()
                                + "' sets cookie '"
                                + c.name()
                                + "' but lists no 'domains'",
                            "add domains: [the hosts it serves from, e.g. cdn.example.com] to the"
                                + " recipient, so candor check --evidence can tell its requests"
                                + " and cookies apart from unknown ones")));
      }
      boolean consent =
          c.purposes().stream()
              .map(inv::purpose)
              .flatMap(java.util.Optional::stream)
              .anyMatch(p -> p.basis() == LegalBasis.CONSENT);
      if (!c.necessary() && !consent && c.purposes().stream().allMatch(purposes::contains)) {
        out.add(
            Problem.error(
                src.at(at + ".purposes"),
                "cookie-consent",
                "cookie '"
                    + c.name()
                    + "' is not strictly necessary, so it may only be set with consent, but none"
                    + " of its purposes relies on consent",
                "give it a purpose whose basis is consent, or, if the site cannot work without"
                    + " it, say necessary: true (ePrivacy Directive Art. 5(3))"));
      }
      KnownCookies.builtIn()
          .find(c.pattern() ? c.name().replace("*", "") : c.name())
          .filter(k -> k.tracking() && c.necessary())
          .ifPresent(
              k ->
                  out.add(
                      Problem.warning(
                          src.at(at + ".necessary"),
                          "cookie-known",
                          "'"
                              + c.name()
                              + "' is a "
                              + k.platform()
                              + " cookie for "
                              + k.category().toLowerCase(java.util.Locale.ROOT)
                              + " ("
                              + k.description()
                              + "), which is never strictly necessary",
                          "say necessary: false and give it a purpose that relies on consent;"
                              + " from the Open Cookie Database")));
    }
  }

  private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
    return items.stream().map(id).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
  }

  private static void refOne(
      String ref, Set<String> known, String path, String kind, SourceMap src, List<Problem> out) {
    List<Problem> found = new ArrayList<>();
    refs(List.of(ref), known, path, kind, src, found);
    found.forEach(p -> out.add(Problem.error(src.at(path), p.rule(), p.message(), p.hint())));
  }

  private static void refs(
      List<String> refs,
      Set<String> known,
      String path,
      String kind,
      SourceMap src,
      List<Problem> out) {
    for (int i = 0; i < refs.size(); i++) {
      if (!known.contains(refs.get(i))) {
        String near = Nearest.didYouMean(refs.get(i), known);
        out.add(
            Problem.error(
                src.at(path + "[" + i + "]"),
                "dangling",
                "no " + kind + " has the id '" + refs.get(i) + "'",
                near != null
                    ? near
                    : known.isEmpty()
                        ? "define a " + kind + " with this id, or fix the id"
                        : "define it, or fix the id; known: "
                            + String.join(", ", known.stream().sorted().toList())));
      }
    }
  }

  private static <T> void unique(
      List<T> items, Function<T, String> id, String list, SourceMap src, List<Problem> out) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String key = id.apply(items.get(i));
      if (key == null) {
        continue;
      }
      Integer first = seen.putIfAbsent(key, i);
      if (first != null) {
        out.add(
            Problem.error(
                src.at(list + "[" + i + "].id"),
                "duplicate-id",
                "the id '"
                    + key
                    + "' is used twice in "
                    + list
                    + " (first at line "
                    + src.at(list + "[" + first + "].id").line()
                    + ")",
                "ids must be unique in their list; rename one"));
      }
    }
  }
}
