package dev.candor.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.evidence.Evidence;
import dev.candor.evidence.EvidenceFile;
import dev.candor.evidence.Finding;
import dev.candor.scan.TestSites.Reply;
import dev.candor.scan.TestSites.Request;
import dev.candor.testing.Candor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example shop's website, copied under src/test/resources/scan/shop-site and served on loopback
 * under its own host names: its scan finds the cookies the shop declares, and checks clean against
 * notices/shop.yaml.
 */
class ShopSiteScanTest {
  private static final Path SITE = Path.of("src/test/resources/scan/shop-site");
  private static final String SHOP = "larchandloom.example";

  static Reply serve(Request r) {
    if (r.host().equals("plausible.io") && r.path().equals("/api/event")) {
      return Reply.of(202, "text/plain", new byte[0], "Access-Control-Allow-Origin", "*");
    }
    String path = r.path().endsWith("/") ? r.path() + "index" : r.path();
    Path file = SITE.resolve(r.host()).resolve(path.substring(1)).normalize();
    if (!file.startsWith(SITE.resolve(r.host()))) {
      return null;
    }
    for (String ext : List.of("", ".html", ".js")) {
      Path f = file.resolveSibling(file.getFileName() + ext);
      if (Files.isRegularFile(f)) {
        try {
          byte[] body = Files.readAllBytes(f);
          if (f.toString().endsWith(".js")) {
            return Reply.of(200, "text/javascript", body);
          }
          return Reply.of(
              200,
              "text/html; charset=utf-8",
              body,
              "Set-Cookie",
              "ll_session=s1; Path=/; HttpOnly; Secure; SameSite=Lax");
        } catch (IOException e) {
          return null;
        }
      }
    }
    return null;
  }

  @Test
  void aScanOfTheShopsWebsiteChecksCleanAgainstItsInventory(@TempDir Path tmp) throws Exception {
    TestSites.requireChromium();
    try (TestSites sites = new TestSites(tmp, ShopSiteScanTest::serve)) {
      Path evidence = tmp.resolve("shop-evidence.json");
      Candor scan =
          Candor.run(
              "scan",
              "site",
              "--host-resolver-rules",
              sites.hostRulesWithPort(SHOP, "js.stripe.com", "plausible.io"),
              "--insecure",
              "--timeout",
              "10",
              "-o",
              evidence.toString(),
              "https://" + SHOP + "/");
      assertEquals(0, scan.code(), scan.toString());
      Evidence e = EvidenceFile.read(evidence.toString(), Files.readString(evidence));
      assertEquals(
          List.of("__stripe_mid", "__stripe_sid", "ll_basket", "ll_session"),
          e.all(Finding.Cookie.class).stream().map(Finding.Cookie::name).toList(),
          Files.readString(evidence));
      assertEquals(
          List.of("js.stripe.com [Script]", "plausible.io [Fetch, Script]"),
          e.all(Finding.Host.class).stream().map(h -> h.host() + " " + h.types()).toList());
      Candor check = Candor.run("check", "notices/shop.yaml", "--evidence", evidence.toString());
      assertEquals(0, check.code(), check.toString());
      // Nothing the scan saw is out of line with the inventory; the one warning is the length of
      // the shop's notice, which the scan has no bearing on.
      assertTrue(check.out().contains("0 errors, "), check.toString());
      assertTrue(
          check
              .out()
              .lines()
              .filter(l -> l.contains("warning["))
              .allMatch(l -> l.contains("warning[plain-length]")),
          check.toString());
      Candor paste =
          Candor.run("import", "evidence", evidence.toString(), "--inventory", "notices/shop.yaml");
      assertEquals(0, paste.code(), paste.toString());
      assertEquals("", paste.out(), "nothing undeclared to paste");
    }
  }
}
