package dev.candor.pipeline;

import dev.candor.problem.UsageException;
import dev.candor.site.SiteManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** {@code candor verify}: reads a site folder and compares every file with its manifest. */
public final class SiteVerification {
  private SiteVerification() {}

  /** The manifest found, and how the folder differs from it. */
  public record Result(SiteManifest manifest, SiteManifest.Differences differences) {}

  /**
   * Compares the site in {@code dir} with the manifest its build wrote there.
   *
   * @throws UsageException when {@code dir} is not a folder, or holds no manifest Candor can read
   */
  public static Result run(Path dir) throws IOException, UsageException {
    if (!Files.isDirectory(dir)) {
      throw new UsageException(dir + " is not a folder; name the folder candor site wrote");
    }
    Path file = dir.resolve(SiteManifest.FILE);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new UsageException(
          dir + " has no " + SiteManifest.FILE + "; name a folder that candor site wrote");
    }
    Optional<SiteManifest> manifest = SiteManifest.parse(Files.readAllBytes(file));
    if (manifest.isEmpty()) {
      throw new UsageException(
          file
              + " is not a manifest this Candor can read (another format, or not one at all);"
              + " build the site again with this version to verify it from then on");
    }
    return new Result(manifest.get(), manifest.get().compare(digests(dir)));
  }

  /**
   * The digest of every file in the folder, by path with '/' separators. A link is never what a
   * build wrote, so it gets a digest no file has.
   */
  private static Map<String, String> digests(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.toList()) {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        String name = dir.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
        out.put(
            name,
            Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                ? SiteManifest.digest(Files.readAllBytes(p))
                : "link");
      }
    }
    return out;
  }
}
