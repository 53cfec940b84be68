package dev.candor.load;

import dev.candor.load.Fields.Context;
import dev.candor.model.Access;
import dev.candor.model.Approval;
import dev.candor.model.Authority;
import dev.candor.model.Automated;
import dev.candor.model.Change;
import dev.candor.model.CheckConfig;
import dev.candor.model.Choice;
import dev.candor.model.Contact;
import dev.candor.model.Controller;
import dev.candor.model.Cookie;
import dev.candor.model.DataItem;
import dev.candor.model.Emails;
import dev.candor.model.Inventory;
import dev.candor.model.Jurisdiction;
import dev.candor.model.LegalBasis;
import dev.candor.model.Notice;
import dev.candor.model.Place;
import dev.candor.model.ProcessorFor;
import dev.candor.model.Protection;
import dev.candor.model.Purpose;
import dev.candor.model.Recipient;
import dev.candor.model.RecipientRole;
import dev.candor.model.Retention;
import dev.candor.model.Right;
import dev.candor.model.Rights;
import dev.candor.model.Role;
import dev.candor.model.Safeguard;
import dev.candor.model.Scope;
import dev.candor.model.Source;
import dev.candor.model.Span;
import dev.candor.model.SpecialBasis;
import dev.candor.model.Store;
import dev.candor.model.Technology;
import dev.candor.model.Waiver;
import dev.candor.vocab.Countries;
import dev.candor.vocab.Nearest;
import dev.candor.vocab.Vendor;
import dev.candor.vocab.Vendors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Binds a YAML tree to the model, checking shapes, types and formats of every field. */
final class Binder {
  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
  private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.+-]{0,31}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
  private static final Pattern URL = Pattern.compile("(?i)https?://[^\\s<>\"]+");
  private static final Pattern DOMAIN =
      Pattern.compile("(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");
  private static final String ID_HINT =
      "ids use lower-case letters, digits and hyphens, e.g. 'email' or 'shop-db'";

  private final Context cx;

  Binder(Context cx) {
    this.cx = cx;
  }

  Inventory bind(YamlNode root) {
    Fields f =
        Fields.of(
            root,
            "",
            "the inventory",
            cx,
            "notice",
            "controller",
            "data",
            "purposes",
            "stores",
            "recipients",
            "access",
            "rights",
            "emails",
            "changes",
            "checks",
            "cookies");
    if (f == null) {
      return null;
    }
    Notice notice = notice(f.object("notice", true, "'notice'", NOTICE_KEYS));
    Controller controller =
        controller(f.object("controller", true, "'controller'", CONTROLLER_KEYS));
    List<DataItem> data =
        f.objects("data", true, "a data item", DATA_KEYS).stream().map(this::dataItem).toList();
    List<Purpose> purposes =
        f.objects("purposes", true, "a purpose", PURPOSE_KEYS).stream().map(this::purpose).toList();
    List<Store> stores =
        f.objects("stores", false, "a store", STORE_KEYS).stream().map(this::store).toList();
    List<Recipient> recipients =
        f.objects("recipients", false, "a recipient", RECIPIENT_KEYS).stream()
            .map(this::recipient)
            .toList();
    List<Access> access =
        f.objects("access", false, "an access entry", ACCESS_KEYS).stream()
            .map(this::access)
            .toList();
    Rights rights = rights(f.object("rights", true, "'rights'", RIGHTS_KEYS));
    Fields e = f.object("emails", false, "'emails'", "domains", "never_ask", "report");
    Emails emails = e == null ? null : emails(e);
    List<Change> changes =
        f.objects("changes", false, "a change", "version", "date", "summary", "approved").stream()
            .map(
                c ->
                    new Change(
                        version(c, "a version is like 2.0 or 2026.1"),
                        c.date("date", true),
                        c.text("summary", true),
                        approval(c.object("approved", false, "'approved'", "by", "date"))))
            .toList();
    CheckConfig checks = checks(f.object("checks", false, "'checks'", "max_grade", "disable"));
    List<Cookie> cookies =
        f.objects("cookies", false, "a cookie", COOKIE_KEYS).stream().map(this::cookie).toList();
    return new Inventory(
        notice,
        controller,
        data,
        purposes,
        stores,
        recipients,
        access,
        rights,
        emails,
        changes,
        checks,
        cookies);
  }

  private static final String[] COOKIE_KEYS = {
    "name", "kind", "set_by", "purposes", "duration", "necessary", "description"
  };

  /** A cookie name's characters (RFC 6265's token), with @ for storage keys and * for patterns. */
  private static final Pattern COOKIE_NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~@-]{1,200}");

  /**
   * A cookie or similar technology: its name (with {@code *} for any characters), what kind it is,
   * who sets it ({@code us} or a recipient id), its purposes and how long it lasts ({@code session}
   * or an ISO-8601 duration; required for cookies).
   */
  private Cookie cookie(Fields f) {
    String name =
        f.matching(
            "name",
            true,
            COOKIE_NAME,
            "cookie-name",
            "write the name as the browser shows it: letters, digits and !#$%&'*+.^_`|~@-, no"
                + " spaces; * stands for any characters, e.g. _ga_*");
    Technology kind = f.keyed("kind", false, Technology.class);
    String setBy = f.text("set_by", false);
    if (setBy != null && !"us".equals(setBy) && !ID.matcher(setBy).matches()) {
      cx.error(
          f.raw("set_by").at(),
          "id",
          "'set_by' in a cookie must be us or a recipient id, not '" + setBy + "'",
          "write set_by: us for your own cookies, or the id of the recipient that sets it");
    }
    Span duration = null;
    boolean session = false;
    if (f.raw("duration") instanceof YamlNode.Scalar d && "session".equals(d.text().strip())) {
      session = true;
    } else if (f.has("duration")) {
      duration = f.span("duration", false);
    } else if (kind == null || kind == Technology.COOKIE) {
      cx.error(
          f.at(),
          "missing",
          "cookie '" + name + "' has no 'duration'",
          "say how long it lasts: duration: session, or an ISO-8601 duration such as P1Y or"
              + " PT30M");
    }
    return new Cookie(
        name,
        kind,
        "us".equals(setBy) ? null : setBy,
        ids(f, "purposes", true),
        duration,
        session,
        f.bool("necessary", false, false),
        f.text("description", false));
  }

  private Approval approval(Fields f) {
    return f == null ? null : new Approval(f.text("by", true), f.date("date", true));
  }

  private CheckConfig checks(Fields f) {
    if (f == null) {
      return CheckConfig.NONE;
    }
    Integer maxGrade = null;
    String grade = f.text("max_grade", false);
    if (grade != null) {
      try {
        maxGrade = Integer.valueOf(grade);
      } catch (NumberFormatException e) {
        maxGrade = -1;
      }
      if (maxGrade < 1 || maxGrade > 20) {
        cx.error(
            f.raw("max_grade").at(),
            "max-grade",
            "'max_grade' in 'checks' must be a whole number from 1 to 20, not '" + grade + "'",
            "a school grade; 8 suits a general audience");
        maxGrade = null;
      }
    }
    List<Waiver> disable =
        f.objects("disable", false, "a disabled check", "rule", "reason").stream()
            .map(w -> new Waiver(w.text("rule", true), w.text("reason", true)))
            .toList();
    return new CheckConfig(maxGrade, disable);
  }

  private static final String[] NOTICE_KEYS = {
    "id", "title", "version", "effective", "language", "languages", "jurisdictions"
  };

  private Notice notice(Fields f) {
    if (f == null) {
      return null;
    }
    List<Jurisdiction> jurisdictions = f.keyedList("jurisdictions", true, Jurisdiction.class);
    if (f.has("jurisdictions") && jurisdictions.isEmpty()) {
      cx.error(
          f.raw("jurisdictions").at(),
          "missing",
          "'jurisdictions' is empty",
          "name the laws the notice follows: gdpr, uk-gdpr, ccpa");
    }
    String id = id(f);
    String title = f.text("title", true);
    String version =
        version(f, "a version is letters, digits and dots, like 2.0; quote it: version: \"2.0\"");
    java.time.LocalDate effective = f.date("effective", true);
    String language =
        f.matching(
            "language",
            true,
            LANGUAGE,
            "language",
            "a language is a BCP 47 tag such as en, de or fr");
    return new Notice(
        id, title, version, effective, language, jurisdictions, languages(f, language));
  }

  /** The notice's own language first, then each further one {@code languages} lists. */
  private List<String> languages(Fields f, String own) {
    List<String> out = new ArrayList<>();
    if (own != null) {
      out.add(own);
    }
    List<String> listed = f.texts("languages", false);
    for (int i = 0; i < listed.size(); i++) {
      String l = listed.get(i);
      if (l == null) {
        continue;
      }
      if (!LANGUAGE.matcher(l).matches()) {
        cx.error(
            cx.where().getOrDefault("notice.languages[" + i + "]", f.raw("languages").at()),
            "language",
            "'" + l + "' in 'languages' is not a language tag",
            "a language is a BCP 47 tag such as en, de or fr");
      } else if (!out.contains(l)) {
        out.add(l);
      }
    }
    return out;
  }

  private static final String[] CONTROLLER_KEYS = {
    "name",
    "address",
    "country",
    "email",
    "website",
    "phone",
    "dpo",
    "representative",
    "authority",
    "processor_for"
  };

  private Controller controller(Fields f) {
    if (f == null) {
      return null;
    }
    return new Controller(
        f.text("name", true),
        f.text("address", true),
        country(f, true),
        email(f, "email", true),
        url(f, "website", false),
        f.text("phone", false),
        contact(f.object("dpo", false, "'dpo'", "name", "email", "address"), true),
        contact(
            f.object("representative", false, "'representative'", "name", "email", "address"),
            false),
        authority(
            f.object("authority", false, "'authority'", "name", "website", "address", "email")),
        f.objects("processor_for", false, "a group we act for", "people", "ask").stream()
            .map(p -> new ProcessorFor(p.text("people", true), p.text("ask", true)))
            .toList());
  }

  private Contact contact(Fields f, boolean emailRequired) {
    if (f == null) {
      return null;
    }
    return new Contact(
        f.text("name", !emailRequired), email(f, "email", emailRequired), f.text("address", false));
  }

  private Authority authority(Fields f) {
    if (f == null) {
      return null;
    }
    return new Authority(
        f.text("name", true),
        url(f, "website", false),
        f.text("address", false),
        email(f, "email", false));
  }

  private static final String[] DATA_KEYS = {
    "id",
    "category",
    "label",
    "example",
    "source",
    "from",
    "required",
    "without",
    "purposes",
    "retention",
    "stores",
    "recipients",
    "sensitive",
    "collected_at",
    "linked",
    "apple",
    "google",
    "how",
    "to",
    "special_basis",
    "scope",
    "plural"
  };

  private DataItem dataItem(Fields f) {
    if (f.raw("purposes") instanceof YamlNode.Sequence seq && seq.items().isEmpty()) {
      cx.error(
          seq.at(),
          "no-purpose",
          "data item '" + f.text("id", false) + "' has no purpose",
          "don't collect what you don't need: name the purposes it serves, or remove it");
    }
    Boolean sensitive = f.has("sensitive") ? f.bool("sensitive", false, false) : null;
    Boolean linked = f.has("linked") ? f.bool("linked", false, true) : null;
    Boolean plural = f.has("plural") ? f.bool("plural", false, false) : null;
    List<Source> sources = f.keyedList("source", true, Source.class);
    if (f.has("source")
        && f.raw("source") instanceof YamlNode.Sequence seq
        && seq.items().isEmpty()) {
      cx.error(
          seq.at(),
          "missing",
          "'source' is empty",
          "say where the data comes from: person, automatic, third-party, created or to-recipient");
    }
    SpecialBasis special = null;
    Map<String, SpecialBasis> specialFor = new LinkedHashMap<>();
    YamlNode sb = f.raw("special_basis");
    if (sb instanceof YamlNode.Mapping && f.has("special_basis")) {
      Fields m = Fields.ofIds(sb, Fields.join(f.path(), "special_basis"), "'special_basis'", cx);
      if (m != null) {
        for (String purpose : m.keys()) {
          SpecialBasis b = m.keyed(purpose, true, SpecialBasis.class);
          if (b != null) {
            specialFor.put(purpose, b);
          }
        }
      }
    } else {
      special = f.keyed("special_basis", false, SpecialBasis.class);
    }
    return new DataItem(
        id(f),
        f.text("category", true),
        f.text("label", false),
        f.text("example", false),
        sources,
        f.texts("from", false),
        f.text("how", false),
        f.has("to") ? f.matching("to", false, ID, "id", ID_HINT) : null,
        f.bool("required", true, false),
        f.text("without", false),
        ids(f, "purposes", true),
        retention(
            f.object(
                "retention",
                true,
                "'retention'",
                "duration",
                "after",
                "rule",
                "forever",
                "reason",
                "longer_while",
                "ends_when",
                "held_by")),
        ids(f, "stores", false),
        ids(f, "recipients", false),
        sensitive,
        f.texts("collected_at", false),
        linked,
        f.text("apple", false),
        f.text("google", false),
        special,
        specialFor,
        scope(f),
        plural);
  }

  private static final String[] SCOPE_KEYS = {"regions", "min_age", "max_age", "people"};

  private static final Pattern REGION = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?|EEA");

  /** Whose data a fact is about, when not everyone's; {@link Scope#EVERYONE} when absent. */
  private Scope scope(Fields owner) {
    Fields f = owner.object("scope", false, "'scope'", SCOPE_KEYS);
    if (f == null) {
      return Scope.EVERYONE;
    }
    List<String> regions = f.texts("regions", false);
    for (int i = 0; i < regions.size(); i++) {
      String r = regions.get(i);
      String country = r.split("-")[0];
      boolean known =
          r.equals("EEA")
              || (r.length() == 2 && Countries.isCode(r))
              || (r.startsWith("US-") && Countries.isUsState(r))
              || (r.length() > 3 && !r.startsWith("US-") && Countries.isCode(country));
      if (!REGION.matcher(r).matches() || !known) {
        cx.error(
            cx.where().get(Fields.join(f.path(), "regions") + "[" + i + "]"),
            "region",
            "'" + r + "' is not a region",
            "write a country code (US, GB, DE), a state or province code (US-CA, US-VA), or EEA");
      }
    }
    Integer min = age(f, "min_age");
    Integer max = age(f, "max_age");
    List<String> people = f.texts("people", false);
    Scope scope = new Scope(regions, min, max, people);
    if (!scope.limited() && java.util.Arrays.stream(SCOPE_KEYS).noneMatch(f::has)) {
      cx.error(
          f.at(),
          "scope",
          "'scope' limits nothing",
          "give regions, min_age, max_age or people, or remove 'scope'");
    } else if (min != null && max != null && min > max) {
      cx.error(
          f.raw("min_age").at(),
          "scope",
          "'min_age' " + min + " is above 'max_age' " + max,
          "min_age is the youngest age the fact applies to, max_age the oldest");
    }
    return scope;
  }

  private Integer age(Fields f, String key) {
    String t = f.text(key, false);
    if (t == null) {
      return null;
    }
    try {
      int age = Integer.parseInt(t);
      if (age >= 0 && age <= 130) {
        return age;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    cx.error(
        f.raw(key).at(),
        "age",
        "'" + key + "' in 'scope' must be an age in whole years, not '" + t + "'",
        "e.g. min_age: 16 for people aged 16 or over");
    return null;
  }

  private Retention retention(Fields f) {
    if (f == null) {
      return null;
    }
    boolean hasDuration = f.has("duration");
    boolean heldBy = f.has("held_by");
    boolean hasRule = f.has("rule") && !heldBy;
    boolean forever = f.has("forever") && f.bool("forever", false, false);
    int forms = (hasDuration ? 1 : 0) + (hasRule ? 1 : 0) + (forever ? 1 : 0) + (heldBy ? 1 : 0);
    if (forms != 1) {
      cx.error(
          f.at(),
          "retention",
          forms == 0
              ? "retention needs 'duration', 'rule', 'held_by' or 'forever: true'"
              : "retention must have only one of 'duration', 'rule', 'held_by' and 'forever'",
          "e.g. duration: P6Y with after: your account is closed, and longer_while: a legal claim"
              + " is open; or rule: as long as you keep your account; or held_by: a recipient id");
      return null;
    }
    for (String[] misplaced :
        new String[][] {
          {"after", hasDuration ? null : "'after' goes with 'duration'"},
          {"longer_while", hasDuration ? null : "'longer_while' goes with 'duration'"},
          {"ends_when", hasDuration ? null : "'ends_when' goes with 'duration'"},
          {"reason", forever ? null : "'reason' goes with 'forever: true'"}
        }) {
      if (misplaced[1] != null && f.has(misplaced[0])) {
        cx.error(
            f.raw(misplaced[0]).at(),
            "retention",
            misplaced[1],
            "remove it, or say it inside the rule");
      }
    }
    if (hasDuration) {
      Span p = f.span("duration", true);
      return p == null
          ? null
          : new Retention.For(
              p, f.text("after", false), f.text("longer_while", false), f.text("ends_when", false));
    }
    if (heldBy) {
      return new Retention.HeldBy(
          f.matching("held_by", true, ID, "id", ID_HINT), f.text("rule", false));
    }
    if (hasRule) {
      return new Retention.Rule(f.text("rule", true));
    }
    String reason = f.text("reason", false);
    if (reason == null) {
      cx.error(
          f.at(),
          "retention-forever",
          "data kept forever needs a 'reason'",
          "say why the data can never be deleted, e.g. reason: the law requires a permanent record");
    }
    return new Retention.Forever(reason);
  }

  private static final String[] PURPOSE_KEYS = {
    "id",
    "use",
    "label",
    "description",
    "basis",
    "interest",
    "special_basis",
    "choice",
    "automated",
    "apple",
    "google",
    "scope",
    "subjects",
    "on_behalf_of"
  };

  private Purpose purpose(Fields f) {
    Fields c = f.object("choice", false, "'choice'", "how", "url");
    Fields a = f.object("automated", false, "'automated'", "description", "logic", "effects");
    return new Purpose(
        id(f),
        f.text("use", true),
        f.text("label", false),
        f.text("description", false),
        f.keyed("basis", true, LegalBasis.class),
        f.text("interest", false),
        f.keyed("special_basis", false, SpecialBasis.class),
        c == null ? null : new Choice(c.text("how", true), url(c, "url", false)),
        a == null
            ? null
            : new Automated(
                a.text("description", true), a.text("logic", false), a.text("effects", false)),
        f.text("apple", false),
        f.text("google", false),
        scope(f),
        f.texts("subjects", false),
        f.text("on_behalf_of", false));
  }

  private static final String[] STORE_KEYS = {
    "id", "provider", "location", "country", "anywhere", "safeguard", "protections"
  };

  private Store store(Fields f) {
    return new Store(
        id(f),
        f.text("provider", true),
        f.text("location", false),
        place(f),
        f.keyed("safeguard", false, Safeguard.class),
        f.keyedList("protections", false, Protection.class));
  }

  private static final String[] RECIPIENT_KEYS = {
    "id",
    "name",
    "role",
    "roles",
    "does",
    "country",
    "anywhere",
    "safeguard",
    "sells",
    "advertising",
    "contract_reviewed",
    "privacy_url",
    "tracking_domains",
    "domains",
    "scope",
    "vendor"
  };

  private static final String[] ROLE_KEYS = {"role", "purposes", "sells", "advertising", "scope"};

  /**
   * A recipient. One that names a vendor registry entry ({@code vendor: sentry}) needs only its id:
   * what it leaves out is filled from the entry, and what it writes wins.
   */
  private Recipient recipient(Fields f) {
    String vendorId = f.text("vendor", false);
    Vendor v = vendorId == null ? null : Vendors.builtIn().byId(vendorId).orElse(null);
    if (vendorId != null && v == null) {
      String near = Nearest.didYouMean(vendorId, Vendors.builtIn().ids());
      cx.error(
          f.raw("vendor").at(),
          "unknown-vendor",
          "there is no vendor '" + vendorId + "' in Candor's vendor registry",
          near != null
              ? near
              : "candor docs vendors lists them; or leave 'vendor:' out and write the recipient's"
                  + " name, role, does and country yourself");
    }
    // With an unknown vendor its fields are not reported missing too: the vendor error says it.
    boolean own = vendorId == null;
    List<Role> roles;
    if (f.has("roles")) {
      for (String single : List.of("role", "sells", "advertising")) {
        if (f.has(single)) {
          cx.error(
              f.raw(single).at(),
              "roles",
              "'" + single + "' and 'roles' cannot both be given",
              "say it once, inside each entry of 'roles'");
        }
      }
      roles =
          f.objects("roles", true, "a role", ROLE_KEYS).stream()
              .map(
                  r ->
                      new Role(
                          r.keyed("role", true, RecipientRole.class),
                          ids(r, "purposes", true),
                          r.bool("sells", false, false),
                          r.bool("advertising", false, false),
                          scope(r)))
              .toList();
    } else {
      RecipientRole role = f.keyed("role", own, RecipientRole.class);
      boolean advertising = f.bool("advertising", false, false);
      if (v != null) {
        role = role != null || f.has("role") ? role : v.role();
        advertising = f.has("advertising") ? advertising : v.advertising();
      }
      roles =
          List.of(
              new Role(
                  role, List.of(), f.bool("sells", false, false), advertising, Scope.EVERYONE));
    }
    String name = f.text("name", own);
    String does = f.text("does", own);
    Place place = f.has("country") || f.has("anywhere") || own ? place(f) : null;
    Safeguard safeguard = f.keyed("safeguard", false, Safeguard.class);
    String privacyUrl = url(f, "privacy_url", false);
    List<String> trackingDomains = domains(f, "tracking_domains");
    if (v != null) {
      name = name != null || f.has("name") ? name : vendorName(v);
      does = does != null || f.has("does") ? does : v.does();
      place = place != null ? place : Place.in(v.country());
      safeguard = f.has("safeguard") ? safeguard : v.transfer();
      privacyUrl = f.has("privacy_url") ? privacyUrl : v.privacyUrl();
      trackingDomains = f.has("tracking_domains") ? trackingDomains : v.trackingDomains();
    }
    return new Recipient(
        id(f),
        name,
        roles,
        does,
        place == null ? Place.in(null) : place,
        safeguard,
        f.date("contract_reviewed", false),
        privacyUrl,
        trackingDomains,
        scope(f),
        v == null ? null : v.id(),
        domains(f, "domains"));
  }

  /**
   * Where a store or recipient keeps data: {@code country: DE}, {@code country: [DE, FI]}, or
   * {@code anywhere:} with the reason there is no fixed country.
   */
  private Place place(Fields f) {
    String anywhere = f.text("anywhere", false);
    if (anywhere != null) {
      if (f.has("country")) {
        cx.error(
            f.raw("country").at(),
            "place",
            "'country' and 'anywhere' cannot both be given",
            "keep 'country' when you know the countries, or 'anywhere' with the reason you don't");
      }
      return new Place(List.of(), anywhere);
    }
    if (f.raw("country") instanceof YamlNode.Sequence) {
      List<String> codes = f.texts("country", true);
      List<String> valid = new java.util.ArrayList<>();
      for (int i = 0; i < codes.size(); i++) {
        String c =
            countryCode(
                codes.get(i), cx.where().get(Fields.join(f.path(), "country") + "[" + i + "]"));
        if (c != null) {
          valid.add(c);
        }
      }
      if (codes.isEmpty()) {
        cx.error(
            f.raw("country").at(),
            "missing",
            "'country' is empty",
            "list the countries, e.g. country: [DE, FI], or say anywhere: and why");
      }
      return new Place(valid, null);
    }
    String c = f.text("country", true);
    if ("any".equalsIgnoreCase(c) || "anywhere".equalsIgnoreCase(c)) {
      cx.error(
          f.raw("country").at(),
          "place",
          "'" + c + "' is not a country",
          "when the data can be in any country, write anywhere: and the reason, e.g. anywhere:"
              + " the servers of other communities your posts reach");
      return Place.in(null);
    }
    return Place.in(c == null ? null : countryCode(c, f.raw("country").at()));
  }

  /**
   * The name a notice gives a vendor: its company, and the product when the company's name lacks
   * it.
   */
  private static String vendorName(Vendor v) {
    return v.legalEntity().toLowerCase(Locale.ROOT).contains(v.name().toLowerCase(Locale.ROOT))
        ? v.legalEntity()
        : v.legalEntity() + " (" + v.name() + ")";
  }

  private static final String[] ACCESS_KEYS = {"id", "team", "data", "why"};

  private Access access(Fields f) {
    return new Access(id(f), f.text("team", true), ids(f, "data", true), f.text("why", true));
  }

  private static final String[] RIGHTS_KEYS = {
    "available",
    "email",
    "url",
    "respond_within",
    "verification",
    "self_service",
    "opt_out_url",
    "limit_url"
  };

  private Rights rights(Fields f) {
    if (f == null) {
      return null;
    }
    List<Right> available = f.keyedList("available", true, Right.class);
    String email = email(f, "email", false);
    String url = url(f, "url", false);
    if (!f.has("email") && !f.has("url")) {
      cx.error(
          f.at(),
          "rights-contact",
          "'rights' needs an 'email' or a 'url' for requests",
          "tell people where to send a request, e.g. email: privacy@example.com");
    }
    Map<Right, String> selfService = new LinkedHashMap<>();
    YamlNode ss = f.raw("self_service");
    if (ss != null && f.has("self_service")) {
      String[] keys = dev.candor.model.Keyed.keys(Right.class).toArray(String[]::new);
      Fields s = Fields.of(ss, Fields.join(f.path(), "self_service"), "'self_service'", cx, keys);
      if (s != null) {
        for (Right r : Right.values()) {
          String how = s.text(r.key(), false);
          if (how != null) {
            selfService.put(r, how);
          }
        }
      }
    }
    return new Rights(
        available,
        email,
        url,
        f.duration("respond_within", false),
        f.text("verification", false),
        selfService,
        url(f, "opt_out_url", false),
        url(f, "limit_url", false));
  }

  private Emails emails(Fields f) {
    return new Emails(
        domains(f, "domains"), f.texts("never_ask", false), email(f, "report", false));
  }

  private List<String> domains(Fields f, String key) {
    List<String> domains = f.texts(key, false);
    for (int i = 0; i < domains.size(); i++) {
      if (!DOMAIN.matcher(domains.get(i)).matches()) {
        cx.error(
            cx.where().get(Fields.join(f.path(), key) + "[" + i + "]"),
            "domain",
            "'" + domains.get(i) + "' is not a domain name",
            "write only the domain, e.g. mail.example.com");
      }
    }
    return domains;
  }

  /**
   * A version. Candor reads it as written, but YAML and every other tool that reads the file
   * (editors, the JSON Schema) take an unquoted 1.10 for the number 1.1, so a number is a warning:
   * an inventory that validated before still does, and hears how to make it safe.
   */
  private String version(Fields f, String hint) {
    if (f.raw("version") instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NUMBER) {
      String read = asNumber(s.text());
      cx.warning(
          s.at(),
          "version-number",
          "'version' in "
              + f.what()
              + " is a number to YAML"
              + (read.equals(s.text()) ? "" : ", which other tools read as " + read)
              + "; Candor reads it as \""
              + s.text()
              + "\"",
          "quote it: version: \"" + s.text() + "\"");
    }
    return f.matching("version", true, VERSION, "version", hint);
  }

  /** How a YAML number prints once read as a number, e.g. 1.1 for 1.10. */
  private static String asNumber(String text) {
    try {
      return new java.math.BigDecimal(text.replace("_", "")).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return text;
    }
  }

  private String id(Fields f) {
    return f.matching("id", true, ID, "id", ID_HINT);
  }

  private List<String> ids(Fields f, String key, boolean required) {
    List<String> ids = f.texts(key, required);
    for (int i = 0; i < ids.size(); i++) {
      if (!ID.matcher(ids.get(i)).matches()) {
        cx.error(
            cx.where().get(Fields.join(f.path(), key) + "[" + i + "]"),
            "id",
            "'" + ids.get(i) + "' is not a valid id",
            ID_HINT);
      }
    }
    return ids;
  }

  private String country(Fields f, boolean required) {
    String c = f.text("country", required);
    return c == null ? null : countryCode(c, f.raw("country").at());
  }

  /** The code when it is an ISO 3166 country code, or null after reporting it. */
  private String countryCode(String c, dev.candor.problem.Location at) {
    if (!Countries.isCode(c)) {
      String upper = c.toUpperCase(Locale.ROOT);
      cx.error(
          at,
          "country",
          "'" + c + "' is not an ISO 3166 country code",
          Countries.alias(upper)
              .map(
                  code ->
                      "the code for "
                          + Countries.name(code)
                          + " is "
                          + code
                          + ": write country: "
                          + code)
              .orElse(
                  Countries.isCode(upper)
                      ? "write it in capitals: " + upper
                      : "use the two-letter code, e.g. DE, IE, US, GB"));
      return null;
    }
    return c;
  }

  private String email(Fields f, String key, boolean required) {
    String e = f.text(key, required);
    if (e != null && !EMAIL.matcher(e).matches()) {
      cx.error(
          f.raw(key).at(),
          "email",
          "'" + e + "' is not an email address",
          "write a plain address such as privacy@example.com, without 'mailto:'");
      return null;
    }
    return e;
  }

  private String url(Fields f, String key, boolean required) {
    String u = f.text(key, required);
    if (u != null && !URL.matcher(u).matches()) {
      cx.error(
          f.raw(key).at(),
          "url",
          "'" + u + "' is not an http or https address",
          "links must start with https:// (or http://); other schemes are not allowed");
      return null;
    }
    return u;
  }
}
