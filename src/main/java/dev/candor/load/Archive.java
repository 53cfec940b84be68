package dev.candor.load;

import dev.candor.problem.InvalidInputException;
import dev.candor.problem.Location;
import dev.candor.problem.Problem;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads each notice's versions: the current file {@code notices/<id>.yaml} and the earlier ones
 * kept as {@code notices/archive/<id>/<version>.yaml}.
 *
 * <p>Nothing may change silently: a version whose content differs from the archived file of the
 * same version number is an error, and so is an archive file whose name is not its version.
 */
public final class Archive {
  /** The archive folder inside the notices folder. */
  public static final String FOLDER = "archive";

  private Archive() {}

  /** The histories of every notice in {@code noticesDir}, sorted by notice id. */
  public static List<History> load(Path noticesDir, InventoryLoader loader)
      throws IOException, InvalidInputException {
    return load(noticesDir, loader, false);
  }

  /**
   * The histories of every notice; with {@code gitHistory}, versions found in each file's git
   * history count as archived versions too.
   */
  public static List<History> load(Path noticesDir, InventoryLoader loader, boolean gitHistory)
      throws IOException, InvalidInputException {
    return load(noticesDir, noticesDir.resolve(FOLDER), loader, gitHistory);
  }

  /**
   * The histories of every notice in {@code noticesDir}, with earlier versions kept in {@code
   * archive} (as {@code <archive>/<id>/<version>.yaml}) and, with {@code gitHistory}, in git.
   */
  public static List<History> load(
      Path noticesDir, Path archive, InventoryLoader loader, boolean gitHistory)
      throws IOException, InvalidInputException {
    List<Problem> problems = new ArrayList<>();
    Map<String, LoadedInventory> current = new TreeMap<>();
    Reads reads = Reads.of(noticesDir, archive, loader);
    List<LoadedInventory> read = new ArrayList<>();
    for (Path f : inventoriesIn(noticesDir)) {
      LoadedInventory li = reads.load(f, problems);
      if (li != null) {
        read.add(li);
        current.putIfAbsent(li.notice().id(), li);
      }
    }
    problems.addAll(NoticeIds.duplicates(read));
    if (Files.isDirectory(archive)) {
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(archive)) {
        for (Path dir : ds) {
          String id = dir.getFileName().toString();
          if (Files.isDirectory(dir) && !current.containsKey(id)) {
            problems.add(
                Problem.error(
                    Location.of(dir.toString()),
                    "archive-orphan",
                    "the archive has versions of '"
                        + id
                        + "' but there is no current notice with"
                        + " that id",
                    "keep the current version as "
                        + noticesDir.resolve(id + ".yaml")
                        + ", or remove the folder"));
          }
        }
      }
    }
    List<History> histories = new ArrayList<>();
    for (LoadedInventory li : current.values()) {
      histories.add(history(li, archive, reads, gitHistory, problems));
    }
    if (problems.stream().anyMatch(Problem::isError)) {
      throw new InvalidInputException(problems);
    }
    return histories;
  }

  /** The history of one notice: its archived versions beside its file, then itself. */
  public static History history(LoadedInventory current, InventoryLoader loader)
      throws IOException, InvalidInputException {
    Path file = Path.of(current.file());
    Path dir = file.getParent() == null ? Path.of(".") : file.getParent();
    return history(current, dir.resolve(FOLDER), loader);
  }

  /** The history of one notice: its archived versions in {@code archive}, then itself. */
  public static History history(LoadedInventory current, Path archive, InventoryLoader loader)
      throws IOException, InvalidInputException {
    List<Problem> problems = new ArrayList<>();
    History h = history(current, archive, new Reads(loader, Map.of()), false, problems);
    if (problems.stream().anyMatch(Problem::isError)) {
      throw new InvalidInputException(problems);
    }
    return h;
  }

  private static History history(
      LoadedInventory current,
      Path archive,
      Reads reads,
      boolean gitHistory,
      List<Problem> problems)
      throws IOException {
    InventoryLoader loader = reads.loader();
    String id = current.notice().id();
    Path file = Path.of(current.file());
    Path dir = archive.resolve(id);
    List<LoadedInventory> versions = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      for (Path f : inventoriesIn(dir)) {
        LoadedInventory li = reads.load(f, problems);
        if (li != null && archived(li, f, id, problems)) {
          versions.add(li);
        }
      }
    }
    if (gitHistory) {
      for (LoadedInventory g : GitVersions.of(file, loader, problems)) {
        String v = g.notice().version();
        var archived = versions.stream().filter(a -> a.notice().version().equals(v)).findFirst();
        if (archived.isEmpty()) {
          versions.add(g);
        } else if (!archived.get().inventory().equals(g.inventory())) {
          problems.add(
              Problem.error(
                  archived.get().source().at("notice.version"),
                  "silent-change",
                  "version " + v + " in " + g.source().file() + " differs from the archived copy",
                  "the archive and git must agree"));
        }
      }
    }
    return new History(id, merge(current, versions, problems));
  }

  /** Whether an archived file is named after its version and belongs to the right notice. */
  private static boolean archived(LoadedInventory li, Path f, String id, List<Problem> problems) {
    String name = f.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    boolean ok = true;
    if (!li.notice().id().equals(id)) {
      problems.add(
          Problem.error(
              li.source().at("notice.id"),
              "archive-id",
              "this archived version has the id '"
                  + li.notice().id()
                  + "' but is kept in the folder of '"
                  + id
                  + "'",
              "move it to " + f.getParent().resolveSibling(li.notice().id())));
      ok = false;
    }
    if (!li.notice().version().equals(name)) {
      problems.add(
          Problem.error(
              li.source().at("notice.version"),
              "archive-name",
              "this archived version is "
                  + li.notice().version()
                  + " but the file is"
                  + " named "
                  + f.getFileName(),
              "name it " + li.notice().version() + ".yaml"));
      ok = false;
    }
    return ok;
  }

  /** The versions in order, the current one last; a changed version with the same number fails. */
  private static List<LoadedInventory> merge(
      LoadedInventory current, List<LoadedInventory> archived, List<Problem> problems) {
    List<LoadedInventory> all = new ArrayList<>();
    String version = current.notice().version();
    for (LoadedInventory a : archived) {
      if (a.notice().version().equals(version)) {
        if (!a.inventory().equals(current.inventory())) {
          problems.add(
              Problem.error(
                  current.source().at("notice.version"),
                  "silent-change",
                  "the notice changed but its version is still "
                      + version
                      + " (the archived "
                      + a.source().file()
                      + " differs)",
                  "give the changed notice a new version and add a line to 'changes'"));
        }
        continue;
      }
      if (!a.notice().effective().isBefore(current.notice().effective())) {
        problems.add(
            Problem.error(
                a.source().at("notice.effective"),
                "archive-order",
                "archived version "
                    + a.notice().version()
                    + " takes effect on or after"
                    + " the current version "
                    + version,
                "an earlier version must take effect before the current one"));
      }
      all.add(a);
    }
    all.sort(Comparator.comparing((LoadedInventory l) -> l.notice().effective()));
    for (int i = 1; i < all.size(); i++) {
      if (all.get(i).notice().effective().equals(all.get(i - 1).notice().effective())) {
        problems.add(
            Problem.error(
                all.get(i).source().at("notice.effective"),
                "archive-order",
                "two versions take effect on the same day",
                "each version needs its own effective date"));
      }
    }
    all.add(current);
    return all;
  }

  /**
   * Files read ahead, all at once on every core: reading and validating them is most of the work of
   * a site rebuild in which little changed, and each file is read on its own. Results are taken in
   * the same order as before, so the problems reported are the same.
   */
  private record Reads(InventoryLoader loader, Map<Path, Read> done) {
    /** One file's inventory, or its problems, or the error reading it. */
    private record Read(LoadedInventory inventory, List<Problem> problems, IOException error) {}

    static Reads of(Path noticesDir, Path archive, InventoryLoader loader) throws IOException {
      List<Path> files = new ArrayList<>(inventoriesIn(noticesDir));
      if (Files.isDirectory(archive)) {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(archive)) {
          for (Path dir : ds) {
            if (Files.isDirectory(dir)) {
              files.addAll(inventoriesIn(dir));
            }
          }
        }
      }
      Map<Path, Read> done = new ConcurrentHashMap<>();
      files.parallelStream().forEach(f -> done.put(f, read(loader, f)));
      return new Reads(loader, done);
    }

    private static Read read(InventoryLoader loader, Path f) {
      try {
        return new Read(loader.load(f), List.of(), null);
      } catch (InvalidInputException e) {
        return new Read(null, e.problems(), null);
      } catch (IOException e) {
        return new Read(null, List.of(), e);
      }
    }

    LoadedInventory load(Path f, List<Problem> problems) throws IOException {
      Read r = done.get(f);
      if (r == null) {
        r = read(loader, f);
      }
      if (r.error() != null) {
        throw r.error();
      }
      problems.addAll(r.problems());
      return r.inventory();
    }
  }

  /** Every {@code *.yaml} and {@code *.yml} directly in a folder, sorted by name. */
  public static List<Path> inventoriesIn(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.{yaml,yml}")) {
      // shop.de.yaml beside shop.yaml is shop's German text, not a notice of its own.
      ds.forEach(
          f -> {
            if (!Translations.isTranslation(f)) {
              files.add(f);
            }
          });
    }
    files.sort(null);
    return files;
  }
}
