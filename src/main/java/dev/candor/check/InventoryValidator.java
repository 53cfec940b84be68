package dev.candor.check;

import dev.candor.load.InventoryLoader;
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
      if (d.source() == Source.THIRD_PARTY && d.from() == null) {
        out.add(
            Problem.error(
                src.at(at),
                "source-from",
                "data item '" + d.id() + "' comes from a third party but does not say which",
                "add 'from:' naming who gives it to you (GDPR Art. 14(2)(f))"));
      }
      if (special(d) && underGdpr(inv)) {
        for (String p : d.purposes()) {
          inv.purpose(p)
              .filter(x -> x.specialBasis() == null)
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
                                  + "', which has no 'special_basis'",
                              "state the Art. 9(2) condition on the purpose, e.g. special_basis:"
                                  + " explicit-consent")));
        }
      }
    }
    for (int i = 0; i < inv.purposes().size(); i++) {
      Purpose p = inv.purposes().get(i);
      String at = "purposes[" + i + "]";
      use(p, at, src, out);
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
      transfer(
          inv,
          r.country(),
          r.safeguard(),
          "recipient '" + r.id() + "'",
          "recipients[" + i + "]",
          src,
          out);
    }
    for (int i = 0; i < inv.stores().size(); i++) {
      Store s = inv.stores().get(i);
      transfer(
          inv, s.country(), s.safeguard(), "store '" + s.id() + "'", "stores[" + i + "]", src, out);
    }
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
      String country,
      Safeguard safeguard,
      String what,
      String at,
      SourceMap src,
      List<Problem> out) {
    if (country == null || inv.notice() == null) {
      return;
    }
    for (Jurisdiction law : inv.notice().jurisdictions()) {
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

  private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
    return items.stream().map(id).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
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
