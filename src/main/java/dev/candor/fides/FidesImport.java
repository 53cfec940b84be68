package dev.candor.fides;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
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
 * Turns Fides manifests into a draft Candor inventory: a pure function. Facts Fides holds are
 * mapped; facts it does not hold are written as {@code "TODO: ..."} values, which {@code candor
 * validate} rejects until they are filled in.
 *
 * <p>The inventory is built as a tree and written by Jackson's YAML writer, which cannot write
 * comments; the few notes that have no field in an inventory (where it came from, each purpose's
 * Fides system) are written as a comment block above it. Data subjects become the purposes' {@code
 * subjects}.
 */
public final class FidesImport {
  /** Starts every value still to be filled in; the loader reports each as a {@code todo}. */
  static final String TODO = "TODO: ";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .disable(YAMLGenerator.Feature.SPLIT_LINES)
          .build();

  /** Fides's key for the organization it creates itself; it says nothing about the notice. */
  private static final String DEFAULT_ORGANIZATION = "default_organization";

  private static final Pattern PERIOD =
      Pattern.compile("(?i)\\s*(\\d{1,3})\\s*(day|days|week|weeks|month|months|year|years)\\s*");
  private static final Map<String, String> BASES =
      Map.of(
          "Consent",
          "consent",
          "Contract",
          "contract",
          "Legal obligations",
          "legal-obligation",
          "Vital interests",
          "vital-interests",
          "Public interest",
          "public-task",
          "Legitimate interests",
          "legitimate-interests");
  private static final Map<String, String> SPECIAL_BASES =
      Map.of(
          "Explicit consent", "explicit-consent",
          "Employment, social security and social protection", "employment",
          "Vital interests", "vital-interests",
          "Made public by the data subject", "made-public",
          "Legal claims or judicial acts", "legal-claims",
          "Reasons of substantial public interest (with a basis in law)", "public-interest",
          "Health or social care (with a basis in law)", "health-care",
          "Public health (with a basis in law)", "public-health",
          "Archiving, research and statistics (with a basis in law)", "archiving");
  private static final Map<String, String> SAFEGUARDS =
      Map.of("Adequacy Decision", "adequacy", "SCCs", "scc", "BCRs", "bcr");

  private final Vocabulary vocab;

  public FidesImport(Vocabulary vocab) {
    this.vocab = vocab;
  }

  /**
   * The inventory's notice id, its text, and how many values are left to fill in.
   *
   * @param inventory the inventory as a tree, as written in {@code yaml}
   */
  public record Result(String id, ObjectNode inventory, String yaml, int todos) {}

  /**
   * One purpose: a privacy declaration of a system, and the recipients it sends data to, each with
   * the categories its data flow names (empty: every category of the declaration).
   */
  private record Decl(
      String id,
      FidesSystem system,
      PrivacyDeclaration declaration,
      Map<String, List<String>> recipients) {
    /** The recipients that get a category. */
    List<String> recipientsOf(String category) {
      return recipients.entrySet().stream()
          .filter(
              e ->
                  e.getValue().isEmpty()
                      || e.getValue().stream()
                          .anyMatch(c -> category.equals(c) || category.startsWith(c + ".")))
          .map(Map.Entry::getKey)
          .toList();
    }
  }

  /**
   * Maps the manifests. The first organization is the controller: its name names the controller and
   * the notice; its {@code controller} contact details give the address, email and phone, but the
   * person named there is a contact, not the controller.
   */
  public Result map(FidesManifests m) {
    Organization org = m.organizations().isEmpty() ? null : m.organizations().get(0);
    String orgName = org == null ? null : org.name();
    String id = id(noticeKey(org), "notice");

    // Recipients: systems that receive data and are run by someone else.
    Map<String, FidesSystem> recipients = new LinkedHashMap<>();
    List<Decl> decls = new ArrayList<>();
    Set<String> purposeIds = new LinkedHashSet<>();
    for (FidesSystem s : m.systems()) {
      if (isThirdParty(s, orgName)) {
        continue;
      }
      for (PrivacyDeclaration d : s.privacyDeclarations()) {
        Map<String, List<String>> to = new LinkedHashMap<>();
        for (String key : d.egress()) {
          FidesSystem target = m.system(key);
          if (target != null && isThirdParty(target, orgName)) {
            String rid = id(key, "recipient");
            recipients.put(rid, target);
            List<String> flows = new ArrayList<>();
            s.egress().stream()
                .filter(f -> key.equals(f.fidesKey()))
                .forEach(f -> flows.addAll(f.dataCategories()));
            to.put(rid, flows);
          }
        }
        if (d.dataSharedWithThirdParties() && to.isEmpty()) {
          String rid = id(s.fidesKey() + "-third-parties", "recipient");
          recipients.put(rid, null);
          to.put(rid, List.of());
        }
        String name = d.name() != null ? d.name() : s.fidesKey() + "-" + d.dataUse();
        decls.add(new Decl(unique(id(name, "purpose"), purposeIds), s, d, to));
      }
    }

    ObjectNode inv = NODES.objectNode();
    ObjectNode notice = inv.putObject("notice");
    notice.put("id", id);
    notice.put(
        "title", orgName == null ? todo("the notice's title") : "Privacy notice for " + orgName);
    notice.put("version", "1.0");
    notice.put("effective", todo("the date this notice applies from, as YYYY-MM-DD"));
    notice.put("language", "en");
    notice.set("jurisdictions", texts(todo("the laws that apply: gdpr, uk-gdpr, ccpa")));
    inv.set("controller", controller(org));
    inv.set("data", data(m, decls));
    ArrayNode purposes = inv.putArray("purposes");
    decls.forEach(d -> purposes.add(purpose(d)));
    List<String> stores = storeIds(m, decls);
    if (!stores.isEmpty()) {
      ArrayNode out = inv.putArray("stores");
      for (String s : stores) {
        out.addObject()
            .put("id", s)
            .put("provider", todo("the company that runs the store '" + s + "'"))
            .put("country", todo("the country the data is in, as a two-letter code"));
      }
    }
    if (!recipients.isEmpty()) {
      ArrayNode out = inv.putArray("recipients");
      recipients.forEach((rid, s) -> out.add(recipient(rid, s, decls)));
    }
    ObjectNode rights = inv.putObject("rights");
    rights.set("available", texts(todo("the rights people have, e.g. access, erasure")));
    String rightsEmail =
        first(
            org == null || org.dataProtectionOfficer() == null
                ? null
                : org.dataProtectionOfficer().email(),
            org == null || org.controller() == null ? null : org.controller().email());
    rights.put("email", rightsEmail == null ? todo("where people send requests") : rightsEmail);
    inv.putObject("emails").set("domains", texts(todo("the domains your emails come from")));
    return new Result(id, inv, header(decls) + write(inv), todos(inv));
  }

  /** The comment block above the inventory: what it is, and the notes that have no field. */
  private static String header(List<Decl> decls) {
    StringBuilder b =
        new StringBuilder()
            .append("# yaml-language-server: $schema=../schema/inventory.schema.json\n")
            .append(
                "# Imported from Fides manifests by candor import fides. Every value that starts"
                    + " with TODO is a\n")
            .append(
                "# fact Fides does not hold: fill it in. candor validate fails until none is"
                    + " left.\n");
    List<String> notes = new ArrayList<>();
    for (Decl d : decls) {
      notes.add("#   " + d.id() + ": system " + d.system().fidesKey() + "\n");
    }
    if (!notes.isEmpty()) {
      b.append("#\n# Purposes and the Fides systems that declare them:\n");
      notes.forEach(b::append);
    }
    return b.toString();
  }

  private static String write(ObjectNode inventory) {
    try {
      return YAML.writeValueAsString(inventory);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of text, lists and mappings is always YAML", e);
    }
  }

  /** The values still to be filled in, anywhere in the tree. */
  static int todos(JsonNode node) {
    if (node.isTextual()) {
      return node.asText().startsWith(TODO) ? 1 : 0;
    }
    int n = 0;
    for (JsonNode child : node) {
      n += todos(child);
    }
    return n;
  }

  private static ObjectNode controller(Organization org) {
    ContactDetails c = org == null ? null : org.controller();
    ObjectNode out = NODES.objectNode();
    out.put(
        "name", org == null || org.name() == null ? todo("your company's legal name") : org.name());
    out.put(
        "address",
        c == null || c.address() == null ? todo("your postal address, on one line") : c.address());
    out.put("country", todo("the country of the address, as a two-letter code"));
    out.put(
        "email",
        c == null || c.email() == null ? todo("the address for privacy questions") : c.email());
    if (c != null && c.phone() != null) {
      out.put("phone", c.phone());
    }
    if (org != null) {
      contact(out, "dpo", org.dataProtectionOfficer());
      contact(out, "representative", org.representative());
    }
    out.putObject("authority")
        .put("name", todo("the data protection authority people can complain to"));
    return out;
  }

  private static void contact(ObjectNode parent, String key, ContactDetails c) {
    if (c == null) {
      return;
    }
    ObjectNode out = parent.putObject(key);
    if (c.name() != null) {
      out.put("name", c.name());
    }
    out.put("email", c.email() == null ? todo("their email address") : c.email());
    if (c.address() != null) {
      out.put("address", c.address());
    }
  }

  private ArrayNode data(FidesManifests m, List<Decl> decls) {
    Map<String, List<Decl>> byCategory = new LinkedHashMap<>();
    for (Decl d : decls) {
      for (String c : d.declaration().dataCategories()) {
        byCategory.computeIfAbsent(c, k -> new ArrayList<>()).add(d);
      }
    }
    ArrayNode out = NODES.arrayNode();
    Set<String> ids = new LinkedHashSet<>();
    for (var e : byCategory.entrySet()) {
      String category = e.getKey();
      ObjectNode item = out.addObject();
      item.put("id", unique(id(category.substring(category.lastIndexOf('.') + 1), "data"), ids));
      boolean known = vocab.category(category).isPresent();
      item.put(
          "category",
          known || Vocabulary.isCustom(category)
              ? category
              : "custom." + category.replaceAll("[^a-z0-9_.]", "_"));
      if (!known) {
        item.put("label", todo("a plain name for '" + category + "'"));
      }
      item.put("source", todo("where it comes from: person, automatic or third-party"));
      item.put("required", todo("whether people must give it: true or false"));
      item.set("purposes", texts(e.getValue().stream().map(Decl::id).distinct().toList()));
      item.set("retention", retention(e.getValue()));
      List<String> stores = new ArrayList<>();
      for (Decl d : e.getValue()) {
        datasets(d).stream()
            .filter(ds -> holds(m, ds, category))
            .map(ds -> id(ds, "store"))
            .filter(s -> !stores.contains(s))
            .forEach(stores::add);
      }
      if (!stores.isEmpty()) {
        item.set("stores", texts(stores));
      }
      Set<String> to = new LinkedHashSet<>();
      e.getValue().forEach(d -> to.addAll(d.recipientsOf(category)));
      item.set("recipients", texts(List.copyOf(to)));
    }
    return out;
  }

  private static ObjectNode retention(List<Decl> decls) {
    Set<String> periods = new LinkedHashSet<>();
    decls.forEach(
        d -> {
          if (d.declaration().retentionPeriod() != null) {
            periods.add(d.declaration().retentionPeriod());
          }
        });
    ObjectNode out = NODES.objectNode();
    if (periods.size() == 1) {
      String p = periods.iterator().next();
      Matcher m = PERIOD.matcher(p);
      if (p.matches("P(\\d+[YMWD])+")) {
        return out.put("duration", p);
      }
      if (m.matches()) {
        return out.put("duration", "P" + m.group(1) + Character.toUpperCase(m.group(2).charAt(0)));
      }
      return out.put("rule", p);
    }
    return out.put(
        "rule",
        todo(
            periods.isEmpty()
                ? "how long you keep it"
                : "one period for all its uses; Fides says " + String.join(", ", periods)));
  }

  private ObjectNode purpose(Decl d) {
    PrivacyDeclaration n = d.declaration();
    String use = n.dataUse() == null ? "" : n.dataUse();
    ObjectNode out = NODES.objectNode();
    out.put("id", d.id());
    if (vocab.use(use).isPresent()) {
      out.put("use", use);
    } else {
      out.put("use", "custom." + use.replaceAll("[^a-z0-9_.]", "_"));
      out.put("label", todo("what you do, completing 'We use it to ...'"));
    }
    String basis =
        n.legalBasisForProcessing() == null ? null : BASES.get(n.legalBasisForProcessing());
    out.put(
        "basis",
        basis == null
            ? todo(
                "the legal basis: consent, contract, legal-obligation, vital-interests,"
                    + " public-task or legitimate-interests")
            : basis);
    if ("legitimate-interests".equals(basis)) {
      out.put("interest", todo("the interest you pursue, in plain words"));
    }
    String special = n.specialCategoryLegalBasis();
    if (special != null || n.processesSpecialCategoryData()) {
      String key = special == null ? null : SPECIAL_BASES.get(special);
      out.put(
          "special_basis",
          key != null
              ? key
              : todo(
                  "the GDPR Art. 9(2) condition"
                      + (special == null ? "" : "; Fides says '" + special + "'")));
    }
    if (!n.dataSubjects().isEmpty()) {
      var subjects = out.putArray("subjects");
      for (String k : n.dataSubjects()) {
        // An organisation's own data subjects become custom keys, as the inventory writes them.
        subjects.add(
            vocab.subject(k).isPresent()
                ? k
                : Vocabulary.CUSTOM_PREFIX
                    + k.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_.]", "_"));
      }
    }
    return out;
  }

  private static ObjectNode recipient(String rid, FidesSystem s, List<Decl> decls) {
    ObjectNode out = NODES.objectNode();
    out.put("id", rid);
    if (s == null) {
      Set<String> kinds = new LinkedHashSet<>();
      decls.stream()
          .filter(d -> d.recipients().containsKey(rid))
          .map(d -> d.declaration().thirdParties())
          .filter(t -> t != null)
          .forEach(kinds::add);
      return out.put(
              "name",
              todo(
                  "name the third parties"
                      + (kinds.isEmpty() ? "" : "; Fides says: " + String.join("; ", kinds))))
          .put("role", todo("processor, controller, joint-controller or authority"))
          .put("does", todo("what they do with the data, e.g. 'sends our emails'"))
          .put("country", todo("the country they handle the data in"));
    }
    out.put("name", first(s.legalName(), s.name(), rid));
    String role = null;
    for (String r : s.responsibility()) {
      role =
          switch (r) {
            case "Processor", "Sub-Processor" -> "processor";
            case "Controller" ->
                s.jointControllerInfo() != null ? "joint-controller" : "controller";
            default -> role;
          };
    }
    out.put(
        "role", role == null ? todo("processor, controller, joint-controller or authority") : role);
    String does = s.description() == null ? null : s.description().replaceAll("\\.$", "");
    out.put(
        "does",
        does == null || does.isEmpty()
            ? todo("what they do with the data")
            : does.substring(0, 1).toLowerCase(Locale.ROOT) + does.substring(1));
    out.put("country", todo("the country they handle the data in"));
    s.legalBasisForTransfers().stream()
        .map(SAFEGUARDS::get)
        .filter(g -> g != null)
        .findFirst()
        .ifPresent(g -> out.put("safeguard", g));
    String url = s.privacyPolicy();
    if (url != null && url.matches("(?i)https?://\\S+")) {
      out.put("privacy_url", url);
    }
    return out;
  }

  private static List<String> storeIds(FidesManifests m, List<Decl> decls) {
    Set<String> out = new LinkedHashSet<>();
    for (Decl d : decls) {
      for (String ds : datasets(d)) {
        if (d.declaration().dataCategories().stream().anyMatch(c -> holds(m, ds, c))) {
          out.add(id(ds, "store"));
        }
      }
    }
    return List.copyOf(out);
  }

  /** The datasets a declaration uses: its own references, else its system's. */
  private static List<String> datasets(Decl d) {
    List<String> own = d.declaration().datasetReferences();
    return own.isEmpty() ? d.system().datasetReferences() : own;
  }

  /** Whether a dataset holds a category (or is not among the manifests, so may hold it). */
  private static boolean holds(FidesManifests m, String dataset, String category) {
    Dataset ds = m.dataset(dataset);
    return ds == null || ds.holds(category);
  }

  /** A system run by someone else: it says so, or names a different legal entity. */
  private static boolean isThirdParty(FidesSystem s, String orgName) {
    String type = s.systemType() == null ? "" : s.systemType().toLowerCase(Locale.ROOT);
    String legal = s.legalName();
    return type.contains("third party")
        || type.contains("vendor")
        || (legal != null && orgName != null && !legal.equalsIgnoreCase(orgName));
  }

  /** What the notice id comes from: the organization's key, or its name for Fides's default. */
  private static String noticeKey(Organization org) {
    if (org == null) {
      return null;
    }
    boolean generic = org.fidesKey() == null || org.fidesKey().equals(DEFAULT_ORGANIZATION);
    return generic && org.name() != null ? org.name() : org.fidesKey();
  }

  private static ArrayNode texts(String... values) {
    return texts(List.of(values));
  }

  private static ArrayNode texts(List<String> values) {
    ArrayNode out = NODES.arrayNode();
    values.forEach(out::add);
    return out;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static String todo(String what) {
    return TODO + what;
  }

  /** A Candor id from a Fides key or name: lower case, hyphens, at most 63 characters. */
  static String id(String s, String otherwise) {
    String id =
        s == null
            ? ""
            : s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
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
