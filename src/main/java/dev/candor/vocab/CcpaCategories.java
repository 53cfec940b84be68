package dev.candor.vocab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The categories of personal information of Cal. Civ. Code § 1798.140(v)(1) that each fideslang
 * data category falls under, read from the one table {@code ccpa_categories.csv}.
 */
public final class CcpaCategories {
  private static final String RESOURCE = "/dev/candor/vocab/ccpa_categories.csv";

  /** Marks a category that is not personal information. */
  public static final String NONE = "none";

  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("A", "identifiers"),
          Map.entry("B", "personal records (1798.80(e))"),
          Map.entry("C", "characteristics of protected classifications"),
          Map.entry("D", "commercial information"),
          Map.entry("E", "biometric information"),
          Map.entry("F", "internet or other network activity"),
          Map.entry("G", "geolocation data"),
          Map.entry("H", "audio, electronic or visual information"),
          Map.entry("I", "professional or employment information"),
          Map.entry("J", "education information"),
          Map.entry("K", "inferences used to build a profile"),
          Map.entry("L", "sensitive personal information"),
          Map.entry("other", "other personal information"));

  private final Map<String, List<String>> table;

  private CcpaCategories(Map<String, List<String>> table) {
    this.table = Map.copyOf(table);
  }

  /** The table bundled in the jar. */
  public static CcpaCategories bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * The CCPA categories of a fideslang key: its own row, or its nearest listed parent's; empty when
   * neither it nor a parent below the root is listed (custom keys, the bare {@code user}). A list
   * holding only {@link #NONE} means the data is not personal information.
   */
  public Optional<List<String>> of(String key) {
    String k = key;
    while (k != null) {
      List<String> row = table.get(k);
      if (row != null) {
        return Optional.of(row);
      }
      int dot = k.lastIndexOf('.');
      k = dot < 0 ? null : k.substring(0, dot);
    }
    return Optional.empty();
  }

  /** The statutory name of a category letter, e.g. "identifiers" for A. */
  public static String name(String letter) {
    return NAMES.getOrDefault(letter, letter);
  }

  private static final class Bundled {
    static final CcpaCategories INSTANCE = load();
  }

  private static CcpaCategories load() {
    InputStream in = CcpaCategories.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    Map<String, List<String>> table = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("key,")) {
          continue;
        }
        String[] cols = line.split(",", 2);
        List<String> letters = Arrays.asList(cols[1].strip().split("\\s+"));
        for (String l : letters) {
          if (!NAMES.containsKey(l) && !NONE.equals(l)) {
            throw new IllegalStateException(RESOURCE + ": unknown category '" + l + "'");
          }
        }
        table.put(cols[0].strip(), List.copyOf(letters));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CcpaCategories(table);
  }
}
