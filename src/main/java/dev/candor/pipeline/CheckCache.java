package dev.candor.pipeline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.candor.check.CheckReport;
import dev.candor.check.CheckSettings;
import dev.candor.site.Fingerprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The findings of the last site build's checks, by a hash of everything they are a function of:
 * Candor's own code, the check settings (evidence included), and the inventory with the place of
 * each of its values in its file. A rebuild checks again only the notices whose hash changed;
 * checking every notice of a 200-notice site again was half of a rebuild's time.
 *
 * <p>Kept beside the site folder ({@code .<name>.checks}), not in it. A missing, unreadable or
 * stale one only means the notices are checked again.
 */
final class CheckCache {
  private static final String FORMAT = "candor-check-cache-1";
  private static final ObjectMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final Map<String, CheckReport.FileReport> before;
  private final Map<String, CheckReport.FileReport> now = new ConcurrentHashMap<>();
  private final String common;

  private CheckCache(Map<String, CheckReport.FileReport> before, String common) {
    this.before = before;
    this.common = common;
  }

  /** Where the findings for the site folder {@code dir} are kept. */
  static Path fileFor(Path dir) {
    Path abs = dir.toAbsolutePath().normalize();
    return abs.resolveSibling("." + abs.getFileName() + ".checks");
  }

  /** The findings kept for the site folder {@code dir}, to check with {@code settings}. */
  static Optional<CheckCache> read(Path dir, CheckSettings settings) {
    if (!SiteInputs.engineKnown()) {
      return Optional.empty();
    }
    MessageDigest d = Fingerprint.sha256();
    Fingerprint.update(d, FORMAT);
    Fingerprint.update(d, SiteInputs.engineHash());
    Fingerprint.update(d, settings.toString());
    String common = Fingerprint.hex(d.digest());
    Map<String, CheckReport.FileReport> before = new TreeMap<>();
    Path file = fileFor(dir);
    try {
      if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        Map<String, CheckReport.FileReport> read =
            JSON.readValue(
                Files.readAllBytes(file),
                new TypeReference<TreeMap<String, CheckReport.FileReport>>() {});
        if (read != null) {
          before.putAll(read);
        }
      }
    } catch (IOException | RuntimeException e) {
      before.clear();
    }
    return Optional.of(new CheckCache(before, common));
  }

  /**
   * The key of the findings of an inventory read from {@code file}, whose bytes have {@code
   * digest}: the same bytes read by the same Candor make the same inventory and the same findings.
   */
  String key(String file, String digest) {
    MessageDigest d = Fingerprint.sha256();
    Fingerprint.update(d, common);
    Fingerprint.update(d, file);
    Fingerprint.update(d, digest);
    return Fingerprint.hex(d.digest());
  }

  /** The findings kept under {@code key}, if any; kept for the next build too. */
  Optional<CheckReport.FileReport> get(String key) {
    CheckReport.FileReport r = before.get(key);
    if (r != null) {
      now.put(key, r);
    }
    return Optional.ofNullable(r);
  }

  /** Keeps findings just found for the next build. */
  void put(String key, CheckReport.FileReport report) {
    now.put(key, report);
  }

  /** Writes the findings of this build, and only those, for the site folder {@code dir}. */
  void write(Path dir) throws IOException {
    AtomicWriter.replace(fileFor(dir), JSON.writeValueAsBytes(new TreeMap<>(now)));
  }
}
