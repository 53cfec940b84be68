package dev.candor.pipeline;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
 *   <li>{@link #folder} makes a folder (the site) hold exactly the files given: when only some of
 *       them change, by replacing those under a journal that the next run finishes should this one
 *       be killed mid-swap; otherwise by replacing the whole folder with two renames, a run killed
 *       between which is put back by the next one.
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
    folder(dir, files, reused, Optional.empty());
  }

  /**
   * The same, given what {@code dir} holds now (read since the last change to it). When only some
   * of its files change, they alone are replaced, under a journal ({@link #recover}); otherwise the
   * whole folder is.
   *
   * @return the files of {@code dir} that are new or replaced; the others are as they were
   */
  static Set<String> folder(
      Path dir, Map<String, byte[]> files, Map<String, Path> reused, Optional<FolderContents> now)
      throws IOException {
    Path target = dir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    Files.createDirectories(parent);
    recover(target);
    for (String name : reused.keySet()) {
      if (files.containsKey(name)) {
        throw new IOException("refusing to both write and reuse " + name);
      }
    }
    Optional<FolderContents> there =
        now.isPresent() && now.get().root().equals(target) ? now : FolderContents.read(target);
    if (there.isPresent()) {
      Optional<Swap> swap = Swap.of(there.get(), files, reused);
      if (swap.isPresent()) {
        return swap.get().run(files, reused);
      }
    }
    String name = target.getFileName().toString();
    Path staging = Files.createTempDirectory(parent, "." + name + ".staging-");
    try {
      stage(staging, files, reused);
      Path old = parent.resolve("." + name + ".old");
      deleteTree(old);
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        move(target, old);
      }
      move(staging, target);
      deleteTree(old);
    } finally {
      deleteTree(staging);
    }
    Set<String> all = new TreeSet<>(files.keySet());
    all.addAll(reused.keySet());
    return all;
  }

  /**
   * Replacing only the files of a folder that change: each new or changed file is written into a
   * staging folder beside it; then a journal naming every file to remove and every file to move in
   * is put in place with one rename, which decides the swap; then the moves and removals are done.
   * A run killed before the journal is in place leaves the folder as it was; one killed after it is
   * finished by the next ({@link #recover}), so the folder is then the new site whole.
   *
   * @param put the files to write or link in, by path
   * @param remove the files and other entries to remove, by path
   * @param folders the folders to remove, deepest first
   */
  private record Swap(
      FolderContents there, Set<String> put, Set<String> remove, List<String> folders) {
    /**
     * The swap that makes {@code there} hold these files; empty when most of its files would be
     * replaced (the whole folder is then) or a name cannot be written in a journal.
     */
    static Optional<Swap> of(
        FolderContents there, Map<String, byte[]> files, Map<String, Path> reused)
        throws IOException {
      Path root = there.root();
      Set<String> wanted = new HashSet<>();
      Set<String> put = new TreeSet<>();
      for (var e : files.entrySet()) {
        String n = inside(root, e.getKey());
        wanted.add(n);
        BasicFileAttributes a = there.files().get(n);
        if (a == null
            || a.size() != e.getValue().length
            || !Arrays.equals(Files.readAllBytes(root.resolve(n)), e.getValue())) {
          put.add(n);
        }
      }
      Path real = root.toRealPath();
      for (var e : reused.entrySet()) {
        String n = inside(root, e.getKey());
        wanted.add(n);
        boolean same = root.resolve(n).equals(e.getValue()) || real.resolve(n).equals(e.getValue());
        if (!there.files().containsKey(n) || !same) {
          put.add(n);
        }
      }
      Set<String> keep = new HashSet<>();
      for (String n : wanted) {
        for (int slash = n.lastIndexOf('/'); slash > 0; slash = n.lastIndexOf('/', slash - 1)) {
          keep.add(n.substring(0, slash));
        }
      }
      Set<String> remove = new TreeSet<>();
      there.files().keySet().stream().filter(n -> !wanted.contains(n)).forEach(remove::add);
      // A link or the like where a page goes is replaced by the move itself.
      there.others().stream().filter(n -> !wanted.contains(n)).forEach(remove::add);
      List<String> folders =
          there.folders().stream()
              .filter(d -> !keep.contains(d))
              .sorted(Comparator.reverseOrder())
              .toList();
      boolean plain =
          Stream.of(put, remove, folders).flatMap(c -> c.stream()).allMatch(Swap::writable);
      if (!plain || put.size() > wanted.size() / 2) {
        return Optional.empty();
      }
      return Optional.of(new Swap(there, put, remove, folders));
    }

    /** A name the journal can hold: one line, no separator but '/'. */
    private static boolean writable(String n) {
      return n.indexOf('\n') < 0 && n.indexOf('\r') < 0 && n.indexOf('\\') < 0;
    }

    /** The name as a path inside {@code root}, refused when it leads out of it. */
    private static String inside(Path root, String name) throws IOException {
      Path f = root.resolve(name).normalize();
      if (!f.startsWith(root) || f.equals(root)) {
        throw new IOException("refusing to write outside the output folder: " + name);
      }
      return root.relativize(f).toString().replace(File.separatorChar, '/');
    }

    Set<String> run(Map<String, byte[]> files, Map<String, Path> reused) throws IOException {
      if (put.isEmpty() && remove.isEmpty() && folders.isEmpty()) {
        return Set.of();
      }
      Path target = there.root();
      String name = target.getFileName().toString();
      Path staging = Files.createTempDirectory(target.getParent(), "." + name + ".staging-");
      try {
        Map<String, byte[]> written = new TreeMap<>();
        Map<String, Path> linked = new TreeMap<>();
        for (String n : put) {
          if (files.containsKey(n)) {
            written.put(n, files.get(n));
          } else {
            linked.put(n, reused.get(n));
          }
        }
        stage(staging, written, linked);
        StringBuilder journal = new StringBuilder(JOURNAL).append('\n');
        journal.append("staging ").append(staging.getFileName()).append('\n');
        remove.forEach(n -> journal.append("remove ").append(n).append('\n'));
        folders.forEach(n -> journal.append("folder ").append(n).append('\n'));
        put.forEach(n -> journal.append("put ").append(n).append('\n'));
        Path file = journalOf(target);
        replace(file, journal.toString().getBytes(StandardCharsets.UTF_8));
        finish(target, file);
      } finally {
        deleteTree(staging);
      }
      return put;
    }
  }

  private static final String JOURNAL = "candor-swap-1";

  /** Where the journal of a swap into {@code target} is kept while it runs. */
  private static Path journalOf(Path target) {
    return target.resolveSibling("." + target.getFileName() + ".journal");
  }

  /**
   * Does what the journal {@code file} says, then removes it and the staging folder it names; what
   * is done already is skipped, so a journal may be finished any number of times.
   */
  private static void finish(Path target, Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String name = target.getFileName().toString();
    if (lines.size() < 2
        || !lines.get(0).equals(JOURNAL)
        || !lines.get(1).startsWith("staging ." + name + ".staging-")
        || lines.get(1).contains("/")) {
      // Not a journal this writer wrote: there is nothing it can finish.
      Files.deleteIfExists(file);
      return;
    }
    Path staging = target.resolveSibling(lines.get(1).substring("staging ".length()));
    Path root = target.toAbsolutePath().normalize();
    for (String line : lines.subList(2, lines.size())) {
      int space = line.indexOf(' ');
      Path at = root.resolve(line.substring(space + 1)).normalize();
      if (space < 0 || !at.startsWith(root) || at.equals(root)) {
        continue;
      }
      switch (line.substring(0, space)) {
        case "remove" -> Files.deleteIfExists(at);
        case "folder" -> deleteTree(at);
        case "put" -> {
          Path from = staging.resolve(line.substring(space + 1)).normalize();
          if (from.startsWith(staging) && Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(at.getParent());
            move(from, at);
          }
        }
        default -> {
          // A line this writer does not write.
        }
      }
    }
    Files.deleteIfExists(file);
    deleteTree(staging);
  }

  /**
   * Finishes the swap of a run of {@link #folder} killed mid-swap: puts back a folder it moved
   * aside, or does the rest of what its journal says; then removes the staging folders such runs
   * left.
   */
  public static void recover(Path target) throws IOException {
    String name = target.getFileName().toString();
    Path old = target.resolveSibling("." + name + ".old");
    if (!Files.exists(target) && Files.isDirectory(old)) {
      move(old, target);
    }
    Path journal = journalOf(target);
    if (Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)) {
      finish(target, journal);
    }
    if (Files.isDirectory(target.getParent())) {
      removeStaging(target.getParent(), "." + name + ".staging-*");
      removeStaging(target.getParent(), "." + name + ".journal.*");
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
