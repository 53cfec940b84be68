package dev.candor.vocab;

import java.util.List;
import java.util.Optional;

/**
 * The data categories that data-protection law gives special protection, with the law for each.
 *
 * <p>Notices must say more about these (and in California offer a "limit the use" right), so Candor
 * flags them. The table covers the special categories of GDPR Art. 9(1), criminal convictions and
 * offences under GDPR Art. 10, and "sensitive personal information" under the CCPA as amended by
 * the CPRA, Cal. Civ. Code § 1798.140(ae). The taxonomy has no key for trade union membership or
 * sex life, so neither appears here.
 */
final class SensitiveCategories {

  /**
   * One row of the table.
   *
   * @param key a fideslang category key
   * @param withDescendants whether every key below {@code key} is sensitive too
   * @param law where the law says so
   */
  record Entry(String key, boolean withDescendants, String law) {}

  private static final String GDPR_HEALTH = "GDPR Art. 9(1) data concerning health";
  private static final String CCPA_HEALTH = "Cal. Civ. Code § 1798.140(ae)(2)(B) health";
  private static final String GDPR_BIOMETRIC =
      "GDPR Art. 9(1) biometric data for uniquely identifying a person";
  private static final String CCPA_BIOMETRIC =
      "Cal. Civ. Code § 1798.140(ae)(2)(A) biometric information to identify a consumer";
  private static final String CCPA_GOVERNMENT_ID =
      "Cal. Civ. Code § 1798.140(ae)(1)(A) social security, driver's license, state"
          + " identification card or passport number";
  private static final String CCPA_ACCOUNT =
      "Cal. Civ. Code § 1798.140(ae)(1)(B) account log-in, financial account, debit or credit"
          + " card number with the code or credentials that give access";

  // One list, so that a reviewer can check every row against the law. The first matching row
  // wins, so a key listed on its own comes before the subtree that contains it.
  // Not flagged on purpose: user.government_id.vehicle_registration (a number plate is not among
  // the identifiers the CCPA lists), user.financial and user.payment as a whole (payment history
  // alone is not sensitive), user.account.username without a password, and
  // user.location.imprecise.
  static final List<Entry> TABLE =
      List.of(
          new Entry("user.authorization.credentials", false, CCPA_ACCOUNT),
          new Entry("user.authorization.password", false, CCPA_ACCOUNT),
          new Entry("user.authorization.biometric", false, GDPR_BIOMETRIC + "; " + CCPA_BIOMETRIC),
          new Entry("user.biometric", true, GDPR_BIOMETRIC + "; " + CCPA_BIOMETRIC),
          new Entry(
              "user.childrens",
              false,
              "GDPR Art. 8 and Recital 38 (children merit specific protection); Cal. Civ. Code"
                  + " § 1798.120(c) (opt-in consent before selling or sharing data of consumers"
                  + " under 16); COPPA, 15 U.S.C. § 6502"),
          new Entry(
              "user.content.private",
              false,
              "Cal. Civ. Code § 1798.140(ae)(1)(E) contents of mail, email and text messages"
                  + " unless the business is the intended recipient"),
          new Entry(
              "user.demographic.political_opinion", false, "GDPR Art. 9(1) political opinions"),
          new Entry(
              "user.demographic.race_ethnicity",
              false,
              "GDPR Art. 9(1) racial or ethnic origin; Cal. Civ. Code § 1798.140(ae)(1)(D)"
                  + " racial or ethnic origin"),
          new Entry(
              "user.demographic.religious_belief",
              false,
              "GDPR Art. 9(1) religious or philosophical beliefs; Cal. Civ. Code"
                  + " § 1798.140(ae)(1)(D) religious or philosophical beliefs"),
          new Entry(
              "user.demographic.sexual_orientation",
              false,
              "GDPR Art. 9(1) sex life or sexual orientation; Cal. Civ. Code § 1798.140(ae)(2)(C)"
                  + " sex life or sexual orientation"),
          new Entry("user.financial.bank_account", false, CCPA_ACCOUNT),
          new Entry("user.financial.credit_card", false, CCPA_ACCOUNT),
          new Entry("user.government_id", false, CCPA_GOVERNMENT_ID),
          new Entry(
              "user.government_id.birth_certificate",
              false,
              CCPA_GOVERNMENT_ID + " (a state-issued identity document)"),
          new Entry("user.government_id.drivers_license_number", false, CCPA_GOVERNMENT_ID),
          new Entry(
              "user.government_id.immigration",
              false,
              "Cal. Civ. Code § 1798.140(ae)(1)(D) citizenship or immigration status"),
          new Entry("user.government_id.national_identification_number", false, CCPA_GOVERNMENT_ID),
          new Entry("user.government_id.passport_number", false, CCPA_GOVERNMENT_ID),
          new Entry(
              "user.health_and_medical.genetic",
              false,
              "GDPR Art. 9(1) genetic data; Cal. Civ. Code § 1798.140(ae)(1)(F) genetic data"),
          new Entry("user.health_and_medical", true, GDPR_HEALTH + "; " + CCPA_HEALTH),
          new Entry(
              "user.criminal_history",
              false,
              "GDPR Art. 10 personal data relating to criminal convictions and offences"),
          new Entry(
              "user.location.precise",
              false,
              "Cal. Civ. Code § 1798.140(ae)(1)(C) precise geolocation (§ 1798.140(w): within"
                  + " a radius of 1,850 feet)"));

  private SensitiveCategories() {}

  /** Whether GDPR Art. 9(1) or Art. 10 names the key's kind of data. */
  static boolean isSpecial(String key) {
    return entryFor(key)
        .map(e -> e.law().contains("GDPR Art. 9(1)") || e.law().contains("GDPR Art. 10"))
        .orElse(false);
  }

  /** The row that makes {@code key} sensitive, if any. */
  static Optional<Entry> entryFor(String key) {
    for (Entry entry : TABLE) {
      if (entry.key().equals(key)
          || (entry.withDescendants() && key.startsWith(entry.key() + "."))) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }
}
