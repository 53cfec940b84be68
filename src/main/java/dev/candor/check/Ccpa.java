package dev.candor.check;

import dev.candor.model.DataItem;
import dev.candor.model.Inventory;
import dev.candor.model.Jurisdiction;
import dev.candor.model.Purpose;
import dev.candor.model.Recipient;
import dev.candor.model.Right;
import dev.candor.model.Rights;
import dev.candor.vocab.CcpaCategories;
import dev.candor.vocab.DataUse;
import java.util.List;
import java.util.Map;

/** What the CCPA as amended by the CPRA, and its regulations, require a privacy policy to say. */
final class Ccpa {
  /** The rights every business must describe, with the section that grants each. */
  static final Map<Right, String> RIGHTS =
      Map.of(
          Right.KNOW, "§ 1798.110",
          Right.DELETE, "§ 1798.105",
          Right.CORRECT, "§ 1798.106",
          Right.NON_DISCRIMINATION, "§ 1798.125");

  private static final List<Right> ORDER =
      List.of(Right.KNOW, Right.DELETE, Right.CORRECT, Right.NON_DISCRIMINATION);

  private Ccpa() {}

  private static boolean applies(Subject s) {
    return s.under(Jurisdiction.CCPA);
  }

  /** Whether the CCPA applies and the rights are there to look at (a partial one may lack them). */
  private static boolean appliesToRights(Subject s) {
    return applies(s) && s.inventory().rights() != null;
  }

  static void categories(Subject s, Findings out) {
    if (!applies(s)) {
      return;
    }
    List<DataItem> data = s.inventory().data();
    for (int i = 0; i < data.size(); i++) {
      DataItem d = data.get(i);
      if (CcpaCategories.bundled().of(d.category()).isEmpty()) {
        out.add(
            s.at("data[" + i + "].category"),
            "data item '"
                + d.id()
                + "' has category '"
                + d.category()
                + "', which Candor cannot place in a category of Cal. Civ. Code § 1798.140(v)(1)",
            "use a fideslang category under user., or switch this check off with the CCPA"
                + " category in the reason");
      }
    }
  }

  static void retention(Subject s, Findings out) {
    if (applies(s)) {
      Retentions.vague(s, out, "Cal. Civ. Code § 1798.100(a)(3)");
    }
  }

  static void rights(Subject s, Findings out) {
    if (!appliesToRights(s)) {
      return;
    }
    for (Right r : ORDER) {
      if (!s.inventory().rights().available().contains(r)) {
        out.add(
            s.at("rights.available"),
            "the right to " + r.key().replace('-', ' ') + " is not listed",
            "add '" + r.key() + "' to rights.available",
            "Cal. Civ. Code " + RIGHTS.get(r) + ", § 1798.130(a)(5)(A); 11 CCR § 7011(e)(2)");
      }
    }
  }

  static void optOut(Subject s, Findings out) {
    if (appliesToRights(s)
        && sellsOrShares(s.inventory())
        && !s.inventory().rights().available().contains(Right.OPT_OUT_SALE)) {
      out.add(
          s.at("rights.available"),
          "data is sold or shared for advertising, but the right to opt out is not listed",
          "add 'opt-out-sale' to rights.available");
    }
  }

  static void limit(Subject s, Findings out) {
    if (!appliesToRights(s)) {
      return;
    }
    if (s.inventory().rights().available().contains(Right.LIMIT_SENSITIVE)) {
      if (s.inventory().rights().limitUrl() == null
          && s.inventory().data().stream().anyMatch(s::sensitive)) {
        out.add(
            s.at("rights.available"),
            "the right to limit the use of sensitive data is listed, but there is no \"Limit the"
                + " Use of My Sensitive Personal Information\" link",
            "add 'limit_url:' under rights, pointing at the page where people limit it in one"
                + " step (11 CCR § 7015)");
      }
      return;
    }
    List<DataItem> data = s.inventory().data();
    for (int i = 0; i < data.size(); i++) {
      if (s.sensitive(data.get(i))) {
        out.add(
            s.at("rights.available"),
            "sensitive data ('"
                + data.get(i).id()
                + "') is used, but the right to limit its use"
                + " is not listed",
            "add 'limit-sensitive' to rights.available; if you use it only as 11 CCR § 7027(m)"
                + " allows, switch this check off with that reason");
        return;
      }
    }
  }

  static void methods(Subject s, Findings out) {
    if (!appliesToRights(s) || s.inventory().controller() == null) {
      return;
    }
    Rights r = s.inventory().rights();
    int methods =
        (r.email() != null ? 1 : 0)
            + (r.url() != null ? 1 : 0)
            + (s.inventory().controller().phone() != null ? 1 : 0);
    if (methods < 2) {
      out.add(
          s.at("rights"),
          "people have only one way to send a request",
          "offer two: a toll-free phone number (controller.phone) and an email or web form"
              + " (rights.email, rights.url)");
    }
  }

  static void verification(Subject s, Findings out) {
    if (appliesToRights(s) && s.inventory().rights().verification() == null) {
      out.add(
          s.at("rights"),
          "the notice does not say how requests are verified",
          "add 'verification:' saying what you ask for to confirm it is the person, and how an"
              + " authorised agent can make a request");
    }
  }

  static void link(Subject s, Findings out) {
    Inventory inv = s.inventory();
    if (!appliesToRights(s) || !sellsOrShares(inv) || inv.rights().optOutUrl() != null) {
      return;
    }
    boolean choiceLink =
        inv.purposes().stream()
            .anyMatch(p -> p.choice() != null && p.choice().url() != null && marketing(s, p));
    if (!choiceLink) {
      out.add(
          s.at("rights"),
          "data is sold or shared, but there is no \"Do Not Sell or Share\" link; a general"
              + " request form is not one",
          "add 'opt_out_url:' under rights, or 'choice: {url: ...}' on the advertising purpose,"
              + " pointing at the page where people opt out in one step (11 CCR § 7026)");
    }
  }

  private static boolean marketing(Subject s, Purpose p) {
    return s.vocab().use(p.use()).map(DataUse::marketing).orElse(false);
  }

  /** Whether any recipient that gets data buys it or uses it for advertising. */
  static boolean sellsOrShares(Inventory inv) {
    for (Recipient r : inv.recipients()) {
      boolean gets = inv.data().stream().anyMatch(d -> d.recipients().contains(r.id()));
      if (gets && (r.sells() || r.advertising())) {
        return true;
      }
    }
    return false;
  }
}
