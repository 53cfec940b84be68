package dev.candor.vocab;

import dev.candor.model.DataItem;
import dev.candor.model.Purpose;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one crosswalk from fideslang keys to App Store, Google Play and W3C DPV terms, read from
 * {@code crosswalk.csv}, with the stores' own answer lists from {@code store_terms.csv}.
 */
public final class Crosswalk {
  /** The value that says a key has no match in a store or in DPV. */
  public static final String NONE = "none";

  /** Which target a term belongs to. */
  public enum Target {
    APPLE,
    GOOGLE,
    DPV
  }

  /**
   * One row: a fideslang key and its match in each target ({@link #NONE} when there is none), and
   * why a store has none (empty when both stores have a match).
   */
  public record Row(
      String kind, String key, String apple, String google, String dpv, String whyNone) {
    /** The match for one target, or empty when it is {@link #NONE}. */
    public Optional<String> in(Target t) {
      String v =
          switch (t) {
            case APPLE -> apple;
            case GOOGLE -> google;
            case DPV -> dpv;
          };
      return NONE.equals(v) ? Optional.empty() : Optional.of(v);
    }
  }

  /**
   * A store's own answer: the value it expects, the group it belongs to (an App Store Connect
   * category, or a Play question id and section joined by {@code |}), and the form's label.
   */
  public record StoreTerm(String store, String kind, String value, String group, String label) {}

  private final Map<String, Row> categories;
  private final Map<String, Row> uses;
  private final List<StoreTerm> terms;

  private Crosswalk(Map<String, Row> categories, Map<String, Row> uses, List<StoreTerm> terms) {
    this.categories = categories;
    this.uses = uses;
    this.terms = terms;
  }

  /** The built-in crosswalk, loaded once. */
  public static Crosswalk builtIn() {
    return Holder.INSTANCE;
  }

  /** The row of a data category, or empty for custom and unknown keys. */
  public Optional<Row> category(String key) {
    return Optional.ofNullable(key == null ? null : categories.get(key));
  }

  /** The row of a data use, or empty for custom and unknown keys. */
  public Optional<Row> use(String key) {
    return Optional.ofNullable(key == null ? null : uses.get(key));
  }

  /** Every category row, in file order. */
  public List<Row> categories() {
    return List.copyOf(categories.values());
  }

  /** Every use row, in file order. */
  public List<Row> uses() {
    return List.copyOf(uses.values());
  }

  /** A store's answers of one kind ({@code type} or {@code purpose}), in the form's order. */
  public List<StoreTerm> terms(String store, String kind) {
    return terms.stream().filter(t -> t.store().equals(store) && t.kind().equals(kind)).toList();
  }

  /** The store's answer with this value, if the store has it. */
  public Optional<StoreTerm> term(String store, String kind, String value) {
    return terms(store, kind).stream().filter(t -> t.value().equals(value)).findFirst();
  }

  /** The Apple data type of an item: its own override, else the crosswalk's; empty for none. */
  public Optional<String> appleType(DataItem d) {
    return resolve(d.apple(), category(d.category()), Target.APPLE);
  }

  /** The Play data type of an item: its own override, else the crosswalk's; empty for none. */
  public Optional<String> googleType(DataItem d) {
    return resolve(d.google(), category(d.category()), Target.GOOGLE);
  }

  /** The DPV personal-data term of an item; empty for none. */
  public Optional<String> dpvData(DataItem d) {
    return category(d.category()).flatMap(r -> r.in(Target.DPV));
  }

  /** The Apple purpose of a purpose: its own override, else the crosswalk's; empty for none. */
  public Optional<String> applePurpose(Purpose p) {
    return resolve(p.apple(), use(p.use()), Target.APPLE);
  }

  /** The Play purpose of a purpose: its own override, else the crosswalk's; empty for none. */
  public Optional<String> googlePurpose(Purpose p) {
    return resolve(p.google(), use(p.use()), Target.GOOGLE);
  }

  /** The DPV purpose term of a purpose; empty for none. */
  public Optional<String> dpvPurpose(Purpose p) {
    return use(p.use()).flatMap(r -> r.in(Target.DPV));
  }

  /**
   * How a store's question is answered for one data item or purpose.
   *
   * @param value the store's term; null when there is none
   * @param whyNone why there is none: the crosswalk's reason, or the inventory's own {@code none};
   *     null when there is a term, and null too when the key is custom or unknown (unmapped)
   */
  public record Answer(String value, String whyNone) {
    /** Whether nothing decides the answer: a custom or unknown key and no override. */
    public boolean unmapped() {
      return value == null && whyNone == null;
    }
  }

  /** The store's data type of an item ({@code APPLE} or {@code GOOGLE}), or why there is none. */
  public Answer dataType(Target store, DataItem d) {
    return answer(store == Target.APPLE ? d.apple() : d.google(), category(d.category()), store);
  }

  /** The store's purpose of a purpose ({@code APPLE} or {@code GOOGLE}), or why there is none. */
  public Answer purpose(Target store, Purpose p) {
    return answer(store == Target.APPLE ? p.apple() : p.google(), use(p.use()), store);
  }

  private static Answer answer(String override, Optional<Row> row, Target t) {
    if (override != null) {
      return NONE.equals(override)
          ? new Answer(
              null, "the inventory says " + t.name().toLowerCase(java.util.Locale.ROOT) + ": none")
          : new Answer(override, null);
    }
    if (row.isEmpty()) {
      return new Answer(null, null);
    }
    return row.get()
        .in(t)
        .map(v -> new Answer(v, null))
        .orElseGet(() -> new Answer(null, row.get().whyNone()));
  }

  private static Optional<String> resolve(String override, Optional<Row> row, Target t) {
    if (override != null) {
      return NONE.equals(override) ? Optional.empty() : Optional.of(override);
    }
    return row.flatMap(r -> r.in(t));
  }

  /** Holds the built-in instance so it is loaded lazily and safely across threads. */
  private static final class Holder {
    static final Crosswalk INSTANCE = load();
  }

  private static Crosswalk load() {
    Map<String, Row> categories = new LinkedHashMap<>();
    Map<String, Row> uses = new LinkedHashMap<>();
    for (List<String> r : rows("crosswalk.csv", 6)) {
      Row row = new Row(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5));
      (row.kind().equals("category") ? categories : uses).put(row.key(), row);
    }
    List<StoreTerm> terms = new ArrayList<>();
    for (List<String> r : rows("store_terms.csv", 5)) {
      terms.add(new StoreTerm(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)));
    }
    return new Crosswalk(
        java.util.Collections.unmodifiableMap(categories),
        java.util.Collections.unmodifiableMap(uses),
        List.copyOf(terms));
  }

  /** The data rows of a bundled CSV file: comments and the header line dropped. */
  private static List<List<String>> rows(String file, int columns) {
    try (InputStream in = Crosswalk.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IOException("missing resource " + file);
      }
      String text =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
              .lines()
              .filter(l -> !l.startsWith("#"))
              .collect(Collectors.joining("\n"));
      List<List<String>> records = TaxonomyRow.parse(new StringReader(text));
      List<List<String>> out = new ArrayList<>();
      for (List<String> r : records.subList(1, records.size())) {
        if (r.size() == 1 && r.get(0).isBlank()) {
          continue;
        }
        if (r.size() != columns) {
          throw new IOException(file + ": a row has " + r.size() + " fields: " + r);
        }
        out.add(r.stream().map(String::strip).toList());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
