package dev.candor.check;

import dev.candor.model.DataItem;
import dev.candor.model.Inventory;
import dev.candor.model.Purpose;
import dev.candor.model.Recipient;
import dev.candor.model.RecipientRole;
import dev.candor.model.Retention;
import dev.candor.vocab.DataUse;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** Checks that what an inventory states hangs together, so the notice does not mislead. */
final class Honesty {
  /** Longer than this, a retention period needs a reason a reader can check. */
  static final Period LONG_RETENTION = Period.ofYears(10);

  private static final String THIRD_PARTY_ADS = "marketing.advertising.third_party";

  private Honesty() {}

  static void purposeNoData(Subject s, Findings out) {
    Inventory inv = s.inventory();
    for (int i = 0; i < inv.purposes().size(); i++) {
      Purpose p = inv.purposes().get(i);
      if (inv.data().stream().noneMatch(d -> d.purposes().contains(p.id()))) {
        out.add(
            s.at("purposes[" + i + "].id"),
            "purpose '" + p.id() + "' uses no data",
            "list it under the purposes of the data it uses, or remove it");
      }
    }
  }

  static void recipientNoData(Subject s, Findings out) {
    Inventory inv = s.inventory();
    for (int i = 0; i < inv.recipients().size(); i++) {
      Recipient r = inv.recipients().get(i);
      if (inv.data().stream().noneMatch(d -> d.recipients().contains(r.id()))) {
        out.add(
            s.at("recipients[" + i + "].id"),
            "recipient '" + r.id() + "' gets no data",
            "list it under the recipients of the data it gets, or remove it");
      }
    }
  }

  static void longRetention(Subject s, Findings out) {
    List<DataItem> data = s.inventory().data();
    for (int i = 0; i < data.size(); i++) {
      if (data.get(i).retention() instanceof Retention.For f && longer(f.duration())) {
        out.add(
            s.at("data[" + i + "].retention.duration"),
            "data item '" + data.get(i).id() + "' is kept for more than 10 years",
            "check that you need it this long; if a law requires it, switch this check off with"
                + " the law as the reason");
      }
    }
  }

  private static boolean longer(dev.candor.model.Span span) {
    Period p = span.period();
    long months = p.toTotalMonths();
    long limit = LONG_RETENTION.toTotalMonths();
    return months > limit || months == limit && p.getDays() > 0;
  }

  static void sharingUndeclared(Subject s, Findings out) {
    Inventory inv = s.inventory();
    for (int i = 0; i < inv.recipients().size(); i++) {
      Recipient r = inv.recipients().get(i);
      if (!r.sells() && !r.advertising()) {
        continue;
      }
      List<DataItem> sent =
          inv.data().stream().filter(d -> d.recipients().contains(r.id())).toList();
      boolean declared =
          sent.stream()
              .flatMap(d -> d.purposes().stream())
              .anyMatch(
                  p ->
                      s.use(p).map(DataUse::marketing).orElse(false)
                          || s.use(p)
                              .map(u -> u.key().startsWith("third_party_sharing"))
                              .orElse(false));
      if (!sent.isEmpty() && !declared) {
        String how = r.advertising() ? "shared for advertising" : "sold";
        out.add(
            s.at("recipients[" + i + "]." + (r.advertising() ? "advertising" : "sells")),
            "data is " + how + " to '" + r.id() + "', but no purpose says so",
            "add a marketing or advertising purpose to the data it gets, so the notice says why");
      }
    }
  }

  static void advertisingHidden(Subject s, Findings out) {
    Inventory inv = s.inventory();
    for (int i = 0; i < inv.data().size(); i++) {
      DataItem d = inv.data().get(i);
      boolean thirdPartyAds =
          d.purposes().stream()
              .anyMatch(p -> s.use(p).map(u -> u.key().startsWith(THIRD_PARTY_ADS)).orElse(false));
      boolean toAdvertiser =
          d.recipients().stream()
              .map(inv::recipient)
              .flatMap(java.util.Optional::stream)
              .anyMatch(r -> r.advertising() || r.sells());
      if (thirdPartyAds && !toAdvertiser) {
        out.add(
            s.at("data[" + i + "].purposes"),
            "data item '"
                + d.id()
                + "' is used for third-party advertising, but no recipient of"
                + " it is marked 'advertising: true'; the notice would say you do not share data"
                + " for advertising",
            "set 'advertising: true' on the ad platform that gets it, and list it under"
                + " 'recipients'");
      }
    }
  }

  static void contractMissing(Subject s, Findings out) {
    List<Recipient> rs = s.inventory().recipients();
    for (int i = 0; i < rs.size(); i++) {
      Recipient r = rs.get(i);
      if (r.role() == RecipientRole.PROCESSOR && r.contractReviewed() == null) {
        out.add(
            s.at("recipients[" + i + "]"),
            "processor '" + r.id() + "' has no date of contract review",
            "add 'contract_reviewed:' with the date you last checked the data processing"
                + " agreement");
      }
    }
  }

  static void contractStale(Subject s, Findings out) {
    LocalDate effective =
        s.inventory().notice() == null ? null : s.inventory().notice().effective();
    if (effective == null) {
      return;
    }
    List<Recipient> rs = s.inventory().recipients();
    for (int i = 0; i < rs.size(); i++) {
      Recipient r = rs.get(i);
      if (r.role() == RecipientRole.PROCESSOR
          && r.contractReviewed() != null
          && r.contractReviewed().isBefore(effective.minusYears(1))) {
        out.add(
            s.at("recipients[" + i + "].contract_reviewed"),
            "the contract with processor '"
                + r.id()
                + "' was last reviewed on "
                + r.contractReviewed()
                + ", more than a year before the notice takes effect ("
                + effective
                + ")",
            "review the data processing agreement and update 'contract_reviewed:'");
      }
    }
  }
}
