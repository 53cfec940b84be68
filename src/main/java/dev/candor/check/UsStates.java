package dev.candor.check;

import dev.candor.model.DataItem;
import dev.candor.model.Inventory;
import dev.candor.model.Jurisdiction;
import dev.candor.model.LegalBasis;
import dev.candor.model.Purpose;
import dev.candor.model.Right;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the comprehensive US state privacy laws beyond California require a privacy notice to say:
 * Virginia, Colorado, Connecticut, Utah, Texas and Oregon.
 */
final class UsStates {
  /** Each law: its short name, the section on consumer rights and the section on the notice. */
  record Law(String name, String rights, String notice) {}

  static final Map<Jurisdiction, Law> LAWS =
      Map.of(
          Jurisdiction.VCDPA,
          new Law("Virginia", "Va. Code § 59.1-577", "Va. Code § 59.1-578"),
          Jurisdiction.CPA,
          new Law("Colorado", "Colo. Rev. Stat. § 6-1-1306", "Colo. Rev. Stat. § 6-1-1308"),
          Jurisdiction.CTDPA,
          new Law("Connecticut", "Conn. Gen. Stat. § 42-518", "Conn. Gen. Stat. § 42-520"),
          Jurisdiction.UCPA,
          new Law("Utah", "Utah Code § 13-61-201", "Utah Code § 13-61-302"),
          Jurisdiction.TDPSA,
          new Law("Texas", "Tex. Bus. & Com. Code § 541.051", "Tex. Bus. & Com. Code § 541.102"),
          Jurisdiction.OCPA,
          new Law("Oregon", "Or. Rev. Stat. § 646A.574", "Or. Rev. Stat. § 646A.578"));

  /** The laws in a fixed order, for stable findings. */
  private static final List<Jurisdiction> ORDER =
      List.of(
          Jurisdiction.VCDPA,
          Jurisdiction.CPA,
          Jurisdiction.CTDPA,
          Jurisdiction.UCPA,
          Jurisdiction.TDPSA,
          Jurisdiction.OCPA);

  /** Utah gives no right to correct, to opt out of profiling or to appeal, and no opt-in rule. */
  private static final Set<Jurisdiction> FULL =
      Set.of(
          Jurisdiction.VCDPA,
          Jurisdiction.CPA,
          Jurisdiction.CTDPA,
          Jurisdiction.TDPSA,
          Jurisdiction.OCPA);

  private UsStates() {}

  private static List<Jurisdiction> laws(Subject s) {
    return ORDER.stream().filter(s::under).toList();
  }

  /** A right the notice describes under any of the names the laws use for it. */
  private record Wanted(String what, List<Right> any) {}

  static void rights(Subject s, Findings out) {
    if (s.inventory().rights() == null) {
      return;
    }
    Inventory inv = s.inventory();
    List<Right> available = inv.rights().available();
    Map<String, Wanted> byName = new java.util.LinkedHashMap<>();
    Map<String, List<Jurisdiction>> lawsOf = new java.util.LinkedHashMap<>();
    for (Jurisdiction law : laws(s)) {
      List<Wanted> wanted = new ArrayList<>();
      wanted.add(new Wanted("access", List.of(Right.ACCESS, Right.KNOW)));
      wanted.add(new Wanted("delete", List.of(Right.ERASURE, Right.DELETE)));
      wanted.add(new Wanted("portability", List.of(Right.PORTABILITY)));
      if (FULL.contains(law)) {
        wanted.add(new Wanted("correct", List.of(Right.RECTIFICATION, Right.CORRECT)));
        wanted.add(new Wanted("appeal", List.of(Right.APPEAL)));
      }
      if (inv.recipients().stream().anyMatch(r -> r.sells() && gets(inv, r.id()))) {
        wanted.add(new Wanted("opt-out-sale", List.of(Right.OPT_OUT_SALE)));
      }
      if (inv.recipients().stream().anyMatch(r -> r.advertising() && gets(inv, r.id()))) {
        wanted.add(
            new Wanted(
                "opt-out-targeted-advertising", List.of(Right.OPT_OUT_TARGETED_ADVERTISING)));
      }
      if (FULL.contains(law) && inv.purposes().stream().anyMatch(p -> p.automated() != null)) {
        wanted.add(new Wanted("opt-out-profiling", List.of(Right.OPT_OUT_PROFILING)));
      }
      for (Wanted w : wanted) {
        if (w.any().stream().noneMatch(available::contains)) {
          byName.putIfAbsent(w.what(), w);
          lawsOf.computeIfAbsent(w.what(), k -> new ArrayList<>()).add(law);
        }
      }
    }
    lawsOf.forEach(
        (what, laws) ->
            out.add(
                s.at("rights.available"),
                "the "
                    + names(laws)
                    + (laws.size() == 1 ? " law gives" : " laws give")
                    + " the right '"
                    + what
                    + "', which is not listed",
                "add '"
                    + byName.get(what).any().get(byName.get(what).any().size() - 1).key()
                    + "' to rights.available",
                String.join("; ", laws.stream().map(l -> LAWS.get(l).rights()).toList())));
  }

  static void sensitiveConsent(Subject s, Findings out) {
    List<Jurisdiction> optIn = laws(s).stream().filter(FULL::contains).toList();
    if (optIn.isEmpty()) {
      return;
    }
    Inventory inv = s.inventory();
    for (int i = 0; i < inv.data().size(); i++) {
      DataItem d = inv.data().get(i);
      if (!s.sensitive(d)) {
        continue;
      }
      for (String id : d.purposes()) {
        Purpose p = inv.purpose(id).orElse(null);
        if (p != null && p.basis() != LegalBasis.CONSENT && !essential(p)) {
          out.add(
              s.at("data[" + i + "].purposes"),
              "sensitive data item '"
                  + d.id()
                  + "' is used for purpose '"
                  + id
                  + "' without consent, which the "
                  + names(optIn)
                  + (optIn.size() == 1 ? " law requires" : " laws require")
                  + " for sensitive data",
              "ask for consent (basis: consent) for purpose '" + id + "', or stop using it there",
              citations(optIn));
          break;
        }
      }
    }
  }

  static void optOutLink(Subject s, Findings out) {
    Inventory inv = s.inventory();
    if (laws(s).isEmpty() || inv.rights() == null || !Ccpa.sellsOrShares(inv)) {
      return;
    }
    boolean link =
        inv.rights().url() != null
            || inv.purposes().stream()
                .anyMatch(p -> p.choice() != null && p.choice().url() != null);
    if (!link) {
      out.add(
          s.at("rights"),
          "data is sold or used for targeted advertising, but the notice gives no link to opt out",
          "add 'url:' under rights, or 'choice: {url: ...}' on the purpose, pointing at the"
              + " opt-out page",
          citations(laws(s)));
    }
  }

  /**
   * Uses a state law lets a business make of sensitive data to serve the person, without asking.
   */
  private static boolean essential(Purpose p) {
    return p.basis() == LegalBasis.LEGAL_OBLIGATION || p.basis() == LegalBasis.VITAL_INTERESTS;
  }

  private static boolean gets(Inventory inv, String recipient) {
    return inv.data().stream().anyMatch(d -> d.recipients().contains(recipient));
  }

  private static String names(List<Jurisdiction> laws) {
    List<String> n = laws.stream().map(l -> LAWS.get(l).name()).toList();
    return n.size() == 1
        ? n.get(0)
        : String.join(", ", n.subList(0, n.size() - 1)) + " and " + n.get(n.size() - 1);
  }

  private static String citations(List<Jurisdiction> laws) {
    return String.join("; ", laws.stream().map(l -> LAWS.get(l).notice()).toList());
  }
}
