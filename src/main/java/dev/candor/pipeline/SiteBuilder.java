package dev.candor.pipeline;

import dev.candor.check.CheckReport;
import dev.candor.check.CheckSettings;
import dev.candor.load.Archive;
import dev.candor.load.History;
import dev.candor.load.Limits;
import dev.candor.load.LoadedInventory;
import dev.candor.load.SiteConfigReader;
import dev.candor.model.SiteConfig;
import dev.candor.problem.ChecksFailedException;
import dev.candor.problem.InvalidInputException;
import dev.candor.problem.Location;
import dev.candor.problem.Problem;
import dev.candor.render.Brand;
import dev.candor.render.Messages;
import dev.candor.render.NoticeRenderer;
import dev.candor.render.Templates;
import dev.candor.review.Approvals;
import dev.candor.site.SiteManifest;
import dev.candor.site.SitePages;
import dev.candor.site.SiteView;
import dev.candor.vocab.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
      boolean requireApproval) {
    /** Settings that publish without asking for approvals. */
    public Settings(
        Path notices,
        Path siteDir,
        Path out,
        Optional<Path> templates,
        Limits limits,
        CheckSettings checks,
        boolean gitHistory,
        Path archive) {
      this(notices, siteDir, out, templates, limits, checks, gitHistory, archive, false);
    }

    /** Settings with the archive inside the notices folder. */
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
          notices.resolve(Archive.FOLDER));
    }
  }

  /** What was built, and the findings below error level. */
  public record Result(int notices, int versions, int files, CheckReport report) {}

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
    SiteConfig config = SiteConfigReader.read(settings, Messages.languages());
    List<History> histories =
        Archive.load(s.notices(), s.archive(), Build.loader(s.limits()), s.gitHistory());
    List<LoadedInventory> current = histories.stream().map(History::current).toList();
    // Findings of notices unchanged since the last build are taken from it.
    Path outDir = s.out().toAbsolutePath().normalize();
    Optional<CheckCache> checked =
        outDir.getParent() == null ? Optional.empty() : CheckCache.read(outDir, s.checks());
    CheckReport report = Build.check(current, s.checks(), checked);
    if (report.failed()) {
      throw report.failure();
    }
    if (s.checks().strict() && report.warnings() > 0) {
      throw ChecksFailedException.strict(report.findings());
    }
    if (s.requireApproval()) {
      List<Problem> unapproved = Approvals.standard().missing(histories);
      if (!unapproved.isEmpty()) {
        throw ChecksFailedException.unapproved(unapproved);
      }
    }
    // The reader has rejected a language with no wording.
    Messages msg = Messages.forLanguage(config.language()).orElseThrow();
    Templates templates = new Templates(s.templates());
    String logo =
        config.logo() == null
            ? null
            : "data:image/png;base64,"
                + Base64.getEncoder()
                    .encodeToString(Files.readAllBytes(s.siteDir().resolve(config.logo())));
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
            config.language(),
            logo,
            config.logoAlt(),
            config.accent(),
            config.accentDark(),
            config.footer(),
            msg.get("site.skip"),
            msg.get("site.feed.title", "site", config.name()),
            msg.get("site.feed.link"),
            msg.get("site.made-with"));
    SitePages pages =
        new SitePages(
            view,
            templates,
            new NoticeRenderer(templates, Vocabulary.english(), Optional.of(brand)),
            new NoticeRenderer(templates, Vocabulary.english()),
            msg);
    // A rebuild takes unchanged versions from the site already there (put back first, should
    // an earlier run have been killed mid-swap).
    Path out = s.out().toAbsolutePath().normalize();
    Files.createDirectories(out.getParent());
    AtomicWriter.recover(out);
    // Without a hash of Candor's own code no previous file is trusted.
    Optional<SitePages.Previous> previous =
        SiteInputs.engineKnown() ? previous(out) : Optional.empty();
    String common = SiteInputs.common(s.templates(), s.siteDir(), out);
    SitePages.Built site = pages.render(histories, progress, common, previous);
    AtomicWriter.folder(s.out(), site.files(), site.reused());
    FileStamps.write(s.out(), site.manifest().allFiles());
    if (checked.isPresent()) {
      checked.get().write(s.out());
    }
    return new Result(
        histories.size(),
        histories.stream().mapToInt(h -> h.versions().size()).sum(),
        site.files().size() + site.reused().size(),
        report);
  }

  /**
   * The site already in {@code dir}: its manifest, and those of the files it names that are still
   * there as plain files inside it (not links to somewhere else, which a site never has) and still
   * have the digest it records: read again unless they look as they did when written.
   */
  private static Optional<SitePages.Previous> previous(Path dir) throws IOException {
    Path file = dir.resolve(SiteManifest.FILE);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    Optional<SiteManifest> manifest = SiteManifest.parse(Files.readAllBytes(file));
    if (manifest.isEmpty()) {
      return Optional.empty();
    }
    Path root = dir.toRealPath();
    FileStamps stamps = FileStamps.read(dir);
    Map<String, Path> there = new TreeMap<>();
    for (SiteManifest.Entry e : manifest.get().versions().values()) {
      for (Map.Entry<String, String> built : e.files().entrySet()) {
        String n = built.getKey();
        Path f = root.resolve(n).normalize();
        // A file edited since it was built is rendered again, not carried into the new site.
        if (f.startsWith(root)
            && !f.equals(root)
            && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
            && f.toRealPath().startsWith(root)
            && (stamps.unchanged(n, f, built.getValue())
                || SiteManifest.digest(Files.readAllBytes(f)).equals(built.getValue()))) {
          there.put(n, f);
        }
      }
    }
    return Optional.of(new SitePages.Previous(manifest.get(), there));
  }
}
