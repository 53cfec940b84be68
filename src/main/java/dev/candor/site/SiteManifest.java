package dev.candor.site;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the site was built from: for each notice version, a hash of everything its files depend on,
 * the files, and its feed entry. The next build reuses a version's files when its hash is
 * unchanged. It is part of the site and, like every other file, the same for the same inputs.
 *
 * @param format the manifest's format; another one is ignored
 * @param versions by {@code <id>/<version>}
 */
public record SiteManifest(int format, Map<String, Entry> versions) {
  /** The manifest's file name in the site folder. */
  public static final String FILE = ".candor-manifest.json";

  static final int FORMAT = 1;

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  public SiteManifest {
    versions = new TreeMap<>(versions);
  }

  /**
   * One version.
   *
   * @param key the hash of its inputs
   * @param files its files, by path inside the site folder
   * @param feed its Atom entry
   */
  public record Entry(String key, List<String> files, SitePages.FeedEntry feed) {
    public Entry {
      files = files.stream().sorted().toList();
    }
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
}
