package dev.candor.pipeline;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    if (holds(target, files, reused)) {
      return;
    }
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
   * Whether {@code dir} already holds exactly these files: each reused one is its own file at the
   * same place, each written one has the same bytes there, and it has no other file or folder. Then
   * there is nothing to replace.
   */
  private static boolean holds(Path dir, Map<String, byte[]> files, Map<String, Path> reused)
      throws IOException {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    Path root = dir.toRealPath();
    Set<String> wanted = new HashSet<>();
    Set<Path> folders = new HashSet<>();
    for (var e : reused.entrySet()) {
      Path f = root.resolve(e.getKey()).normalize();
      if (!f.startsWith(root) || !e.getValue().equals(f)) {
        return false;
      }
      wanted.add(e.getKey());
      folders.add(f.getParent());
    }
    for (var e : files.entrySet()) {
      Path f = root.resolve(e.getKey()).normalize();
      if (!f.startsWith(root)
          || !Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
          || !Arrays.equals(Files.readAllBytes(f), e.getValue())) {
        return false;
      }
      wanted.add(e.getKey());
      folders.add(f.getParent());
    }
    Set<Path> all = new HashSet<>(Set.of(root));
    for (Path f : folders) {
      for (Path up = f; up.startsWith(root) && all.add(up); up = up.getParent()) {
        // each folder up to the root
      }
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.allMatch(
              p ->
                  Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                      ? all.contains(p)
                      : Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                          && wanted.remove(
                              root.relativize(p).toString().replace(File.separatorChar, '/')))
          && wanted.isEmpty();
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

  /**
   * Writes the files into the staging folder, refusing any name that leads out of it; links the
   * reused ones on every core (a site reuses thousands).
   */
  private static void stage(Path staging, Map<String, byte[]> files, Map<String, Path> reused)
      throws IOException {
    Set<Path> made = ConcurrentHashMap.newKeySet();
    for (var e : files.entrySet()) {
      Files.write(inside(staging, e.getKey(), made), e.getValue());
    }
    for (String name : reused.keySet()) {
      if (files.containsKey(name)) {
        throw new IOException("refusing to both write and reuse " + name);
      }
    }
    try {
      reused.entrySet().parallelStream()
          .forEach(
              e -> {
                try {
                  link(e.getValue(), inside(staging, e.getKey(), made));
                } catch (IOException x) {
                  throw new UncheckedIOException(x);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Where {@code name} goes in the staging folder, its folder made once. */
  private static Path inside(Path staging, String name, Set<Path> made) throws IOException {
    Path f = staging.resolve(name).normalize();
    if (!f.startsWith(staging) || f.equals(staging)) {
      throw new IOException("refusing to write outside the output folder: " + name);
    }
    Path dir = f.getParent();
    if (!made.contains(dir)) {
      Files.createDirectories(dir);
      made.add(dir);
    }
    return f;
  }

  /**
   * Replaces one file beside the output (what a rebuild keeps) with {@code bytes}: written under a
   * name of this process's own, then renamed over it.
   */
  static void replace(Path file, byte[] bytes) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid());
    Files.write(tmp, bytes);
    move(tmp, file);
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

  /**
   * Deletes a folder and everything in it; nothing when it does not exist. The files go on every
   * core, then the folders, deepest first.
   */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    List<Path> dirs = new ArrayList<>();
    List<Path> others = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.forEach(p -> (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? dirs : others).add(p));
    }
    try {
      others.parallelStream()
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException x) {
                  throw new UncheckedIOException(x);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    dirs.sort(Comparator.reverseOrder());
    for (Path d : dirs) {
      Files.deleteIfExists(d);
    }
  }
}
