package dev.candor.pipeline;

import dev.candor.evidence.Evidence;
import dev.candor.evidence.EvidenceFile;
import dev.candor.model.Inventory;
import dev.candor.problem.InvalidInputException;
import dev.candor.problem.UsageException;
import dev.candor.scan.CookieImport;
import dev.candor.scan.DependencyScan;
import dev.candor.scan.SiteScan;
import dev.candor.vocab.KnownCookies;
import dev.candor.vocab.Vendors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code candor scan deps}, {@code candor scan site} and reading evidence back for {@code check}
 * and {@code export}.
 */
public final class Scans {
  private Scans() {}

  /** Scans a folder and writes its evidence file; returns the evidence. */
  public static Evidence deps(Path dir, Path out)
      throws IOException, InvalidInputException, UsageException {
    if (!Files.isDirectory(dir)) {
      throw new UsageException("scan deps needs a folder; " + dir + " is not one");
    }
    Evidence e = DependencyScan.scan(dir, Vendors.builtIn(), DependencyScan.Limits.DEFAULTS);
    Path target = out.toAbsolutePath();
    AtomicWriter.files(
        target.getParent(),
        Map.of(
            target.getFileName().toString(),
            EvidenceFile.write(e).getBytes(StandardCharsets.UTF_8)));
    return e;
  }

  /**
   * Scans a website in the system's Chromium and writes its evidence file; returns the evidence.
   */
  public static Evidence site(SiteScan.Settings settings, Path out)
      throws IOException, InvalidInputException {
    Evidence e = SiteScan.scan(settings);
    Path target = out.toAbsolutePath();
    AtomicWriter.files(
        target.getParent(),
        Map.of(
            target.getFileName().toString(),
            EvidenceFile.write(e).getBytes(StandardCharsets.UTF_8)));
    return e;
  }

  /**
   * The cookies and storage keys of site evidence that the inventory (when given) does not declare,
   * as YAML to paste.
   */
  public static CookieImport.Result cookies(List<Path> evidence, Path inventory)
      throws IOException, InvalidInputException {
    Inventory inv =
        inventory == null
            ? null
            : Build.load(List.of(inventory), dev.candor.load.Limits.DEFAULTS).get(0).inventory();
    return CookieImport.of(read(evidence), inv, KnownCookies.builtIn());
  }

  /** Reads evidence files, each finding located in its file. */
  /**
   * The evidence files in a folder: every {@code *.json} directly in it, in name order; none when
   * the folder does not exist yet (no scan has run).
   */
  public static List<Path> folder(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (var files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
          .sorted()
          .toList();
    }
  }

  public static List<Evidence> read(List<Path> files) throws IOException, InvalidInputException {
    List<Evidence> out = new ArrayList<>();
    for (Path f : files) {
      out.add(EvidenceFile.read(f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
    }
    return out;
  }
}
