package dev.candor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.model.Cookie;
import dev.candor.model.Technology;
import dev.candor.testing.Candor;
import dev.candor.vocab.KnownCookies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cookies section: each mistake is reported at its place with a hint, and the Open Cookie
 * Database speaks up when a declaration contradicts it.
 */
class CookieDeclarationsTest {
  private static final String VALID = "src/test/resources/valid/cookie-consent.yaml";

  private static Path with(Path dir, String cookies) throws Exception {
    String base = Files.readString(Path.of(VALID));
    base = base.substring(0, base.indexOf("cookies:"));
    base =
        base.replace(
            "rights:",
            "recipients:\n"
                + "  - id: tracker\n"
                + "    name: Tracker Ltd\n"
                + "    role: processor\n"
                + "    does: counts our visitors\n"
                + "    country: DE\n\n"
                + "rights:");
    Path f = dir.resolve("inventory.yaml");
    Files.writeString(f, base + "cookies:\n" + cookies);
    return f;
  }

  @Test
  void eachMistakeIsLocatedWithAHint(@TempDir Path dir) throws Exception {
    Path f =
        with(
            dir,
            """
              - name: sid
                kind: cookie-jar
                purposes: [orders]
                duration: session
                necessary: true
              - name: trk
                set_by: trackr
                purposes: [stats]
                duration: P1Y
              - name: basket
                purposes: [orders]
                necessary: true
              - name: bad name
                purposes: [orders]
                duration: soon
                necessary: true
            """);
    Candor run = Candor.run("validate", f.toString());
    assertEquals(2, run.code(), run.toString());
    String out = run.err();
    String file = f.toString();
    List<String> expected =
        List.of(
            file + ":50:11: error: 'cookie-jar' is not a valid kind in a cookie",
            file + ":55:13: error: no recipient has the id 'trackr'",
            "    hint: did you mean 'tracker'?",
            file + ":58:5: error: cookie 'basket' has no 'duration'",
            file + ":61:11: error: 'name' in a cookie is not valid: 'bad name'",
            file + ":63:15: error: 'duration' in a cookie must be an ISO-8601 duration");
    for (String line : expected) {
      assertTrue(out.contains(line), "expected «" + line + "» in:\n" + out);
    }
  }

  @Test
  void aKnownTrackingCookieDeclaredNecessaryIsAWarningNamingThePlatform(@TempDir Path dir)
      throws Exception {
    Path f =
        with(
            dir,
            """
              - name: _ga
                purposes: [orders]
                duration: P2Y
                necessary: true
            """);
    Candor run = Candor.run("validate", f.toString());
    assertEquals(0, run.code(), run.toString());
    assertTrue(
        run.err()
            .contains(
                ":52:16: warning: '_ga' is a Google Analytics cookie for analytics (ID used to"
                    + " identify users), which is never strictly necessary"),
        run.toString());
  }

  @Test
  void aThirdPartyCookieOfARecipientWithoutDomainsIsAWarning(@TempDir Path dir) throws Exception {
    Path f =
        with(
            dir,
            """
              - name: trk
                set_by: tracker
                purposes: [stats]
                duration: P1Y
            """);
    Candor run = Candor.run("validate", f.toString());
    assertEquals(0, run.code(), run.toString());
    assertTrue(
        run.err().contains("warning: recipient 'tracker' sets cookie 'trk' but lists no 'domains'"),
        run.toString());
  }

  @Test
  void theDeclarationShowsADescriptionAsTextInEveryFormat(@TempDir Path dir) throws Exception {
    String payload = "<script>alert(1)</script> *bold* | cell | ]]>";
    Path f =
        with(
            dir,
            """
              - name: sid
                purposes: [orders]
                duration: session
                necessary: true
                description: "%s"
            """
                .formatted(payload));
    var inv =
        dev.candor.pipeline.Build.load(List.of(f), dev.candor.load.Limits.DEFAULTS)
            .get(0)
            .inventory();
    var renderer =
        new dev.candor.render.NoticeRenderer(
            new dev.candor.render.Templates(java.util.Optional.empty()),
            dev.candor.vocab.Vocabulary.english());
    var out =
        renderer.declaration(
            inv,
            java.util.EnumSet.allOf(dev.candor.render.Format.class),
            java.util.Optional.empty());
    String html = new String(out.get(dev.candor.render.Format.HTML), "UTF-8");
    assertTrue(!html.contains("<script>"), html);
    assertEquals(
        payload,
        org.jsoup.Jsoup.parse(html).select("table.declaration td").last().text(),
        "the description, as text");
    String md = new String(out.get(dev.candor.render.Format.MD), "UTF-8");
    assertTrue(md.contains("\\<script\\>") && md.contains("\\| cell \\|"), md);
    assertTrue(out.get(dev.candor.render.Format.PDF).length > 1000, "a PDF");
  }

  @Test
  void patternsMatchAnyCharactersWhereTheStarIs() {
    Cookie ga = new Cookie("_ga_*", Technology.COOKIE, null, List.of("x"), null, true, false, null);
    assertTrue(ga.matches("_ga_ABC123"));
    assertTrue(!ga.matches("_gat"));
    Cookie pk = new Cookie("_pk_id.*.*", null, null, List.of("x"), null, true, false, null);
    assertTrue(pk.matches("_pk_id.1.a2b3"));
    assertTrue(!new Cookie("a.b", null, null, List.of(), null, true, true, null).matches("aXb"));
  }

  @Test
  void theOpenCookieDatabaseIsShippedWithItsLicence() throws Exception {
    assertEquals(2264, KnownCookies.builtIn().size());
    assertEquals(
        "Google Analytics", KnownCookies.builtIn().find("_ga_XYZ").orElseThrow().platform());
    assertEquals("P2Y", KnownCookies.builtIn().find("_ga").orElseThrow().duration());
    for (String f : List.of("LICENSE", "SOURCE.md")) {
      assertTrue(
          KnownCookies.class.getResource("open-cookie-database/" + f) != null, f + " is shipped");
    }
  }
}
