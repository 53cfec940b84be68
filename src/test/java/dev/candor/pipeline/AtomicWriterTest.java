package dev.candor.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replacing a whole folder: only when what it would hold differs from what it holds. */
class AtomicWriterTest {
  @TempDir Path tmp;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The folder's own identity: a replaced folder is a new one. */
  private static Object identity(Path dir) throws IOException {
    return Files.readAttributes(dir, BasicFileAttributes.class).fileKey();
  }

  /** The site as a rebuild hands it over: the pages written now, the rest kept from the folder. */
  private static Map<String, Path> kept(Path dir, String... names) throws IOException {
    Map<String, Path> out = new TreeMap<>();
    Path root = dir.toRealPath();
    for (String n : names) {
      out.put(n, root.resolve(n));
    }
    return out;
  }

  private Path site() throws IOException {
    Path out = tmp.resolve("site");
    AtomicWriter.folder(
        out,
        Map.of(
            "index.html", utf8("front"),
            "shop/index.html", utf8("shop"),
            "shop/2.0/notice.pdf", utf8("pdf")),
        Map.of());
    return out;
  }

  /** Rebuilds the site with the front page {@code front}, keeping the shop's two files. */
  private static void rebuild(Path out, String front) throws IOException {
    AtomicWriter.folder(
        out,
        Map.of("index.html", utf8(front)),
        kept(out, "shop/index.html", "shop/2.0/notice.pdf"));
  }

  @Test
  void aFolderThatAlreadyHoldsTheSameFilesIsLeftAsItIs() throws IOException {
    Path out = site();
    Object before = identity(out);
    rebuild(out, "front");
    assertEquals(before, identity(out));
    assertEquals("shop", Files.readString(out.resolve("shop/index.html")));
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of(out), s.toList(), "no staging folder or old copy is left beside it");
    }
  }

  @Test
  void aPageWithOtherBytesIsReplacedAndTheKeptFilesStayAsTheyAre() throws IOException {
    Path out = site();
    Object before = identity(out);
    Object pdf = identity(out.resolve("shop/2.0/notice.pdf"));
    rebuild(out, "front, changed");
    assertEquals(before, identity(out));
    assertEquals(pdf, identity(out.resolve("shop/2.0/notice.pdf")));
    assertEquals("front, changed", Files.readString(out.resolve("index.html")));
    assertEquals("pdf", Files.readString(out.resolve("shop/2.0/notice.pdf")));
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of(out), s.toList(), "no staging folder or journal is left beside it");
    }
  }

  @Test
  void mostFilesChangingReplacesTheWholeFolder() throws IOException {
    Path out = site();
    Object before = identity(out);
    AtomicWriter.folder(
        out,
        Map.of(
            "index.html", utf8("front, changed"),
            "shop/index.html", utf8("shop, changed"),
            "shop/2.0/notice.pdf", utf8("pdf")),
        Map.of());
    assertNotEquals(before, identity(out));
    assertEquals("shop, changed", Files.readString(out.resolve("shop/index.html")));
  }

  @Test
  void aSwapKilledAfterItsJournalIsFinishedByTheNextRun() throws IOException {
    Path out = site();
    // What a run killed just after putting its journal in place leaves: the new page staged, the
    // journal naming it and a stray file to remove, the folder itself untouched.
    Path staging = Files.createDirectories(tmp.resolve(".site.staging-1"));
    Files.writeString(staging.resolve("index.html"), "front, changed");
    Files.writeString(out.resolve("stray.html"), "left by hand");
    Files.writeString(
        tmp.resolve(".site.journal"),
        "candor-swap-1\nstaging .site.staging-1\nremove stray.html\nput index.html\n");
    AtomicWriter.recover(out);
    assertEquals("front, changed", Files.readString(out.resolve("index.html")));
    assertFalse(Files.exists(out.resolve("stray.html")));
    assertEquals("pdf", Files.readString(out.resolve("shop/2.0/notice.pdf")));
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of(out), s.toList(), "the journal and staging folder are gone");
    }
  }

  @Test
  void aFileOrFolderTheSiteNoLongerHasIsRemoved() throws IOException {
    Path out = site();
    Files.writeString(out.resolve("stray.html"), "left by hand");
    Files.createDirectories(out.resolve("empty"));
    rebuild(out, "front");
    assertFalse(Files.exists(out.resolve("stray.html")));
    assertFalse(Files.exists(out.resolve("empty")));
    assertEquals("shop", Files.readString(out.resolve("shop/index.html")));
  }

  @Test
  void aFileTheSiteHasAndTheFolderLacksIsWritten() throws IOException {
    Path out = site();
    Files.delete(out.resolve("shop/2.0/notice.pdf"));
    AtomicWriter.folder(
        out,
        Map.of("index.html", utf8("front"), "shop/2.0/notice.pdf", utf8("pdf")),
        kept(out, "shop/index.html"));
    assertEquals("pdf", Files.readString(out.resolve("shop/2.0/notice.pdf")));
  }
}
