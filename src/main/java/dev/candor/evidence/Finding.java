package dev.candor.evidence;

import dev.candor.problem.Location;
import java.util.List;

/**
 * One thing observed, of one {@link #kind()}, seen at its {@link #source()}.
 *
 * <p>{@code at} is where the finding is written in its evidence file, once read back; null for a
 * finding that was just made.
 */
public sealed interface Finding permits Finding.Sdk, Finding.PrivacyManifest {
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
