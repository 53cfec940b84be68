package dev.candor.diff;

import static dev.candor.diff.Materiality.MATERIAL;
import static dev.candor.diff.Materiality.MINOR;
import static dev.candor.diff.Materiality.NONE;

import dev.candor.model.Keyed;

/**
 * Every kind of change Candor reports, with its usual materiality; its sentence is the message
 * {@code diff.<key>} (with {@code .added} or {@code .removed} when a value appears or goes).
 */
public enum Kind implements Keyed {
  NOTICE_TITLE(MINOR),
  NOTICE_VERSION(NONE),
  NOTICE_EFFECTIVE(NONE),
  NOTICE_LANGUAGE(MINOR),
  JURISDICTION_ADDED(MINOR),
  /** People lose the rights a law gave them: how they exercise rights changes (WP260). */
  JURISDICTION_REMOVED(MATERIAL),
  CHANGELOG_ADDED(NONE),
  /** Record keeping: someone approved a version for publication. */
  CHANGELOG_APPROVED(NONE),

  /** A new controller is a new identity (Art. 13(1)(a); WP260). */
  CONTROLLER_NAME(MATERIAL),
  CONTROLLER_ADDRESS(MINOR),
  CONTROLLER_COUNTRY(MINOR),
  CONTROLLER_EMAIL(MINOR),
  CONTROLLER_WEBSITE(MINOR),
  CONTROLLER_PHONE(MINOR),
  DPO(MINOR),
  /** The groups of people for whom we act only for someone else, and whom they should ask. */
  PROCESSOR_FOR(MATERIAL),
  REPRESENTATIVE(MINOR),
  AUTHORITY(MINOR),

  /** A new category of data (Art. 13(1)(c); Cal. Civ. Code 1798.100(a)). */
  DATA_ADDED(MATERIAL),
  DATA_REMOVED(MINOR),
  DATA_LABEL(MINOR),
  /** The data is now a different kind of data. */
  DATA_CATEGORY(MATERIAL),
  DATA_EXAMPLE(MINOR),
  /** People lose the choice not to give it (Art. 13(2)(e)). */
  DATA_NOW_REQUIRED(MATERIAL),
  DATA_NOW_OPTIONAL(MINOR),
  DATA_WITHOUT(MINOR),
  /** Data obtained in a new way (Art. 14(2)(f)). */
  DATA_SOURCE(MATERIAL),
  /** Special categories need an Art. 9(2) condition; CPRA sensitive data has its own notice. */
  DATA_NOW_SENSITIVE(MATERIAL),
  /** The Art. 9(2) condition stated on the data item itself, for all or some purposes. */
  DATA_SPECIAL_BASIS(MATERIAL),
  /** Whose data it is: a narrower or wider group of people. */
  DATA_SCOPE(MATERIAL),
  DATA_NO_LONGER_SENSITIVE(MATERIAL),
  DATA_COLLECTED_AT_ADDED(MINOR),
  DATA_COLLECTED_AT_REMOVED(MINOR),
  /** Further processing for another purpose (Art. 13(3), 14(4)). */
  DATA_PURPOSE_ADDED(MATERIAL),
  DATA_PURPOSE_REMOVED(MINOR),
  /** A new recipient of the data (Art. 13(1)(e)). */
  DATA_RECIPIENT_ADDED(MATERIAL),
  DATA_RECIPIENT_REMOVED(MINOR),
  /** Minor at home; material when the store is abroad (Art. 13(1)(f)). */
  DATA_STORE_ADDED(MINOR),
  DATA_STORE_REMOVED(MINOR),

  /** Kept longer (Art. 13(2)(a)). */
  RETENTION_LONGER(MATERIAL),
  RETENTION_SHORTER(MINOR),
  RETENTION_FOREVER(MATERIAL),
  /** Material unless it is plainly shorter: Candor cannot compare rules written in words. */
  RETENTION_CHANGED(MATERIAL),

  /** A new purpose (Art. 13(3), 14(4); WP260; Cal. Civ. Code 1798.100(a)). */
  PURPOSE_ADDED(MATERIAL),
  PURPOSE_REMOVED(MINOR),
  PURPOSE_LABEL(MINOR),
  /** The purpose is now classed as a different use. */
  PURPOSE_USE(MATERIAL),
  PURPOSE_DESCRIPTION(MINOR),
  /** Whose data the purpose uses. */
  PURPOSE_SCOPE(MATERIAL),
  /** A new legal basis (Art. 13(1)(c)). */
  LEGAL_BASIS(MATERIAL),
  LEGITIMATE_INTEREST(MINOR),
  SPECIAL_BASIS(MATERIAL),
  CHOICE_ADDED(MINOR),
  /** Changes how people can exercise their rights (WP260). */
  CHOICE_REMOVED(MATERIAL),
  CHOICE_CHANGED(MINOR),
  /** Automated decision-making (Art. 13(2)(f)). */
  AUTOMATED_ADDED(MATERIAL),
  AUTOMATED_REMOVED(MINOR),
  AUTOMATED_CHANGED(MATERIAL),
  /** Data of a new group of people is used for the purpose (Art. 13(3), 14(4), 30(1)(c)). */
  PURPOSE_SUBJECTS_ADDED(MATERIAL),
  PURPOSE_SUBJECTS_REMOVED(MINOR),
  /** Who decides about the data changes: a new controller identity (Art. 13(1)(a), 28, 30(2)). */
  PURPOSE_ON_BEHALF_OF(MATERIAL),

  /** A new recipient (Art. 13(1)(e)). */
  RECIPIENT_ADDED(MATERIAL),
  RECIPIENT_REMOVED(MINOR),
  RECIPIENT_NAME(MINOR),
  /** A processor that becomes a controller decides for itself what to do with the data. */
  RECIPIENT_ROLE(MATERIAL),
  /** Whose data the recipient gets. */
  RECIPIENT_SCOPE(MATERIAL),
  RECIPIENT_DOES(MINOR),
  /** Minor at home; material when the new country is abroad (Art. 13(1)(f)). */
  RECIPIENT_COUNTRY(MATERIAL),
  /** The safeguard for a transfer (Art. 13(1)(f)). */
  RECIPIENT_SAFEGUARD(MATERIAL),
  /** Selling (Cal. Civ. Code 1798.120). */
  RECIPIENT_NOW_SELLS(MATERIAL),
  RECIPIENT_STOPS_SELLING(MINOR),
  /** Sharing for cross-context behavioural advertising (Cal. Civ. Code 1798.120). */
  RECIPIENT_NOW_ADVERTISING(MATERIAL),
  RECIPIENT_STOPS_ADVERTISING(MINOR),
  RECIPIENT_PRIVACY_URL(MINOR),
  RECIPIENT_CONTRACT_REVIEWED(NONE),

  /** Minor at home; material when the store is abroad (Art. 13(1)(f)). */
  STORE_ADDED(MINOR),
  STORE_REMOVED(MINOR),
  STORE_PROVIDER(MINOR),
  /** Minor within a country; material when the data moves abroad (Art. 13(1)(f)). */
  STORE_MOVED(MINOR),
  STORE_SAFEGUARD(MATERIAL),
  PROTECTION_ADDED(MINOR),
  /** The notice promised a protection it no longer gives. */
  PROTECTION_REMOVED(MATERIAL),

  ACCESS_ADDED(MINOR),
  ACCESS_REMOVED(MINOR),
  ACCESS_TEAM(MINOR),
  ACCESS_WIDENED(MINOR),
  ACCESS_NARROWED(MINOR),
  ACCESS_WHY(MINOR),

  RIGHT_ADDED(MINOR),
  /** Changes how people can exercise their rights (WP260). */
  RIGHT_REMOVED(MATERIAL),
  RIGHTS_EMAIL(MINOR),
  RIGHTS_URL(MINOR),
  /** Material when people wait longer or lose the promise; minor when it is faster. */
  RESPONSE_TIME(MINOR),
  VERIFICATION(MINOR),
  SELF_SERVICE_ADDED(MINOR),
  SELF_SERVICE_REMOVED(MINOR),
  SELF_SERVICE_CHANGED(MINOR),

  /** The notice lists its cookies for the first time: one change, not one per cookie. */
  COOKIES_LISTED(MINOR),
  /** A new cookie or similar technology on people's devices (ePrivacy Art. 5(3)). */
  COOKIE_ADDED(MATERIAL),
  COOKIE_REMOVED(MINOR),
  /** Material when it lasts longer; minor when shorter. */
  COOKIE_DURATION(MATERIAL),
  /** Set before anyone agrees: people lose the choice (ePrivacy Art. 5(3)). */
  COOKIE_NOW_BEFORE_CONSENT(MATERIAL),
  COOKIE_NOW_AFTER_CONSENT(MINOR),

  EMAIL_DOMAIN_ADDED(MINOR),
  EMAIL_DOMAIN_REMOVED(MINOR),
  NEVER_ASK_ADDED(MINOR),
  NEVER_ASK_REMOVED(MINOR),
  PHISHING_REPORT(MINOR);

  private final Materiality usual;

  Kind(Materiality usual) {
    this.usual = usual;
  }

  /** The materiality of this kind of change unless the engine finds a reason to differ. */
  public Materiality usual() {
    return usual;
  }
}
