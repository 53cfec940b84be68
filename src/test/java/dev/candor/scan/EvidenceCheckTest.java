package dev.candor.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.Candor;
import dev.candor.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The iOS app of the cocoapods fixture, scanned and then checked and exported with the evidence:
 * the planted gaps are reported exactly and located, and the SDKs' manifests are merged into the
 * app's exported privacy manifest.
 */
class EvidenceCheckTest {
  private static final Path FIXTURES = Path.of("src/test/resources/scan");
  private static final Path APP = FIXTURES.resolve("app.yaml");

  private static Path scan(Path tmp) {
    Path evidence = tmp.resolve("evidence.json");
    Candor run =
        Candor.run(
            "scan", "deps", FIXTURES.resolve("cocoapods").toString(), "-o", evidence.toString());
    assertEquals(0, run.code(), run.toString());
    return evidence;
  }

  @Test
  void checkReportsExactlyThePlantedGapsLocatedInTheInventoryAndTheEvidence(@TempDir Path tmp)
      throws Exception {
    Path evidence = scan(tmp);
    Candor run = Candor.run("check", APP.toString(), "--evidence", evidence.toString());
    assertEquals(1, run.code(), run.toString());
    Set<String> found = new TreeSet<>();
    for (String line : run.out().lines().toList()) {
      if (line.contains("error[evidence-")) {
        found.add(line.replace(evidence.toString(), "EVIDENCE"));
      }
    }
    String app = APP.toString();
    assertEquals(
        new TreeSet<>(
            List.of(
                app
                    + ":63:3: error[evidence-sdk-recipient]: the product uses Sentry (cocoapods"
                    + " Sentry in Podfile:6), but no recipient is that vendor",
                app
                    + ":66:5: error[evidence-sdk-data]: Mixpanel collects IP address"
                    + " (user.device.ip_address) by default, but no data item that goes to"
                    + " recipient 'analytics' is of that kind",
                app
                    + ":66:5: error[evidence-sdk-data]: Mixpanel collects device ID"
                    + " (user.device.device_id) by default, but no data item that goes to"
                    + " recipient 'analytics' is of that kind",
                app
                    + ":66:5: error[evidence-sdk-data]: the privacy manifest of cocoapods"
                    + " Mixpanel-swift declares Other Diagnostic Data"
                    + " (NSPrivacyCollectedDataTypeOtherDiagnosticData), but no data item that"
                    + " goes to recipient 'analytics' is of that App Store type",
                "EVIDENCE:105:6: error[evidence-required-reason]: cocoapods Sentry declares the"
                    + " required-reason API category NSPrivacyAccessedAPICategorySystemBootTime"
                    + " (reasons 35F9.1), but the app's own App/PrivacyInfo.xcprivacy lacks it")),
        found,
        run.out());
    assertTrue(
        run.out().contains("seen at Podfile:6 (" + evidence + ":38:6)"),
        "the hint names the evidence file's place: " + run.out());
  }

  @Test
  void withoutEvidenceTheEvidenceRulesFindNothing() {
    Candor run = Candor.run("check", APP.toString());
    assertTrue(!run.out().contains("evidence-"), run.out());
  }

  @Test
  void theSarifReportCarriesTheEvidenceFindings(@TempDir Path tmp) throws Exception {
    Path evidence = scan(tmp);
    Path sarif = tmp.resolve("report.sarif");
    Candor run =
        Candor.run(
            "check",
            APP.toString(),
            "--evidence",
            evidence.toString(),
            "--format",
            "sarif",
            "-o",
            sarif.toString());
    assertEquals(1, run.code(), run.toString());
    String log = Files.readString(sarif);
    assertTrue(log.contains("\"ruleId\" : \"evidence-required-reason\""), log);
    assertTrue(log.contains("\"ruleId\" : \"evidence-sdk-recipient\""), log);
  }

  @Test
  void theExportedPrivacyManifestMergesTheSdkManifests(@TempDir Path tmp) throws Exception {
    Path evidence = scan(tmp);
    Path out = tmp.resolve("out");
    Candor run =
        Candor.run(
            "export",
            "apple-privacy",
            APP.toString(),
            "--evidence",
            evidence.toString(),
            "-o",
            out.toString());
    assertEquals(0, run.code(), run.toString());
    String plist = Files.readString(out.resolve("app/apple/PrivacyInfo.xcprivacy"));
    Golden.assertMatches(
        FIXTURES.resolve("app.PrivacyInfo.xcprivacy"), plist, "merged manifest", APP);
    Candor plain =
        Candor.run(
            "export", "apple-privacy", APP.toString(), "-o", tmp.resolve("plain").toString());
    String own = Files.readString(tmp.resolve("plain/app/apple/PrivacyInfo.xcprivacy"));
    assertTrue(!own.contains("NSPrivacyAccessedAPITypes"), plain + own);
    assertTrue(!own.contains("CrashData") && plist.contains("NSPrivacyCollectedDataTypeCrashData"));
    assertTrue(plist.contains("<string>C56D.1</string>\n\t\t\t\t<string>CA92.1</string>"), plist);
  }
}
