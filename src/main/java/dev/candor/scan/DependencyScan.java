package dev.candor.scan;

import dev.candor.evidence.Evidence;
import dev.candor.evidence.Finding;
import dev.candor.evidence.Finding.PrivacyManifest;
import dev.candor.evidence.Finding.Sdk;
import dev.candor.evidence.Source;
import dev.candor.problem.InvalidInputException;
import dev.candor.problem.Location;
import dev.candor.problem.Problem;
import dev.candor.vocab.Vendor;
import dev.candor.vocab.Vendor.Ecosystem;
import dev.candor.vocab.Vendors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Walks a project folder and finds, as evidence, the SDKs of the vendor registry its dependency
 * files name and the privacy manifests in its tree.
 *
 * <p>Dependency files are read outside dependency folders only ({@code node_modules}, {@code Pods},
 * {@code .build}, ...), where they are the project's own; privacy manifests are read everywhere,
 * since SDKs ship theirs inside those folders. Symbolic links are followed (Flutter's {@code
 * ios/.symlinks}), a loop once.
 */
public final class DependencyScan {
  /** The tool name the evidence records. */
  public static final String TOOL = "candor scan deps";

  /** Folders never entered. */
  private static final Set<String> SKIPPED = Set.of(".git", ".hg", ".svn", ".idea");

  /** Folders that hold dependencies rather than the project's own files. */
  private static final Set<String> DEPENDENCIES =
      Set.of(
          "node_modules",
          "Pods",
          ".build",
          "Carthage",
          "vendor",
          ".symlinks",
          ".dart_tool",
          ".pub-cache",
          "site-packages",
          ".venv",
          "venv",
          "build",
          ".gradle",
          "target",
          "DerivedData",
          "SourcePackages");

  private static final String MANIFEST = "PrivacyInfo.xcprivacy";

  /** Safety limits: the largest file read, and the most files looked at. */
  public record Limits(long maxBytes, int maxFiles) {
    public static final Limits DEFAULTS = new Limits(4L * 1024 * 1024, 200_000);
  }

  private DependencyScan() {}

  /**
   * Scans a folder.
   *
   * @throws InvalidInputException when a dependency file or privacy manifest cannot be read as what
   *     it is, listing every one
   */
  public static Evidence scan(Path root, Vendors registry, Limits limits)
      throws IOException, InvalidInputException {
    List<Path> dependencyFiles = new ArrayList<>();
    List<Path> manifests = new ArrayList<>();
    Path start = root.toAbsolutePath().normalize();
    int[] seen = {0};
    Files.walkFileTree(
        start,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        40,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
            return !dir.equals(start) && SKIPPED.contains(name(dir))
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes a) throws IOException {
            if (++seen[0] > limits.maxFiles()) {
              throw new IOException(
                  root + " has more than " + limits.maxFiles() + " files; scan a smaller folder");
            }
            String n = name(file);
            Path rel = start.relativize(file);
            if (n.equals(MANIFEST)) {
              manifests.add(rel);
            } else if (Manifests.reads(n) && dependencyFolder(rel) < 0) {
              dependencyFiles.add(rel);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof FileSystemLoopException) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            throw e;
          }
        });
    dependencyFiles.sort(Comparator.comparing(DependencyScan::slashed));
    manifests.sort(Comparator.comparing(DependencyScan::slashed));

    List<Problem> problems = new ArrayList<>();
    Map<String, List<Sdk>> sdks = new TreeMap<>();
    Map<Path, Manifests.Catalog> catalogs = new LinkedHashMap<>();
    for (Path rel : dependencyFiles) {
      String file = slashed(rel);
      String text = read(start.resolve(rel), limits, file);
      List<Declared> declared;
      try {
        declared = Manifests.read(name(rel), text, catalog(start, rel, limits, catalogs));
      } catch (IOException e) {
        problems.add(
            Problem.error(
                Location.of(file),
                "scan-unreadable",
                file + " could not be read as a " + name(rel) + ": " + firstLine(e.getMessage()),
                "fix the file, or move it out of the folder you scan"));
        continue;
      }
      for (Declared d : declared) {
        // A CocoaPods subspec (Sentry/Core) is part of its pod (Sentry).
        String pkg =
            d.ecosystem() == Ecosystem.COCOAPODS && d.name().contains("/")
                ? d.name().substring(0, d.name().indexOf('/'))
                : d.name();
        Optional<Vendor> v = registry.byPackage(d.ecosystem(), pkg);
        if (v.isPresent()) {
          String key = d.ecosystem().key() + " " + d.ecosystem().normalize(pkg);
          sdks.computeIfAbsent(key, k -> new ArrayList<>())
              .add(
                  new Sdk(
                      new Source(file, d.line()),
                      d.ecosystem().key(),
                      pkg,
                      d.version(),
                      v.get().id(),
                      v.get().data(),
                      List.of(),
                      null));
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (List<Sdk> same : sdks.values()) {
      same.sort(Comparator.comparing(Sdk::source));
      Sdk first = same.get(0);
      // The version a lock file pins says more than the range a manifest allows.
      String version =
          same.stream()
              .filter(s -> s.version() != null && isLock(s.source().file()))
              .map(Sdk::version)
              .findFirst()
              .orElse(first.version());
      findings.add(
          new Sdk(
              first.source(),
              first.ecosystem(),
              first.name(),
              version,
              first.vendor(),
              first.data(),
              same.subList(1, same.size()).stream().map(Sdk::source).toList(),
              null));
    }
    for (Path rel : manifests) {
      String file = slashed(rel);
      byte[] bytes = bytes(start.resolve(rel), limits, file);
      try {
        PrivacyManifests.Declared m = PrivacyManifests.read(file, bytes);
        int dep = dependencyFolder(rel);
        Owner owner = dep < 0 ? null : owner(rel, dep, registry);
        findings.add(
            new PrivacyManifest(
                new Source(file, 0),
                dep < 0,
                owner == null ? null : owner.name(),
                owner == null ? null : owner.vendor(),
                m.tracking(),
                m.trackingDomains(),
                m.collected(),
                m.accessedApis(),
                null));
      } catch (PrivacyManifests.Unreadable e) {
        problems.add(
            Problem.error(
                e.at,
                "scan-unreadable",
                file + " " + e.getMessage(),
                "a privacy manifest is an XML property list; check it with plutil -lint"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Evidence(null, TOOL, findings);
  }

  /** Who a manifest inside a dependency folder belongs to. */
  private record Owner(String name, String vendor) {}

  private static Owner owner(Path rel, int dep, Vendors registry) {
    List<String> parts = new ArrayList<>();
    rel.forEach(p -> parts.add(p.toString()));
    String folder = parts.get(dep);
    List<String> rest = parts.subList(dep + 1, parts.size() - 1);
    // A framework bundle inside names the SDK best: Sentry.xcframework, FirebaseCore.framework.
    for (String p : rest) {
      if (p.endsWith(".xcframework") || p.endsWith(".framework")) {
        String n = p.substring(0, p.lastIndexOf('.'));
        Optional<Vendor> v = registry.byPackage(Ecosystem.COCOAPODS, n);
        if (v.isPresent()) {
          return new Owner("cocoapods " + n, v.get().id());
        }
      }
    }
    if (rest.isEmpty()) {
      return new Owner(folder, null);
    }
    String next = rest.get(0);
    return switch (folder) {
      case "node_modules" -> {
        String n = next.startsWith("@") && rest.size() > 1 ? next + "/" + rest.get(1) : next;
        yield new Owner(
            "npm " + n, registry.byPackage(Ecosystem.NPM, n).map(Vendor::id).orElse(null));
      }
      case "Pods" ->
          new Owner(
              "cocoapods " + next,
              registry.byPackage(Ecosystem.COCOAPODS, next).map(Vendor::id).orElse(null));
      case ".symlinks" -> {
        String n = rest.size() > 1 && next.equals("plugins") ? rest.get(1) : next;
        yield new Owner(
            "pub " + n, registry.byPackage(Ecosystem.PUB, n).map(Vendor::id).orElse(null));
      }
      case ".build", "SourcePackages" -> {
        String n = rest.size() > 1 && next.equals("checkouts") ? rest.get(1) : next;
        yield new Owner("swiftpm " + n, registry.bySwiftCheckout(n).map(Vendor::id).orElse(null));
      }
      default -> {
        String n =
            next.equals("Checkouts") || next.equals("Build") && rest.size() > 1
                ? rest.get(1)
                : next;
        Optional<Vendor> v =
            registry.byPackage(Ecosystem.COCOAPODS, n).or(() -> registry.bySwiftCheckout(n));
        yield new Owner(folder + " " + n, v.map(Vendor::id).orElse(null));
      }
    };
  }

  /** The index of the first dependency folder in a relative path, or -1 for none. */
  private static int dependencyFolder(Path rel) {
    for (int i = 0; i < rel.getNameCount() - 1; i++) {
      if (DEPENDENCIES.contains(rel.getName(i).toString())) {
        return i;
      }
    }
    return -1;
  }

  /** The version catalog a Gradle script uses: gradle/libs.versions.toml in a folder above it. */
  private static Manifests.Catalog catalog(
      Path start, Path rel, Limits limits, Map<Path, Manifests.Catalog> cache) throws IOException {
    if (!name(rel).startsWith("build.gradle")) {
      return Manifests.Catalog.NONE;
    }
    for (Path dir = start.resolve(rel).getParent();
        dir != null && dir.startsWith(start);
        dir = dir.getParent()) {
      Path toml = dir.resolve("gradle").resolve("libs.versions.toml");
      if (Files.isRegularFile(toml)) {
        Path key = toml;
        Manifests.Catalog c = cache.get(key);
        if (c == null) {
          c = Manifests.Catalog.of(read(toml, limits, slashed(start.relativize(toml))));
          cache.put(key, c);
        }
        return c;
      }
    }
    return Manifests.Catalog.NONE;
  }

  private static boolean isLock(String file) {
    return file.endsWith(".lock") || file.endsWith("-lock.json") || file.endsWith(".resolved");
  }

  private static String read(Path p, Limits limits, String file) throws IOException {
    return new String(bytes(p, limits, file), StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  private static byte[] bytes(Path p, Limits limits, String file) throws IOException {
    if (Files.size(p) > limits.maxBytes()) {
      throw new IOException(file + " is larger than " + limits.maxBytes() + " bytes");
    }
    return Files.readAllBytes(p);
  }

  private static String name(Path p) {
    Path n = p.getFileName();
    return n == null ? "" : n.toString();
  }

  /** A relative path with forward slashes, the same on every system. */
  private static String slashed(Path rel) {
    return rel.toString().replace('\\', '/');
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
