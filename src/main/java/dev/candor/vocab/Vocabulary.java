package dev.candor.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The fideslang data categories, data uses and data subjects, each with a plain-language label.
 *
 * <p>Immutable and loaded once from the jar; {@link #english()} returns the shared instance.
 */
public final class Vocabulary {

  /** Prefix of the keys an inventory defines itself, which need a label of their own. */
  public static final String CUSTOM_PREFIX = "custom.";

  private static final String RESOURCES = "/dev/candor/vocab/";
  private static final String CATEGORY_ROOT = "data_category";
  private static final String USE_ROOT = "data_use";
  private static final String SUBJECT_ROOT = "data_subject";

  // Notices have to name these uses on their own: people can object to direct marketing at any
  // time (GDPR Art. 21(2)-(3)), and targeted advertising is "sharing" that Californians can opt
  // out of (Cal. Civ. Code §§ 1798.120, 1798.140(ah)). The taxonomy files every advertising use
  // under marketing.advertising and every marketing use under marketing, so the subtree decides.
  private static final String ADVERTISING = "marketing.advertising";
  private static final String MARKETING = "marketing";

  private static final Map<String, Vocabulary> BY_LANGUAGE =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final String language;
  private final List<String> fallbacks;
  private final Map<String, Category> categories;
  private final Map<String, DataUse> uses;
  private final Map<String, DataSubject> subjects;
  private final NearestKeys categoryKeys;
  private final NearestKeys useKeys;
  private final NearestKeys subjectKeys;

  private Vocabulary(
      String language,
      List<String> fallbacks,
      Map<String, Category> categories,
      Map<String, DataUse> uses,
      Map<String, DataSubject> subjects) {
    this.language = language;
    this.fallbacks = List.copyOf(fallbacks);
    this.categories = Collections.unmodifiableMap(new LinkedHashMap<>(categories));
    this.uses = Collections.unmodifiableMap(new LinkedHashMap<>(uses));
    this.subjects = Collections.unmodifiableMap(new LinkedHashMap<>(subjects));
    this.categoryKeys = new NearestKeys(categories.keySet());
    this.useKeys = new NearestKeys(uses.keySet());
    this.subjectKeys = new NearestKeys(subjects.keySet());
  }

  /** The vocabulary with English labels, loaded on first use and shared after that. */
  public static Vocabulary english() {
    return English.INSTANCE;
  }

  /**
   * The vocabulary with labels in a language; a label the language lacks is the English one, and is
   * listed by {@link #fallbacks()}. Unknown languages get English.
   */
  public static Vocabulary forLanguage(String language) {
    String base = language.split("-")[0];
    if (base.equals("en")
        || Vocabulary.class.getResource(RESOURCES + "labels_" + base + ".properties") == null) {
      return english();
    }
    return BY_LANGUAGE.computeIfAbsent(
        base, b -> load(b, "labels_" + b + ".properties", labels("labels_en.properties")));
  }

  /** The language of the labels. */
  public String language() {
    return language;
  }

  /** The label keys this language lacks, shown in English instead; empty for English. */
  public List<String> fallbacks() {
    return fallbacks;
  }

  /** The category with this key, or empty for unknown and custom keys. */
  public Optional<Category> category(String key) {
    return Optional.ofNullable(key == null ? null : categories.get(key));
  }

  /** The data use with this key, or empty for unknown and custom keys. */
  public Optional<DataUse> use(String key) {
    return Optional.ofNullable(key == null ? null : uses.get(key));
  }

  /** The data subject with this key, or empty for unknown and custom keys. */
  public Optional<DataSubject> subject(String key) {
    return Optional.ofNullable(key == null ? null : subjects.get(key));
  }

  /** Every data subject, in the taxonomy's order. */
  public List<DataSubject> subjects() {
    return List.copyOf(subjects.values());
  }

  /**
   * The label of a data-subject key: the taxonomy's, or for a custom key ({@code
   * custom.club_members}) its name with spaces ("club members").
   */
  public String subjectLabel(String key) {
    return subject(key)
        .map(DataSubject::label)
        .orElseGet(
            () ->
                isCustom(key)
                    ? key.substring(CUSTOM_PREFIX.length()).replace('_', ' ').replace('-', ' ')
                    : key);
  }

  /** Every category, in the taxonomy's order. */
  public List<Category> categories() {
    return List.copyOf(categories.values());
  }

  /** Every data use, in the taxonomy's order. */
  public List<DataUse> uses() {
    return List.copyOf(uses.values());
  }

  /** Up to three category keys close to a misspelt one, nearest first; empty if none is close. */
  public List<String> suggestCategories(String typo) {
    return categoryKeys.suggest(typo);
  }

  /** Up to three data-use keys close to a misspelt one, nearest first; empty if none is close. */
  public List<String> suggestUses(String typo) {
    return useKeys.suggest(typo);
  }

  /** Up to three data-subject keys close to a misspelt one, nearest first; empty if none is. */
  public List<String> suggestSubjects(String typo) {
    return subjectKeys.suggest(typo);
  }

  /** Whether the key is one an inventory defines itself ({@code custom.} and a name). */
  public static boolean isCustom(String key) {
    return key != null && key.startsWith(CUSTOM_PREFIX) && key.length() > CUSTOM_PREFIX.length();
  }

  /** Holds the English instance so that it is built lazily and safely across threads. */
  private static final class English {
    static final Vocabulary INSTANCE = load("en", "labels_en.properties", new Properties());
  }

  private static Properties labels(String labelsFile) {
    Properties labels = new Properties();
    try (Reader in = open(labelsFile)) {
      labels.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + labelsFile, e);
    }
    return labels;
  }

  private static Vocabulary load(String language, String labelsFile, Properties english) {
    Properties labels = labels(labelsFile);
    List<String> fallbacks = new ArrayList<>();
    for (String key : english.stringPropertyNames()) {
      if (labels.getProperty(key, "").isBlank()) {
        labels.setProperty(key, english.getProperty(key));
        fallbacks.add(key);
      }
    }
    java.util.Collections.sort(fallbacks);
    List<String> missing = new ArrayList<>();

    Map<String, Category> categories = new LinkedHashMap<>();
    for (TaxonomyRow row : rows("fideslang/data_categories.csv")) {
      if (row.key().equals(CATEGORY_ROOT)) {
        continue;
      }
      String label = required(labels, "category." + row.key() + ".label", missing);
      // An example only where the label does not say it all: "name@example.com" tells nobody
      // what an email address is.
      String example = labels.getProperty("category." + row.key() + ".example", "").strip();
      categories.put(
          row.key(),
          new Category(
              row.key(),
              CATEGORY_ROOT.equals(row.parent()) ? null : row.parent(),
              label,
              example.isEmpty() ? null : example,
              SensitiveCategories.entryFor(row.key()).isPresent(),
              SensitiveCategories.isSpecial(row.key()),
              row.deprecated(),
              row.replacedBy()));
    }

    Map<String, DataUse> uses = new LinkedHashMap<>();
    for (TaxonomyRow row : rows("fideslang/data_uses.csv")) {
      if (row.key().equals(USE_ROOT)) {
        continue;
      }
      String label = required(labels, "use." + row.key() + ".label", missing);
      uses.put(
          row.key(),
          new DataUse(
              row.key(),
              USE_ROOT.equals(row.parent()) ? null : row.parent(),
              label,
              isWithin(row.key(), ADVERTISING),
              isWithin(row.key(), MARKETING)));
    }

    Map<String, DataSubject> subjects = new LinkedHashMap<>();
    for (TaxonomyRow row : rows("fideslang/data_subjects.csv")) {
      if (!row.key().equals(SUBJECT_ROOT)) {
        subjects.put(
            row.key(),
            new DataSubject(
                row.key(), required(labels, "subject." + row.key() + ".label", missing)));
      }
    }

    // A gap here is a packaging mistake, and a notice with a blank where a label belongs would
    // mislead its readers, so refuse to start rather than render it.
    if (!missing.isEmpty()) {
      throw new IllegalStateException(labelsFile + " lacks " + String.join(", ", missing));
    }
    return new Vocabulary(language, fallbacks, categories, uses, subjects);
  }

  private static String required(Properties labels, String name, List<String> missing) {
    String value = labels.getProperty(name, "").strip();
    if (value.isEmpty()) {
      missing.add(name);
    }
    return value;
  }

  private static boolean isWithin(String key, String ancestor) {
    return key.equals(ancestor) || key.startsWith(ancestor + ".");
  }

  private static List<TaxonomyRow> rows(String file) {
    try (Reader in = open(file)) {
      return TaxonomyRow.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Opens a bundled resource as strict UTF-8, so a mis-encoded label fails instead of garbling. */
  private static Reader open(String file) throws IOException {
    InputStream stream = Vocabulary.class.getResourceAsStream(RESOURCES + file);
    if (stream == null) {
      throw new IOException("missing resource " + RESOURCES + file);
    }
    return new InputStreamReader(stream, StandardCharsets.UTF_8.newDecoder());
  }
}
