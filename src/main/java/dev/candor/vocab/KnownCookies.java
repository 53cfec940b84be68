package dev.candor.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The cookies and storage keys that common platforms set, from the Open Cookie Database (Apache
 * License 2.0, by jkwakman; the licence and its attribution ship beside the table in {@code
 * dev/candor/vocab/open-cookie-database/}). Used to suggest what a declared cookie is, and to name
 * what a scan finds.
 */
public final class KnownCookies {
  private static final String DIR = "open-cookie-database/";

  /**
   * One entry of the database.
   *
   * @param platform the product that sets it, e.g. Google Analytics
   * @param category Functional, Personalization, Analytics, Marketing, Security or Necessary
   * @param name the name, or its prefix when {@code prefix} is true
   * @param domain the domain it is set on, as the database writes it; empty when any
   * @param description what it does
   * @param retention how long it lasts, in words: "2 years", "session"
   * @param controller the company behind the platform
   * @param privacyUrl the page where people use their rights with that company; empty when none
   * @param prefix whether {@code name} is a prefix of the names it stands for, e.g. {@code _ga_}
   */
  public record Known(
      String platform,
      String category,
      String name,
      String domain,
      String description,
      String retention,
      String controller,
      String privacyUrl,
      boolean prefix) {

    /** Whether the database counts it as needed for the site to work. */
    public boolean necessary() {
      return category.equals("Necessary") || category.equals("Security");
    }

    /** Whether it is for analytics or marketing: never strictly necessary. */
    public boolean tracking() {
      return category.equals("Analytics") || category.equals("Marketing");
    }

    /** The retention as an ISO-8601 duration, or {@code session}; null when it cannot be read. */
    public String duration() {
      String r = retention.strip().toLowerCase(Locale.ROOT);
      if (r.startsWith("session")) {
        return "session";
      }
      String[] w = r.split("\\s+");
      if (w.length != 2) {
        return null;
      }
      int n;
      try {
        n = Integer.parseInt(w[0]);
      } catch (NumberFormatException e) {
        return null;
      }
      String unit = w[1].replaceAll("s$", "");
      return switch (unit) {
        case "year" -> "P" + n + "Y";
        case "month" -> "P" + n + "M";
        case "week" -> "P" + n + "W";
        case "day" -> "P" + n + "D";
        case "hour" -> "PT" + n + "H";
        case "minute" -> "PT" + n + "M";
        case "second" -> "PT" + Math.max(1, n / 60) + "M";
        default -> null;
      };
    }
  }

  private static volatile KnownCookies builtIn;

  private final Map<String, Known> exact;
  private final List<Known> prefixes;
  private final int size;

  private KnownCookies(List<Known> all) {
    Map<String, Known> e = new HashMap<>();
    List<Known> p = new ArrayList<>();
    for (Known k : all) {
      if (k.prefix()) {
        p.add(k);
      } else {
        e.putIfAbsent(k.name(), k);
      }
    }
    p.sort(Comparator.comparing((Known k) -> -k.name().length()).thenComparing(Known::name));
    this.exact = Map.copyOf(e);
    this.prefixes = List.copyOf(p);
    this.size = all.size();
  }

  /** The database as Candor ships it. */
  public static KnownCookies builtIn() {
    KnownCookies k = builtIn;
    if (k == null) {
      synchronized (KnownCookies.class) {
        k = builtIn;
        if (k == null) {
          k = builtIn = read();
        }
      }
    }
    return k;
  }

  /** How many entries the database has. */
  public int size() {
    return size;
  }

  /**
   * What the database knows about a cookie or storage key of this name: the entry of that name,
   * else the one with the longest prefix it starts with.
   */
  public Optional<Known> find(String name) {
    if (name == null || name.isEmpty()) {
      return Optional.empty();
    }
    Known k = exact.get(name);
    if (k != null) {
      return Optional.of(k);
    }
    for (Known p : prefixes) {
      if (name.startsWith(p.name())) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static KnownCookies read() {
    String file = DIR + "open-cookie-database.csv";
    try (InputStream in = KnownCookies.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IOException("missing resource " + file);
      }
      List<List<String>> rows =
          TaxonomyRow.parse(
              new java.io.BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
      List<Known> out = new ArrayList<>();
      for (List<String> r : rows.subList(1, rows.size())) {
        if (r.size() != 10 || r.get(3).isBlank()) {
          continue;
        }
        out.add(
            new Known(
                r.get(1).strip(),
                r.get(2).strip(),
                r.get(3).strip(),
                r.get(4).strip(),
                r.get(5).strip(),
                r.get(6).strip(),
                r.get(7).strip(),
                r.get(8).strip(),
                "1".equals(r.get(9).strip())));
      }
      return new KnownCookies(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
