package dev.candor.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.evidence.Evidence;
import dev.candor.evidence.EvidenceFile;
import dev.candor.evidence.Finding.PrivacyManifest;
import dev.candor.evidence.Finding.Sdk;
import dev.candor.problem.InvalidInputException;
import dev.candor.testing.Candor;
import dev.candor.testing.Golden;
import dev.candor.vocab.Vendors;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A fixture project per ecosystem, each with SDKs of the registry planted among other dependencies,
 * test-only ones and comments: the scan lists exactly the planted SDKs, where they are written.
 */
class DependencyScanTest {
  private static final Path FIXTURES = Path.of("src/test/resources/scan");

  private static Evidence scan(String fixture) throws Exception {
    return DependencyScan.scan(
        FIXTURES.resolve(fixture), Vendors.builtIn(), DependencyScan.Limits.DEFAULTS);
  }

  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of(
            "npm",
            Map.of(
                "npm @sentry/react-native", "sentry package-lock.json:11",
                "npm mixpanel-browser", "mixpanel package-lock.json:17")),
        Arguments.of(
            "gradle-groovy",
            Map.of(
                "maven com.google.firebase:firebase-crashlytics",
                    "firebase-crashlytics app/build.gradle:7",
                "maven com.appsflyer:af-android-sdk", "appsflyer app/build.gradle:8")),
        Arguments.of(
            "gradle-kotlin",
            Map.of(
                "maven com.google.android.gms:play-services-ads",
                    "google-admob app/build.gradle.kts:6",
                "maven com.onesignal:OneSignal", "onesignal app/build.gradle.kts:7")),
        Arguments.of(
            "cocoapods",
            Map.of(
                "cocoapods FirebaseMessaging", "firebase-messaging Podfile:5",
                "cocoapods Sentry", "sentry Podfile:6",
                "cocoapods Mixpanel-swift", "mixpanel Podfile:7")),
        Arguments.of(
            "swiftpm",
            Map.of(
                "swiftpm https://github.com/getsentry/sentry-cocoa", "sentry Package.resolved:15",
                "swiftpm https://github.com/mixpanel/mixpanel-swift.git",
                    "mixpanel Package.resolved:6",
                "swiftpm https://github.com/amplitude/Amplitude-Swift.git",
                    "amplitude Package.swift:9")),
        Arguments.of(
            "pub",
            Map.of(
                "pub firebase_analytics", "firebase-analytics pubspec.lock:3",
                "pub google_mobile_ads", "google-admob pubspec.lock:10")),
        Arguments.of(
            "pypi",
            Map.of(
                "pypi sentry-sdk", "sentry requirements.txt:3",
                "pypi stripe", "stripe requirements.txt:5",
                "pypi boto3", "aws pyproject.toml:5",
                "pypi twilio", "twilio poetry.lock:2")),
        Arguments.of(
            "go",
            Map.of(
                "go github.com/getsentry/sentry-go", "sentry go.mod:6",
                "go github.com/stripe/stripe-go/v76", "stripe go.mod:7",
                "go github.com/aws/aws-sdk-go-v2", "aws go.mod:11")),
        Arguments.of(
            "rubygems",
            Map.of(
                "rubygems sentry-ruby", "sentry Gemfile.lock:7",
                "rubygems stripe", "stripe Gemfile.lock:9")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void theScanListsExactlyThePlantedSdksWhereTheyAreWritten(
      String fixture, Map<String, String> planted) throws Exception {
    Evidence e = scan(fixture);
    Map<String, String> found =
        e.all(Sdk.class).stream()
            .collect(
                Collectors.toMap(
                    s -> s.ecosystem() + " " + s.name(), s -> s.vendor() + " " + s.source()));
    assertEquals(new java.util.TreeMap<>(planted), new java.util.TreeMap<>(found), fixture);
  }

  @Test
  void aManifestAndItsLockFileGiveOneSdkWithThePinnedVersion() throws Exception {
    Sdk sentry =
        scan("npm").all(Sdk.class).stream()
            .filter(s -> s.vendor().equals("sentry"))
            .findFirst()
            .orElseThrow();
    assertEquals("5.15.2", sentry.version(), "the lock file's version, not the range");
    assertEquals("package.json:5", sentry.also().get(0).toString());
    assertEquals(
        List.of("user.telemetry", "user.device.device_id", "user.device.ip_address"),
        sentry.data());
  }

  @Test
  void aSwiftPackageRequirementGivesItsVersion() throws Exception {
    Sdk amplitude =
        scan("swiftpm").all(Sdk.class).stream()
            .filter(s -> s.vendor().equals("amplitude"))
            .findFirst()
            .orElseThrow();
    assertEquals("1.4.0", amplitude.version(), ".upToNextMajor(from:) is read");
  }

  @Test
  void vendoredPrivacyManifestsAreFoundWithTheirOwnersAndTheAppsOwnIsTold() throws Exception {
    List<PrivacyManifest> m = scan("cocoapods").all(PrivacyManifest.class);
    assertEquals(
        List.of(
            "App/PrivacyInfo.xcprivacy app",
            "Pods/GoogleUtilities/GoogleUtilities/Privacy/Resources/PrivacyInfo.xcprivacy"
                + " cocoapods GoogleUtilities null",
            "Pods/Mixpanel-swift/Sources/PrivacyInfo.xcprivacy cocoapods Mixpanel-swift mixpanel",
            "Pods/Sentry/Sources/Resources/PrivacyInfo.xcprivacy cocoapods Sentry sentry"),
        m.stream()
            .map(x -> x.source().file() + (x.app() ? " app" : " " + x.owner() + " " + x.vendor()))
            .toList());
    PrivacyManifest sentry = m.get(3);
    assertEquals("NSPrivacyCollectedDataTypeCrashData", sentry.collected().get(0).type());
    assertEquals(
        List.of(
            "NSPrivacyAccessedAPICategoryUserDefaults CA92.1",
            "NSPrivacyAccessedAPICategorySystemBootTime 35F9.1"),
        sentry.accessedApis().stream()
            .map(a -> a.type() + " " + String.join(",", a.reasons()))
            .toList());
  }

  @Test
  void flutterPluginManifestsAreFoundThroughTheirSymbolicLinks(@TempDir Path tmp) throws Exception {
    Path cache = Files.createDirectories(tmp.resolve("pub-cache/sentry_flutter-7.14.0/ios"));
    Files.copy(
        FIXTURES.resolve("cocoapods/Pods/Sentry/Sources/Resources/PrivacyInfo.xcprivacy"),
        cache.resolve("PrivacyInfo.xcprivacy"));
    Path plugins = Files.createDirectories(tmp.resolve("app/ios/.symlinks/plugins"));
    Files.createSymbolicLink(plugins.resolve("sentry_flutter"), cache.getParent());
    // A link back up the tree is followed once, not forever.
    Files.createSymbolicLink(plugins.resolve("loop"), tmp.resolve("app"));
    Evidence e =
        DependencyScan.scan(tmp.resolve("app"), Vendors.builtIn(), DependencyScan.Limits.DEFAULTS);
    List<PrivacyManifest> m = e.all(PrivacyManifest.class);
    assertEquals(1, m.size(), m.toString());
    assertEquals(
        "ios/.symlinks/plugins/sentry_flutter/ios/PrivacyInfo.xcprivacy", m.get(0).source().file());
    assertEquals("pub sentry_flutter", m.get(0).owner());
    assertEquals("sentry", m.get(0).vendor());
  }

  @Test
  void theEvidenceFileIsTheReviewedOneAndTwoScansGiveTheSameBytes(@TempDir Path tmp)
      throws Exception {
    Path first = tmp.resolve("one.json");
    Path second = tmp.resolve("two.json");
    Path dir = FIXTURES.resolve("cocoapods");
    Candor a = Candor.run("scan", "deps", dir.toString(), "-o", first.toString());
    assertEquals(0, a.code(), a.toString());
    assertTrue(a.out().startsWith("found 3 SDKs and 4 privacy manifests; wrote "), a.out());
    Candor b = Candor.run("scan", "deps", dir.toString(), "--out", second.toString());
    assertEquals(0, b.code(), b.toString());
    String text = Files.readString(first, StandardCharsets.UTF_8);
    assertEquals(text, Files.readString(second, StandardCharsets.UTF_8));
    assertFalse(text.contains(tmp.toString()), "paths are relative to the scanned folder");
    Golden.assertMatches(
        FIXTURES.resolve("cocoapods.evidence.json"), text, "scan deps cocoapods", dir);
  }

  @Test
  void theEvidenceFileReadsBackWithTheLineOfEveryFinding() throws Exception {
    String text = EvidenceFile.write(scan("cocoapods"));
    Evidence back = EvidenceFile.read("ev.json", text);
    assertEquals(text, EvidenceFile.write(back), "writing what was read gives the same file");
    List<String> lines = text.lines().toList();
    back.findings()
        .forEach(
            f -> {
              assertEquals("ev.json", f.at().file());
              String next = lines.get(f.at().line());
              assertEquals("    \"kind\" : \"" + f.kind() + "\",", next, f.toString());
            });
  }

  @Test
  void aPropertyListWithAnExternalEntityIsReadWithoutFetchingIt(@TempDir Path tmp)
      throws Exception {
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "NSPrivacyCollectedDataTypeHealth");
    Path pods = Files.createDirectories(tmp.resolve("app/Pods/Evil"));
    Files.writeString(
        pods.resolve("PrivacyInfo.xcprivacy"),
        "<?xml version=\"1.0\"?>\n<!DOCTYPE plist [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]>\n<plist version=\"1.0\"><dict><key>NSPrivacyCollectedDataTypes</key><array>"
            + "<dict><key>NSPrivacyCollectedDataType</key><string>&x;</string></dict>"
            + "</array></dict></plist>\n");
    Evidence e =
        DependencyScan.scan(tmp.resolve("app"), Vendors.builtIn(), DependencyScan.Limits.DEFAULTS);
    PrivacyManifest m = e.all(PrivacyManifest.class).get(0);
    assertFalse(
        m.collected().stream().anyMatch(c -> c.type().contains("Health")),
        "the entity's file was not read: " + m);
  }

  @Test
  void aBrokenManifestStopsTheScanLocated(@TempDir Path tmp) throws Exception {
    Path app = Files.createDirectories(tmp.resolve("app"));
    Files.writeString(app.resolve("PrivacyInfo.xcprivacy"), "<plist><dict>\n<key>x</dict>");
    Files.writeString(app.resolve("package.json"), "{ \"dependencies\": ");
    InvalidInputException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidInputException.class,
            () -> DependencyScan.scan(app, Vendors.builtIn(), DependencyScan.Limits.DEFAULTS));
    Set<String> where = new TreeSet<>();
    e.problems().forEach(p -> where.add(p.at().file() + ":" + p.at().line()));
    assertEquals(
        Set.of("PrivacyInfo.xcprivacy:2", "package.json:1"), where, e.explain().toString());
    Candor run = Candor.run("scan", "deps", app.toString(), "-o", tmp.resolve("e.json").toString());
    assertEquals(2, run.code(), run.toString());
    assertFalse(Files.exists(tmp.resolve("e.json")), "nothing is written");
  }
}
