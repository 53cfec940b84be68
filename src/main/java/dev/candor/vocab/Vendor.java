package dev.candor.vocab;

import dev.candor.model.RecipientRole;
import dev.candor.model.Safeguard;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A common service or SDK as the vendor registry describes it: who runs it, where, and what it
 * collects by default.
 *
 * @param id the registry's id, what a recipient names with {@code vendor:}
 * @param name the product's name, e.g. "Sentry"
 * @param kind what sort of service it is, e.g. {@code crash-reporting}
 * @param legalEntity the company that receives the data, e.g. "Functional Software, Inc."
 * @param country where that company is, as an ISO 3166-1 alpha-2 code
 * @param role what the vendor usually is to an app that uses it
 * @param advertising whether it uses the data for advertising of its own or others
 * @param does what it does with the data, as a notice says it ("collects crash reports for us")
 * @param transfer what protects a transfer to it from the EEA or the UK; null inside the EEA
 * @param transferChecked when the transfer mechanism was checked
 * @param privacyUrl its privacy notice
 * @param domains the web domains it serves or collects from
 * @param trackingDomains the domains it tracks people with, for NSPrivacyTrackingDomains
 * @param packages package coordinates per ecosystem ({@link Ecosystem} keys), as written there
 * @param data the fideslang data categories it collects by default
 * @param purposes the fideslang data uses it collects them for
 * @param apple its App Privacy answers by default
 * @param google its Data safety answers by default
 * @param source where the entry's facts come from
 * @param checked when they were checked
 */
public record Vendor(
    String id,
    String name,
    String kind,
    String legalEntity,
    String country,
    RecipientRole role,
    boolean advertising,
    String does,
    Safeguard transfer,
    LocalDate transferChecked,
    String privacyUrl,
    List<String> domains,
    List<String> trackingDomains,
    Map<Ecosystem, List<String>> packages,
    List<String> data,
    List<String> purposes,
    List<AppleAnswer> apple,
    List<PlayAnswer> google,
    String source,
    LocalDate checked) {
  public Vendor {
    domains = List.copyOf(domains);
    trackingDomains = List.copyOf(trackingDomains);
    packages = Map.copyOf(packages);
    data = List.copyOf(data);
    purposes = List.copyOf(purposes);
    apple = List.copyOf(apple);
    google = List.copyOf(google);
  }

  /** One App Privacy answer: a data type, whether it is linked or tracks, and why. */
  public record AppleAnswer(String type, boolean linked, boolean tracking, List<String> purposes) {
    public AppleAnswer {
      purposes = List.copyOf(purposes);
    }
  }

  /** One Data safety answer: a data type, whether it is shared, and why it is collected. */
  public record PlayAnswer(String type, boolean shared, List<String> purposes) {
    public PlayAnswer {
      purposes = List.copyOf(purposes);
    }
  }

  /** The package ecosystems the registry names coordinates in, by their key in the file. */
  public enum Ecosystem {
    NPM("npm"),
    MAVEN("maven"),
    COCOAPODS("cocoapods"),
    SWIFTPM("swiftpm"),
    PUB("pub"),
    PYPI("pypi"),
    GO("go"),
    RUBYGEMS("rubygems");

    private final String key;

    Ecosystem(String key) {
      this.key = key;
    }

    /** The key of the ecosystem in the registry and in evidence files. */
    public String key() {
      return key;
    }

    /**
     * A coordinate as the registry compares it: Swift packages, Go modules and PyPI names are
     * compared without case (and PyPI's '_' and '.' as '-', a Go major-version suffix dropped, a
     * Swift package URL without scheme or .git); the rest as written.
     */
    public String normalize(String coordinate) {
      String c = coordinate.strip();
      return switch (this) {
        case SWIFTPM ->
            c.toLowerCase(java.util.Locale.ROOT)
                .replaceFirst("^(https?|ssh|git)://", "")
                .replaceFirst("^git@([^:]+):", "$1/")
                .replaceFirst("\\.git$", "")
                .replaceFirst("/$", "");
        case GO -> c.toLowerCase(java.util.Locale.ROOT).replaceFirst("/v[0-9]+$", "");
        case PYPI -> c.toLowerCase(java.util.Locale.ROOT).replaceAll("[-_.]+", "-");
        default -> c;
      };
    }
  }
}
