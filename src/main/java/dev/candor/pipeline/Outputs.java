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
 * Writes a set of files into a folder so that a failed or killed run leaves earlier files whole:
 * everything is written into a hidden folder beside them first, then moved into place.
 */
public final class Outputs {
  static final String STAGING_PREFIX = ".candor-staging-";

  private Outputs() {}

  /** Writes {@code files} (relative names to bytes) into {@code dir}, creating it if needed. */
  public static void commit(Path dir, Map<String, byte[]> files) throws IOException {
    Files.createDirectories(dir);
    removeStaleStaging(dir);
    Path staging = Files.createTempDirectory(dir, STAGING_PREFIX);
    try {
      for (var e : files.entrySet()) {
        Path target = staging.resolve(e.getKey()).normalize();
        if (!target.startsWith(staging)) {
          throw new IOException("refusing to write outside the output folder: " + e.getKey());
        }
        Files.createDirectories(target.getParent());
        Files.write(target, e.getValue());
      }
      for (String name : files.keySet().stream().sorted().toList()) {
        Path target = dir.resolve(name);
        Files.createDirectories(target.getParent());
        move(staging.resolve(name), target);
      }
    } finally {
      deleteTree(staging);
    }
  }

  /** Renames atomically where the file system can, replacing what is at {@code to}. */
  public static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Staging folders left by a run that was killed. */
  private static void removeStaleStaging(Path dir) throws IOException {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, STAGING_PREFIX + "*")) {
      for (Path p : s) {
        deleteTree(p);
      }
    }
  }

  /** Deletes a folder and everything in it; nothing when it does not exist. */
  public static void deleteTree(Path root) throws IOException {
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
