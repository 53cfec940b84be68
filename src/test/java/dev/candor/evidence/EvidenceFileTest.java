package dev.candor.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.problem.InvalidInputException;
import dev.candor.testing.Candor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading evidence back: what is not evidence is refused, located; kinds to come are skipped. */
class EvidenceFileTest {
  @Test
  void jsonThatIsNoEvidenceFileIsRefusedWithExit2(@TempDir Path tmp) throws Exception {
    Path notEvidence = tmp.resolve("package.json");
    Files.writeString(notEvidence, "{ \"name\": \"shop\" }\n");
    Candor run =
        Candor.run(
            "check", "src/test/resources/scan/app.yaml", "--evidence", notEvidence.toString());
    assertEquals(2, run.code(), run.toString());
    assertTrue(
        run.err().contains(notEvidence + ":1:1: error: this is not a Candor evidence file"),
        run.err());
  }

  @Test
  void brokenJsonIsLocated() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> EvidenceFile.read("ev.json", "{\n  \"format\": \"candor-evidence\",\n  x\n}"));
    assertEquals("ev.json:3:3", e.problems().get(0).at().toString(), e.explain().toString());
  }

  @Test
  void kindsALaterScanWritesAreSkippedAndTheRestIsRead() throws Exception {
    String text =
        """
        {
          "format" : "candor-evidence",
          "version" : 1,
          "tool" : "candor scan app",
          "findings" : [ {
            "kind" : "keychain-item",
            "source" : { "file" : "https://shop.test/" },
            "name" : "_ga"
          }, {
            "kind" : "sdk",
            "source" : { "file" : "go.mod", "line" : 6 },
            "ecosystem" : "go",
            "package" : "github.com/getsentry/sentry-go",
            "vendor" : "sentry",
            "data" : [ "user.telemetry" ]
          } ]
        }
        """;
    Evidence e = EvidenceFile.read("ev.json", text);
    assertEquals(1, e.findings().size());
    Finding.Sdk sdk = e.all(Finding.Sdk.class).get(0);
    assertEquals("go.mod:6", sdk.source().toString());
    assertEquals("ev.json:9:6", sdk.at().toString(), "the line of the finding in the file");
  }
}
