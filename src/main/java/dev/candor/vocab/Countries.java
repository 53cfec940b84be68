package dev.candor.vocab;

import dev.candor.model.Jurisdiction;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/** Country names, and whether sending data to a country is a transfer abroad under a law. */
public final class Countries {
  /** The EU member states and Iceland, Liechtenstein and Norway. */
  private static final Set<String> EEA =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO");

  /**
   * Countries with an EU adequacy decision (GDPR Art. 45). The United States is adequate only for
   * recipients certified under the Data Privacy Framework, which an inventory states with {@code
   * safeguard: dpf}.
   */
  private static final Set<String> EU_ADEQUATE =
      Set.of("AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "GB", "UY");

  /** Countries covered by UK adequacy regulations (UK GDPR Art. 45), besides the EEA. */
  private static final Set<String> UK_ADEQUATE =
      Set.of("AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "UY", "GI");

  private static final Map<String, Map<String, String>> NAMES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Codes people write that are not ISO 3166-1 alpha-2, with the code they mean: UK is
   * exceptionally reserved for the United Kingdom, whose code is GB; EL is the EU's own code for
   * Greece.
   */
  private static final Map<String, String> ALIASES = Map.of("UK", "GB", "EL", "GR");

  private Countries() {}

  /**
   * Every ISO 3166-1 alpha-2 code an inventory may use, sorted: the codes country names are shipped
   * for, so the list does not change with the Java version.
   */
  public static List<String> codes() {
    return NAMES.computeIfAbsent("en", Countries::load).keySet().stream().sorted().toList();
  }

  public static boolean isCode(String code) {
    return NAMES.computeIfAbsent("en", Countries::load).containsKey(code);
  }

  /** The code meant by a common non-ISO code such as UK, if it is one. */
  public static Optional<String> alias(String code) {
    return Optional.ofNullable(ALIASES.get(code));
  }

  /** What sending data to a country means under one law. */
  public enum Transfer {
    /** Not a transfer abroad. */
    NONE,
    /** A transfer to a country the law considers adequate. */
    ADEQUATE,
    /** A transfer that needs a safeguard. */
    NEEDS_SAFEGUARD
  }

  /** The English short name of a country code, e.g. "United States" for US. */
  public static String name(String code) {
    return name(code, "en");
  }

  /** The short name of a country code in a language, falling back to English, then the code. */
  public static String name(String code, String language) {
    String base = language.split("-")[0];
    Map<String, String> names = NAMES.computeIfAbsent(base, Countries::load);
    String name = names.get(code);
    if (name == null && !base.equals("en")) {
      return name(code, "en");
    }
    return name == null ? code : name;
  }

  /** The languages country names are shipped in. */
  public static boolean hasLanguage(String language) {
    return Countries.class.getResource("countries_" + language.split("-")[0] + ".properties")
        != null;
  }

  public static boolean isEea(String code) {
    return EEA.contains(code);
  }

  /** How the law treats data sent to {@code country}. */
  public static Transfer transfer(Jurisdiction law, String country) {
    return switch (law) {
      case GDPR ->
          EEA.contains(country)
              ? Transfer.NONE
              : EU_ADEQUATE.contains(country) ? Transfer.ADEQUATE : Transfer.NEEDS_SAFEGUARD;
      case UK_GDPR ->
          "GB".equals(country)
              ? Transfer.NONE
              : EEA.contains(country) || UK_ADEQUATE.contains(country)
                  ? Transfer.ADEQUATE
                  : Transfer.NEEDS_SAFEGUARD;
      case CCPA, VCDPA, CPA, CTDPA, UCPA, TDPSA, OCPA -> Transfer.NONE;
    };
  }

  /** US states and DC by their ISO 3166-2 codes; state names are the same in most languages. */
  private static final Map<String, String> US_STATES =
      Map.ofEntries(
          Map.entry("AL", "Alabama"),
          Map.entry("AK", "Alaska"),
          Map.entry("AZ", "Arizona"),
          Map.entry("AR", "Arkansas"),
          Map.entry("CA", "California"),
          Map.entry("CO", "Colorado"),
          Map.entry("CT", "Connecticut"),
          Map.entry("DE", "Delaware"),
          Map.entry("DC", "the District of Columbia"),
          Map.entry("FL", "Florida"),
          Map.entry("GA", "Georgia"),
          Map.entry("HI", "Hawaii"),
          Map.entry("ID", "Idaho"),
          Map.entry("IL", "Illinois"),
          Map.entry("IN", "Indiana"),
          Map.entry("IA", "Iowa"),
          Map.entry("KS", "Kansas"),
          Map.entry("KY", "Kentucky"),
          Map.entry("LA", "Louisiana"),
          Map.entry("ME", "Maine"),
          Map.entry("MD", "Maryland"),
          Map.entry("MA", "Massachusetts"),
          Map.entry("MI", "Michigan"),
          Map.entry("MN", "Minnesota"),
          Map.entry("MS", "Mississippi"),
          Map.entry("MO", "Missouri"),
          Map.entry("MT", "Montana"),
          Map.entry("NE", "Nebraska"),
          Map.entry("NV", "Nevada"),
          Map.entry("NH", "New Hampshire"),
          Map.entry("NJ", "New Jersey"),
          Map.entry("NM", "New Mexico"),
          Map.entry("NY", "New York"),
          Map.entry("NC", "North Carolina"),
          Map.entry("ND", "North Dakota"),
          Map.entry("OH", "Ohio"),
          Map.entry("OK", "Oklahoma"),
          Map.entry("OR", "Oregon"),
          Map.entry("PA", "Pennsylvania"),
          Map.entry("RI", "Rhode Island"),
          Map.entry("SC", "South Carolina"),
          Map.entry("SD", "South Dakota"),
          Map.entry("TN", "Tennessee"),
          Map.entry("TX", "Texas"),
          Map.entry("UT", "Utah"),
          Map.entry("VT", "Vermont"),
          Map.entry("VA", "Virginia"),
          Map.entry("WA", "Washington"),
          Map.entry("WV", "West Virginia"),
          Map.entry("WI", "Wisconsin"),
          Map.entry("WY", "Wyoming"));

  /** Whether a region code names a US state, e.g. US-VA. */
  public static boolean isUsState(String code) {
    return code.startsWith("US-") && US_STATES.containsKey(code.substring(3));
  }

  /**
   * The name of a region of a scope: a country ("Germany"), a US state ("Virginia") or EEA; the
   * code itself for anything else.
   */
  public static String regionName(String code, String language, String eea) {
    if ("EEA".equals(code)) {
      return eea;
    }
    if (code.startsWith("US-")) {
      return US_STATES.getOrDefault(code.substring(3), code);
    }
    return name(code, language);
  }

  /** The countries whose English name takes "the" inside a sentence: "in the United States". */
  private static final java.util.Set<String> WITH_THE =
      java.util.Set.of(
          "AE", "BS", "CD", "CF", "CZ", "DO", "FK", "FO", "GB", "GM", "KM", "KY", "MH", "MV", "NL",
          "PH", "SB", "SC", "TC", "US", "VA", "VG", "VI");

  /**
   * A region's name as it stands inside a sentence: in English, "the United States" where English
   * needs the article; in other languages, its name.
   */
  public static String regionInSentence(String code, String language, String eea) {
    String name = regionName(code, language, eea);
    return language.startsWith("en") && WITH_THE.contains(code) ? "the " + name : name;
  }

  private static Map<String, String> load(String language) {
    Properties p = new Properties();
    var in = Countries.class.getResourceAsStream("countries_" + language + ".properties");
    if (in == null) {
      return Map.of();
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> names = new TreeMap<>();
    p.forEach((k, v) -> names.put((String) k, (String) v));
    return Map.copyOf(names);
  }
}
