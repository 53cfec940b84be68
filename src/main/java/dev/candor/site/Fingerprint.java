package dev.candor.site;

import dev.candor.load.History;
import dev.candor.model.Inventory;
import dev.candor.render.InventoryJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Hashes of what a notice version's files are made from, so a rebuild can tell which versions
 * it may take from the previous site unchanged.
 *
 * <p>A version's files depend on its inventory, the one before it (what changed), the versions
 * listed beside it, the site settings and assets, the theme, and Candor itself (code, built-in
 * templates and wording: the jar or classes folder it runs from).
 */
public final class Fingerprint {
  private Fingerprint() {}

  /** What every version shares: Candor itself, the theme, and the site folder. */
  public static String common(Optional<Path> templates, Path siteDir, Path out) throws IOException {
    MessageDigest d = sha256();
    update(d, "candor-site-inputs-1");
    update(d, Engine.HASH);
    update(d, templates.isPresent() ? folder(templates.get(), p -> true) : "-");
    Path outAbs = out.toAbsolutePath().normalize();
    String name = outAbs.getFileName().toString();
    // The output folder, and its staging and swap folders, may sit inside the site folder.
    update(d, folder(siteDir, p -> !p.startsWith(outAbs)
        && !(p.getParent() != null && p.getParent().equals(outAbs.getParent())
            && p.getFileName().toString().startsWith("." + name + "."))));
    return hex(d.digest());
  }

  /** Inventory hashes, kept for one build: each inventory is hashed once. */
  static final class Hashes {
    private final Map<Identity, String> known = new ConcurrentHashMap<>();
  }

  /** The key of version {@code i} of a history. */
  static String version(String common, History h, int i, Hashes hashes) {
    MessageDigest d = sha256();
    update(d, common);
    List<Inventory> versions = h.versions().stream().map(v -> v.inventory()).toList();
    for (Inventory v : versions) {
      update(d, v.notice().version() + " " + v.notice().effective());
    }
    update(d, Integer.toString(i));
    update(d, hashes.known.computeIfAbsent(new Identity(versions.get(i)), Fingerprint::inventory));
    update(d, "previous");
    if (i > 0) {
      update(d, hashes.known.computeIfAbsent(new Identity(versions.get(i - 1)),
          Fingerprint::inventory));
    }
    return hex(d.digest());
  }

  /** An inventory compared by identity: equal records are hashed apart, which is only slower. */
  private record Identity(Inventory inventory) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Identity other && other.inventory == inventory;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(inventory);
    }
  }

  /** The hash of an inventory's facts, the same facts as its JSON download. */
  private static String inventory(Identity inv) {
    return hex(sha256().digest(InventoryJson.of(inv.inventory())));
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

  private static void update(MessageDigest d, String s) {
    d.update(s.getBytes(StandardCharsets.UTF_8));
    d.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  /**
   * Starts hashing Candor's own code on another thread, so it is ready when the first version
   * key is needed; a caller that needs it sooner waits for it.
   */
  public static void start() {
    Thread t = new Thread(Fingerprint::engineKnown, "candor-fingerprint");
    t.setDaemon(true);
    t.start();
  }

  /** Whether Candor's own code could be hashed; without it no previous file is trusted. */
  static boolean engineKnown() {
    return !Engine.HASH.equals(UNKNOWN);
  }

  private static final String UNKNOWN = "unknown";

  /** The hash of the jar or classes folder Candor runs from, worked out once per process. */
  private static final class Engine {
    static final String HASH = compute();

    private static String compute() {
      CodeSource src = Fingerprint.class.getProtectionDomain().getCodeSource();
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
          List<? extends ZipEntry> entries = zip.stream()
              .sorted(java.util.Comparator.comparing(ZipEntry::getName)).toList();
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
