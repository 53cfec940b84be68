package dev.candor.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.candor.model.Jurisdiction;
import dev.candor.model.Keyed;
import dev.candor.model.Project;
import dev.candor.problem.UsageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code candor init}: the files of a new project, from a few answers. What Candor cannot guess is
 * written as a {@code TODO} value, which {@code candor validate} refuses until it is filled in.
 *
 * <p>Every file is built as a tree and written by Jackson's YAML writer, so whatever the answers
 * hold (a colon, quotes, a '#') is quoted as YAML needs.
 */
public final class Starter {
  /** The folder of notices a new project gets. */
  public static final String NOTICES = "privacy";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final YAMLMapper YAML =
      new YAMLMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
              .build());

  private Starter() {}

  /**
   * The answers to {@code candor init}'s questions; a null fact is left as a TODO value.
   *
   * @param name the organisation's name
   * @param country the organisation's two-letter country code
   * @param laws the laws the notice is written for
   * @param email where people write about their data
   * @param address the organisation's postal address
   * @param storeCountry where the data is stored, as a two-letter country code
   * @param baseUrl where the notice site will be published, ending in '/'
   * @param effective the date the first version takes effect
   */
  public record Answers(
      String name,
      String country,
      List<Jurisdiction> laws,
      String email,
      String address,
      String storeCountry,
      String baseUrl,
      LocalDate effective) {
    public Answers {
      laws = List.copyOf(laws);
    }

    /** The notice id: the name in lower case, with hyphens between words. */
    public String id() {
      String id =
          name.toLowerCase(Locale.ROOT)
              .replaceAll("[^a-z0-9]+", "-")
              .replaceAll("^-+|-+$", "")
              .replaceAll("^([0-9])", "n$1");
      return id.isEmpty() ? "privacy" : id;
    }
  }

  /** The laws a notice for an organisation in {@code country} is first written for. */
  public static List<Jurisdiction> lawsFor(String country) {
    if (country == null) {
      return List.of(Jurisdiction.GDPR);
    }
    return switch (country) {
      case "GB" -> List.of(Jurisdiction.UK_GDPR);
      case "US" -> List.of(Jurisdiction.CCPA);
      default -> List.of(Jurisdiction.GDPR);
    };
  }

  /** The files of a new project, by their path relative to its folder. */
  public static Map<String, byte[]> files(Answers a) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    files.put(Project.FILE, yaml(HEADER_PROJECT, project()));
    files.put(NOTICES + "/" + a.id() + ".yaml", yaml(HEADER_INVENTORY, inventory(a)));
    files.put(NOTICES + "/site/site.yaml", yaml(HEADER_SITE, site(a)));
    Schemas.all().forEach((n, bytes) -> files.put(NOTICES + "/schema/" + n, bytes));
    return files;
  }

  /**
   * Writes a new project into {@code dir}, all files or none; without {@code force} an existing
   * file is left alone and named in the error.
   */
  public static List<Path> write(Path dir, Answers a, boolean force)
      throws IOException, UsageException {
    Map<String, byte[]> files = files(a);
    if (!force) {
      for (String name : files.keySet()) {
        if (Files.exists(dir.resolve(name))) {
          throw new UsageException(
              dir.resolve(name) + " already exists; use --force to replace the files init writes");
        }
      }
    }
    AtomicWriter.files(dir, files);
    List<Path> written = new ArrayList<>();
    files.keySet().forEach(n -> written.add(dir.resolve(n)));
    return written;
  }

  /** A required data item kept in the main database, shared with no one, for one purpose. */
  private static void item(
      ArrayNode data,
      String id,
      String category,
      String source,
      String without,
      String purpose,
      String duration,
      String after) {
    ObjectNode item = data.addObject();
    item.put("id", id);
    item.put("category", category);
    item.put("source", source);
    item.put("required", true);
    item.put("without", without);
    item.putArray("purposes").add(purpose);
    ObjectNode kept = item.putObject("retention");
    kept.put("duration", duration);
    kept.put("after", after);
    item.putArray("stores").add("main-db");
    item.putArray("recipients");
  }

  private static final String HEADER_PROJECT =
      "# Candor project settings: where notices, their archive, the site and the output live.\n"
          + "# Paths are relative to this file. Reference: `candor docs project`.\n";

  private static final String HEADER_INVENTORY =
      "# yaml-language-server: $schema=schema/inventory.schema.json\n"
          + "# Your first Candor inventory. Replace every TODO value, then run `candor validate`.\n"
          + "# Field reference: `candor docs inventory`.\n"
          + "# `changes:` at the end is this notice's own history: add an entry for each new version.\n"
          + "# When you copy this file for another notice, replace that list with the new notice's.\n";

  private static final String HEADER_SITE =
      "# yaml-language-server: $schema=../schema/site.schema.json\n"
          + "# The notice site's settings, used by `candor site` and `candor serve`."
          + " Reference: `candor docs site`.\n";

  private static ObjectNode project() {
    ObjectNode p = NODES.objectNode();
    p.put("notices", NOTICES);
    p.put("archive", NOTICES + "/archive");
    p.put("site", NOTICES + "/site");
    p.put("out", "out/" + NOTICES);
    p.putArray("languages").add("en");
    return p;
  }

  private static ObjectNode inventory(Answers a) {
    boolean gdpr = a.laws().contains(Jurisdiction.GDPR) || a.laws().contains(Jurisdiction.UK_GDPR);
    String email = or(a.email(), "TODO: the email address people write to about their data");
    ObjectNode inv = NODES.objectNode();
    ObjectNode notice = inv.putObject("notice");
    notice.put("id", a.id());
    notice.put("title", "Privacy notice for " + a.name());
    notice.put("version", "1.0");
    notice.put("effective", a.effective().toString());
    notice.put("language", "en");
    ArrayNode laws = notice.putArray("jurisdictions");
    a.laws().forEach(l -> laws.add(l.key()));

    ObjectNode controller = inv.putObject("controller");
    controller.put("name", a.name());
    controller.put("address", or(a.address(), "TODO: your organisation's postal address"));
    controller.put("country", or(a.country(), "TODO: your country, as a code such as DE or GB"));
    controller.put("email", email);
    if (a.laws().contains(Jurisdiction.CCPA)) {
      controller.put("phone", "TODO: a toll-free phone number for requests");
    }
    if (gdpr) {
      ObjectNode authority = controller.putObject("authority");
      authority.put("name", "TODO: the data protection authority people can complain to");
      authority.put("website", "TODO: the authority's website, starting with https://");
    }

    ArrayNode data = inv.putArray("data");
    item(
        data,
        "email",
        "user.contact.email",
        "person",
        "We cannot create your account.",
        "account",
        "TODO: how long you keep it, e.g. P30D for 30 days",
        "you delete your account");
    item(
        data,
        "device",
        "user.device.ip_address",
        "automatic",
        "Our service cannot send pages to your device.",
        "security",
        "TODO: how long you keep server logs, e.g. P14D for 14 days",
        "your visit");

    ArrayNode purposes = inv.putArray("purposes");
    ObjectNode run = purposes.addObject();
    run.put("id", "account");
    run.put("use", "essential.service");
    run.put("label", "create and run your account");
    run.put("basis", "contract");
    ObjectNode security = purposes.addObject();
    security.put("id", "security");
    security.put("use", "essential.service.security");
    security.put("label", "keep our service safe from attacks and abuse");
    security.put("basis", "legitimate-interests");
    security.put(
        "interest", "We need to block attacks and abuse to keep the service running for all.");

    ObjectNode store = inv.putArray("stores").addObject();
    store.put("id", "main-db");
    store.put("provider", "TODO: the company that hosts your database");
    store.put(
        "country",
        or(a.storeCountry(), "TODO: the country the data is stored in, as a code such as DE"));
    store.putArray("protections").add("TODO: how it is protected, e.g. encryption-at-rest");

    inv.putArray("recipients");

    ObjectNode rights = inv.putObject("rights");
    ArrayNode available = rights.putArray("available");
    List<String> rightKeys =
        gdpr
            ? List.of(
                "access", "rectification", "erasure", "restriction", "portability", "objection")
            : List.of("know", "delete", "correct", "non-discrimination");
    rightKeys.forEach(available::add);
    rights.put("email", email);
    rights.put("respond_within", gdpr ? "P1M" : "P45D");
    rights.put(
        "verification", "TODO: how you check that a request comes from the person it is about");

    ObjectNode change = inv.putArray("changes").addObject();
    change.put("version", "1.0");
    change.put("date", a.effective().toString());
    change.put("summary", "First version.");
    return inv;
  }

  private static ObjectNode site(Answers a) {
    ObjectNode s = NODES.objectNode();
    s.put("name", a.name() + " privacy centre");
    s.put(
        "base_url",
        or(
            a.baseUrl(),
            "TODO: the address the site is published at, e.g. https://example.com/privacy/"));
    s.put("language", "en");
    return s;
  }

  private static String or(String value, String todo) {
    return value == null || value.isBlank() ? todo : value;
  }

  private static byte[] yaml(String header, ObjectNode tree) throws JsonProcessingException {
    return (header + YAML.writeValueAsString(tree)).getBytes(StandardCharsets.UTF_8);
  }

  /** Whether {@code key} names a law, for option parsing. */
  public static java.util.Optional<Jurisdiction> law(String key) {
    return Keyed.byKey(Jurisdiction.class, key.strip());
  }
}
