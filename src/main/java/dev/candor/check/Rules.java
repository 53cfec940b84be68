package dev.candor.check;

import static dev.candor.problem.Severity.ERROR;
import static dev.candor.problem.Severity.WARNING;

import java.util.List;
import java.util.Optional;

/** The built-in rules, all in one place, in the order reports list them. */
public final class Rules {
  private static final String GDPR = "GDPR / UK GDPR ";
  private static final String CIV = "Cal. Civ. Code ";
  private static final String EPRIVACY = "ePrivacy Directive 2002/58/EC Art. 5(3)";
  private static final String PLAIN = "GDPR Art. 12(1); 11 CCR § 7003(a); ISO/IEC 29184:2020 5.2.3";

  private static final List<Rule> BUILT_IN =
      List.of(
          Rule.of(
              "gdpr-13-1-a-controller",
              ERROR,
              GDPR + "Art. 13(1)(a), Art. 27",
              "The controller's identity and contact, and a representative where the controller is"
                  + " outside the EU or UK.",
              Gdpr::controller),
          Rule.of(
              "gdpr-13-1-b-dpo",
              WARNING,
              GDPR + "Art. 13(1)(b)",
              "The contact details of the data protection officer, where one is appointed.",
              Gdpr::dpo),
          Rule.of(
              "gdpr-13-1-c-purposes",
              ERROR,
              GDPR + "Art. 13(1)(c), Art. 6(1)(b)",
              "Each purpose states a legal basis that can be true: marketing is never needed for a"
                  + " contract.",
              Gdpr::purposes),
          Rule.of(
              "gdpr-13-2-a-retention",
              ERROR,
              GDPR + "Art. 13(2)(a)",
              "Each retention gives a period or the criteria that set it, not \"as long as"
                  + " necessary\".",
              Gdpr::retention),
          Rule.of(
              "gdpr-13-2-b-rights",
              ERROR,
              GDPR + "Art. 13(2)(b), Art. 15-18, 20, 21",
              "The rights of access, rectification, erasure, restriction, objection and portability"
                  + " are all listed.",
              Gdpr::rights),
          Rule.of(
              "gdpr-13-2-c-withdraw",
              ERROR,
              GDPR + "Art. 13(2)(c), Art. 7(3)",
              "Where a purpose relies on consent, the right to withdraw it is listed.",
              Gdpr::withdraw),
          Rule.of(
              "gdpr-13-2-d-complaint",
              ERROR,
              GDPR + "Art. 13(2)(d), Art. 77",
              "The notice names a supervisory authority people can complain to.",
              Gdpr::complaint),
          Rule.of(
              "gdpr-13-2-e-required",
              ERROR,
              GDPR + "Art. 13(2)(e)",
              "Required data says what happens if people do not give it.",
              Gdpr::required),
          Rule.of(
              "gdpr-13-2-f-automated",
              ERROR,
              GDPR + "Art. 13(2)(f), Art. 22(3)",
              "Automated decisions explain their logic and effects, and people can ask for a"
                  + " person.",
              Gdpr::automated),
          Rule.of(
              "gdpr-14-source",
              ERROR,
              GDPR + "Art. 14(2)(f)",
              "Data not collected from the person names where it comes from, not just \"partners\".",
              Gdpr::source),
          Rule.of(
              "ccpa-categories",
              WARNING,
              CIV
                  + "§ 1798.100(a)(1), § 1798.110(c)(1),"
                  + " § 1798.140(v)(1); 11 CCR § 7011(e)(1)",
              "Each kind of data falls under a category of personal information the law names.",
              Ccpa::categories),
          Rule.of(
              "ccpa-retention",
              ERROR,
              CIV + "§ 1798.100(a)(3)",
              "Each kind of data says how long it is kept, or the criteria used to decide.",
              Ccpa::retention),
          Rule.of(
              "ccpa-rights",
              ERROR,
              CIV
                  + "§§ 1798.105, 1798.106, 1798.110, 1798.125,"
                  + " 1798.130(a)(5)(A); 11 CCR § 7011(e)(2)",
              "The rights to know, delete, correct and not be discriminated against are listed.",
              Ccpa::rights),
          Rule.of(
              "ccpa-opt-out",
              ERROR,
              CIV + "§ 1798.120, § 1798.135",
              "Where data is sold or shared for advertising, the right to opt out is listed.",
              Ccpa::optOut),
          Rule.of(
              "ccpa-limit-sensitive",
              ERROR,
              CIV + "§ 1798.121; 11 CCR § 7027",
              "Where sensitive personal information is used, the right to limit its use is listed,"
                  + " with its \"Limit the Use of My Sensitive Personal Information\" link.",
              Ccpa::limit),
          Rule.of(
              "ccpa-request-methods",
              ERROR,
              CIV + "§ 1798.130(a)(1); 11 CCR § 7020",
              "People have at least two ways to send a request.",
              Ccpa::methods),
          Rule.of(
              "ccpa-verification",
              ERROR,
              CIV + "§ 1798.130(a)(2); 11 CCR §§ 7011(e), 7060",
              "The notice says how requests are verified.",
              Ccpa::verification),
          Rule.of(
              "ccpa-do-not-sell-link",
              ERROR,
              CIV + "§ 1798.135(a); 11 CCR § 7013",
              "Where data is sold or shared, there is a \"Do Not Sell or Share\" link of its own, not"
                  + " a general request form.",
              Ccpa::link),
          Rule.of(
              "us-state-rights",
              ERROR,
              "Va. Code § 59.1-577; Colo. Rev. Stat. § 6-1-1306; Conn. Gen. Stat. § 42-518; Utah"
                  + " Code § 13-61-201; Tex. Bus. & Com. Code § 541.051; Or. Rev. Stat. § 646A.574",
              "Under the Virginia, Colorado, Connecticut, Utah, Texas and Oregon laws, the notice"
                  + " lists the rights each law gives, and how to appeal where it gives that.",
              UsStates::rights),
          Rule.of(
              "us-state-sensitive-consent",
              ERROR,
              "Va. Code § 59.1-578; Colo. Rev. Stat. § 6-1-1308; Conn. Gen. Stat. § 42-520; Tex."
                  + " Bus. & Com. Code § 541.101; Or. Rev. Stat. § 646A.578",
              "Under the Virginia, Colorado, Connecticut, Texas and Oregon laws, sensitive data is"
                  + " used only with consent.",
              UsStates::sensitiveConsent),
          Rule.of(
              "us-state-opt-out-link",
              ERROR,
              "Va. Code § 59.1-578; Colo. Rev. Stat. § 6-1-1308; Conn. Gen. Stat. § 42-520; Utah"
                  + " Code § 13-61-302; Tex. Bus. & Com. Code § 541.102; Or. Rev. Stat. § 646A.578",
              "Under the other US state laws, data sold or used for targeted advertising comes"
                  + " with a clear way to opt out.",
              UsStates::optOutLink),
          Rule.of(
              "iso-29184-contents",
              ERROR,
              "ISO/IEC 29184:2020 5.3",
              "The notice covers identity, purposes, data, retention, rights and a contact.",
              Iso29184::contents),
          Rule.of(
              "honesty-purpose-no-data",
              WARNING,
              "GDPR Art. 5(1)(a), (c); ISO/IEC 29184:2020" + " 5.3.2",
              "Every purpose is used by some data; a purpose with no data is stale or hides"
                  + " something.",
              Honesty::purposeNoData),
          Rule.of(
              "honesty-recipient-no-data",
              WARNING,
              "GDPR Art. 13(1)(e); " + CIV + "§ 1798.110(c)(4)",
              "Every recipient gets some data.",
              Honesty::recipientNoData),
          Rule.of(
              "honesty-long-retention",
              WARNING,
              "GDPR Art. 5(1)(e); " + CIV + "§ 1798.100(a)(3)",
              "Data kept for more than 10 years needs a reason.",
              Honesty::longRetention),
          Rule.of(
              "honesty-sharing-undeclared",
              ERROR,
              "GDPR Art. 5(1)(a), Art. 13(1)(c); " + CIV + "§ 1798.100(a)(1)",
              "Data sold or shared for advertising has a purpose that says so.",
              Honesty::sharingUndeclared),
          Rule.of(
              "honesty-advertising-hidden",
              ERROR,
              "GDPR Art. 5(1)(a), Art. 13(1)(e); " + CIV + "§ 1798.120",
              "Data used for third-party advertising goes to a recipient marked for advertising.",
              Honesty::advertisingHidden),
          Rule.of(
              "honesty-contract-missing",
              WARNING,
              "GDPR Art. 28(3); " + CIV + "§ 1798.100(d)",
              "Every processor has a date of contract review.",
              Honesty::contractMissing),
          Rule.of(
              "honesty-contract-stale",
              WARNING,
              "GDPR Art. 28(1), (3); " + CIV + "§ 1798.100(d)",
              "Every processor's contract was reviewed in the year before the notice takes effect.",
              Honesty::contractStale),
          Rule.of(
              "plain-grade",
              ERROR,
              PLAIN,
              "The notice's prose reads at or below the grade limit (Flesch-Kincaid, default 8).",
              Plain::grade),
          Rule.of(
              "plain-length",
              WARNING,
              PLAIN,
              "The notice's page has at most 1,500 words, headings and tables included.",
              Plain::length),
          Rule.of(
              "plain-field-grade",
              WARNING,
              PLAIN,
              "Each free-text field of 12 words or more reads at or below the grade limit.",
              Plain::fieldGrade),
          Rule.of(
              "plain-long-sentence",
              WARNING,
              PLAIN,
              "No sentence in a free-text field is longer than 25 words.",
              Plain::longSentence),
          Rule.of(
              "plain-jargon",
              WARNING,
              PLAIN,
              "Free-text fields use no legal or technical jargon from the jargon list.",
              Plain::jargon),
          Rule.of(
              "evidence-sdk-recipient",
              ERROR,
              GDPR
                  + "Art. 13(1)(e), 14(1)(e); App Store Review Guideline 5.1.2; Google Play"
                  + " User Data policy",
              "With --evidence: every SDK found in the product's dependencies has its vendor as a"
                  + " recipient.",
              EvidenceChecks::recipients),
          Rule.of(
              "evidence-sdk-data",
              ERROR,
              GDPR
                  + "Art. 13(1)(e), 14(1)(d); App Store Review Guideline 5.1.2; Google Play"
                  + " User Data policy",
              "With --evidence: the data an SDK collects by default, or its privacy manifest"
                  + " declares, is a data item that goes to its vendor.",
              EvidenceChecks::data),
          Rule.of(
              "evidence-required-reason",
              ERROR,
              "Apple, Describing use of required reason API (privacy manifest files)",
              "With --evidence: the app's own privacy manifest declares every required-reason API"
                  + " category its SDKs' manifests declare.",
              EvidenceChecks::requiredReasons),
          Rule.of(
              "evidence-cookie-undeclared",
              ERROR,
              EPRIVACY + "; " + GDPR + "Art. 13(1)(c), (e)",
              "With site evidence: every cookie and storage key the site sets is declared in"
                  + " 'cookies'.",
              SiteChecks::undeclared),
          Rule.of(
              "evidence-host-recipient",
              ERROR,
              GDPR + "Art. 13(1)(e)",
              "With site evidence: every third-party host the site's pages contact is one of a"
                  + " recipient's domains.",
              SiteChecks::hosts),
          Rule.of(
              "evidence-cookie-before-consent",
              ERROR,
              EPRIVACY + "; " + GDPR + "Art. 7(1)",
              "With site evidence: a cookie set before anyone clicks accept is declared strictly"
                  + " necessary.",
              SiteChecks::beforeConsent),
          Rule.of(
              "evidence-cookie-duration",
              ERROR,
              EPRIVACY + "; " + GDPR + "Art. 13(2)(a)",
              "With site evidence: no cookie lasts longer than its declared duration.",
              SiteChecks::duration),
          Rule.of(
              "evidence-cookie-unobserved",
              WARNING,
              EPRIVACY,
              "With site evidence: every declared cookie and storage key was seen by a scan; one"
                  + " that was not may be stale.",
              SiteChecks::unobserved));

  private Rules() {}

  /** Every built-in rule. */
  public static List<Rule> builtIn() {
    return BUILT_IN;
  }

  /** The built-in rule with this id. */
  public static Optional<Rule> byId(String id) {
    return BUILT_IN.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** Every rule id, in report order. */
  public static List<String> ids() {
    return BUILT_IN.stream().map(Rule::id).toList();
  }
}
