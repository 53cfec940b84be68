package dev.candor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candor.testing.Candor;
import dev.candor.testing.Snapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The tamper-evident archive: the manifest holds the SHA-256 digest of every published file, each
 * feed entry its version's digest, and {@code candor verify} names every file that was changed,
 * removed or added since the build.
 */
class VerifyTest {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String CANDOR = "urn:dev-candor:site:1";

  @TempDir Path tmp;
  private Path site;

  @BeforeEach
  void buildTheExampleSite() throws IOException {
    site = tmp.resolve("site");
    Snapshot.copyTree(Path.of("notices"), tmp.resolve("notices"));
    build();
  }

  private void build() {
    Candor r =
        Candor.run(
            "site",
            "--out",
            site.toString(),
            "--notices",
            tmp.resolve("notices").toString(),
            "--site",
            "site");
    assertEquals(0, r.code(), r::toString);
  }

  @Test
  void aSiteAsBuiltVerifies() {
    Candor r = Candor.run("verify", site.toString());
    assertEquals(0, r.code(), r::toString);
    int files = countFiles(site) - 1; // all but the manifest
    assertEquals(
        site
            + ": all "
            + files
            + " files of 5 notice versions and 10 translations of them are as built\n",
        r.out());
  }

  @Test
  void aChangedAMissingAndAnAddedFileAreEachNamed() throws IOException {
    Files.writeString(
        site.resolve("shop/2.0/index.html"),
        Files.readString(site.resolve("shop/2.0/index.html")).replace("Larch", "Lurch"));
    Files.delete(site.resolve("shop/1.0/shop-1.0.pdf"));
    Files.writeString(site.resolve("shop/1.1/offer.html"), "<p>Win a prize</p>");
    Candor r = Candor.run("verify", site.toString());
    assertEquals(1, r.code(), r::toString);
    assertEquals(
        "changed: shop/2.0/index.html\n"
            + "missing: shop/1.0/shop-1.0.pdf\n"
            + "extra: shop/1.1/offer.html\n",
        r.out());
    assertTrue(r.err().contains("1 changed, 1 missing, 1 extra"), r::toString);
  }

  @Test
  void aChangeToTheFeedOrTheFrontPageIsFoundToo() throws IOException {
    Path feed = site.resolve("feed.xml");
    Files.writeString(feed, Files.readString(feed).replace("</feed>", "<!-- x --></feed>"));
    Candor r = Candor.run("verify", site.toString());
    assertEquals(1, r.code(), r::toString);
    assertEquals("changed: feed.xml\n", r.out());
  }

  @Test
  void aManifestEditedToMatchAChangedFileIsFound() throws Exception {
    Path page = site.resolve("shop/2.0/index.html");
    Files.writeString(page, Files.readString(page).replace("Larch", "Lurch"));
    Path m = site.resolve(SiteManifest.FILE);
    JsonNode manifest = new ObjectMapper().readTree(m.toFile());
    String old = manifest.at("/versions/shop~12.0/files/shop~12.0~1index.html").asText();
    assertEquals(64, old.length(), manifest.toPrettyString());
    Files.writeString(m, Files.readString(m).replace(old, sha256(Files.readAllBytes(page))));
    Candor r = Candor.run("verify", site.toString());
    assertEquals(1, r.code(), r::toString);
    assertEquals("manifest: the digest recorded for shop/2.0 does not match its files\n", r.out());
  }

  @Test
  void eachFeedEntryCarriesTheDigestOfItsVersionsFilesAsPublished() throws Exception {
    JsonNode manifest = new ObjectMapper().readTree(site.resolve(SiteManifest.FILE).toFile());
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document feed = f.newDocumentBuilder().parse(site.resolve("feed.xml").toFile());
    NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
    assertEquals(5, entries.getLength());
    for (int i = 0; i < entries.getLength(); i++) {
      Element e = (Element) entries.item(i);
      String href = ((Element) e.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href");
      String version = href.replaceFirst("^https?://[^/]+/(.*/)?([^/]+/[^/]+)/$", "$2");
      NodeList digest = e.getElementsByTagNameNS(CANDOR, "digest");
      assertEquals(1, digest.getLength(), href);
      assertEquals("sha-256", ((Element) digest.item(0)).getAttribute("algorithm"));
      // Recomputed here from the files on disk, as docs/site.md says: SHA-256 over each file's
      // path and its digest, in path order, each followed by a zero byte.
      JsonNode files = manifest.get("versions").get(version).get("files");
      assertTrue(files.size() >= 5, version + " has its pages and downloads");
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      List<String> paths = new ArrayList<>();
      files.fieldNames().forEachRemaining(paths::add);
      for (String p : paths.stream().sorted().toList()) {
        String onDisk = sha256(Files.readAllBytes(site.resolve(p)));
        assertEquals(files.get(p).asText(), onDisk, p);
        d.update((p + "\0" + onDisk + "\0").getBytes(StandardCharsets.UTF_8));
      }
      assertEquals(HexFormat.of().formatHex(d.digest()), digest.item(0).getTextContent(), href);
    }
  }

  @Test
  void aRebuildReplacesATamperedFileWithWhatItShouldBe() throws IOException {
    Path pdf = site.resolve("shop/1.0/shop-1.0.pdf");
    byte[] built = Files.readAllBytes(pdf);
    Files.write(pdf, "not the notice".getBytes(StandardCharsets.UTF_8));
    build();
    assertTrue(java.util.Arrays.equals(built, Files.readAllBytes(pdf)));
    assertEquals(0, Candor.run("verify", site.toString()).code());
  }

  @Test
  void aFolderThatIsNoSiteIsBadUsage() throws IOException {
    Candor none = Candor.run("verify", tmp.resolve("nowhere").toString());
    assertEquals(2, none.code(), none::toString);
    assertTrue(none.err().contains("is not a folder"), none::toString);
    Candor plain = Candor.run("verify", Files.createDirectories(tmp.resolve("plain")).toString());
    assertEquals(2, plain.code(), plain::toString);
    assertTrue(plain.err().contains("has no .candor-manifest.json"), plain::toString);
    Candor noArg = Candor.run("verify");
    assertEquals(2, noArg.code(), noArg::toString);
  }

  private static String sha256(byte[] bytes) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IOException(e);
    }
  }

  private static int countFiles(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      return (int) s.filter(Files::isRegularFile).count();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
