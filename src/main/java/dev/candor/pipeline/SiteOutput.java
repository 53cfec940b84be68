package dev.candor.pipeline;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Replaces a whole site folder at once: the new site is written beside it, then swapped in with
 * two renames. A build that fails or is killed before the swap leaves the previous site whole;
 * one killed between the two renames is put back by the next run.
 */
public final class SiteOutput {
  private SiteOutput() {}

  /** Writes {@code files} as the complete contents of {@code dir}. */
  public static void replace(Path dir, Map<String, byte[]> files) throws IOException {
    replace(dir, files, Map.of());
  }

  /**
   * Writes {@code files}, and the files of the previous site named in {@code reused}, as the
   * complete contents of {@code dir}. Reused files are hard-linked into the new site where the
   * file system allows it, copied where not; the previous site is left as it was until the swap.
   */
  public static void replace(Path dir, Map<String, byte[]> files, Map<String, Path> reused)
      throws IOException {
    Path target = dir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    Files.createDirectories(parent);
    recover(target);
    String name = target.getFileName().toString();
    Path staging = Files.createTempDirectory(parent, "." + name + ".staging-");
    try {
      for (var e : files.entrySet()) {
        Path f = staging.resolve(e.getKey()).normalize();
        if (!f.startsWith(staging)) {
          throw new IOException("refusing to write outside the site folder: " + e.getKey());
        }
        Files.createDirectories(f.getParent());
        Files.write(f, e.getValue());
      }
      for (var e : reused.entrySet()) {
        Path f = staging.resolve(e.getKey()).normalize();
        if (!f.startsWith(staging) || files.containsKey(e.getKey())) {
          throw new IOException("refusing to reuse " + e.getKey());
        }
        Files.createDirectories(f.getParent());
        link(e.getValue(), f);
      }
      Path old = parent.resolve("." + name + ".old");
      Outputs.deleteTree(old);
      if (Files.exists(target)) {
        Outputs.move(target, old);
      }
      Outputs.move(staging, target);
      Outputs.deleteTree(old);
    } finally {
      Outputs.deleteTree(staging);
    }
  }

  /** Puts back a site moved aside by a run killed mid-swap, and removes stale staging folders. */
  public static void recover(Path target) throws IOException {
    String name = target.getFileName().toString();
    Path old = target.resolveSibling("." + name + ".old");
    if (!Files.exists(target) && Files.isDirectory(old)) {
      Outputs.move(old, target);
    }
    try (DirectoryStream<Path> ds =
        Files.newDirectoryStream(target.getParent(), "." + name + ".staging-*")) {
      for (Path p : ds) {
        Outputs.deleteTree(p);
      }
    }
  }

  private static void link(Path existing, Path link) throws IOException {
    try {
      Files.createLink(link, existing);
    } catch (UnsupportedOperationException | IOException e) {
      Files.copy(existing, link, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }
}
