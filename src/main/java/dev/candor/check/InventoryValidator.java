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
