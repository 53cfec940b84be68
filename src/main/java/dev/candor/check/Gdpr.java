package dev.candor.check;

import dev.candor.model.Controller;
import dev.candor.model.DataItem;
import dev.candor.model.Inventory;
import dev.candor.model.Jurisdiction;
import dev.candor.model.LegalBasis;
import dev.candor.model.Purpose;
import dev.candor.model.Right;
import dev.candor.model.Source;
import dev.candor.model.SpecialBasis;
import dev.candor.vocab.Countries;
import dev.candor.vocab.DataUse;
import java.util.List;
import java.util.regex.Pattern;

/** The information GDPR Art. 13 and 14 (and the UK GDPR's) require a notice to give. */
final class Gdpr {
  /** The rights of Art. 15-18, 20 and 21 that Art. 13(2)(b) requires every notice to name. */
  static final List<Right> RIGHTS =
      List.of(
          Right.ACCESS,
          Right.RECTIFICATION,
          Right.ERASURE,
          Right.RESTRICTION,
          Right.OBJECTION,
          Right.PORTABILITY);

  /** A source that names no one: Art. 14(2)(f) asks for the source itself. */
  private static final Pattern VAGUE_SOURCE =
      Pattern.compile(
          "(?i)\\s*((our|other|various|external|trusted|selected|some|business) )*(third[- ]part(y|ies)|partners?"
              + "|sources?|data (brokers?|providers?|suppliers?)|publicly available sources"
              + "|service providers?|affiliates?)\\s*\\.?\\s*");

  private Gdpr() {}

  static void controller(Subject s, Findings out) {
    Controller c = s.inventory().controller();
    if (!s.gdpr() || c == null) {
      return;
    }
    if (c.name() == null || (c.email() == null && c.address() == null)) {
      out.add(
          s.at("controller"),
          "the controller's name or contact details are missing",
          "give the name, postal address and email of who is responsible",
          s.gdpr("Art. 13(1)(a)"));
    }
    for (Jurisdiction law : List.of(Jurisdiction.GDPR, Jurisdiction.UK_GDPR)) {
      if (s.under(law)
          && c.country() != null
          && c.representative() == null
          && Countries.transfer(law, c.country()) != Countries.Transfer.NONE) {
        String region = law == Jurisdiction.GDPR ? "the EU" : "the UK";
        String name = law == Jurisdiction.GDPR ? "GDPR" : "UK GDPR";
        out.add(
            s.at("controller.country"),
            "the controller is in "
                + Countries.name(c.country())
                + ", outside "
                + region
                + ", but names no representative in "
                + region,
            "add 'representative:' with the name and email of your representative in " + region,
            name + " Art. 13(1)(a), Art. 27");
      }
    }
  }

  static void dpo(Subject s, Findings out) {
    if (s.gdpr()
        && s.inventory().controller() != null
        && s.inventory().controller().dpo() == null) {
      out.add(
          s.at("controller"),
          "no data protection officer is named",
          "if you appointed one, add 'dpo:' with their email; if the law does not require one"
              + " (Art. 37), switch this check off with that reason",
          s.gdpr("Art. 13(1)(b)"));
    }
  }

  static void purposes(Subject s, Findings out) {
    if (!s.gdpr()) {
      return;
    }
    List<Purpose> ps = s.inventory().purposes();
    for (int i = 0; i < ps.size(); i++) {
      Purpose p = ps.get(i);
      boolean marketing = s.vocab().use(p.use()).map(DataUse::marketing).orElse(false);
      if (p.basis() == LegalBasis.CONTRACT && marketing) {
        out.add(
            s.at("purposes[" + i + "].basis"),
            "purpose '" + p.id() + "' is marketing but claims to be needed for a contract",
            "marketing is never necessary to perform a contract; use consent or legitimate"
                + " interests (EDPB Guidelines 2/2019)",
            s.gdpr("Art. 13(1)(c), Art. 6(1)(b)"));
      }
    }
  }

  static void retention(Subject s, Findings out) {
    if (s.gdpr()) {
      Retentions.vague(s, out, s.gdpr("Art. 13(2)(a)"));
    }
  }

  static void rights(Subject s, Findings out) {
    if (!s.gdpr() || s.inventory().rights() == null) {
      return;
    }
    for (Right r : RIGHTS) {
      if (!s.inventory().rights().available().contains(r)) {
        out.add(
            s.at("rights.available"),
            "the right to " + r.key().replace('-', ' ') + " is not listed",
            "add '" + r.key() + "' to rights.available",
            s.gdpr("Art. 13(2)(b), Art. " + article(r)));
      }
    }
  }

  private static String article(Right r) {
    return switch (r) {
      case ACCESS -> "15";
      case RECTIFICATION -> "16";
      case ERASURE -> "17";
      case RESTRICTION -> "18";
      case PORTABILITY -> "20";
      default -> "21";
    };
  }

  static void withdraw(Subject s, Findings out) {
    Inventory inv = s.inventory();
    if (!s.gdpr()
        || inv.rights() == null
        || inv.rights().available().contains(Right.WITHDRAW_CONSENT)) {
      return;
    }
    for (int i = 0; i < inv.purposes().size(); i++) {
      Purpose p = inv.purposes().get(i);
      if (p.basis() == LegalBasis.CONSENT || p.specialBasis() == SpecialBasis.EXPLICIT_CONSENT) {
        out.add(
            s.at("rights.available"),
            "purpose '"
                + p.id()
                + "' relies on consent, but the right to withdraw it is not"
                + " listed",
            "add 'withdraw-consent' to rights.available",
            s.gdpr("Art. 13(2)(c), Art. 7(3)"));
        return;
      }
    }
  }

  static void complaint(Subject s, Findings out) {
    if (s.gdpr()
        && s.inventory().controller() != null
        && s.inventory().controller().authority() == null) {
      out.add(
          s.at("controller"),
          "the notice names no supervisory authority to complain to",
          "add 'authority:' under controller with the name and website of your lead authority",
          s.gdpr("Art. 13(2)(d), Art. 77"));
    }
  }

  static void required(Subject s, Findings out) {
    if (!s.gdpr()) {
      return;
    }
    List<DataItem> data = s.inventory().data();
    for (int i = 0; i < data.size(); i++) {
      DataItem d = data.get(i);
      if (d.required() && d.without() == null) {
        out.add(
            s.at("data[" + i + "].required"),
            "data item '"
                + d.id()
                + "' is required, but the notice does not say what happens"
                + " without it",
            "add 'without:' saying what people cannot do if they do not give it",
            s.gdpr("Art. 13(2)(e)"));
      }
    }
  }

  static void automated(Subject s, Findings out) {
    if (!s.gdpr()) {
      return;
    }
    Inventory inv = s.inventory();
    boolean any = false;
    for (int i = 0; i < inv.purposes().size(); i++) {
      Purpose p = inv.purposes().get(i);
      if (p.automated() == null) {
        continue;
      }
      any = true;
      String at = "purposes[" + i + "].automated";
      if (p.automated().logic() == null) {
        out.add(
            s.at(at),
            "the automated decision of purpose '" + p.id() + "' does not explain how it works",
            "add 'logic:' saying in plain words what the decision is based on",
            s.gdpr("Art. 13(2)(f)"));
      }
      if (p.automated().effects() == null) {
        out.add(
            s.at(at),
            "the automated decision of purpose '"
                + p.id()
                + "' does not say what it means for people",
            "add 'effects:' saying what the decision changes for the person",
            s.gdpr("Art. 13(2)(f)"));
      }
    }
    if (any
        && inv.rights() != null
        && !inv.rights().available().contains(Right.AUTOMATED_DECISION)) {
      out.add(
          s.at("rights.available"),
          "a purpose makes automated decisions, but the right to ask for a person is not listed",
          "add 'automated-decision' to rights.available",
          s.gdpr("Art. 13(2)(f), Art. 22(3)"));
    }
  }

  static void source(Subject s, Findings out) {
    if (!s.gdpr()) {
      return;
    }
    List<DataItem> data = s.inventory().data();
    for (int i = 0; i < data.size(); i++) {
      DataItem d = data.get(i);
      if (!d.comesFrom(Source.THIRD_PARTY)) {
        continue;
      }
      for (int j = 0; j < d.from().size(); j++) {
        String from = d.from().get(j);
        if (VAGUE_SOURCE.matcher(from).matches()) {
          out.add(
              s.at("data[" + i + "].from" + (d.from().size() > 1 ? "[" + j + "]" : "")),
              "data item '" + d.id() + "' comes from '" + from + "', which names no one",
              "name who gives you the data, e.g. 'your employer' or 'Acme Credit Ltd'",
              s.gdpr("Art. 14(2)(f)"));
        }
      }
    }
  }
}
