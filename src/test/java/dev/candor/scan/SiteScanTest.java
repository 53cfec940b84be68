package dev.candor.scan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.evidence.Evidence;
import dev.candor.evidence.EvidenceFile;
import dev.candor.evidence.Finding;
import dev.candor.scan.TestSites.Reply;
import dev.candor.scan.TestSites.Request;
import dev.candor.testing.Candor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shop, a tracker's CDN and a statistics service, served by the test on loopback: the scan finds
 * exactly the cookies, storage keys and hosts planted in each phase, writes the same bytes twice,
 * and stops with a located message on a page that never loads and on a redirect loop.
 */
class SiteScanTest {
  static final String RULES = TestSites.hostRules("shop.test", "cdn.tracker.test", "stats.test");
  static final byte[] GIF =
      java.util.Base64.getDecoder()
          .decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

  /** A page over the 20 MB limit. */
  static final byte[] HUGE = new byte[21 << 20];

  @TempDir static Path tmp;
  static TestSites sites;

  @BeforeAll
  static void serve() throws Exception {
    TestSites.requireChromium();
    sites = new TestSites(tmp, SiteScanTest::planted);
  }

  @AfterAll
  static void stop() {
    if (sites != null) {
      sites.close();
    }
  }

  /** The planted site. */
  static Reply planted(Request r) {
    String port = String.valueOf(sites.port());
    String tracker = "https://cdn.tracker.test:" + port;
    String stats = "https://stats.test:" + port;
    return switch (r.host() + r.path()) {
      case "shop.test/" ->
          Reply.html(
              "<!doctype html><title>Shop</title>"
                  + "<script>document.cookie='prefs=dark; max-age=31536000; path=/';"
                  + "localStorage.setItem('cart','[]');sessionStorage.setItem('tab','1');"
                  + "function accept(){document.cookie='mkt_id=42; max-age=7776000; path=/';"
                  + "var i=new Image();i.src='"
                  + tracker
                  + "/ads.gif';}</script>"
                  + "<img src='"
                  + tracker
                  + "/pixel.gif' alt=''>"
                  + "<iframe src='"
                  + stats
                  + "/frame' title='stats'></iframe>"
                  + "<a href='/about'>About</a> <a href='/old'>Old</a>"
                  + " <a href='/terms.pdf'>Terms</a> <a href='https://elsewhere.test/'>Away</a>"
                  + "<form action='/order' method='post'><input name='q'><button>Buy</button>"
                  + "</form><button id='accept' onclick='accept()'>Accept all</button>",
              "Set-Cookie",
              "sid=abc; Path=/; HttpOnly; Secure; SameSite=Lax");
      case "shop.test/about" ->
          Reply.html("<!doctype html><title>About</title><a href='/#top'>Home</a>");
      case "shop.test/old" -> Reply.redirect("/about");
      case "shop.test/slow" -> TestSites.HANG;
      case "shop.test/loop" -> Reply.redirect("/loop2");
      case "shop.test/loop2" -> Reply.redirect("/loop");
      case "shop.test/terms.pdf" -> Reply.of(200, "application/pdf", "%PDF-1.4".getBytes());
      case "shop.test/huge" -> Reply.of(200, "text/html", HUGE);
      case "shop.test/order" -> throw new AssertionError("the scan submitted a form");
      case "cdn.tracker.test/pixel.gif" ->
          Reply.of(
              200,
              "image/gif",
              GIF,
              "Set-Cookie",
              "trk=1; Max-Age=31536000; Path=/; SameSite=None; Secure");
      case "cdn.tracker.test/ads.gif" ->
          Reply.of(
              200, "image/gif", GIF, "Set-Cookie", "ad=1; Max-Age=86400; SameSite=None; Secure");
      case "stats.test/frame" ->
          Reply.html(
              "<!doctype html><title>stats</title><script>document.cookie="
                  + "'st_uid=7; max-age=3600; path=/; SameSite=None; Secure';</script>",
              "Set-Cookie",
              "st=1; Max-Age=86400; Path=/; SameSite=None; Secure");
      default -> null;
    };
  }

  static Candor scan(Path out, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "scan",
                "site",
                "--host-resolver-rules",
                RULES,
                "--insecure",
                "-o",
                out.toString()));
    args.addAll(List.of(more));
    return Candor.run(args.toArray(String[]::new));
  }

  @Test
  void findsExactlyThePlantedCookiesKeysAndHostsInEachPhaseTheSameBytesTwice() throws Exception {
    Path a = tmp.resolve("a.json");
    Path b = tmp.resolve("b.json");
    String home = sites.url("shop.test", "/");
    Candor run = scan(a, "--timeout", "8", "--accept", "#accept", home);
    assertEquals(0, run.code(), run.toString());
    Candor again = scan(b, "--timeout", "8", "--accept", "#accept", home);
    assertEquals(0, again.code(), again.toString());
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "two scans, same bytes");
    String text = Files.readString(a, StandardCharsets.UTF_8);
    Evidence e = EvidenceFile.read(a.toString(), text);
    List<String> cookies = new ArrayList<>();
    for (Finding.Cookie c : e.all(Finding.Cookie.class)) {
      cookies.add(
          c.phase().key()
              + " "
              + c.name()
              + " "
              + c.domain()
              + " "
              + c.expires()
              + (c.thirdParty() ? " third" : " first")
              + (c.httpOnly() ? " httponly" : "")
              + " "
              + c.source().file().replace(":" + sites.port(), ""));
    }
    assertEquals(
        List.of(
            "before-consent prefs shop.test P365D first https://shop.test/",
            "before-consent sid shop.test session first httponly https://shop.test/",
            "before-consent st stats.test PT24H third https://shop.test/",
            "before-consent st_uid stats.test PT60M third https://shop.test/",
            "before-consent trk cdn.tracker.test P365D third https://shop.test/",
            "after-consent ad cdn.tracker.test PT24H third https://shop.test/",
            "after-consent mkt_id shop.test P90D first https://shop.test/"),
        cookies,
        text);
    List<String> keys = new ArrayList<>();
    for (Finding.Storage s : e.all(Finding.Storage.class)) {
      keys.add(s.phase().key() + " " + s.area() + " " + s.key());
    }
    assertEquals(
        List.of("before-consent local-storage cart", "before-consent session-storage tab"),
        keys,
        text);
    List<String> hosts = new ArrayList<>();
    for (Finding.Host h : e.all(Finding.Host.class)) {
      hosts.add(h.phase().key() + " " + h.host() + " " + h.types());
    }
    assertEquals(
        List.of("before-consent cdn.tracker.test [Image]", "before-consent stats.test [Document]"),
        hosts,
        text);
    assertTrue(!text.contains("elsewhere.test") && !text.contains("terms.pdf"), text);
  }

  /** One scan of the planted site with its accept step, made once for the tests that read it. */
  static synchronized Path planted() {
    Path file = tmp.resolve("planted.json");
    if (!Files.exists(file)) {
      Candor run = scan(file, "--timeout", "8", "--accept", "#accept", sites.url("shop.test", "/"));
      assertEquals(0, run.code(), run.toString());
    }
    return file;
  }

  @Test
  void checkReportsExactlyThePlantedMismatchesLocatedInTheEvidenceAndTheInventory()
      throws Exception {
    Path evidence = planted();
    Path inv = Path.of("src/test/resources/scan/site/planted.yaml");
    Candor run = Candor.run("check", inv.toString(), "--evidence", evidence.toString());
    assertEquals(1, run.code(), run.toString());
    Evidence e = EvidenceFile.read(evidence.toString(), Files.readString(evidence));
    java.util.function.Function<String, String> at =
        name ->
            e.findings().stream()
                .filter(
                    f ->
                        (f instanceof Finding.Cookie c && c.name().equals(name))
                            || (f instanceof Finding.Storage k && k.key().equals(name))
                            || (f instanceof Finding.Host h && h.host().equals(name)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + name))
                .at()
                .toString();
    String i = inv.toString();
    List<String> found =
        run.out()
            .lines()
            .filter(l -> l.matches("\\S+:\\d+:\\d+: (error|warning)\\[evidence-.*"))
            .sorted()
            .toList();
    List<String> expected =
        new ArrayList<>(
            List.of(
                at.apply("ad")
                    + ": error[evidence-cookie-undeclared]: the site sets cookie 'ad'"
                    + " (cdn.tracker.test, a third party's, after-consent), but no entry of"
                    + " 'cookies' declares it",
                at.apply("st_uid")
                    + ": error[evidence-cookie-undeclared]: the site sets cookie 'st_uid'"
                    + " (stats.test, a third party's, before-consent), but no entry of 'cookies'"
                    + " declares it",
                at.apply("tab")
                    + ": error[evidence-cookie-undeclared]: the site keeps 'tab' in session"
                    + " storage (https://shop.test:"
                    + sites.port()
                    + "), but no entry of 'cookies' declares it",
                at.apply("stats.test")
                    + ": error[evidence-host-recipient]: the site's pages contact stats.test"
                    + " (Document, before-consent), but it is a domain of no recipient",
                at.apply("trk")
                    + ": error[evidence-cookie-before-consent]: cookie 'trk' is set before"
                    + " anyone consents, but the inventory says it needs consent",
                at.apply("st")
                    + ": error[evidence-cookie-before-consent]: cookie 'st' is set before"
                    + " anyone consents, but the inventory says it needs consent",
                i
                    + ":77:15: error[evidence-cookie-duration]: cookie 'trk' is declared to last"
                    + " P30D, but the site sets it to expire in P365D",
                i
                    + ":87:5: warning[evidence-cookie-unobserved]: cookie 'old_banner' is"
                    + " declared, but no scan saw it"));
    expected.sort(null);
    assertEquals(expected, found, run.out());
    Path sarif = tmp.resolve("check.sarif");
    Candor s =
        Candor.run(
            "check",
            inv.toString(),
            "--evidence",
            evidence.toString(),
            "--format",
            "sarif",
            "-o",
            sarif.toString());
    assertEquals(1, s.code(), s.toString());
    String log = Files.readString(sarif);
    assertTrue(log.contains("\"relatedLocations\""), log);
    assertTrue(log.contains(evidence.getFileName().toString()), log);
  }

  @Test
  void importEvidencePrintsTheUndeclaredEntriesToPaste() throws Exception {
    Path evidence = planted();
    Candor run =
        Candor.run(
            "import",
            "evidence",
            evidence.toString(),
            "--inventory",
            "src/test/resources/scan/site/planted.yaml");
    assertEquals(0, run.code(), run.toString());
    assertEquals(
        String.join(
            "\n",
            "cookies:",
            "  - name: st_uid",
            "    set_by: \"TODO: the id of the recipient that sets it from stats.test (Seedtag,"
                + " seedtag.com)\"",
            "    purposes:",
            "      - \"TODO: the id of its purpose (marketing)\"",
            "    duration: PT60M",
            "    necessary: false",
            "    description: This cookie is used to store randomly generated unique browser"
                + " identifier (Seedtag; Open Cookie Database)",
            "  - name: ad",
            "    set_by: tracker",
            "    purposes:",
            "      - \"TODO: the id of its purpose\"",
            "    duration: PT24H",
            "    necessary: \"TODO: true only if the site cannot work without it, else false\"",
            "    description: \"TODO: what it does, in a short sentence\"",
            "  - name: tab",
            "    kind: session-storage",
            "    purposes:",
            "      - \"TODO: the id of its purpose\"",
            "    necessary: \"TODO: true only if the site cannot work without it, else false\"",
            "    description: \"TODO: what it does, in a short sentence\"",
            ""),
        run.out(),
        run.toString());
  }

  @Test
  void aPageThatNeverFinishesLoadingEndsWithALocatedMessage() {
    String page = sites.url("shop.test", "/slow");
    Candor run = scan(tmp.resolve("slow.json"), "--timeout", "3", page);
    assertEquals(2, run.code(), run.toString());
    assertTrue(
        run.err().contains(page + ":1:1: error: the page did not finish loading within 3 s"),
        run.toString());
    assertTrue(!Files.exists(tmp.resolve("slow.json")), "nothing written");
  }

  @Test
  void aRedirectLoopEndsWithALocatedMessage() {
    String page = sites.url("shop.test", "/loop");
    Candor run = scan(tmp.resolve("loop.json"), page);
    assertEquals(2, run.code(), run.toString());
    assertTrue(run.err().contains("the page redirects in a loop"), run.toString());
  }

  @Test
  void aPageOverTheSizeLimitEndsWithAClearMessage() {
    java.util.Arrays.fill(HUGE, (byte) ' ');
    String page = sites.url("shop.test", "/huge");
    Candor run = scan(tmp.resolve("huge.json"), page);
    assertEquals(2, run.code(), run.toString());
    assertTrue(
        run.err().contains(page + ":1:1: error: the page is larger than 20 MB"), run.toString());
  }

  @Test
  void aFileThatIsNotAPageEndsWithAClearMessage() {
    String page = sites.url("shop.test", "/terms.pdf");
    Candor run = scan(tmp.resolve("pdf.json"), page);
    assertEquals(2, run.code(), run.toString());
    assertTrue(run.err().contains("this is not an HTML page"), run.toString());
  }
}
