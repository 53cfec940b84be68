package dev.candor.evidence;

import dev.candor.problem.Location;
import java.util.List;

/**
 * One thing observed, of one {@link #kind()}, seen at its {@link #source()}.
 *
 * <p>{@code at} is where the finding is written in its evidence file, once read back; null for a
 * finding that was just made.
 */
public sealed interface Finding
    permits Finding.Sdk, Finding.PrivacyManifest, Finding.Cookie, Finding.Storage, Finding.Host {
  /** What sort of finding this is, as the evidence file names it. */
  String kind();

  /** Where it was seen. */
  Source source();

  /** Where it is written in the evidence file; null until the file is read back. */
  Location at();

  /**
   * An SDK of the vendor registry, found in a dependency manifest or lock file.
   *
   * @param ecosystem the registry's ecosystem key: npm, maven, cocoapods, swiftpm, pub, pypi, go,
   *     rubygems
   * @param name the package as the file writes it
   * @param version the version or range as written; null when none is
   * @param vendor the registry id of its vendor
   * @param data the fideslang categories the vendor collects by default, from the registry
   * @param also the other places the same package is named, in path order
   */
  record Sdk(
      Source source,
      String ecosystem,
      String name,
      String version,
      String vendor,
      List<String> data,
      List<Source> also,
      Location at)
      implements Finding {
    public static final String KIND = "sdk";

    public Sdk {
      data = List.copyOf(data);
      also = List.copyOf(also);
    }

    @Override
    public String kind() {
      return KIND;
    }
  }

  /**
   * A {@code PrivacyInfo.xcprivacy} file: the app's own, or one an SDK ships.
   *
   * @param app whether it is the app's own (outside every dependency folder)
   * @param owner the dependency it belongs to, e.g. {@code cocoapods Sentry}; null for the app's
   * @param vendor the registry id of that dependency's vendor; null when unknown or the app's own
   * @param tracking NSPrivacyTracking
   * @param trackingDomains NSPrivacyTrackingDomains
   * @param collected NSPrivacyCollectedDataTypes
   * @param accessedApis NSPrivacyAccessedAPITypes
   */
  record PrivacyManifest(
      Source source,
      boolean app,
      String owner,
      String vendor,
      boolean tracking,
      List<String> trackingDomains,
      List<Collected> collected,
      List<AccessedApi> accessedApis,
      Location at)
      implements Finding {
    public static final String KIND = "privacy-manifest";

    public PrivacyManifest {
      trackingDomains = List.copyOf(trackingDomains);
      collected = List.copyOf(collected);
      accessedApis = List.copyOf(accessedApis);
    }

    @Override
    public String kind() {
      return KIND;
    }
  }

  /** When a site scan saw something: before anything was clicked, or after the accept step. */
  enum Phase {
    BEFORE_CONSENT("before-consent"),
    AFTER_CONSENT("after-consent");

    private final String key;

    Phase(String key) {
      this.key = key;
    }

    /** The phase as the evidence file writes it. */
    public String key() {
      return key;
    }

    /** The phase a file names, or null when it names none this version knows. */
    public static Phase of(String key) {
      for (Phase p : values()) {
        if (p.key.equals(key)) {
          return p;
        }
      }
      return null;
    }
  }

  /**
   * A cookie a site scan saw in the browser; {@code source} is the page after whose load it was
   * first there.
   *
   * @param domain the cookie's domain, with a leading dot when it is sent to subdomains too
   * @param expires how long after the visit it expires, as an ISO-8601 duration rounded to minutes,
   *     hours or days (PT30M, PT24H, P365D); {@code session} for a session cookie
   * @param thirdParty whether its domain belongs to none of the sites scanned
   * @param sameSite Strict, Lax or None; empty when the browser reported none
   */
  record Cookie(
      Source source,
      Phase phase,
      String name,
      String domain,
      String path,
      String expires,
      boolean thirdParty,
      boolean httpOnly,
      boolean secure,
      String sameSite,
      Location at)
      implements Finding {
    public static final String KIND = "cookie";

    @Override
    public String kind() {
      return KIND;
    }

    /** The cookie's host, without the leading dot. */
    public String host() {
      return domain.startsWith(".") ? domain.substring(1) : domain;
    }
  }

  /**
   * A key in a page's local or session storage.
   *
   * @param area {@code local-storage} or {@code session-storage}
   * @param origin the origin whose storage holds it, e.g. https://shop.example
   */
  record Storage(Source source, Phase phase, String area, String key, String origin, Location at)
      implements Finding {
    public static final String KIND = "storage";

    @Override
    public String kind() {
      return KIND;
    }
  }

  /**
   * A host of no site scanned that the pages made requests to.
   *
   * @param types the kinds of request, as the browser names them (Script, Image, Document, XHR,
   *     Fetch, Ping ...), sorted
   */
  record Host(Source source, Phase phase, String host, List<String> types, Location at)
      implements Finding {
    public static final String KIND = "host";

    public Host {
      types = List.copyOf(types);
    }

    @Override
    public String kind() {
      return KIND;
    }
  }

  /** One entry of NSPrivacyCollectedDataTypes. */
  record Collected(String type, boolean linked, boolean tracking, List<String> purposes) {
    public Collected {
      purposes = List.copyOf(purposes);
    }
  }

  /** One entry of NSPrivacyAccessedAPITypes: a required-reason API category and its reasons. */
  record AccessedApi(String type, List<String> reasons) {
    public AccessedApi {
      reasons = List.copyOf(reasons);
    }
  }
}
