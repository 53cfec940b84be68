package dev.candor.site;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the site was built from and what it holds: for each notice version, a hash of everything its
 * files depend on, the SHA-256 digest of each of its files, one digest of the version as a whole,
 * and its feed entry; and the digests of the files every version shares (the front page, the feed,
 * the sitemap). The next build reuses a version's files when its hash is unchanged and its files
 * still have their digests; {@code candor verify} compares a site folder with it. It is part of the
 * site and, like every other file, the same for the same inputs.
 *
 * @param format the manifest's format; another one is ignored
 * @param versions by {@code <id>/<version>}
 * @param files the digests of the site's files that belong to no one version, by path
 */
public record SiteManifest(int format, Map<String, Entry> versions, Map<String, String> files) {
  /** The manifest's file name in the site folder. */
  public static final String FILE = ".candor-manifest.json";

  /** 3: a version in each of its languages, each feed entry with its language. */
  static final int FORMAT = 3;

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  public SiteManifest {
    versions = new TreeMap<>(versions);
    files = new TreeMap<>(files == null ? Map.of() : files);
  }

  /**
   * One version.
   *
   * @param key the hash of its inputs
   * @param files the SHA-256 digest of each of its files, by path inside the site folder
   * @param feed its Atom entry, which carries {@link #digest()}
   */
  public record Entry(String key, Map<String, String> files, SitePages.FeedEntry feed) {
    public Entry {
      files = new TreeMap<>(files);
    }

    /** The version's digest, as its feed entry publishes it. */
    public String digest() {
      return feed.digest();
    }
  }

  /** The SHA-256 digest of bytes, as lower-case hex. */
  public static String digest(byte[] bytes) {
    return Fingerprint.hex(Fingerprint.sha256().digest(bytes));
  }

  /**
   * The digest of a version as a whole: SHA-256 over each of its files' path and digest, in path
   * order. Anyone with the files can compute it again, so a copy of the feed proves what was
   * published.
   */
  public static String versionDigest(Map<String, String> files) {
    MessageDigest d = Fingerprint.sha256();
    new TreeMap<>(files)
        .forEach(
            (path, digest) -> {
              Fingerprint.update(d, path);
              Fingerprint.update(d, digest);
            });
    return Fingerprint.hex(d.digest());
  }

  /** The digest of every file the manifest names, by path. */
  public Map<String, String> allFiles() {
    Map<String, String> all = new TreeMap<>(files);
    versions.values().forEach(e -> all.putAll(e.files()));
    return all;
  }

  /** The manifest as the bytes written into the site. */
  public byte[] bytes() {
    try {
      return (JSON.writeValueAsString(this) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The manifest in {@code bytes}, if it is one this build can trust: unreadable or another format
   * means every version is rendered again.
   */
  public static Optional<SiteManifest> parse(byte[] bytes) {
    try {
      SiteManifest m = JSON.readValue(bytes, SiteManifest.class);
      return m.format() == FORMAT && m.versions() != null ? Optional.of(m) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * How a site folder differs from this manifest.
   *
   * @param changed files whose content is not what was built
   * @param missing files that were built and are gone
   * @param extra files that were never built (the manifest itself aside)
   * @param versions versions whose digest, computed again from the manifest, is not the one it
   *     records: the manifest itself was edited
   */
  public record Differences(
      List<String> changed, List<String> missing, List<String> extra, List<String> versions) {
    public Differences {
      changed = List.copyOf(changed);
      missing = List.copyOf(missing);
      extra = List.copyOf(extra);
      versions = List.copyOf(versions);
    }

    /** Whether the folder holds exactly what was built. */
    public boolean clean() {
      return changed.isEmpty() && missing.isEmpty() && extra.isEmpty() && versions.isEmpty();
    }
  }

  /**
   * Compares the files of a site folder with what was built.
   *
   * @param found the digest of every file in the folder, by path inside it with '/' separators
   */
  public Differences compare(Map<String, String> found) {
    Map<String, String> built = allFiles();
    List<String> changed = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    built.forEach(
        (path, digest) -> {
          String there = found.get(path);
          if (there == null) {
            missing.add(path);
          } else if (!there.equals(digest)) {
            changed.add(path);
          }
        });
    for (String path : new TreeSet<>(found.keySet())) {
      if (!built.containsKey(path) && !path.equals(FILE)) {
        extra.add(path);
      }
    }
    List<String> wrong = new ArrayList<>();
    versions.forEach(
        (name, e) -> {
          if (e.feed() == null || !versionDigest(e.files()).equals(e.digest())) {
            wrong.add(name);
          }
        });
    return new Differences(changed, missing, extra, wrong);
  }
}
