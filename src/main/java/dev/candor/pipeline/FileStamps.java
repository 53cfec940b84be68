package dev.candor.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * What each file of the last site looked like on disk when it was written (its file, size and
 * modification time) with the digest it had, so that a rebuild need not read and hash again every
 * file it takes from the previous site: a file that still looks the same has the same bytes, unless
 * someone rewrote it keeping its size and time, by hand. Hashing the 150 MB of a 600-version site
 * was most of a rebuild's time.
 *
 * <p>Kept beside the site folder ({@code .<name>.stamps}), not in it: it says nothing about the
 * site, and its contents depend on the file system, not only on the inputs. A missing or unreadable
 * one only means every file is read again.
 */
final class FileStamps {
  private static final String HEADER = "candor-file-stamps-1";

  private final Map<String, String> stamps;

  private FileStamps(Map<String, String> stamps) {
    this.stamps = stamps;
  }

  /** Where the stamps of the site folder {@code dir} are kept. */
  static Path fileFor(Path dir) {
    Path abs = dir.toAbsolutePath().normalize();
    return abs.resolveSibling("." + abs.getFileName() + ".stamps");
  }

  /** The stamps kept for the site folder {@code dir}; none when there are none to trust. */
  static FileStamps read(Path dir) {
    Map<String, String> out = new TreeMap<>();
    try {
      Path file = fileFor(dir);
      if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (!lines.isEmpty() && lines.get(0).equals(HEADER)) {
          for (String line : lines.subList(1, lines.size())) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
              out.put(line.substring(0, tab), line.substring(tab + 1));
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      out.clear();
    }
    return new FileStamps(out);
  }

  /**
   * Whether the file at {@code name} inside the site, now at {@code file}, looks as it did when it
   * had {@code digest}.
   */
  boolean unchanged(String name, BasicFileAttributes now, String digest) {
    String kept = stamps.get(name);
    Optional<String> stamp = stamp(now);
    return kept != null && stamp.isPresent() && kept.equals(stamp.get() + " " + digest);
  }

  /**
   * Records how the files of the site now in {@code dir} look, with their digests, by path inside
   * it; written under a name of its own, then moved into place.
   *
   * @param before what the folder held before the site was written into it, if known
   * @param replaced the files written since: each other file in {@code before} looks as it did
   */
  static void write(
      Path dir, Map<String, String> digests, Optional<FolderContents> before, Set<String> replaced)
      throws IOException {
    Path root = dir.toAbsolutePath().normalize();
    Map<String, BasicFileAttributes> known =
        before.filter(b -> b.root().equals(root)).map(FolderContents::files).orElse(Map.of());
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (var e : digests.entrySet()) {
      BasicFileAttributes was = replaced.contains(e.getKey()) ? null : known.get(e.getKey());
      Optional<String> s = was != null ? stamp(was) : stamp(root.resolve(e.getKey()));
      if (s.isPresent() && e.getKey().indexOf('\n') < 0 && e.getKey().indexOf('\t') < 0) {
        text.append(e.getKey()).append('\t').append(s.get()).append(' ').append(e.getValue());
        text.append('\n');
      }
    }
    AtomicWriter.replace(fileFor(root), text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The file's identity, size and modification time, as one string. */
  private static Optional<String> stamp(Path file) {
    try {
      return stamp(
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> stamp(BasicFileAttributes a) {
    if (!a.isRegularFile() || a.fileKey() == null) {
      return Optional.empty();
    }
    return Optional.of(
        a.fileKey() + " " + a.size() + " " + a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
  }
}
