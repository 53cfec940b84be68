package dev.candor.pipeline;

import dev.candor.check.CheckReport;
import dev.candor.check.CheckSettings;
import dev.candor.load.Archive;
import dev.candor.load.History;
import dev.candor.load.InventoryLoader;
import dev.candor.load.KeptInventories;
import dev.candor.load.Limits;
import dev.candor.load.LoadedInventory;
import dev.candor.load.SiteConfigReader;
import dev.candor.load.Translations;
import dev.candor.model.Inventory;
import dev.candor.model.Notice;
import dev.candor.model.SiteConfig;
import dev.candor.problem.ChecksFailedException;
import dev.candor.problem.InvalidInputException;
import dev.candor.problem.Location;
import dev.candor.problem.Problem;
import dev.candor.render.Brand;
import dev.candor.render.Messages;
import dev.candor.render.NoticeRenderer;
import dev.candor.render.Templates;
import dev.candor.render.pdf.PdfRenderer;
import dev.candor.review.Approvals;
import dev.candor.site.Published;
import dev.candor.site.SiteManifest;
import dev.candor.site.SitePages;
import dev.candor.site.SiteView;
import dev.candor.vocab.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Builds the static site: settings, every notice's history, checks, pages, atomic swap. */
public final class SiteBuilder {
  /** The folder holding {@code site.yaml} and the site's assets. */
  public static final Path DEFAULT_SITE = Path.of("site");

  /** Where {@code candor site} writes when given no {@code --out}. */
  public static final Path DEFAULT_OUT = Path.of("out/site");

  /** The site's settings file in the site folder. */
  public static final String SITE_FILE = "site.yaml";

  private SiteBuilder() {}

  /**
   * What to build.
   *
   * @param notices the folder of current inventories, with their archive
   * @param siteDir the folder holding {@code site.yaml}
   * @param out the site folder, replaced as a whole
   * @param gitHistory whether earlier versions also come from each file's git history
   * @param archive earlier versions of the notices, as {@code <archive>/<id>/<version>.yaml}
   * @param requireApproval whether to refuse to publish a current version that has material changes
   *     since the version before it and no approval
   * @param languages the languages the project's {@code candor.yaml} lists: every current notice is
   *     published in each
   */
  public record Settings(
      Path notices,
      Path siteDir,
      Path out,
      Optional<Path> templates,
      Limits limits,
      CheckSettings checks,
      boolean gitHistory,
      Path archive,
      boolean requireApproval,
      List<String> languages) {
    public Settings {
      languages = List.copyOf(languages);
    }

    /**
     * Settings with the archive inside the notices folder, publishing without asking for approvals,
     * in no languages beyond those each notice lists.
     */
    public Settings(
        Path notices,
        Path siteDir,
        Path out,
        Optional<Path> templates,
        Limits limits,
        CheckSettings checks,
        boolean gitHistory) {
      this(
          notices,
          siteDir,
          out,
          templates,
          limits,
          checks,
          gitHistory,
          notices.resolve(Archive.FOLDER),
          false,
          List.of());
    }
  }

  /**
   * What was built, and the findings below error level.
   *
   * @param warnings the translations' warnings (a stale translation)
   */
  public record Result(
      int notices, int versions, int files, CheckReport report, List<Problem> warnings) {
    public Result {
      warnings = List.copyOf(warnings);
    }
  }

  public static Result build(Settings s, SitePages.Progress progress)
      throws IOException, InvalidInputException, ChecksFailedException {
    SiteInputs.start();
    Path settings = s.siteDir().resolve(SITE_FILE);
    if (!Files.isRegularFile(settings)) {
      throw InvalidInputException.at(
          Location.of(settings.toString()),
          "site-settings",
          "there is no "
              + SITE_FILE
              + " in "
              + s.siteDir()
              + "; a site needs one, with at least its name and base_url",
          "write one (candor init does, in a new project), name its folder with --site or 'site'"
              + " in candor.yaml; see candor docs site",
          null);
    }
    if (!Files.isDirectory(s.notices())) {
      throw new java.nio.file.NoSuchFileException(
          s.notices().toString(),
          null,
          "no notices folder; name it with --notices, or set 'notices' in candor.yaml");
    }
    // The languages it lists first; it is read whole below, with the languages the notices bring.
    List<String> siteLanguages = SiteConfigReader.listedLanguages(settings, Messages.languages());
    // Files read by the last build with the same bytes are not parsed and validated again.
    Path outDir = s.out().toAbsolutePath().normalize();
    Optional<KeptInventories> kept =
        SiteInputs.engineKnown() && outDir.getParent() != null
            ? Optional.of(
                KeptInventories.read(keptFile(outDir), SiteInputs.engineHash(), s.limits()))
            : Optional.empty();
    InventoryLoader loader = Build.loader(s.limits());
    List<History> histories =
        Archive.load(
            s.notices(), s.archive(), kept.map(loader::keeping).orElse(loader), s.gitHistory());
    // A rebuild that read some notice again renders it: the PDF renderer starts up meanwhile.
    if (kept.isPresent() && kept.get().any() && kept.get().readNow() > 0) {
      PdfRenderer.warmUp();
    }
    List<LoadedInventory> current = histories.stream().map(History::current).toList();
    List<Problem> translationProblems = new ArrayList<>();
    List<Published> published = new ArrayList<>();
    Map<String, String> languages = new TreeMap<>();
    for (History h : histories) {
      published.add(published(h, s, siteLanguages, translationProblems, languages));
    }
    for (History h : histories) {
      if (languages.containsKey(h.id())) {
        translationProblems.add(
            Problem.error(
                h.current().source().at("notice.id"),
                "site-language-id",
                "the notice id '"
                    + h.id()
                    + "' is also the language whose pages are in the folder "
                    + h.id()
                    + "/ of the site",
                "give the notice a longer id, e.g. '" + h.id() + "-privacy'"));
      }
    }
    SiteConfig config = null;
    try {
      config = SiteConfigReader.read(settings, Messages.languages(), languages);
    } catch (InvalidInputException e) {
      translationProblems.addAll(e.problems());
    }
    if (config == null || translationProblems.stream().anyMatch(Problem::isError)) {
      throw new InvalidInputException(translationProblems);
    }
    // Findings of notices unchanged since the last build are taken from it.
    Optional<CheckCache> checked =
        outDir.getParent() == null ? Optional.empty() : CheckCache.read(outDir, s.checks());
    CheckReport report = Build.check(current, s.checks(), checked);
    if (report.failed()) {
      throw report.failure();
    }
    if (s.checks().strict() && (report.warnings() > 0 || !translationProblems.isEmpty())) {
      List<Problem> all = new ArrayList<>(report.findings());
      all.addAll(translationProblems);
      throw ChecksFailedException.strict(all);
    }
    if (s.requireApproval()) {
      List<Problem> unapproved = Approvals.standard().missing(histories);
      if (!unapproved.isEmpty()) {
        throw ChecksFailedException.unapproved(unapproved);
      }
    }
    Templates templates = new Templates(s.templates());
    String logo =
        config.logo() == null
            ? null
            : "data:image/png;base64,"
                + Base64.getEncoder()
                    .encodeToString(Files.readAllBytes(s.siteDir().resolve(config.logo())));
    // The site's pages in its own language first, then in each further one a notice has.
    Map<String, SitePages.Chrome> chrome = new LinkedHashMap<>();
    chrome.put(config.language(), chrome(config, config.language(), logo, templates, s));
    for (String lang : languages.keySet()) {
      chrome.putIfAbsent(lang, chrome(config, lang, logo, templates, s));
    }
    SitePages pages =
        new SitePages(chrome, templates, new NoticeRenderer(templates, Vocabulary.english()));
    // A rebuild takes unchanged versions from the site already there (put back first, should
    // an earlier run have been killed mid-swap).
    Path out = s.out().toAbsolutePath().normalize();
    Files.createDirectories(out.getParent());
    AtomicWriter.recover(out);
    // Without a hash of Candor's own code no previous file is trusted.
    Optional<FolderContents> there = FolderContents.read(out);
    Optional<SitePages.Previous> previous =
        SiteInputs.engineKnown() && there.isPresent() ? previous(there.get()) : Optional.empty();
    String common = SiteInputs.common(s.templates(), s.siteDir(), out);
    SitePages.Built site = pages.render(published, progress, common, previous);
    Set<String> replaced = AtomicWriter.folder(out, site.files(), site.reused(), there);
    FileStamps.write(out, site.manifest().allFiles(), there, replaced);
    if (checked.isPresent()) {
      checked.get().write(s.out());
    }
    // Written again only when it would hold other inventories: it is the largest of the three.
    if (kept.isPresent() && kept.get().changed()) {
      AtomicWriter.replace(keptFile(outDir), kept.get().bytes());
    }
    return new Result(
        histories.size(),
        histories.stream().mapToInt(h -> h.versions().size()).sum(),
        site.files().size() + site.reused().size(),
        report,
        translationProblems);
  }

  /** Where the inventories read for the site folder {@code dir} are kept for the next build. */
  private static Path keptFile(Path dir) {
    return dir.resolveSibling("." + dir.getFileName() + ".inventories");
  }

  /** The header, footer and brand of the site's pages in one language. */
  private static SitePages.Chrome chrome(
      SiteConfig site, String lang, String logo, Templates templates, Settings s) {
    SiteConfig config = site.in(lang);
    // The reader has rejected a language with no wording.
    Messages msg = Messages.forLanguage(lang).orElseThrow();
    Brand brand =
        new Brand(
            config.name(),
            config.logo(),
            logo,
            config.logoAlt(),
            config.accent(),
            config.accentDark(),
            s.siteDir());
    SiteView view =
        new SiteView(
            config.name(),
            config.baseUrl(),
            lang,
            logo,
            config.logoAlt(),
            config.accent(),
            config.accentDark(),
            config.footer(),
            msg.get("site.skip"),
            msg.get("site.feed.title", "site", config.name()),
            msg.get("site.feed.link"),
            msg.get("site.made-with"),
            msg.get("site.languages"));
    return new SitePages.Chrome(
        view, new NoticeRenderer(templates, Vocabulary.english(), Optional.of(brand)));
  }

  /**
   * A notice's versions in each language they are published in. The current version is published in
   * its own language, each one its {@code notice.languages} lists and each one the project lists;
   * an earlier version in its own, each one it listed, and each one a translation file kept beside
   * it in the archive gives. A listed language without a complete translation is an error.
   *
   * @param languages every language a page is published in, with why; added to
   */
  private static Published published(
      History h,
      Settings s,
      List<String> siteLanguages,
      List<Problem> problems,
      Map<String, String> languages)
      throws IOException {
    List<List<Inventory>> out = new ArrayList<>();
    for (int i = 0; i < h.versions().size(); i++) {
      LoadedInventory li = h.versions().get(i);
      Notice notice = li.notice();
      boolean current = i == h.versions().size() - 1;
      Set<String> wanted = new LinkedHashSet<>();
      wanted.add(notice.language());
      wanted.addAll(notice.languages());
      if (current) {
        wanted.addAll(s.languages());
        wanted.addAll(siteLanguages);
      }
      Set<String> kept = new LinkedHashSet<>();
      // Only a file in the archive has translations beside it; a version from git has none.
      if (!current && li.file() != null && Files.isRegularFile(Path.of(li.file()))) {
        kept.addAll(Translations.kept(Path.of(li.file())));
      }
      // In its own language a version is its inventory as read, asked for only to render it.
      languages.putIfAbsent(
          notice.language(), why(h.id(), notice, notice.language(), current, siteLanguages));
      List<Inventory> versions = new ArrayList<>();
      for (String lang : union(wanted, kept)) {
        if (lang.equals(notice.language())) {
          continue;
        }
        Translations.Translated t = Translations.read(li, lang, s.limits());
        // An archived version's own translations are as they were: not stale, only complete.
        problems.addAll(
            current ? t.problems() : t.problems().stream().filter(Problem::isError).toList());
        if (t.complete()) {
          versions.add(t.inventory());
          languages.putIfAbsent(lang, why(h.id(), notice, lang, current, siteLanguages));
        }
      }
      out.add(versions);
    }
    return new Published(h, out);
  }

  /** Why a notice version is published in a language, for the site settings' errors. */
  private static String why(
      String id, Notice notice, String lang, boolean current, List<String> siteLanguages) {
    if (lang.equals(notice.language())) {
      return id + " is written in it";
    }
    if (current && siteLanguages.contains(lang)) {
      return "site.yaml lists it in languages";
    }
    if (notice.languages().contains(lang)) {
      return id + " lists it in notice.languages";
    }
    return current
        ? "candor.yaml lists it in languages"
        : id + " " + notice.version() + " has a translation into it in the archive";
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return out;
  }

  /**
   * The site already in a folder: its manifest, and those of the files it names that are still
   * there as plain files inside it (not links to somewhere else, which a site never has) and still
   * have the digest it records: read again unless they look as they did when written.
   */
  private static Optional<SitePages.Previous> previous(FolderContents there) throws IOException {
    Path root = there.root();
    if (!there.files().containsKey(SiteManifest.FILE)) {
      return Optional.empty();
    }
    Optional<SiteManifest> manifest =
        SiteManifest.parse(Files.readAllBytes(root.resolve(SiteManifest.FILE)));
    if (manifest.isEmpty()) {
      return Optional.empty();
    }
    FileStamps stamps = FileStamps.read(root);
    Map<String, Path> found = new TreeMap<>();
    for (SiteManifest.Entry e : manifest.get().versions().values()) {
      for (Map.Entry<String, String> built : e.files().entrySet()) {
        String n = built.getKey();
        var attributes = there.files().get(n);
        // A file edited since it was built is rendered again, not carried into the new site.
        if (attributes != null
            && (stamps.unchanged(n, attributes, built.getValue())
                || SiteManifest.digest(Files.readAllBytes(root.resolve(n)))
                    .equals(built.getValue()))) {
          found.put(n, root.resolve(n));
        }
      }
    }
    return Optional.of(new SitePages.Previous(manifest.get(), found));
  }
}
