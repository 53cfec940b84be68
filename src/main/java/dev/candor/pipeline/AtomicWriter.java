package dev.candor.pipeline;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The one place Candor writes output, so that a failed or killed run leaves earlier output whole:
 * everything is written into a hidden staging folder beside its target first, then moved into place
 * with renames.
 *
 * <ul>
 *   <li>{@link #files} puts files into a folder, each replaced by one rename; other files in the
 *       folder stay (notices, reports, exports).
 *   <li>{@link #folder} replaces a whole folder (the site) with two renames; a run killed between
 *       them is put back by the next one.
 * </ul>
 */
public final class AtomicWriter {
  private static final String STAGING = ".candor-staging-";

  private AtomicWriter() {}

  /** Writes {@code files} (relative names to bytes) into {@code dir}, creating it if needed. */
  public static void files(Path folder, Map<String, byte[]> files) throws IOException {
    // Absolute, so that the current folder given as "" still has a parent for every file.
    Path dir = folder.toAbsolutePath().normalize();
    Files.createDirectories(dir);
    removeStaging(dir, STAGING + "*");
    Path staging = Files.createTempDirectory(dir, STAGING);
    try {
      stage(staging, files, Map.of());
      for (String name : files.keySet().stream().sorted().toList()) {
        Path target = dir.resolve(name);
        Files.createDirectories(target.getParent());
        move(staging.resolve(name), target);
      }
    } finally {
      deleteTree(staging);
    }
  }

  /**
   * Writes {@code files}, and the existing files named in {@code reused}, as the complete contents
   * of {@code dir}. Reused files are hard-linked where the file system allows it and copied where
   * not; what is in {@code dir} now stays as it is until the swap.
   */
  public static void folder(Path dir, Map<String, byte[]> files, Map<String, Path> reused)
      throws IOException {
    Path target = dir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    Files.createDirectories(parent);
    recover(target);
    String name = target.getFileName().toString();
    Path staging = Files.createTempDirectory(parent, "." + name + ".staging-");
    try {
      stage(staging, files, reused);
      Path old = parent.resolve("." + name + ".old");
      deleteTree(old);
      if (Files.exists(target)) {
        move(target, old);
      }
      move(staging, target);
      deleteTree(old);
    } finally {
      deleteTree(staging);
    }
  }

  /**
   * Puts back a folder moved aside by a run of {@link #folder} killed mid-swap, and removes staging
   * folders such runs left.
   */
  public static void recover(Path target) throws IOException {
    String name = target.getFileName().toString();
    Path old = target.resolveSibling("." + name + ".old");
    if (!Files.exists(target) && Files.isDirectory(old)) {
      move(old, target);
    }
    if (Files.isDirectory(target.getParent())) {
      removeStaging(target.getParent(), "." + name + ".staging-*");
    }
  }

  /** Writes the files into the staging folder, refusing any name that leads out of it. */
  private static void stage(Path staging, Map<String, byte[]> files, Map<String, Path> reused)
      throws IOException {
    for (var e : files.entrySet()) {
      Files.write(inside(staging, e.getKey()), e.getValue());
    }
    for (var e : reused.entrySet()) {
      if (files.containsKey(e.getKey())) {
        throw new IOException("refusing to both write and reuse " + e.getKey());
      }
      link(e.getValue(), inside(staging, e.getKey()));
    }
  }

  private static Path inside(Path staging, String name) throws IOException {
    Path f = staging.resolve(name).normalize();
    if (!f.startsWith(staging) || f.equals(staging)) {
      throw new IOException("refusing to write outside the output folder: " + name);
    }
    Files.createDirectories(f.getParent());
    return f;
  }

  /** Renames atomically where the file system can, replacing what is at {@code to}. */
  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void link(Path existing, Path link) throws IOException {
    try {
      Files.createLink(link, existing);
    } catch (UnsupportedOperationException | IOException e) {
      Files.copy(existing, link, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  /** Staging folders left by a run that was killed. */
  private static void removeStaging(Path dir, String glob) throws IOException {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, glob)) {
      for (Path p : s) {
        deleteTree(p);
      }
    }
  }

  /** Deletes a folder and everything in it; nothing when it does not exist. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
