package dev.candor.site;

import dev.candor.model.Inventory;
import dev.candor.model.Notice;
import dev.candor.render.InventoryJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hashes of what a notice version's files are made from, so a rebuild can tell which versions it
 * may take from the previous site unchanged.
 *
 * <p>A version's files depend on its inventory, the one before it (what changed), the versions
 * listed beside it, and what every version shares (the site settings and assets, the theme, and
 * Candor itself), which the pipeline hashes from disk and hands in as {@code common}.
 */
public final class Fingerprint {
  private Fingerprint() {}

  /** Inventory hashes, kept for one build: each inventory is hashed once. */
  public static final class Hashes {
    private final Map<Identity, String> known = new ConcurrentHashMap<>();
  }

  /**
   * The key of version {@code i} of a notice in one language: its inventory in that language, the
   * version before in that language (what changed), and every version's number, date and languages
   * (the links between them).
   */
  static String version(String common, Published p, int i, String language, Hashes hashes) {
    MessageDigest d = sha256();
    update(d, common);
    for (int j = 0; j < p.size(); j++) {
      Notice v = p.history().versions().get(j).notice();
      update(d, v.version() + " " + v.effective() + " " + String.join(",", p.languagesOf(j)));
    }
    update(d, i + " " + language);
    update(d, of(p, i, language, hashes));
    update(d, "previous");
    if (i > 0 && p.has(i - 1, language)) {
      update(d, of(p, i - 1, language, hashes));
    }
    return hex(d.digest());
  }

  /**
   * The hash of version {@code i} of a notice in one of its languages: in its own, the hash of the
   * file it was read from (the same bytes make the same inventory); in a translation, that of its
   * facts.
   */
  private static String of(Published p, int i, String language, Hashes hashes) {
    if (p.asRead(i, language)) {
      return "file " + p.history().versions().get(i).digest();
    }
    return hashes.known.computeIfAbsent(
        new Identity(p.in(i, language).orElseThrow()), Fingerprint::inventory);
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

  /** Adds a string and a separator to a digest. */
  public static void update(MessageDigest d, String s) {
    d.update(s.getBytes(StandardCharsets.UTF_8));
    d.update((byte) 0);
  }

  /** A new SHA-256 digest. */
  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Bytes as lower-case hex. */
  public static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
