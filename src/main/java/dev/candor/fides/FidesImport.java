package dev.candor.fides;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candor.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Fides manifests into the text of a Candor inventory: a pure function. Facts Fides holds
 * are mapped; facts it does not hold are written as {@code "TODO: ..."} values, which
 * {@code candor validate} rejects until they are filled in.
 */
public final class FidesImport {
  private static final Pattern PERIOD =
      Pattern.compile("(?i)\\s*(\\d{1,3})\\s*(day|days|week|weeks|month|months|year|years)\\s*");
  private static final Map<String, String> BASES = Map.of(
      "Consent", "consent", "Contract", "contract", "Legal obligations", "legal-obligation",
      "Vital interests", "vital-interests", "Public interest", "public-task",
      "Legitimate interests", "legitimate-interests");
  private static final Map<String, String> SPECIAL_BASES = Map.of(
      "Explicit consent", "explicit-consent",
      "Employment, social security and social protection", "employment",
      "Vital interests", "vital-interests",
      "Made public by the data subject", "made-public",
      "Legal claims or judicial acts", "legal-claims",
      "Reasons of substantial public interest (with a basis in law)", "public-interest",
      "Health or social care (with a basis in law)", "health-care",
      "Public health (with a basis in law)", "public-health",
      "Archiving, research and statistics (with a basis in law)", "archiving");
  private static final Map<String, String> SAFEGUARDS = Map.of(
      "Adequacy Decision", "adequacy", "SCCs", "scc", "BCRs", "bcr");

  private final Vocabulary vocab;

  public FidesImport(Vocabulary vocab) {
    this.vocab = vocab;
  }

  /** The inventory's notice id and its text, and how many values are left to fill in. */
  public record Result(String id, String yaml, int todos) {}

  /**
   * One purpose: a privacy declaration of a system, and the recipients it sends data to, each with
   * the categories its data flow names (empty: every category of the declaration).
   */
  private record Decl(String id, JsonNode system, JsonNode node,
      Map<String, List<String>> recipients) {
    /** The recipients that get a category. */
    List<String> recipientsOf(String category) {
      return recipients.entrySet().stream()
          .filter(e -> e.getValue().isEmpty() || e.getValue().stream()
              .anyMatch(c -> category.equals(c) || category.startsWith(c + ".")))
          .map(Map.Entry::getKey).toList();
    }
  }

  /** Maps the manifests; the first organization is the controller. */
  public Result map(FidesManifests m) {
    JsonNode org = m.organizations().isEmpty() ? null : m.organizations().get(0);
    JsonNode controller = org == null ? null : org.path("controller");
    String orgName = text(controller, "name", text(org, "name", null));
    String id = id(org == null ? orgName : text(org, "fides_key", orgName), "notice");
    Map<String, JsonNode> systems = new LinkedHashMap<>();
    m.systems().forEach(s -> systems.put(text(s, "fides_key", ""), s));

    // Recipients: systems that receive data and are run by someone else.
    Map<String, JsonNode> recipients = new LinkedHashMap<>();
    List<Decl> decls = new ArrayList<>();
    Set<String> purposeIds = new LinkedHashSet<>();
    for (JsonNode s : m.systems()) {
      if (isThirdParty(s, orgName)) {
        continue;
      }
      for (JsonNode d : s.path("privacy_declarations")) {
        Map<String, List<String>> to = new LinkedHashMap<>();
        for (JsonNode e : d.path("egress")) {
          JsonNode target = systems.get(e.asText());
          if (target != null && isThirdParty(target, orgName)) {
            String rid = id(e.asText(), "recipient");
            recipients.put(rid, target);
            List<String> flows = new ArrayList<>();
            for (JsonNode flow : s.path("egress")) {
              if (e.asText().equals(text(flow, "fides_key", null))) {
                flow.path("data_categories").forEach(c -> flows.add(c.asText()));
              }
            }
            to.put(rid, flows);
          }
        }
        if (d.path("data_shared_with_third_parties").asBoolean(false) && to.isEmpty()) {
          String rid = id(text(s, "fides_key", "system") + "-third-parties", "recipient");
          recipients.put(rid, null);
          to.put(rid, List.of());
        }
        String pid = unique(id(text(d, "name", text(s, "fides_key", "") + "-"
            + text(d, "data_use", "use")), "purpose"), purposeIds);
        decls.add(new Decl(pid, s, d, to));
      }
    }

    YamlText y = new YamlText();
    y.comment("", "yaml-language-server: $schema=../schema/inventory.schema.json");
    y.comment("", "Imported from Fides manifests by candor import fides. Every value that starts"
        + " with TODO is a");
    y.comment("", "fact Fides does not hold: fill it in. candor validate fails until none is left.");
    y.open("", "notice");
    y.field("  ", "id", id);
    y.field("  ", "title", orgName == null ? todo("the notice's title")
        : "Privacy notice for " + orgName);
    y.raw("  ", "version", "\"1.0\"");
    y.field("  ", "effective", todo("the date this notice applies from, as YYYY-MM-DD"));
    y.field("  ", "language", "en");
    y.list("  ", "jurisdictions", List.of(todo("the laws that apply: gdpr, uk-gdpr, ccpa")));
    y.blank();
    controller(y, org, controller, orgName);
    y.blank();
    data(y, m, decls);
    y.blank();
    y.open("", "purposes");
    for (Decl d : decls) {
      purpose(y, d);
    }
    List<String> stores = storeIds(m, decls);
    if (!stores.isEmpty()) {
      y.blank();
      y.open("", "stores");
      for (String s : stores) {
        y.field("  - ", "id", s);
        y.field("    ", "provider", todo("the company that runs the store '" + s + "'"));
        y.field("    ", "country", todo("the country the data is in, as a two-letter code"));
      }
    }
    if (!recipients.isEmpty()) {
      y.blank();
      y.open("", "recipients");
      recipients.forEach((rid, s) -> recipient(y, rid, s, decls));
    }
    y.blank();
    y.open("", "rights");
    y.list("  ", "available", List.of(todo("the rights people have, e.g. access, erasure")));
    String rightsEmail = text(org == null ? null : org.path("data_protection_officer"), "email",
        text(controller, "email", null));
    y.field("  ", "email", rightsEmail == null ? todo("where people send requests") : rightsEmail);
    y.blank();
    y.open("", "emails");
    y.list("  ", "domains", List.of(todo("the domains your emails come from")));
    String yaml = y.toString();
    int todos = (yaml.length() - yaml.replace("\"TODO:", "").length()) / "\"TODO:".length();
    return new Result(id, yaml, todos);
  }

  private void controller(YamlText y, JsonNode org, JsonNode c, String orgName) {
    y.open("", "controller");
    y.field("  ", "name", orgName == null ? todo("your company's legal name") : orgName);
    y.field("  ", "address", text(c, "address", todo("your postal address, on one line")));
    y.field("  ", "country", todo("the country of the address, as a two-letter code"));
    y.field("  ", "email", text(c, "email", todo("the address for privacy questions")));
    String phone = text(c, "phone", null);
    if (phone != null) {
      y.field("  ", "phone", phone);
    }
    contact(y, org == null ? null : org.path("data_protection_officer"), "dpo");
    contact(y, org == null ? null : org.path("representative"), "representative");
    y.open("  ", "authority");
    y.field("    ", "name", todo("the data protection authority people can complain to"));
  }

  private static void contact(YamlText y, JsonNode c, String key) {
    if (c == null || !c.isObject() || c.isEmpty()) {
      return;
    }
    y.open("  ", key);
    String name = text(c, "name", null);
    if (name != null) {
      y.field("    ", "name", name);
    }
    String email = text(c, "email", null);
    y.field("    ", "email", email == null ? todo("their email address") : email);
    String address = text(c, "address", null);
    if (address != null) {
      y.field("    ", "address", address);
    }
  }

  private void data(YamlText y, FidesManifests m, List<Decl> decls) {
    Map<String, List<Decl>> byCategory = new LinkedHashMap<>();
    for (Decl d : decls) {
      for (JsonNode c : d.node().path("data_categories")) {
        byCategory.computeIfAbsent(c.asText(), k -> new ArrayList<>()).add(d);
      }
    }
    y.open("", "data");
    Set<String> ids = new LinkedHashSet<>();
    for (var e : byCategory.entrySet()) {
      String category = e.getKey();
      String last = category.substring(category.lastIndexOf('.') + 1);
      y.field("  - ", "id", unique(id(last, "data"), ids));
      boolean known = vocab.category(category).isPresent();
      y.field("    ", "category", known || Vocabulary.isCustom(category) ? category
          : "custom." + category.replaceAll("[^a-z0-9_.]", "_"));
      if (!known) {
        y.field("    ", "label", todo("a plain name for '" + category + "'"));
      }
      y.field("    ", "source", todo("where it comes from: person, automatic or third-party"));
      y.field("    ", "required", todo("whether people must give it: true or false"));
      y.list("    ", "purposes", e.getValue().stream().map(Decl::id).distinct().toList());
      retention(y, e.getValue());
      List<String> stores = new ArrayList<>();
      for (Decl d : e.getValue()) {
        datasets(d).stream().filter(ds -> holds(m, ds, category)).map(ds -> id(ds, "store"))
            .filter(s -> !stores.contains(s)).forEach(stores::add);
      }
      if (!stores.isEmpty()) {
        y.list("    ", "stores", stores);
      }
      Set<String> to = new LinkedHashSet<>();
      e.getValue().forEach(d -> to.addAll(d.recipientsOf(category)));
      y.list("    ", "recipients", List.copyOf(to));
    }
  }

  private static void retention(YamlText y, List<Decl> decls) {
    Set<String> periods = new LinkedHashSet<>();
    decls.forEach(d -> {
      String r = text(d.node(), "retention_period", null);
      if (r != null) {
        periods.add(r.strip());
      }
    });
    y.open("    ", "retention");
    if (periods.size() == 1) {
      String p = periods.iterator().next();
      Matcher m = PERIOD.matcher(p);
      if (p.matches("P(\\d+[YMWD])+")) {
        y.field("      ", "duration", p);
        return;
      }
      if (m.matches()) {
        y.field("      ", "duration", "P" + m.group(1)
            + Character.toUpperCase(m.group(2).charAt(0)));
        return;
      }
      y.field("      ", "rule", p);
      return;
    }
    y.field("      ", "rule", todo(periods.isEmpty() ? "how long you keep it"
        : "one period for all its uses; Fides says " + String.join(", ", periods)));
  }

  private void purpose(YamlText y, Decl d) {
    JsonNode n = d.node();
    String use = text(n, "data_use", "");
    y.field("  - ", "id", d.id());
    if (vocab.use(use).isPresent()) {
      y.field("    ", "use", use);
    } else {
      y.field("    ", "use", "custom." + use.replaceAll("[^a-z0-9_.]", "_"));
      y.field("    ", "label", todo("what you do, completing 'We use it to ...'"));
    }
    String basis = BASES.get(text(n, "legal_basis_for_processing", ""));
    y.field("    ", "basis", basis == null
        ? todo("the legal basis: consent, contract, legal-obligation, vital-interests,"
            + " public-task or legitimate-interests") : basis);
    if ("legitimate-interests".equals(basis)) {
      y.field("    ", "interest", todo("the interest you pursue, in plain words"));
    }
    String special = text(n, "special_category_legal_basis", null);
    if (special != null || n.path("processes_special_category_data").asBoolean(false)) {
      String key = special == null ? null : SPECIAL_BASES.get(special);
      y.field("    ", "special_basis", key != null ? key
          : todo("the GDPR Art. 9(2) condition" + (special == null ? "" : "; Fides says '"
              + special + "'")));
    }
    List<String> subjects = new ArrayList<>();
    n.path("data_subjects").forEach(s -> subjects.add(s.asText()));
    if (!subjects.isEmpty()) {
      y.comment("    ", "Fides: system " + text(d.system(), "fides_key", "") + ", data subjects "
          + String.join(", ", subjects));
    }
  }

  private static void recipient(YamlText y, String rid, JsonNode s, List<Decl> decls) {
    y.field("  - ", "id", rid);
    if (s == null) {
      Set<String> kinds = new LinkedHashSet<>();
      decls.stream().filter(d -> d.recipients().containsKey(rid))
          .map(d -> text(d.node(), "third_parties", null)).filter(t -> t != null)
          .forEach(kinds::add);
      y.field("    ", "name", todo("name the third parties"
          + (kinds.isEmpty() ? "" : "; Fides says: " + String.join("; ", kinds))));
      y.field("    ", "role", todo("processor, controller, joint-controller or authority"));
      y.field("    ", "does", todo("what they do with the data, e.g. 'sends our emails'"));
      y.field("    ", "country", todo("the country they handle the data in"));
      return;
    }
    y.field("    ", "name", text(s, "legal_name", text(s, "name", rid)));
    String role = null;
    for (JsonNode r : s.path("responsibility")) {
      role = switch (r.asText()) {
        case "Processor", "Sub-Processor" -> "processor";
        case "Controller" -> text(s, "joint_controller_info", null) != null
            ? "joint-controller" : "controller";
        default -> role;
      };
    }
    y.field("    ", "role", role == null
        ? todo("processor, controller, joint-controller or authority") : role);
    String does = text(s, "description", null);
    y.field("    ", "does", does == null ? todo("what they do with the data")
        : does.strip().replaceAll("\\.$", "").replaceFirst("^[A-Z]", does.substring(0, 1)
            .toLowerCase(Locale.ROOT)));
    y.field("    ", "country", todo("the country they handle the data in"));
    for (JsonNode b : s.path("legal_basis_for_transfers")) {
      String safeguard = SAFEGUARDS.get(b.asText());
      if (safeguard != null) {
        y.field("    ", "safeguard", safeguard);
        break;
      }
    }
    String url = text(s, "privacy_policy", null);
    if (url != null && url.matches("(?i)https?://\\S+")) {
      y.field("    ", "privacy_url", url);
    }
  }

  private static List<String> storeIds(FidesManifests m, List<Decl> decls) {
    Set<String> out = new LinkedHashSet<>();
    for (Decl d : decls) {
      for (String ds : datasets(d)) {
        boolean used = false;
        for (JsonNode c : d.node().path("data_categories")) {
          used |= holds(m, ds, c.asText());
        }
        if (used) {
          out.add(id(ds, "store"));
        }
      }
    }
    return List.copyOf(out);
  }

  /** The datasets a declaration uses: its own references, else its system's. */
  private static List<String> datasets(Decl d) {
    List<String> out = new ArrayList<>();
    JsonNode refs = d.node().path("dataset_references");
    (refs.isArray() && !refs.isEmpty() ? refs : d.system().path("dataset_references"))
        .forEach(r -> out.add(r.asText()));
    return out;
  }

  /** Whether a dataset holds a category anywhere (or is unknown, so may hold it). */
  private static boolean holds(FidesManifests m, String dataset, String category) {
    for (JsonNode ds : m.datasets()) {
      if (dataset.equals(text(ds, "fides_key", null))) {
        return ds.toString().contains("\"" + category + "\"");
      }
    }
    return true;
  }

  /** A system run by someone else: it says so, or names a different legal entity. */
  private static boolean isThirdParty(JsonNode s, String orgName) {
    String type = text(s, "system_type", "").toLowerCase(Locale.ROOT);
    String legal = text(s, "legal_name", null);
    return type.contains("third party") || type.contains("vendor")
        || (legal != null && orgName != null && !legal.equalsIgnoreCase(orgName));
  }

  private static String todo(String what) {
    return "TODO: " + what;
  }

  private static String text(JsonNode n, String key, String otherwise) {
    if (n == null || !n.hasNonNull(key) || n.get(key).asText().isBlank()) {
      return otherwise;
    }
    return n.get(key).asText().strip();
  }

  /** A Candor id from a Fides key or name: lower case, hyphens, at most 63 characters. */
  static String id(String s, String otherwise) {
    String id = s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    if (id.length() > 63) {
      id = id.substring(0, 63).replaceAll("-+$", "");
    }
    return id.isEmpty() ? otherwise : id;
  }

  private static String unique(String id, Set<String> taken) {
    String candidate = id;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = id + "-" + n;
    }
    return candidate;
  }
}
