package dev.candor.scan;

import dev.candor.evidence.Evidence;
import dev.candor.evidence.Finding;
import dev.candor.evidence.Finding.Cookie;
import dev.candor.evidence.Finding.Host;
import dev.candor.evidence.Finding.Phase;
import dev.candor.evidence.Finding.Storage;
import dev.candor.evidence.Source;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a site scan saw, gathered page by page and phase by phase, and written as findings in one
 * order whatever order the browser reported them in: a pure collector the browser driver feeds.
 *
 * <p>Each cookie, storage key and host is recorded once, with the first page and phase it was seen
 * in; a host also collects every kind of request made to it. Expiry is kept relative to the moment
 * the cookie was read and rounded, so two scans of the same site write the same bytes.
 */
public final class SiteFindings {
  /** The tool name evidence files of a site scan carry. */
  public static final String TOOL = "candor scan site";

  private final List<String> sites;
  private final Map<String, Cookie> cookies = new LinkedHashMap<>();
  private final Map<String, Storage> storage = new LinkedHashMap<>();
  private final Map<String, Source> hostFirst = new LinkedHashMap<>();
  private final Map<String, Phase> hostPhase = new LinkedHashMap<>();
  private final Map<String, Set<String>> hostTypes = new LinkedHashMap<>();

  /** A collector for a scan of these sites' hosts (lower case). */
  public SiteFindings(List<String> sites) {
    this.sites = sites.stream().map(h -> h.toLowerCase(Locale.ROOT)).distinct().toList();
  }

  /** Whether a host is one of the scanned sites, or of the same site (same registrable domain). */
  public boolean firstParty(String host) {
    String h = strip(host);
    for (String s : sites) {
      if (h.equals(s) || h.endsWith("." + s) || s.endsWith("." + h)) {
        return true;
      }
      if (registrable(h).equals(registrable(s))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A cookie read from the browser.
   *
   * @param expiresInSeconds seconds from now until it expires; negative for a session cookie
   */
  public void cookie(
      String page,
      Phase phase,
      String name,
      String domain,
      String path,
      double expiresInSeconds,
      boolean httpOnly,
      boolean secure,
      String sameSite) {
    String key = name + "\u0000" + domain + "\u0000" + path;
    cookies.putIfAbsent(
        key,
        new Cookie(
            new Source(page, 0),
            phase,
            name,
            domain,
            path,
            expiresInSeconds < 0 ? "session" : rounded(expiresInSeconds),
            !firstParty(domain),
            httpOnly,
            secure,
            sameSite == null ? "" : sameSite,
            null));
  }

  /** A storage key a page's own origin holds; area is local-storage or session-storage. */
  public void storage(String page, Phase phase, String area, String key, String origin) {
    storage.putIfAbsent(
        area + "\u0000" + origin + "\u0000" + key,
        new Storage(new Source(page, 0), phase, area, key, origin, null));
  }

  /** A request the page made; only hosts of no scanned site are kept. */
  public void request(String page, Phase phase, String url, String type) {
    String host;
    try {
      URI u = URI.create(url);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http")
          && !scheme.equals("https")
          && !scheme.equals("ws")
          && !scheme.equals("wss")) {
        return;
      }
      host = u.getHost();
    } catch (IllegalArgumentException e) {
      return;
    }
    if (host == null || firstParty(host)) {
      return;
    }
    host = host.toLowerCase(Locale.ROOT);
    hostFirst.putIfAbsent(host, new Source(page, 0));
    hostPhase.putIfAbsent(host, phase);
    hostTypes.computeIfAbsent(host, k -> new TreeSet<>()).add(type == null ? "Other" : type);
  }

  /** Every finding: cookies, then storage keys, then hosts, each sorted. */
  public Evidence evidence() {
    List<Finding> out = new ArrayList<>();
    out.addAll(
        cookies.values().stream()
            .sorted(
                Comparator.comparing(Cookie::phase)
                    .thenComparing(Cookie::name)
                    .thenComparing(Cookie::domain)
                    .thenComparing(Cookie::path))
            .toList());
    out.addAll(
        storage.values().stream()
            .sorted(
                Comparator.comparing(Storage::phase)
                    .thenComparing(Storage::area)
                    .thenComparing(Storage::key)
                    .thenComparing(Storage::origin))
            .toList());
    List<Host> hosts = new ArrayList<>();
    for (var e : hostFirst.entrySet()) {
      hosts.add(
          new Host(
              e.getValue(),
              hostPhase.get(e.getKey()),
              e.getKey(),
              List.copyOf(hostTypes.get(e.getKey())),
              null));
    }
    hosts.sort(Comparator.comparing(Host::phase).thenComparing(Host::host));
    out.addAll(hosts);
    return new Evidence(null, TOOL, out);
  }

  /**
   * A length of time from now as an ISO-8601 duration, rounded so that the second a scan runs at
   * does not show: minutes below two hours, hours below three days, days above.
   */
  static String rounded(double seconds) {
    long minutes = Math.max(1, Math.round(seconds / 60));
    if (minutes < 120) {
      return "PT" + minutes + "M";
    }
    long hours = Math.round(minutes / 60.0);
    if (hours < 72) {
      return "PT" + hours + "H";
    }
    return "P" + Math.round(hours / 24.0) + "D";
  }

  private static String strip(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.startsWith(".") ? h.substring(1) : h;
  }

  /**
   * The registrable part of a host, near enough without the public suffix list: its last two
   * labels, or three under a two-letter country domain's generic second level (co.uk, com.au).
   */
  static String registrable(String host) {
    String[] l = strip(host).split("\\.");
    if (l.length <= 2) {
      return strip(host);
    }
    int n = l.length;
    boolean generic =
        l[n - 1].length() == 2
            && Set.of("co", "com", "org", "net", "gov", "ac", "edu", "ne", "or").contains(l[n - 2]);
    int keep = generic ? 3 : 2;
    return String.join(".", java.util.Arrays.copyOfRange(l, n - keep, n));
  }
}
