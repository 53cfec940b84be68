package dev.candor.site;

import dev.candor.diff.ChangeSet;
import dev.candor.diff.DiffReport;
import dev.candor.diff.InventoryDiff;
import dev.candor.load.History;
import dev.candor.model.Inventory;
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
import java.util.TreeMap;

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
 */
public final class SitePages {
  /** Told after each notice version is rendered, e.g. to draw a progress bar. */
  public interface Progress {
    void rendered(String what, int done, int total);
  }

  private final SiteView site;
  private final Templates templates;
  private final NoticeRenderer notices;
  private final NoticeRenderer plainNotices;
  private final DiffRenderer diffs;
  private final ChangeWording wording;
  private final Messages msg;
  private final DateTimeFormatter dates;

  public SitePages(
      SiteView site,
      Templates templates,
      NoticeRenderer branded,
      NoticeRenderer plain,
      Messages msg) {
    this.site = site;
    this.templates = templates;
    this.notices = branded;
    this.plainNotices = plain;
    this.wording = ChangeWording.forLanguage(msg.language()).orElse(ChangeWording.english());
    this.diffs = new DiffRenderer(templates, wording);
    this.msg = msg;
    this.dates = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag(msg.language()));
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

  /** One notice version's files, rendered or reused, and its manifest entry. */
  private record VersionFiles(
      String name, Map<String, byte[]> files, Map<String, Path> reused, SiteManifest.Entry entry) {}

  /** Every file of the site, by its path inside the site folder, all rendered. */
  public Map<String, byte[]> render(List<History> histories, Progress progress)
      throws IOException, InvalidInputException {
    return render(histories, progress, "", Optional.empty()).files();
  }

  /**
   * The plan of the site: a pure function of the histories, the settings and the templates. Reading
   * the previous site, and writing this one, happen in the pipeline.
   *
   * @param common the hash of what every version shares (see {@link Fingerprint})
   * @param previous the previous site, when its files may be reused
   */

  /**
   * Every file of the site. Each notice version is one task, run on every core; a version whose key
   * ({@code common} and its inventories) matches the previous site's manifest keeps its previous
   * files. The result is the same bytes either way.
   */
  public Built render(
      List<History> histories, Progress progress, String common, Optional<Previous> previous)
      throws IOException, InvalidInputException {
    int total = histories.stream().mapToInt(h -> h.versions().size()).sum();
    List<Parallel.Task<VersionFiles>> tasks = new ArrayList<>();
    Fingerprint.Hashes hashes = new Fingerprint.Hashes();
    for (History h : histories) {
      for (int i = 0; i < h.versions().size(); i++) {
        int index = i;
        tasks.add(() -> versionFiles(h, index, common, previous, hashes));
      }
    }
    Map<String, byte[]> files = new TreeMap<>();
    Map<String, Path> reused = new TreeMap<>();
    Map<String, SiteManifest.Entry> entries = new TreeMap<>();
    List<FeedEntry> feed = new ArrayList<>();
    int[] done = {0};
    try (Parallel.Pending<VersionFiles> pending = Parallel.start(tasks)) {
      pending.join(
          v -> {
            files.putAll(v.files());
            reused.putAll(v.reused());
            entries.put(v.name(), v.entry());
            feed.add(v.entry().feed());
            progress.rendered(v.name().replace('/', ' '), ++done[0], total);
          });
    }
    files.put(
        "index.html",
        utf8(
            templates.render(
                "site-index.html.ftlh",
                Map.of(
                    "site",
                    site,
                    "root",
                    "",
                    "intro",
                    msg.get("site.index.intro"),
                    "notices",
                    histories.stream().map(this::indexEntry).toList()))));
    feed.sort(Comparator.comparing(FeedEntry::updated).reversed().thenComparing(FeedEntry::id));
    String updated = feed.isEmpty() ? "1970-01-01T00:00:00Z" : feed.get(0).updated();
    files.put(
        "feed.xml",
        utf8(
            templates.render(
                "feed.xml.ftlx", Map.of("site", site, "updated", updated, "entries", feed))));
    files.put(
        "sitemap.xml",
        utf8(
            templates.render(
                "sitemap.xml.ftlx", Map.of("urls", sitemap(histories, updated.substring(0, 10))))));
    Map<String, String> shared = new TreeMap<>();
    for (String f : List.of("index.html", "feed.xml", "sitemap.xml")) {
      shared.put(f, SiteManifest.digest(files.get(f)));
    }
    SiteManifest manifest = new SiteManifest(SiteManifest.FORMAT, entries, shared);
    files.put(SiteManifest.FILE, manifest.bytes());
    return new Built(files, reused, manifest);
  }

  /** Version {@code i} of a history: taken from the previous site when its key is unchanged. */
  private VersionFiles versionFiles(
      History h, int i, String common, Optional<Previous> previous, Fingerprint.Hashes hashes)
      throws IOException, InvalidInputException {
    List<Inventory> versions = h.versions().stream().map(v -> v.inventory()).toList();
    Inventory inv = versions.get(i);
    String name = h.id() + "/" + inv.notice().version();
    String key = Fingerprint.version(common, h, i, hashes);
    if (previous.isPresent()) {
      SiteManifest.Entry old = previous.get().manifest().versions().get(name);
      Map<String, Path> there = previous.get().files();
      if (old != null
          && old.key().equals(key)
          && !old.files().isEmpty()
          && there.keySet().containsAll(old.files().keySet())) {
        Map<String, Path> same = new TreeMap<>();
        old.files().keySet().forEach(f -> same.put(f, there.get(f)));
        return new VersionFiles(name, Map.of(), same, old);
      }
    }
    Map<String, byte[]> files = new TreeMap<>();
    Inventory prev = i == 0 ? null : versions.get(i - 1);
    // What changed is found and worded once per version; the pages only add their own link.
    ChangeSet changes = prev == null ? null : InventoryDiff.standard().diff(prev, inv);
    Recent recent = prev == null ? null : recent(prev, inv, changes);
    FeedEntry feed = version(h.id(), versions, i, recent, changes, files);
    if (i == versions.size() - 1) {
      String current = h.id() + "/index.html";
      files.put(current, noticePage(inv, versions, i, recent, current));
    }
    if (prev != null) {
      String page = dir(inv) + "changes/index.html";
      files.put(page, changesPage(prev, inv, changes, page));
    }
    Map<String, String> digests = digests(files);
    return new VersionFiles(
        name,
        files,
        Map.of(),
        new SiteManifest.Entry(key, digests, feed.withDigest(SiteManifest.versionDigest(digests))));
  }

  private FeedEntry version(
      String id,
      List<Inventory> versions,
      int i,
      Recent recent,
      ChangeSet changes,
      Map<String, byte[]> files)
      throws IOException, InvalidInputException {
    Inventory inv = versions.get(i);
    Inventory prev = i == 0 ? null : versions.get(i - 1);
    Map<Format, byte[]> out =
        notices.render(inv, EnumSet.allOf(Format.class), Optional.ofNullable(recent));
    String dir = dir(inv);
    String base = id + "-" + inv.notice().version();
    out.forEach((f, bytes) -> files.put(dir + base + "." + f.extension(), bytes));
    files.put(dir + base + ".json", InventoryJson.of(inv));
    files.put(dir + "index.html", noticePage(inv, versions, i, recent, dir + "index.html"));
    notices
        .declaration(inv, EnumSet.allOf(Format.class), Optional.empty())
        .forEach((f, bytes) -> files.put(dir + base + "-cookies." + f.extension(), bytes));
    CookieDeclaration cookies = notices.cookies(inv);
    if (cookies != null) {
      String page = dir + "cookies/index.html";
      Map<String, Object> extras =
          new TreeMap<>(
              Map.of(
                  "site",
                  site,
                  "root",
                  SitePath.relative(page, ""),
                  "cookies",
                  cookies.linkedTo(SitePath.relative(page, dir + "index.html"))));
      files.put(
          page, utf8(templates.render("site-cookies.html.ftlh", notices.compose(inv), extras)));
    }
    return feedEntry(prev, inv, changes);
  }

  /** The site page of one version, at {@code page} inside the site. */
  private byte[] noticePage(
      Inventory inv, List<Inventory> versions, int i, Recent recent, String page)
      throws IOException, InvalidInputException {
    String base = SitePath.relative(page, inv.notice().id() + "/");
    String root = SitePath.relative(page, "");
    NoticeView view = notices.compose(inv);
    Inventory prev = i == 0 ? null : versions.get(i - 1);
    boolean current = i == versions.size() - 1;
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
    for (int j = versions.size() - 1; j >= 0; j--) {
      if (j != i) {
        Inventory other = versions.get(j);
        links.add(
            new Line(null, versionItem(other), base + other.notice().version() + "/index.html"));
      }
    }
    String date = dates.format(inv.notice().effective());
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
                dates.format(versions.get(i + 1).notice().effective()));
    Map<String, Object> extras =
        new TreeMap<>(
            Map.of("site", site, "root", root, "banner", new Banner(current, text, links)));
    if (recent != null) {
      extras.put(
          "recent", new Recent(recent.title(), recent.items(), base + v + "/changes/index.html"));
    }
    CookieDeclaration cookies = notices.cookies(inv);
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
  private byte[] changesPage(Inventory prev, Inventory inv, ChangeSet changes, String page)
      throws IOException, InvalidInputException {
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
    String date = dates.format(inv.notice().effective());
    String base = SitePath.relative(page, inv.notice().id() + "/");
    Map<String, Object> model = new TreeMap<>();
    model.put("site", site);
    model.put("root", SitePath.relative(page, ""));
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
            dates.format(prev.notice().effective())));
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
    model.put("items", wording.forReaders(changes));
    model.put("diff", diffs.view(report));
    return utf8(templates.render("site-changes.html.ftlh", model));
  }

  /** What changed, in the notice's language; null where Candor has no diff wording for it. */
  private static Recent recent(Inventory prev, Inventory inv, ChangeSet changes) {
    return ChangeWording.forLanguage(inv.notice().language())
        .map(w -> w.recent(changes, prev.notice().version(), inv.notice().effective(), null))
        .orElse(null);
  }

  private FeedEntry feedEntry(Inventory prev, Inventory inv, ChangeSet changes) {
    String url = site.baseUrl() + dir(inv);
    String summary;
    if (prev == null) {
      summary = msg.get("site.feed.first");
    } else {
      List<String> items = wording.forReaders(changes);
      summary =
          items.isEmpty()
              ? msg.get("site.feed.none")
              : msg.get(
                  "site.feed.summary",
                  "date",
                  dates.format(inv.notice().effective()),
                  "sentences",
                  String.join(" ", items));
    }
    return new FeedEntry(
        msg.get(
            "site.feed.entry", "title", inv.notice().title(), "version", inv.notice().version()),
        url,
        url,
        inv.notice().effective() + "T00:00:00Z",
        summary);
  }

  private IndexEntry indexEntry(History h) {
    List<Inventory> versions = h.versions().stream().map(v -> v.inventory()).toList();
    Inventory cur = versions.get(versions.size() - 1);
    List<VersionLink> links = new ArrayList<>();
    for (int i = versions.size() - 1; i >= 0; i--) {
      Inventory v = versions.get(i);
      links.add(
          new VersionLink(
              dir(v) + "index.html",
              versionItem(v),
              i == 0 ? null : dir(v) + "changes/index.html",
              msg.get("site.changes.link")));
    }
    return new IndexEntry(
        h.id() + "/index.html",
        cur.notice().title(),
        cur.controller().name(),
        msg.get(
            "site.current",
            "version",
            cur.notice().version(),
            "date",
            dates.format(cur.notice().effective())),
        msg.get("site.history"),
        links);
  }

  private List<SitemapUrl> sitemap(List<History> histories, String newest) {
    List<SitemapUrl> urls = new ArrayList<>();
    urls.add(new SitemapUrl(site.baseUrl(), newest));
    for (History h : histories) {
      Inventory cur = h.current().inventory();
      urls.add(new SitemapUrl(site.baseUrl() + h.id() + "/", cur.notice().effective().toString()));
      for (int i = 0; i < h.versions().size(); i++) {
        Inventory v = h.versions().get(i).inventory();
        String date = v.notice().effective().toString();
        urls.add(new SitemapUrl(site.baseUrl() + dir(v), date));
        if (i > 0) {
          urls.add(new SitemapUrl(site.baseUrl() + dir(v) + "changes/", date));
        }
        if (!v.cookies().isEmpty()) {
          urls.add(new SitemapUrl(site.baseUrl() + dir(v) + "cookies/", date));
        }
      }
    }
    return urls;
  }

  private String versionItem(Inventory v) {
    return msg.get(
        "site.version.item",
        "version",
        v.notice().version(),
        "date",
        dates.format(v.notice().effective()));
  }

  private static String dir(Inventory inv) {
    return inv.notice().id() + "/" + inv.notice().version() + "/";
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
   * @param digest the SHA-256 digest of the version's files ({@link SiteManifest#versionDigest}),
   *     null until they are all rendered
   */
  public record FeedEntry(
      String title, String id, String href, String updated, String summary, String digest) {
    /** An entry whose version's files are not rendered yet. */
    public FeedEntry(String title, String id, String href, String updated, String summary) {
      this(title, id, href, updated, summary, null);
    }

    /** The same entry with its version's digest. */
    public FeedEntry withDigest(String d) {
      return new FeedEntry(title, id, href, updated, summary, d);
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
}
