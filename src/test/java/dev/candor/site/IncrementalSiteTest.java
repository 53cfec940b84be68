package dev.candor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.Candor;
import dev.candor.testing.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild that reuses unchanged versions gives the same bytes as building from nothing. */
class IncrementalSiteTest {
  @TempDir Path tmp;
  private Path notices;
  private Path siteDir;

  @BeforeEach
  void copyTheExamples() throws IOException {
    notices = Snapshot.copyTree(Path.of("notices"), tmp.resolve("notices"));
    siteDir = Snapshot.copyTree(Path.of("site"), tmp.resolve("site"));
  }

  @Test
  void aRebuildAfterChangingOneNoticeEqualsAFullBuildAndReusesTheRest() throws IOException {
    Path site = tmp.resolve("out/site");
    build(site);
    Map<String, Object> before = inodes(site);
    String manifest = Files.readString(site.resolve(SiteManifest.FILE));
    assertTrue(manifest.contains("\"shop/1.0\""), manifest);

    edit(notices.resolve("saas.yaml"));
    build(site);
    Path full = tmp.resolve("full");
    build(full);
    assertSameFiles(full, site);

    Map<String, Object> after = inodes(site);
    // Unchanged notices keep their files; the changed one is written again, and the pages that
    // list every notice only where their bytes change (the controller's address is on none).
    assertEquals(before.get("shop/1.0/shop-1.0.pdf"), after.get("shop/1.0/shop-1.0.pdf"));
    assertEquals(
        before.get("fitness/" + version("fitness") + "/fitness-" + version("fitness") + ".pdf"),
        after.get("fitness/" + version("fitness") + "/fitness-" + version("fitness") + ".pdf"));
    String saas = "saas/" + version("saas") + "/saas-" + version("saas") + ".pdf";
    assertNotEquals(before.get(saas), after.get(saas));
    assertEquals(before.get("index.html"), after.get("index.html"));
  }

  @Test
  void changingTheSiteSettingsRendersEveryVersionAgain() throws IOException {
    Path site = tmp.resolve("out/site");
    build(site);
    Map<String, Object> before = inodes(site);
    Path yaml = siteDir.resolve("site.yaml");
    Files.writeString(yaml, Files.readString(yaml).replace("privacy centre", "privacy center"));
    build(site);
    Path full = tmp.resolve("full");
    build(full);
    assertSameFiles(full, site);
    assertNotEquals(before.get("shop/1.0/shop-1.0.pdf"), inodes(site).get("shop/1.0/shop-1.0.pdf"));
  }

  @Test
  void aDamagedOrHostileManifestIsIgnored() throws IOException {
    Path site = tmp.resolve("out/site");
    build(site);
    Path m = site.resolve(SiteManifest.FILE);
    String good = Files.readString(m);
    Files.writeString(m, "{ not json");
    build(site);
    assertEquals(good, Files.readString(m));

    // A manifest that names files outside the site must not bring them in.
    Files.writeString(tmp.resolve("secret.txt"), "secret");
    Files.writeString(m, good.replace("\"shop/1.0/shop-1.0.pdf\"", "\"../../secret.txt\""));
    build(site);
    assertEquals(good, Files.readString(m));
    try (Stream<Path> s = Files.walk(site)) {
      assertFalse(s.anyMatch(p -> p.getFileName().toString().equals("secret.txt")));
    }
    Path full = tmp.resolve("full");
    build(full);
    assertSameFiles(full, site);
  }

  @Test
  void aVersionWhoseFilesWereRemovedIsRenderedAgain() throws IOException {
    Path site = tmp.resolve("out/site");
    build(site);
    Files.delete(site.resolve("shop/1.1/shop-1.1.md"));
    build(site);
    Path full = tmp.resolve("full");
    build(full);
    assertSameFiles(full, site);
  }

  @Test
  void aFileReplacedByALinkOutOfTheSiteIsRenderedAgain() throws IOException {
    Path site = tmp.resolve("out/site");
    build(site);
    Path secret = Files.writeString(tmp.resolve("secret.txt"), "secret");
    Path md = site.resolve("shop/1.0/shop-1.0.md");
    Files.delete(md);
    Files.createSymbolicLink(md, secret);
    build(site);
    assertFalse(Files.isSymbolicLink(md));
    Path full = tmp.resolve("full");
    build(full);
    assertSameFiles(full, site);
  }

  @Test
  void aFileEditedInTheSiteToTheSameSizeIsRenderedAgain() throws IOException {
    Path site = tmp.resolve("out/site");
    build(site);
    assertTrue(Files.isRegularFile(tmp.resolve("out/.site.stamps")), "stamps beside the site");
    Path md = site.resolve("shop/1.0/shop-1.0.md");
    byte[] bytes = Files.readAllBytes(md);
    bytes[0] = (byte) (bytes[0] == 'x' ? 'y' : 'x');
    Files.write(md, bytes);
    build(site);
    Path full = tmp.resolve("full");
    build(full);
    assertSameFiles(full, site);
  }

  @Test
  void theFindingsOfUnchangedNoticesAreTakenFromTheLastBuildAndReadTheSame() throws IOException {
    // A translation of older text is a warning, which the next build takes from the last.
    Path fitness = notices.resolve("fitness.yaml");
    String yaml = Files.readString(fitness);
    String stale = yaml.replace("your phone model", "the model of your phone");
    assertNotEquals(yaml, stale, "the English of a translated example is edited");
    Files.writeString(fitness, stale);
    Path site = tmp.resolve("out/site");
    String first = build(site);
    Path checks = tmp.resolve("out/.site.checks");
    assertTrue(Files.isRegularFile(checks), "findings kept beside the site");
    assertTrue(first.contains("translates older text"), "a warning to keep: " + first);
    assertEquals(first, build(site), "findings from the last build");
    Files.writeString(checks, "{ not json");
    assertEquals(first, build(site), "a damaged file of findings is ignored");
    edit(notices.resolve("saas.yaml"));
    String edited = build(site);
    Path full = tmp.resolve("full");
    assertEquals(build(full), edited, "an edited notice is checked again");
  }

  private String version(String id) throws IOException {
    for (String line : Files.readAllLines(notices.resolve(id + ".yaml"))) {
      if (line.strip().startsWith("version:")) {
        return line.split(":", 2)[1].strip().replace("\"", "");
      }
    }
    throw new AssertionError("no version in " + id);
  }

  private void edit(Path yaml) throws IOException {
    String s = Files.readString(yaml);
    String edited = s.replaceFirst("(\\n  address: )", "$1Unit 4, ");
    assertNotEquals(s, edited, "the controller address is edited");
    Files.writeString(yaml, edited);
  }

  /** Builds the site into {@code out}; returns what the build printed, the findings among it. */
  private String build(Path out) {
    Candor r =
        Candor.run(
            "site",
            "--out",
            out.toString(),
            "--notices",
            notices.toString(),
            "--site",
            siteDir.toString());
    assertEquals(0, r.code(), r::toString);
    return (r.out() + r.err()).replace(out.toString(), "<out>");
  }

  private static void assertSameFiles(Path expected, Path actual) throws IOException {
    Map<String, byte[]> a = Snapshot.of(expected);
    Map<String, byte[]> b = Snapshot.of(actual);
    Snapshot.assertSame(a, b);
  }

  private static Map<String, Object> inodes(Path root) throws IOException {
    Map<String, Object> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString(), Files.getAttribute(p, "unix:ino"));
      }
    }
    return out;
  }
}
