package dev.candor.site;

import dev.candor.load.History;
import dev.candor.model.Inventory;
import dev.candor.render.InventoryJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
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
      update(
          d,
          hashes.known.computeIfAbsent(new Identity(versions.get(i - 1)), Fingerprint::inventory));
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
