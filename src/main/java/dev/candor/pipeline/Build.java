package dev.candor.pipeline;

import dev.candor.check.CheckReport;
import dev.candor.check.CheckSettings;
import dev.candor.check.Checker;
import dev.candor.check.InventoryValidator;
import dev.candor.check.Subject;
import dev.candor.diff.ChangeSet;
import dev.candor.diff.InventoryDiff;
import dev.candor.load.Archive;
import dev.candor.load.History;
import dev.candor.load.InventoryDraft;
import dev.candor.load.InventoryLoader;
import dev.candor.load.Limits;
import dev.candor.load.LoadedInventory;
import dev.candor.load.NoticeIds;
import dev.candor.load.Translations;
import dev.candor.model.Inventory;
import dev.candor.parallel.Parallel;
import dev.candor.problem.ChecksFailedException;
import dev.candor.problem.InvalidInputException;
import dev.candor.problem.Problem;
import dev.candor.problem.SourceMap;
import dev.candor.render.ChangeWording;
import dev.candor.render.Format;
import dev.candor.render.Messages;
import dev.candor.render.NoticeComposer;
import dev.candor.render.NoticeProse;
import dev.candor.render.NoticeRenderer;
import dev.candor.render.PageWords;
import dev.candor.render.Recent;
import dev.candor.render.Templates;
import dev.candor.vocab.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The pipeline: load and validate every inventory, check it, render every notice, write them all.
 */
public final class Build {
  /** The folder {@code candor build} reads when given no files. */
  public static final Path DEFAULT_NOTICES = Path.of("notices");

  /** The folder {@code candor build} writes to when given no {@code --out}. */
  public static final Path DEFAULT_OUT = Path.of("out");

  private Build() {}

  /** The result of a build: the files written, the warnings to show, and the check report. */
  public record Result(List<Path> written, List<Problem> warnings, CheckReport checks) {}

  /** Loads and validates; throws with every problem of every file when any has errors. */
  public static List<LoadedInventory> load(List<Path> files, Limits limits)
      throws IOException, InvalidInputException {
    List<InventoryDraft> drafts = drafts(files, limits);
    if (drafts.stream().allMatch(InventoryDraft::complete)) {
      return loaded(drafts);
    }
    List<Problem> problems = new ArrayList<>();
    drafts.stream().filter(d -> !d.complete()).forEach(d -> problems.addAll(d.problems()));
    throw new InvalidInputException(problems);
  }

  /**
   * Loads, validates and, when any file has errors, runs every check that can still run on what
   * could be built, then throws every problem of every file together: one run reports all of them,
   * not the checks' findings only once the files are fixed.
   */
  public static List<LoadedInventory> loadChecked(
      List<Path> files, Limits limits, CheckSettings settings)
      throws IOException, InvalidInputException {
    List<InventoryDraft> drafts = drafts(files, limits);
    if (drafts.stream().allMatch(InventoryDraft::complete)) {
      return loaded(drafts);
    }
    List<Problem> problems = new ArrayList<>();
    List<Checked> checkable = new ArrayList<>();
    for (InventoryDraft d : drafts) {
      problems.addAll(d.problems());
      if (d.inventory() != null) {
        checkable.add(
            new Checked(d::inventory, d::source, d.source().file(), d.complete(), d.digest()));
      }
    }
    problems.addAll(checkEach(checkable, settings).findings());
    throw new InvalidInputException(problems);
  }

  private static List<InventoryDraft> drafts(List<Path> files, Limits limits) throws IOException {
    InventoryLoader loader = loader(limits);
    List<InventoryDraft> drafts = new ArrayList<>();
    for (Path f : inputs(files, DEFAULT_NOTICES)) {
      drafts.add(loader.draft(f));
    }
    return drafts;
  }

  private static List<LoadedInventory> loaded(List<InventoryDraft> drafts)
      throws InvalidInputException {
    List<LoadedInventory> loaded = new ArrayList<>();
    for (InventoryDraft d : drafts) {
      loaded.add(d.loaded());
    }
    return loaded;
  }

  /** The loader with the validator every command uses. */
  public static InventoryLoader loader(Limits limits) {
    return new InventoryLoader(
        limits, new InventoryValidator(Vocabulary.english(), Messages.languages()));
  }

  /**
   * Runs the whole pipeline; nothing is written unless every inventory is valid, no check found an
   * error, and every notice rendered.
   */
  public static Result run(BuildSettings s)
      throws IOException, InvalidInputException, ChecksFailedException {
    List<Path> files = s.inputs().isEmpty() ? defaultInputs() : s.inputs();
    List<LoadedInventory> loaded = loadChecked(files, s.limits(), s.checks());
    checkDistinctIds(loaded);
    NoticeRenderer renderer =
        new NoticeRenderer(new Templates(s.templates()), Vocabulary.english());
    InventoryLoader loader = loader(s.limits());
    List<Optional<Recent>> recents = new ArrayList<>();
    List<Inventory> inventories = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Problem> languageWarnings = new ArrayList<>();
    for (LoadedInventory li : loaded) {
      History history = history(li, s.project(), loader);
      Optional<ChangeSet> changes = lastChanges(history);
      for (String language : languages(li.inventory(), s)) {
        // Text the inventory wrote comes from its translation file: never a notice half in one
        // language, half in another.
        Translations.Translated translated = Translations.read(li, language, s.limits());
        languageWarnings.addAll(translated.problems());
        if (!translated.complete()) {
          continue;
        }
        Inventory inv = translated.inventory();
        String own = li.inventory().notice().language();
        inventories.add(inv);
        // The notice in its own language is <id>.html; each further one <id>.<language>.html.
        boolean plain = language.equals(own) || s.language().isPresent();
        names.add(plain ? inv.notice().id() : inv.notice().id() + "." + language);
        Map<String, String> text = Translations.dictionary(li.inventory(), inv);
        recents.add(recent(history, changes, null, language, text));
        if (history.versions().size() > 1 && ChangeWording.forLanguage(language).isEmpty()) {
          languageWarnings.add(
              Problem.warning(
                  li.source().at("notice.language"),
                  "changes-unworded",
                  "the notice in '"
                      + language
                      + "' has no \"changes to this notice\" section: Candor cannot word changes"
                      + " in that language yet",
                  "build it in a language that can (en), or tell readers what changed yourself"));
        }
      }
    }
    if (languageWarnings.stream().anyMatch(Problem::isError)) {
      throw new InvalidInputException(languageWarnings);
    }
    // Every notice in every format is one task, the slow PDFs first. They render while the
    // checks run; nothing is written unless the checks pass.
    List<Parallel.Task<Map<String, byte[]>>> tasks = new ArrayList<>();
    for (Format f : renderOrder(s.formats())) {
      for (int i = 0; i < inventories.size(); i++) {
        Inventory inv = inventories.get(i);
        Optional<Recent> recent = recents.get(i);
        String name = names.get(i);
        tasks.add(() -> named(name, renderer.render(inv, EnumSet.of(f), recent)));
        if (f == Format.HTML) {
          tasks.add(
              () ->
                  Map.of(
                      name + ".jsonld",
                      renderer.jsonLd(inv).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
      }
    }
    Map<String, byte[]> out = new TreeMap<>();
    CheckReport report;
    List<Problem> warnings = new ArrayList<>();
    try (Parallel.Pending<Map<String, byte[]>> rendering = Parallel.start(tasks)) {
      report = check(loaded, s.checks());
      if (report.failed()) {
        throw report.failure();
      }
      loaded.forEach(l -> warnings.addAll(l.warnings()));
      warnings.addAll(languageWarnings);
      warnings.addAll(report.findings());
      if (s.checks().strict() && !warnings.isEmpty()) {
        throw ChecksFailedException.strict(warnings);
      }
      rendering.join().forEach(out::putAll);
    }
    AtomicWriter.files(s.out(), out);
    return new Result(out.keySet().stream().map(s.out()::resolve).toList(), warnings, report);
  }

  /** The formats in the order their tasks start: the slowest first, so no core idles at the end. */
  static List<Format> renderOrder(Set<Format> formats) {
    return formats.stream()
        .sorted(
            java.util.Comparator.comparing((Format f) -> f != Format.PDF)
                .thenComparing(Enum::ordinal))
        .toList();
  }

  private static Map<String, byte[]> named(String name, Map<Format, byte[]> rendered) {
    Map<String, byte[]> out = new TreeMap<>();
    rendered.forEach((f, bytes) -> out.put(name + "." + f.extension(), bytes));
    return out;
  }

  /**
   * The languages a notice is written in: the one {@code --language} names; else its own, then each
   * further one its {@code notice.languages} lists, then each its project's {@code candor.yaml}
   * lists under {@code languages}.
   */
  static List<String> languages(Inventory inv, BuildSettings s) {
    if (s.language().isPresent()) {
      return List.of(s.language().get());
    }
    List<String> out = new ArrayList<>(List.of(inv.notice().language()));
    inv.notice().languages().stream().filter(l -> !out.contains(l)).forEach(out::add);
    s.project()
        .filter(p -> p.file().isPresent())
        .ifPresent(p -> p.languages().stream().filter(l -> !out.contains(l)).forEach(out::add));
    return out;
  }

  /** Runs every check on loaded inventories, composing each notice to read its prose. */
  public static CheckReport check(List<LoadedInventory> loaded, CheckSettings settings) {
    return check(loaded, settings, Optional.empty());
  }

  /** The same, taking the findings of inventories checked before from {@code cache}. */
  static CheckReport check(
      List<LoadedInventory> loaded, CheckSettings settings, Optional<CheckCache> cache) {
    return checkEach(
        loaded.stream()
            .map(li -> new Checked(li::inventory, li::source, li.file(), true, li.digest()))
            .toList(),
        settings,
        cache);
  }

  /**
   * An inventory to check: complete ones have their notice composed, partial ones do not. The
   * inventory and its source map are asked for only when its findings are not kept.
   *
   * @param file the file it was read from
   * @param digest the hash of the bytes a complete one was read from, which keys its findings
   */
  private record Checked(
      Supplier<Inventory> inventory,
      Supplier<SourceMap> source,
      String file,
      boolean complete,
      String digest) {}

  private static CheckReport checkEach(List<Checked> inventories, CheckSettings settings) {
    return checkEach(inventories, settings, Optional.empty());
  }

  private static CheckReport checkEach(
      List<Checked> inventories, CheckSettings settings, Optional<CheckCache> cache) {
    Vocabulary vocab = Vocabulary.english();
    Checker checker = Checker.builtIn();
    NoticeRenderer pages = new NoticeRenderer(new Templates(Optional.empty()), vocab);
    List<Parallel.Task<CheckReport.FileReport>> tasks = new ArrayList<>();
    for (Checked c : inventories) {
      tasks.add(
          () -> {
            String key = cache.map(k -> k.key(c.file(), c.digest())).orElse(null);
            Optional<CheckReport.FileReport> kept = cache.flatMap(k -> k.get(key));
            if (kept.isPresent()) {
              return kept.get();
            }
            Inventory inv = c.inventory().get();
            List<String> prose = List.of();
            int words = Subject.UNKNOWN;
            if (c.complete()) {
              Messages msg = Messages.forLanguage(inv.notice().language()).orElseThrow();
              prose = NoticeProse.of(new NoticeComposer(msg, vocab).compose(inv));
              words =
                  PageWords.count(
                      new String(
                          pages.render(inv, java.util.Set.of(Format.HTML)).get(Format.HTML),
                          java.nio.charset.StandardCharsets.UTF_8));
            }
            Subject subject =
                new Subject(
                    inv,
                    c.source().get(),
                    prose,
                    vocab,
                    Checker.maxGrade(settings, inv),
                    c.complete(),
                    settings.evidence(),
                    words);
            CheckReport.FileReport report = checker.check(subject, settings);
            cache.ifPresent(k -> k.put(key, report));
            return report;
          });
    }
    try {
      return new CheckReport(Parallel.run(tasks));
    } catch (IOException | InvalidInputException e) {
      throw new IllegalStateException("checks read no files and render no templates", e);
    }
  }

  /**
   * An error for each inventory whose current version has material changes since its previous
   * version in the archive, and no approval.
   */
  public static List<Problem> unapproved(
      List<LoadedInventory> loaded, Optional<dev.candor.model.Project> project, Limits limits)
      throws IOException, InvalidInputException {
    InventoryLoader loader = loader(limits);
    List<History> histories = new ArrayList<>();
    for (LoadedInventory li : loaded) {
      histories.add(history(li, project, loader));
    }
    return dev.candor.review.Approvals.standard().missing(histories);
  }

  /** What changed since the version before the last one of a history, if there is one. */
  public static Optional<Recent> recent(History h, String href) {
    return recent(h, lastChanges(h), href, h.current().inventory().notice().language());
  }

  /**
   * The changes from the version before the last one of a history to the last, if there are two.
   * They hold no words, so one comparison serves every language the notice is written in.
   */
  static Optional<ChangeSet> lastChanges(History h) {
    if (h.versions().size() < 2) {
      return Optional.empty();
    }
    Inventory newer = h.current().inventory();
    Inventory older =
        h.versions().get(h.versions().size() - 2).inventory().inLanguage(newer.notice().language());
    return Optional.of(InventoryDiff.standard().diff(older, newer));
  }

  /** {@code changes} worded in {@code language}; empty where Candor has no diff wording in it. */
  static Optional<Recent> recent(
      History h, Optional<ChangeSet> changes, String href, String language) {
    return recent(h, changes, href, language, Map.of());
  }

  /**
   * {@code changes} worded in {@code language}, the inventory's own text as {@code text} translates
   * it; empty where Candor has no diff wording in the language.
   */
  static Optional<Recent> recent(
      History h,
      Optional<ChangeSet> changes,
      String href,
      String language,
      Map<String, String> text) {
    if (changes.isEmpty()) {
      return Optional.empty();
    }
    String olderVersion = h.versions().get(h.versions().size() - 2).inventory().notice().version();
    return ChangeWording.forLanguage(language)
        .map(w -> w.withText(t -> text.getOrDefault(t, t)))
        .map(
            w ->
                w.recent(
                    changes.get(),
                    olderVersion,
                    h.current().inventory().notice().effective(),
                    href));
  }

  /** Every {@code *.yaml} directly in {@code notices/}, sorted by name. */
  public static List<Path> defaultInputs() throws IOException {
    return inputs(List.of(), DEFAULT_NOTICES);
  }

  /**
   * The inventory files named, a folder standing for every {@code *.yaml} directly in it; with none
   * named, those in {@code notices}.
   */
  public static List<Path> inputs(List<Path> named, Path notices) throws IOException {
    if (named.isEmpty()) {
      if (!Files.isDirectory(notices)) {
        throw new java.nio.file.NoSuchFileException(
            notices.toString(),
            null,
            "no notices folder here; name the files, or set 'notices' in "
                + dev.candor.model.Project.FILE
                + " (candor init writes one)");
      }
      return folder(notices);
    }
    List<Path> files = new ArrayList<>();
    for (Path p : named) {
      if (Files.isDirectory(p)) {
        files.addAll(folder(p));
      } else {
        files.add(p);
      }
    }
    return files;
  }

  private static List<Path> folder(Path dir) throws IOException {
    List<Path> files = Archive.inventoriesIn(dir);
    if (files.isEmpty()) {
      throw new java.nio.file.FileSystemException(
          dir.toString(), null, "the folder holds no *.yaml inventory");
    }
    return files;
  }

  /**
   * A notice's history: from the project's archive when it is in the project's notices folder, else
   * from {@code archive/} beside it.
   */
  static History history(
      LoadedInventory li, Optional<dev.candor.model.Project> project, InventoryLoader loader)
      throws IOException, InvalidInputException {
    Path file = Path.of(li.source().file());
    Path dir = file.getParent() == null ? Path.of("") : file.getParent();
    if (project.isPresent() && project.get().isNotices(dir)) {
      return Archive.history(li, project.get().archive(), loader);
    }
    return Archive.history(li, loader);
  }

  private static void checkDistinctIds(List<LoadedInventory> loaded) throws InvalidInputException {
    List<Problem> problems = NoticeIds.duplicates(loaded);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
