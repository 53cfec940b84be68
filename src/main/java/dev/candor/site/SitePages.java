package dev.candor.site;

import dev.candor.diff.ChangeSet;
import dev.candor.diff.DiffReport;
import dev.candor.diff.InventoryDiff;
import dev.candor.model.Inventory;
import dev.candor.model.Notice;
import dev.candor.model.Outline;
import dev.candor.parallel.Parallel;
import dev.candor.problem.InvalidInputException;
import dev.candor.render.ChangeWording;
import dev.candor.render.CookieDeclaration;
import dev.candor.render.DiffRenderer;
import dev.candor.render.Format;
import dev.candor.render.InventoryJson;
import dev.candor.render.Messages;
import dev.candor.render.NoticeRenderer;
import dev.candor.render.NoticeView;
import dev.candor.render.NoticeView.Line;
import dev.candor.render.Recent;
import dev.candor.render.Templates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Plans and renders every file of the site from the notices' histories: a pure function of the
 * inventories, the settings and the templates, so two builds give the same bytes.
 *
 * <p>Layout: {@code index.html}; {@code <id>/index.html} (the current version); {@code
 * <id>/<version>/index.html} with its downloads {@code <id>-<version>.html|md|pdf|json}; {@code
 * <id>/<version>/changes/index.html} (what changed from the version before); for a notice that
 * declares cookies, {@code <id>/<version>/cookies/index.html} and its downloads {@code
 * <id>-<version>-cookies.html|md|pdf}, the cookie declaration; {@code feed.xml} (Atom); {@code
 * sitemap.xml}.
 *
 * <p>A notice published in further languages has the same pages in each, under a folder named after
 * the language: {@code de/<id>/<version>/index.html} and so on, with {@code de/index.html} and
 * {@code de/feed.xml} for each language other than the site's. Every page names the others in a
 * language switcher and as {@code hreflang} alternates. A version's what-changed page exists in a
 * language when the version before it is published in that language too.
 */
public final class SitePages {
  /** Told after each notice version is rendered, e.g. to draw a progress bar. */
  public interface Progress {
    void rendered(String what, int done, int total);
  }

  /**
   * What the pages of one language are framed by.
   *
   * @param view the site's header, footer and fixed wording in the language
   * @param notices renders notices with the site's brand, its name in the language
   */
  public record Chrome(SiteView view, NoticeRenderer notices) {}

  private final String siteLanguage;
  private final Map<String, Chrome> chrome;
  private final Templates templates;
  private final NoticeRenderer plainNotices;
  private final Map<String, Wording> wordings = new ConcurrentHashMap<>();

  /**
   * @param chrome the frame of each language the site has pages in, by language, the site's own
   *     ({@link SiteView#language()} of the first) first
   * @param plain renders notices without the brand, for the what-changed pages' redlines
   */
  public SitePages(Map<String, Chrome> chrome, Templates templates, NoticeRenderer plain) {
    if (chrome.isEmpty()) {
      throw new IllegalArgumentException("a site has at least its own language");
    }
    this.siteLanguage = chrome.values().iterator().next().view().language();
    this.chrome = Map.copyOf(chrome);
    this.templates = templates;
    this.plainNotices = plain;
  }

  /** The site's fixed wording, dates and change wording in one language. */
  private record Wording(
      Chrome chrome,
      Messages msg,
      DateTimeFormatter dates,
      ChangeWording changes,
      DiffRenderer diffs) {}

  private Wording in(String language) {
    return wordings.computeIfAbsent(
        language,
        l -> {
          Chrome c = chrome.get(l);
          if (c == null) {
            throw new IllegalArgumentException("the site has no frame for pages in " + l);
          }
          Messages msg = Messages.forLanguage(l).orElseThrow();
          ChangeWording w = ChangeWording.forLanguage(l).orElse(ChangeWording.english());
          return new Wording(
              c,
              msg,
              DateTimeFormatter.ofPattern(msg.get("meta.date"), Locale.forLanguageTag(l)),
              w,
              new DiffRenderer(templates, w));
        });
  }

  /**
   * The site: files rendered now, files taken unchanged from the previous site, and the manifest
   * that records both (it is also among {@code files}).
   */
  public record Built(Map<String, byte[]> files, Map<String, Path> reused, SiteManifest manifest) {}

  /**
   * The site a previous build left, whose files may be reused.
   *
   * @param manifest its manifest
   * @param files the files it names that are still there as plain files inside the previous site,
   *     by path inside the site, with where they are now
   */
  public record Previous(SiteManifest manifest, Map<String, Path> files) {
    public Previous {
      files = Map.copyOf(files);
    }
  }

  /** One notice version's files in one language, rendered or reused, and its manifest entry. */
  private record VersionFiles(
      String name, Map<String, byte[]> files, Map<String, Path> reused, SiteManifest.Entry entry) {}

  /** One notice version in one of its languages, and where its pages are. */
  private record Page(Published notice, int index, String language, Set<String> indexes) {
    /** The inventory, read whole: only for a version whose pages are rendered. */
    Inventory inv() {
      return notice.in(index, language).orElseThrow();
    }

    /** What the pages of every version say of it. */
    Notice about() {
      return notice.outline(index, language).orElseThrow().notice();
    }

    String own() {
      return notice.languagesOf(index).get(0);
    }

    /** The folder of this language's pages of the notice: {@code ""} or {@code de/}. */
    String prefix() {
      return prefix(language);
    }

    String prefix(String lang) {
      return lang.equals(own()) ? "" : lang + "/";
    }

    /** The notice's folder in this language, e.g. {@code de/shop/}. */
    String noticeDir() {
      return prefix() + notice.id() + "/";
    }

    String dir() {
      return noticeDir() + about().version() + "/";
    }

    String name() {
      return prefix() + notice.id() + "/" + about().version();
    }

    /** The version before, in this language, if it is published in it. */
    Optional<Inventory> previous() {
      return hasPrevious() ? notice.in(index - 1, language) : Optional.empty();
    }

    boolean hasPrevious() {
      return index > 0 && notice.has(index - 1, language);
    }

    boolean current() {
      return index == notice.current();
    }
  }

  /** Every file of the site, by its path inside the site folder, all rendered. */
  public Map<String, byte[]> render(List<Published> notices, Progress progress)
      throws IOException, InvalidInputException {
    return render(notices, progress, "", Optional.empty()).files();
  }

  /**
   * Every file of the site. Each notice version in each language is one task, run on every core; a
   * version whose key ({@code common} and its inventories) matches the previous site's manifest
   * keeps its previous files. The result is the same bytes either way.
   *
   * @param common the hash of what every version shares (see {@link Fingerprint})
   * @param previous the previous site, when its files may be reused
   */
  public Built render(
      List<Published> notices, Progress progress, String common, Optional<Previous> previous)
      throws IOException, InvalidInputException {
    Set<String> indexes = indexLanguages(notices);
    String shared = common + " " + String.join(",", indexes);
    List<Parallel.Task<Planned>> plans = new ArrayList<>();
    Fingerprint.Hashes hashes = new Fingerprint.Hashes();
    for (Published p : notices) {
      for (int i = 0; i < p.size(); i++) {
        for (String lang : p.languagesOf(i)) {
          Page page = new Page(p, i, lang, indexes);
          plans.add(() -> planned(page, shared, previous, hashes));
        }
      }
    }
    int total = plans.size();
    Map<String, byte[]> files = new TreeMap<>();
    Map<String, Path> reused = new TreeMap<>();
    Map<String, SiteManifest.Entry> entries = new TreeMap<>();
    int[] done = {0};
    Consumer<VersionFiles> add =
        v -> {
          files.putAll(v.files());
          reused.putAll(v.reused());
          entries.put(v.name(), v.entry());
          progress.rendered(v.name().replace('/', ' '), ++done[0], total);
        };
    List<Planned> toRender = new ArrayList<>();
    for (Planned planned : Parallel.run(plans)) {
      if (planned.kept() != null) {
        add.accept(planned.kept());
      } else {
        toRender.add(planned);
      }
    }
    // Fewer versions than cores: each one's PDFs and its other files are rendered side by side.
    boolean split = toRender.size() < Parallel.threads();
    List<Parallel.Task<Rendered>> tasks = new ArrayList<>();
    for (Planned planned : toRender) {
      if (split) {
        tasks.add(() -> rendered(planned.page(), EnumSet.of(Format.PDF), false));
        tasks.add(() -> rendered(planned.page(), EnumSet.of(Format.HTML, Format.MD), true));
      } else {
        tasks.add(() -> rendered(planned.page(), EnumSet.allOf(Format.class), true));
      }
    }
    try (Parallel.Pending<Rendered> pending = Parallel.start(tasks)) {
      List<Rendered> parts = pending.join();
      int step = split ? 2 : 1;
      for (int i = 0; i < toRender.size(); i++) {
        Map<String, byte[]> made = new TreeMap<>();
        FeedEntry feed = null;
        for (Rendered part : parts.subList(i * step, i * step + step)) {
          made.putAll(part.files());
          feed = part.feed() == null ? feed : part.feed();
        }
        Planned planned = toRender.get(i);
        Map<String, String> digests = digests(made);
        add.accept(
            new VersionFiles(
                planned.page().name(),
                made,
                Map.of(),
                new SiteManifest.Entry(
                    planned.key(), digests, feed.withDigest(SiteManifest.versionDigest(digests)))));
      }
    }
    Map<String, String> sharedFiles = new TreeMap<>();
    List<SitemapUrl> urls = new ArrayList<>();
    String newest = "1970-01-01T00:00:00Z";
    for (String lang : indexes) {
      String folder = indexPrefix(lang);
      List<FeedEntry> feed = new ArrayList<>();
      for (Published p : notices) {
        for (int i = 0; i < p.size(); i++) {
          List<String> langs = p.languagesOf(i);
          // The site's own feed has every version, in the site's language where it has one.
          String in = langs.contains(lang) ? lang : lang.equals(siteLanguage) ? langs.get(0) : null;
          if (in != null) {
            feed.add(entries.get(new Page(p, i, in, indexes).name()).feed());
          }
        }
      }
      feed.sort(Comparator.comparing(FeedEntry::updated).reversed().thenComparing(FeedEntry::id));
      String updated = feed.isEmpty() ? "1970-01-01T00:00:00Z" : feed.get(0).updated();
      if (updated.compareTo(newest) > 0) {
        newest = updated;
      }
      Wording w = in(lang);
      String index = folder + "index.html";
      Map<String, Object> model = new TreeMap<>();
      model.put("site", w.chrome().view());
      model.put("root", "");
      model.put("intro", w.msg().get("site.index.intro"));
      model.put("notices", notices.stream().map(p -> indexEntry(p, lang, indexes)).toList());
      model.put(
          "alternates",
          alternates(index, List.copyOf(indexes), l -> indexPrefix(l) + "index.html", lang));
      files.put(index, utf8(templates.render("site-index.html.ftlh", model)));
      files.put(
          folder + "feed.xml",
          utf8(
              templates.render(
                  "feed.xml.ftlx",
                  Map.of(
                      "site",
                      w.chrome().view(),
                      "feedUrl",
                      w.chrome().view().baseUrl() + folder,
                      "updated",
                      updated,
                      "entries",
                      feed))));
      sharedFiles.put(index, "");
      sharedFiles.put(folder + "feed.xml", "");
    }
    urls.addAll(sitemap(notices, newest.substring(0, 10), indexes));
    files.put("sitemap.xml", utf8(templates.render("sitemap.xml.ftlx", Map.of("urls", urls))));
    sharedFiles.put("sitemap.xml", "");
    sharedFiles.replaceAll((f, none) -> SiteManifest.digest(files.get(f)));
    SiteManifest manifest = new SiteManifest(SiteManifest.FORMAT, entries, sharedFiles);
    files.put(SiteManifest.FILE, manifest.bytes());
    return new Built(files, reused, manifest);
  }

  /** The site's language, then every other language a current version is published in. */
  private Set<String> indexLanguages(List<Published> notices) {
    Set<String> out = new java.util.LinkedHashSet<>();
    out.add(siteLanguage);
    Set<String> more = new TreeSet<>();
    notices.forEach(p -> more.addAll(p.languagesOf(p.current())));
    out.addAll(more);
    return java.util.Collections.unmodifiableSet(out);
  }

  /** The folder of the front page and feed in a language: {@code ""} for the site's own. */
  private String indexPrefix(String lang) {
    return lang.equals(siteLanguage) ? "" : lang + "/";
  }

  /** The folder whose front page and feed a page in {@code lang} links to. */
  private String rootOf(String lang, Set<String> indexes) {
    return indexes.contains(lang) ? indexPrefix(lang) : "";
  }

  /**
   * A version in one language and the key of its inputs: with its files taken from the previous
   * site when the key is unchanged, else to be rendered.
   *
   * @param kept its files from the previous site; null when it is to be rendered
   */
  private record Planned(Page page, String key, VersionFiles kept) {}

  private Planned planned(
      Page pg, String common, Optional<Previous> previous, Fingerprint.Hashes hashes) {
    String name = pg.name();
    String key = Fingerprint.version(common, pg.notice(), pg.index(), pg.language(), hashes);
    if (previous.isPresent()) {
      SiteManifest.Entry old = previous.get().manifest().versions().get(name);
      Map<String, Path> there = previous.get().files();
      if (old != null
          && old.key().equals(key)
          && !old.files().isEmpty()
          && there.keySet().containsAll(old.files().keySet())) {
        Map<String, Path> same = new TreeMap<>();
        old.files().keySet().forEach(f -> same.put(f, there.get(f)));
        return new Planned(pg, key, new VersionFiles(name, Map.of(), same, old));
      }
    }
    return new Planned(pg, key, null);
  }

  /**
   * Files of a version rendered now.
   *
   * @param feed its feed entry, without its digest; null for a part without the site pages
   */
  private record Rendered(Map<String, byte[]> files, FeedEntry feed) {}

  /**
   * A version's notice and cookie declaration in {@code formats} and, with {@code pages}, its JSON
   * download, its site pages and its feed entry.
   */
  private Rendered rendered(Page pg, Set<Format> formats, boolean pages)
      throws IOException, InvalidInputException {
    Inventory inv = pg.inv();
    Wording w = in(pg.language());
    Map<String, byte[]> files = new TreeMap<>();
    Inventory prev = pg.previous().orElse(null);
    // What changed is found and worded once per version; the pages only add their own link.
    ChangeSet changes = prev == null ? null : InventoryDiff.standard().diff(prev, inv);
    Recent recent = prev == null ? null : recent(prev, inv, changes);
    FeedEntry feed = version(pg, w, recent, changes, formats, pages, files);
    if (!pages) {
      return new Rendered(files, null);
    }
    if (pg.current()) {
      String current = pg.noticeDir() + "index.html";
      files.put(current, noticePage(pg, w, recent, current, false));
    }
    if (prev != null) {
      String page = pg.dir() + "changes/index.html";
      files.put(page, changesPage(pg, w, prev, changes, page));
    }
    return new Rendered(files, feed);
  }

  private FeedEntry version(
      Page pg,
      Wording w,
      Recent recent,
      ChangeSet changes,
      Set<Format> formats,
      boolean pages,
      Map<String, byte[]> files)
      throws IOException, InvalidInputException {
    Inventory inv = pg.inv();
    NoticeRenderer notices = w.chrome().notices();
    Map<Format, byte[]> out = notices.render(inv, formats, Optional.ofNullable(recent));
    String dir = pg.dir();
    String base = inv.notice().id() + "-" + inv.notice().version();
    out.forEach((f, bytes) -> files.put(dir + base + "." + f.extension(), bytes));
    notices
        .declaration(inv, formats, Optional.empty())
        .forEach((f, bytes) -> files.put(dir + base + "-cookies." + f.extension(), bytes));
    if (!pages) {
      return null;
    }
    files.put(dir + base + ".json", InventoryJson.of(inv));
    files.put(dir + "index.html", noticePage(pg, w, recent, dir + "index.html", true));
    CookieDeclaration cookies = notices.cookies(inv);
    if (cookies != null) {
      String page = dir + "cookies/index.html";
      Map<String, Object> extras = new TreeMap<>();
      extras.put("site", w.chrome().view());
      extras.put("root", SitePath.relative(page, rootOf(pg.language(), pg.indexes())));
      extras.put("cookies", cookies.linkedTo(SitePath.relative(page, dir + "index.html")));
      extras.put(
          "alternates",
          alternates(
              page,
              pg.notice().languagesOf(pg.index()),
              l -> pg.prefix(l) + pg.notice().id() + "/" + inv.notice().version() + "/cookies/",
              pg.language()));
      files.put(
          page, utf8(templates.render("site-cookies.html.ftlh", notices.compose(inv), extras)));
    }
    return feedEntry(pg, w, pg.previous().orElse(null), changes);
  }

  /**
   * The site page of one version, at {@code page} inside the site: in the version's folder, or the
   * notice's folder for the current version.
   */
  private byte[] noticePage(Page pg, Wording w, Recent recent, String page, boolean inVersion)
      throws IOException, InvalidInputException {
    Inventory inv = pg.inv();
    Messages msg = w.msg();
    String base = SitePath.relative(page, pg.noticeDir());
    String root = SitePath.relative(page, rootOf(pg.language(), pg.indexes()));
    NoticeView view = w.chrome().notices().compose(inv);
    Inventory prev = pg.previous().orElse(null);
    boolean current = pg.current();
    String v = inv.notice().version();
    String files = base + v + "/" + inv.notice().id() + "-" + v;
    List<Line> links = new ArrayList<>();
    if (!current) {
      links.add(new Line(null, msg.get("site.banner.read-current"), base + "index.html"));
    }
    if (prev != null) {
      links.add(
          new Line(
              null,
              msg.get("site.banner.changes", "version", prev.notice().version()),
              base + v + "/changes/index.html"));
    }
    links.add(new Line(null, msg.get("site.download.pdf"), files + ".pdf"));
    links.add(new Line(null, msg.get("site.download.html"), files + ".html"));
    links.add(new Line(null, msg.get("site.download.md"), files + ".md"));
    links.add(new Line(null, msg.get("site.download.json"), files + ".json"));
    Published p = pg.notice();
    for (int j = p.size() - 1; j >= 0; j--) {
      if (j != pg.index()) {
        // Another version in this language where it has one, else in its own.
        String lang =
            p.languagesOf(j).contains(pg.language()) ? pg.language() : p.languagesOf(j).get(0);
        Notice other = p.outline(j, lang).orElseThrow().notice();
        String href =
            SitePath.relative(
                page, pg.prefix(lang) + p.id() + "/" + other.version() + "/index.html");
        links.add(new Line(null, versionItem(w, other, lang, pg.language()), href));
      }
    }
    String date = w.dates().format(inv.notice().effective());
    String text =
        current
            ? msg.get("site.banner.current", "version", v, "date", date)
            : msg.get(
                "site.banner.old",
                "version",
                v,
                "from",
                date,
                "until",
                w.dates().format(p.history().versions().get(pg.index() + 1).notice().effective()));
    Map<String, Object> extras = new TreeMap<>();
    extras.put("site", w.chrome().view());
    extras.put("root", root);
    extras.put("banner", new Banner(current, text, links));
    String folder = inVersion ? v + "/" : "";
    extras.put(
        "alternates",
        alternates(
            page,
            p.languagesOf(pg.index()),
            l -> pg.prefix(l) + p.id() + "/" + folder,
            pg.language()));
    if (recent != null) {
      extras.put(
          "recent", new Recent(recent.title(), recent.items(), base + v + "/changes/index.html"));
    }
    CookieDeclaration cookies = w.chrome().notices().cookies(inv);
    if (cookies != null) {
      extras.put("cookies", cookies.linkedTo(base + v + "/cookies/index.html"));
    }
    return utf8(templates.render("site-notice.html.ftlh", view, extras));
  }

  /**
   * What changed in a version, for the notice's readers: what changes for them, from when, and the
   * notice's text marked up. The materiality of each change is advice for the company and stays in
   * {@code candor diff}.
   */
  private byte[] changesPage(Page pg, Wording w, Inventory prev, ChangeSet changes, String page)
      throws IOException, InvalidInputException {
    Inventory inv = pg.inv();
    Messages msg = w.msg();
    DiffReport report =
        DiffRenderer.report(
            plainNotices,
            prev,
            inv,
            changes,
            msg.get("site.changes.name", "version", prev.notice().version()),
            msg.get("site.changes.name", "version", inv.notice().version()));
    String v = inv.notice().version();
    String old = prev.notice().version();
    String date = w.dates().format(inv.notice().effective());
    String base = SitePath.relative(page, pg.noticeDir());
    Map<String, Object> model = new TreeMap<>();
    model.put("site", w.chrome().view());
    model.put("root", SitePath.relative(page, rootOf(pg.language(), pg.indexes())));
    model.put("title", msg.get("site.changes.title", "title", inv.notice().title(), "version", v));
    model.put("notice", inv.notice().title());
    model.put("heading", msg.get("site.changes.heading", "version", v));
    model.put(
        "dates",
        msg.get(
            "site.changes.dates",
            "version",
            v,
            "date",
            date,
            "old",
            old,
            "olddate",
            w.dates().format(prev.notice().effective())));
    model.put(
        "links",
        List.of(
            new Line(null, msg.get("site.changes.read", "version", v), base + v + "/index.html"),
            new Line(
                null, msg.get("site.changes.read", "version", old), base + old + "/index.html")));
    inv.changes().stream()
        .filter(c -> v.equals(c.version()))
        .findFirst()
        .ifPresent(c -> model.put("summary", c.summary()));
    model.put("forYou", msg.get("site.changes.for-you"));
    model.put("from", msg.get("site.changes.from", "date", date));
    model.put("nothing", msg.get("site.changes.nothing"));
    model.put("items", w.changes().forReaders(changes));
    model.put("diff", w.diffs().view(report));
    Published p = pg.notice();
    List<String> both =
        p.languagesOf(pg.index()).stream().filter(l -> p.has(pg.index() - 1, l)).toList();
    model.put(
        "alternates",
        alternates(page, both, l -> pg.prefix(l) + p.id() + "/" + v + "/changes/", pg.language()));
    return utf8(templates.render("site-changes.html.ftlh", model));
  }

  /** What changed, in the notice's language; null where Candor has no diff wording for it. */
  private static Recent recent(Inventory prev, Inventory inv, ChangeSet changes) {
    return ChangeWording.forLanguage(inv.notice().language())
        .map(cw -> cw.recent(changes, prev.notice().version(), inv.notice().effective(), null))
        .orElse(null);
  }

  private FeedEntry feedEntry(Page pg, Wording w, Inventory prev, ChangeSet changes) {
    Inventory inv = pg.inv();
    Messages msg = w.msg();
    String url = w.chrome().view().baseUrl() + pg.dir();
    String summary;
    if (pg.index() == 0) {
      summary = msg.get("site.feed.first");
    } else if (prev == null) {
      summary = msg.get("site.feed.first-in-language");
    } else {
      List<String> items = w.changes().forReaders(changes);
      summary =
          items.isEmpty()
              ? msg.get("site.feed.none")
              : msg.get(
                  "site.feed.summary",
                  "date",
                  w.dates().format(inv.notice().effective()),
                  "sentences",
                  String.join(" ", items));
    }
    return new FeedEntry(
        msg.get(
            "site.feed.entry", "title", inv.notice().title(), "version", inv.notice().version()),
        url,
        url,
        inv.notice().effective() + "T00:00:00Z",
        summary,
        pg.language());
  }

  private IndexEntry indexEntry(Published p, String lang, Set<String> indexes) {
    Wording w = in(lang);
    List<VersionLink> links = new ArrayList<>();
    for (int i = p.size() - 1; i >= 0; i--) {
      String in = p.languagesOf(i).contains(lang) ? lang : p.languagesOf(i).get(0);
      Page pg = new Page(p, i, in, indexes);
      String folder = indexPrefix(lang);
      links.add(
          new VersionLink(
              SitePath.relative(folder + "index.html", pg.dir() + "index.html"),
              versionItem(w, pg.about(), in, lang),
              !pg.hasPrevious()
                  ? null
                  : SitePath.relative(folder + "index.html", pg.dir() + "changes/index.html"),
              w.msg().get("site.changes.link")));
    }
    int c = p.current();
    String in = p.languagesOf(c).contains(lang) ? lang : p.languagesOf(c).get(0);
    Page cur = new Page(p, c, in, indexes);
    Outline inv = p.outline(c, in).orElseThrow();
    return new IndexEntry(
        SitePath.relative(indexPrefix(lang) + "index.html", cur.noticeDir() + "index.html"),
        in.equals(lang)
            ? inv.notice().title()
            : w.msg()
                .get("site.in-language", "text", inv.notice().title(), "language", selfName(in)),
        inv.controller(),
        w.msg()
            .get(
                "site.current",
                "version",
                inv.notice().version(),
                "date",
                w.dates().format(inv.notice().effective())),
        w.msg().get("site.history"),
        links);
  }

  private List<SitemapUrl> sitemap(List<Published> notices, String newest, Set<String> indexes) {
    List<SitemapUrl> urls = new ArrayList<>();
    String baseUrl = in(siteLanguage).chrome().view().baseUrl();
    for (String lang : indexes) {
      urls.add(new SitemapUrl(baseUrl + indexPrefix(lang), newest));
    }
    for (Published p : notices) {
      for (String lang : p.languagesOf(p.current())) {
        Page cur = new Page(p, p.current(), lang, indexes);
        urls.add(new SitemapUrl(baseUrl + cur.noticeDir(), cur.about().effective().toString()));
      }
      for (int i = 0; i < p.size(); i++) {
        for (String lang : p.languagesOf(i)) {
          Page pg = new Page(p, i, lang, indexes);
          Outline v = p.outline(i, lang).orElseThrow();
          String date = v.notice().effective().toString();
          urls.add(new SitemapUrl(baseUrl + pg.dir(), date));
          if (pg.hasPrevious()) {
            urls.add(new SitemapUrl(baseUrl + pg.dir() + "changes/", date));
          }
          if (v.cookies()) {
            urls.add(new SitemapUrl(baseUrl + pg.dir() + "cookies/", date));
          }
        }
      }
    }
    return urls;
  }

  /**
   * The same page in each of {@code languages}, for the language switcher and the {@code hreflang}
   * alternates; empty when there is only one.
   *
   * @param page the page the links are on
   * @param folder the folder (ending in '/') or file of the page in a language, inside the site
   */
  private List<Alternate> alternates(
      String page,
      List<String> languages,
      java.util.function.Function<String, String> folder,
      String current) {
    if (languages.size() < 2) {
      return List.of();
    }
    String baseUrl = in(siteLanguage).chrome().view().baseUrl();
    List<Alternate> out = new ArrayList<>();
    for (String lang : languages) {
      String path = folder.apply(lang);
      String file = path.endsWith("/") ? path + "index.html" : path;
      String url = path.endsWith("index.html") ? path.substring(0, path.length() - 10) : path;
      out.add(
          new Alternate(
              lang,
              selfName(lang),
              SitePath.relative(page, file),
              baseUrl + url,
              lang.equals(current)));
    }
    return out;
  }

  private static String versionItem(Wording w, Notice v) {
    return w.msg()
        .get("site.version.item", "version", v.version(), "date", w.dates().format(v.effective()));
  }

  /** A version's link text, naming the language it is in when that is not the page's. */
  private static String versionItem(Wording w, Notice v, String lang, String page) {
    String item = versionItem(w, v);
    return lang.equals(page)
        ? item
        : w.msg().get("site.in-language", "text", item, "language", selfName(lang));
  }

  /** A language's name in that language, e.g. "Deutsch". */
  private static String selfName(String lang) {
    return Messages.forLanguage(lang).orElseThrow().get("site.language.self");
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, String> digests(Map<String, byte[]> files) {
    Map<String, String> out = new TreeMap<>();
    files.forEach((path, bytes) -> out.put(path, SiteManifest.digest(bytes)));
    return out;
  }

  /**
   * One Atom entry.
   *
   * @param language the language of the version it announces, as its {@code xml:lang}
   * @param digest the SHA-256 digest of the version's files ({@link SiteManifest#versionDigest}),
   *     null until they are all rendered
   */
  public record FeedEntry(
      String title,
      String id,
      String href,
      String updated,
      String summary,
      String language,
      String digest) {
    /** An entry whose version's files are not rendered yet. */
    public FeedEntry(
        String title, String id, String href, String updated, String summary, String language) {
      this(title, id, href, updated, summary, language, null);
    }

    /** The same entry with its version's digest. */
    public FeedEntry withDigest(String d) {
      return new FeedEntry(title, id, href, updated, summary, language, d);
    }
  }

  /** One notice on the front page. */
  public record IndexEntry(
      String href,
      String title,
      String controller,
      String current,
      String historyLabel,
      List<VersionLink> versions) {}

  /** One version in a list, with the link to what changed in it. */
  public record VersionLink(String href, String text, String changesHref, String changesText) {}

  /** One sitemap URL. */
  public record SitemapUrl(String loc, String lastmod) {}

  /**
   * The same page in another language.
   *
   * @param language its BCP 47 tag
   * @param name the language's name in that language, e.g. "Deutsch"
   * @param href the relative link to it
   * @param url its absolute address, for {@code hreflang}
   * @param current whether it is the page the link is on
   */
  public record Alternate(String language, String name, String href, String url, boolean current) {}
}
