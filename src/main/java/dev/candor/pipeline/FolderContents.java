package dev.candor.pipeline;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a folder holds, read in one walk that follows no link: its plain files with how each looks
 * on disk, its folders, and anything else (links, devices). A rebuild reads the site folder once
 * and uses it both to tell which files it may take over and to work out what to replace.
 *
 * @param root the folder, absolute and normalized
 * @param files each plain file by its path inside the folder, with '/' separators
 * @param folders each folder inside it by its path, the folder itself left out
 * @param others each entry that is neither, by its path
 */
record FolderContents(
    Path root, Map<String, BasicFileAttributes> files, Set<String> folders, Set<String> others) {
  FolderContents {
    files = Map.copyOf(files);
    folders = Set.copyOf(folders);
    others = Set.copyOf(others);
  }

  /** What {@code dir} holds; empty when it is not a folder (or is a link to one). */
  static Optional<FolderContents> read(Path dir) throws IOException {
    Path root = dir.toAbsolutePath().normalize();
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    Map<String, BasicFileAttributes> files = new HashMap<>();
    Set<String> folders = new HashSet<>();
    Set<String> others = new HashSet<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
            if (!d.equals(root)) {
              folders.add(name(d));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
            if (a.isRegularFile()) {
              files.put(name(f), a);
            } else {
              others.add(name(f));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path f, IOException e) {
            // Gone since its folder was listed: it is not there.
            return FileVisitResult.CONTINUE;
          }

          private String name(Path p) {
            return root.relativize(p).toString().replace(File.separatorChar, '/');
          }
        });
    return Optional.of(new FolderContents(root, files, folders, others));
  }
}
