package dev.candor.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.candor.model.Jurisdiction;
import dev.candor.model.Keyed;
import dev.candor.model.LegalBasis;
import dev.candor.model.Protection;
import dev.candor.model.RecipientRole;
import dev.candor.model.Right;
import dev.candor.model.Safeguard;
import dev.candor.model.Source;
import dev.candor.model.SpecialBasis;
import dev.candor.vocab.Category;
import dev.candor.vocab.Countries;
import dev.candor.vocab.Crosswalk;
import dev.candor.vocab.DataSubject;
import dev.candor.vocab.DataUse;
import dev.candor.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Fills the enums of the schema skeleton from Java, so the schema cannot drift from the loader.
 *
 * <p>The skeleton ({@code schema/inventory.schema.base.json}) holds the structure, the wording and
 * the conditional rules. Wherever a list of allowed values belongs it says {@code "enum":
 * "from:<list>"}, naming one of {@link #lists}; a literal enum array is refused, so every list has
 * one source. The generator also lets every list of single values be written as one value without
 * brackets, as the loader does ({@code jurisdictions: gdpr}).
 */
public final class SchemaGenerator {
  /** The prefix that marks an enum to be filled in. */
  public static final String FROM = "from:";

  private static final JsonMapper JSON = new JsonMapper();

  private SchemaGenerator() {}

  /**
   * The schema for a skeleton, pretty-printed with two-space indents and a final newline.
   *
   * @param languages the notice languages Candor has wording for
   * @param checks the ids of the checks an inventory may disable
   * @throws IllegalArgumentException if the skeleton is not JSON, names an unknown list or has a
   *     literal enum
   */
  public static String generate(String skeleton, Set<String> languages, List<String> checks) {
    JsonNode root;
    try {
      root = JSON.readTree(skeleton);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the schema skeleton is not JSON: " + e.getMessage(), e);
    }
    Map<String, List<String>> lists = lists(languages, checks);
    fill(root, "", lists);
    oneOrMany(root);
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""));
    printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    printer.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    try {
      return JSON.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Every list the skeleton can name, by name, each in the order Java defines it. Languages and
   * checks are given by the caller: their wording and rules live in packages that come later in the
   * pipeline.
   */
  public static Map<String, List<String>> lists(Set<String> languages, List<String> checks) {
    Vocabulary vocab = Vocabulary.english();
    Crosswalk crosswalk = Crosswalk.builtIn();
    Map<String, List<String>> lists = new LinkedHashMap<>();
    lists.put("languages", languages.stream().sorted().toList());
    lists.put("checks", List.copyOf(checks));
    lists.put("jurisdictions", Keyed.keys(Jurisdiction.class));
    lists.put("sources", Keyed.keys(Source.class));
    lists.put("legal-bases", Keyed.keys(LegalBasis.class));
    lists.put("special-bases", Keyed.keys(SpecialBasis.class));
    lists.put("safeguards", Keyed.keys(Safeguard.class));
    lists.put("protections", Keyed.keys(Protection.class));
    lists.put("recipient-roles", Keyed.keys(RecipientRole.class));
    lists.put("rights", Keyed.keys(Right.class));
    lists.put("technologies", Keyed.keys(dev.candor.model.Technology.class));
    lists.put("countries", Countries.codes());
    lists.put("categories", vocab.categories().stream().map(Category::key).toList());
    lists.put("uses", vocab.uses().stream().map(DataUse::key).toList());
    lists.put(
        "special-categories",
        vocab.categories().stream().filter(Category::special).map(Category::key).toList());
    lists.put("vendors", dev.candor.vocab.Vendors.builtIn().ids());
    lists.put("subjects", vocab.subjects().stream().map(DataSubject::key).toList());
    for (String store : List.of("apple", "google")) {
      for (String kind : List.of("type", "purpose")) {
        lists.put(
            store + "-" + (kind.equals("type") ? "data-types" : "purposes"),
            Stream.concat(
                    crosswalk.terms(store, kind).stream().map(Crosswalk.StoreTerm::value),
                    Stream.of(Crosswalk.NONE))
                .toList());
      }
    }
    for (Jurisdiction law : List.of(Jurisdiction.GDPR, Jurisdiction.UK_GDPR)) {
      lists.put(
          "countries-without-safeguard-" + law.key(),
          Countries.codes().stream()
              .filter(c -> Countries.transfer(law, c) != Countries.Transfer.NEEDS_SAFEGUARD)
              .toList());
    }
    return lists;
  }

  private static void fill(JsonNode node, String path, Map<String, List<String>> lists) {
    if (node instanceof ObjectNode o) {
      JsonNode e = o.get("enum");
      if (e != null && e.isArray()) {
        throw new IllegalArgumentException(
            "literal enum at "
                + path
                + "/enum in the schema"
                + " skeleton: name a list from Java instead, one of "
                + lists.keySet());
      }
      if (e != null && e.isTextual() && e.asText().startsWith(FROM)) {
        String name = e.asText().substring(FROM.length());
        List<String> values = lists.get(name);
        if (values == null) {
          throw new IllegalArgumentException(
              "unknown list '"
                  + name
                  + "' at "
                  + path
                  + "/enum in the schema skeleton; known: "
                  + lists.keySet());
        }
        ArrayNode array = o.putArray("enum");
        values.forEach(array::add);
      }
      JsonNode pattern = o.get("pattern");
      if (pattern != null && pattern.isTextual() && pattern.asText().startsWith(FROM)) {
        // A language tag: one of Candor's languages, with any region or script after it.
        String name = pattern.asText().substring(FROM.length());
        List<String> values = lists.get(name);
        if (values == null) {
          throw new IllegalArgumentException(
              "unknown list '"
                  + name
                  + "' at "
                  + path
                  + "/pattern in the schema skeleton; known: "
                  + lists.keySet());
        }
        o.put("pattern", "^(" + String.join("|", values) + ")(-[A-Za-z0-9]{2,8})*$");
      }
      for (Map.Entry<String, JsonNode> p : o.properties()) {
        fill(p.getValue(), path + "/" + p.getKey(), lists);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        fill(a.get(i), path + "/" + i, lists);
      }
    }
  }

  /**
   * Lets each property that is a list of single values also be one value: the loader reads {@code
   * key: value} as a list of one. The title and description stay on the property.
   */
  private static void oneOrMany(JsonNode node) {
    if (node instanceof ObjectNode o) {
      if (o.get("properties") instanceof ObjectNode properties) {
        for (String name : fieldNames(properties)) {
          JsonNode p = properties.get(name);
          if (p instanceof ObjectNode list && isListOfValues(list)) {
            properties.set(name, oneOrMany(list));
          }
        }
      }
      o.properties().forEach(e -> oneOrMany(e.getValue()));
    } else if (node instanceof ArrayNode a) {
      a.forEach(SchemaGenerator::oneOrMany);
    }
  }

  private static List<String> fieldNames(ObjectNode o) {
    List<String> names = new ArrayList<>();
    o.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static boolean isListOfValues(ObjectNode p) {
    JsonNode items = p.get("items");
    return "array".equals(p.path("type").asText())
        && items != null
        && !"object".equals(items.path("type").asText());
  }

  private static ObjectNode oneOrMany(ObjectNode list) {
    ObjectNode wrapped = JSON.createObjectNode();
    ObjectNode many = list.deepCopy();
    for (String annotation : List.of("title", "description")) {
      if (many.has(annotation)) {
        wrapped.set(annotation, many.remove(annotation));
      }
    }
    ArrayNode anyOf = wrapped.putArray("anyOf");
    anyOf.add(many);
    anyOf.add(many.get("items").deepCopy());
    return wrapped;
  }
}
