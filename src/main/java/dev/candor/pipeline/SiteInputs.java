package dev.candor.pipeline;

import static dev.candor.site.Fingerprint.hex;
import static dev.candor.site.Fingerprint.sha256;
import static dev.candor.site.Fingerprint.update;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The hash of what every site version's files share and what lives on disk: Candor itself (its
 * code, built-in templates and wording: the jar or classes folder it runs from), the theme, and the
 * site folder. The site's plan takes it as a plain string.
 */
final class SiteInputs {
  private SiteInputs() {}

  /** What every version shares: Candor itself, the theme, and the site folder. */
  static String common(Optional<Path> templates, Path siteDir, Path out) throws IOException {
    MessageDigest d = sha256();
    update(d, "candor-site-inputs-1");
    update(d, Engine.HASH);
    update(d, templates.isPresent() ? folder(templates.get(), p -> true) : "-");
    Path outAbs = out.toAbsolutePath().normalize();
    String name = outAbs.getFileName().toString();
    // The output folder, and its staging and swap folders, may sit inside the site folder.
    update(
        d,
        folder(
            siteDir,
            p ->
                !p.startsWith(outAbs)
                    && !(p.getParent() != null
                        && p.getParent().equals(outAbs.getParent())
                        && p.getFileName().toString().startsWith("." + name + "."))));
    return hex(d.digest());
  }

  /** Every regular file under {@code root} that {@code keep} accepts, with its path. */
  private static String folder(Path root, Predicate<Path> keep) throws IOException {
    MessageDigest d = sha256();
    if (!Files.isDirectory(root)) {
      return "-";
    }
    Path abs = root.toAbsolutePath().normalize();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(abs)) {
      files = walk.filter(keep).filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      update(d, abs.relativize(f).toString().replace('\\', '/'));
      try (InputStream in = Files.newInputStream(f)) {
        digest(d, in);
      }
    }
    return hex(d.digest());
  }

  private static void digest(MessageDigest d, InputStream in) throws IOException {
    byte[] buf = new byte[1 << 16];
    for (int n; (n = in.read(buf)) > 0; ) {
      d.update(buf, 0, n);
    }
    update(d, "");
  }

  /**
   * Starts hashing Candor's own code on another thread, so it is ready when the first version key
   * is needed; a caller that needs it sooner waits for it.
   */
  public static void start() {
    Thread t = new Thread(SiteInputs::engineKnown, "candor-fingerprint");
    t.setDaemon(true);
    t.start();
  }

  /** Whether Candor's own code could be hashed; without it no previous file is trusted. */
  static boolean engineKnown() {
    return !Engine.HASH.equals(UNKNOWN);
  }

  /** The hash of Candor's own code, "unknown" when it could not be hashed. */
  static String engineHash() {
    return Engine.HASH;
  }

  private static final String UNKNOWN = "unknown";

  /** The hash of the jar or classes folder Candor runs from, worked out once per process. */
  private static final class Engine {
    static final String HASH = compute();

    private static String compute() {
      CodeSource src = SiteInputs.class.getProtectionDomain().getCodeSource();
      try {
        Path where = src == null ? null : Path.of(src.getLocation().toURI());
        if (where == null) {
          return UNKNOWN;
        }
        if (Files.isDirectory(where)) {
          return folder(where, p -> true);
        }
        // Every entry of the jar with the CRC-32 of its contents, as its directory records them:
        // as telling as hashing the 16 MB jar, at a fraction of the cost.
        MessageDigest d = sha256();
        try (ZipFile zip = new ZipFile(where.toFile())) {
          List<? extends ZipEntry> entries =
              zip.stream().sorted(java.util.Comparator.comparing(ZipEntry::getName)).toList();
          for (ZipEntry e : entries) {
            update(d, e.getName() + " " + e.getSize() + " " + Long.toHexString(e.getCrc()));
          }
        }
        return hex(d.digest());
      } catch (IOException | URISyntaxException | RuntimeException e) {
        return UNKNOWN;
      }
    }
  }
}
