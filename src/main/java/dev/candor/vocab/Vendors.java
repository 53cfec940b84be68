package dev.candor.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.candor.model.Keyed;
import dev.candor.model.RecipientRole;
import dev.candor.model.Safeguard;
import dev.candor.vocab.Vendor.AppleAnswer;
import dev.candor.vocab.Vendor.Ecosystem;
import dev.candor.vocab.Vendor.PlayAnswer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vendor registry: common services and SDKs, read from {@code vendors.yaml} (its schema is
 * {@code schema/vendors.schema.json}). A recipient names an entry with {@code vendor:}; a scan of
 * dependency files finds entries by their package coordinates.
 */
public final class Vendors {
  /** The transfer mechanism that says the vendor is inside the EEA, where none is needed. */
  public static final String INSIDE_EEA = "eea";

  private final Map<String, Vendor> byId;
  private final Map<Ecosystem, Map<String, Vendor>> byPackage;

  private Vendors(List<Vendor> vendors) {
    Map<String, Vendor> ids = new LinkedHashMap<>();
    Map<Ecosystem, Map<String, Vendor>> packages = new EnumMap<>(Ecosystem.class);
    for (Vendor v : vendors) {
      if (ids.put(v.id(), v) != null) {
        throw new IllegalStateException("vendors.yaml: the id '" + v.id() + "' is used twice");
      }
      v.packages()
          .forEach(
              (eco, coordinates) -> {
                for (String c : coordinates) {
                  Vendor before =
                      packages.computeIfAbsent(eco, e -> new LinkedHashMap<>()).put(key(eco, c), v);
                  if (before != null) {
                    throw new IllegalStateException(
                        "vendors.yaml: "
                            + eco.key()
                            + " package '"
                            + c
                            + "' is in both '"
                            + before.id()
                            + "' and '"
                            + v.id()
                            + "'");
                  }
                }
              });
    }
    this.byId = Collections.unmodifiableMap(ids);
    this.byPackage = packages;
  }

  /** The registry that ships with Candor, loaded once. */
  public static Vendors builtIn() {
    return Holder.INSTANCE;
  }

  /** Every entry, in file order. */
  public List<Vendor> all() {
    return List.copyOf(byId.values());
  }

  /** Every id, in file order. */
  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  /** The entry with this id. */
  public Optional<Vendor> byId(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /** The entry whose package this is, in the given ecosystem. */
  public Optional<Vendor> byPackage(Ecosystem eco, String coordinate) {
    Map<String, Vendor> m = byPackage.get(eco);
    return Optional.ofNullable(m == null ? null : m.get(key(eco, coordinate)));
  }

  /**
   * The entry of a Swift package checked out under this folder name (SwiftPM names a checkout after
   * the repository, {@code .build/checkouts/sentry-cocoa}).
   */
  public Optional<Vendor> bySwiftCheckout(String folder) {
    String tail = "/" + folder.toLowerCase(java.util.Locale.ROOT);
    Map<String, Vendor> m = byPackage.getOrDefault(Ecosystem.SWIFTPM, Map.of());
    return m.entrySet().stream()
        .filter(e -> e.getKey().endsWith(tail))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /** A coordinate as the registry's index holds it; CocoaPods subspecs count as their pod. */
  private static String key(Ecosystem eco, String coordinate) {
    String c = eco.normalize(coordinate);
    return eco == Ecosystem.COCOAPODS && c.contains("/") ? c.substring(0, c.indexOf('/')) : c;
  }

  /** Holds the built-in registry so it is loaded lazily and safely across threads. */
  private static final class Holder {
    static final Vendors INSTANCE = load();
  }

  private static Vendors load() {
    try (InputStream in = Vendors.class.getResourceAsStream("vendors.yaml")) {
      if (in == null) {
        throw new IOException("missing resource vendors.yaml");
      }
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
      List<Vendor> vendors = new ArrayList<>();
      for (JsonNode v : root.path("vendors")) {
        vendors.add(vendor(v));
      }
      return new Vendors(vendors);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Vendor vendor(JsonNode v) {
    String id = v.path("id").asText();
    Map<Ecosystem, List<String>> packages = new EnumMap<>(Ecosystem.class);
    for (Ecosystem e : Ecosystem.values()) {
      List<String> list = texts(v.path("packages").path(e.key()));
      if (!list.isEmpty()) {
        packages.put(e, list);
      }
    }
    List<AppleAnswer> apple = new ArrayList<>();
    for (JsonNode a : v.path("apple")) {
      apple.add(
          new AppleAnswer(
              a.path("type").asText(),
              a.path("linked").asBoolean(true),
              a.path("tracking").asBoolean(false),
              texts(a.path("purposes"))));
    }
    List<PlayAnswer> google = new ArrayList<>();
    for (JsonNode g : v.path("google")) {
      google.add(
          new PlayAnswer(
              g.path("type").asText(),
              g.path("shared").asBoolean(false),
              texts(g.path("purposes"))));
    }
    String mechanism = v.path("transfer").path("mechanism").asText(INSIDE_EEA);
    Safeguard transfer =
        INSIDE_EEA.equals(mechanism)
            ? null
            : Keyed.byKey(Safeguard.class, mechanism)
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "vendors.yaml: '" + id + "' has the transfer '" + mechanism + "'"));
    return new Vendor(
        id,
        v.path("name").asText(),
        v.path("kind").asText(),
        v.path("legal_entity").asText(),
        v.path("country").asText(),
        Keyed.byKey(RecipientRole.class, v.path("role").asText())
            .orElseThrow(() -> new IllegalStateException("vendors.yaml: '" + id + "' role")),
        v.path("advertising").asBoolean(false),
        v.path("does").asText(),
        transfer,
        date(v.path("transfer").path("checked")),
        v.path("privacy_url").asText(null),
        texts(v.path("domains")),
        texts(v.path("tracking_domains")),
        packages,
        texts(v.path("data")),
        texts(v.path("purposes")),
        apple,
        google,
        v.path("source").asText(null),
        date(v.path("checked")));
  }

  private static LocalDate date(JsonNode n) {
    return n.isMissingNode() || n.isNull() ? null : LocalDate.parse(n.asText());
  }

  private static List<String> texts(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.forEach(x -> out.add(x.asText()));
    return out;
  }
}
