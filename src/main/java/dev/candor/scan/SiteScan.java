package dev.candor.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candor.evidence.Evidence;
import dev.candor.evidence.Finding.Phase;
import dev.candor.problem.InvalidInputException;
import dev.candor.problem.Location;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * {@code candor scan site}: visits pages of a website in the machine's headless Chromium, through
 * the system's chromedriver, and records the cookies, storage keys and third-party hosts it sees
 * before anything is clicked and, when an accept button is named, after it is clicked.
 *
 * <p>It loads only what the pages load, follows links only to the hosts of the pages it was given,
 * types nothing and submits no form. Cookies are read with the DevTools command {@code
 * Storage.getCookies} and requests from the performance log, so no version-specific DevTools
 * binding is needed.
 */
public final class SiteScan {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Links to these are files, not pages, and are not followed. */
  private static final Pattern NOT_A_PAGE =
      Pattern.compile(
          "(?i).*\\.(pdf|zip|gz|tgz|dmg|exe|msi|apk|jpg|jpeg|png|gif|webp|svg|ico|mp3|mp4|webm"
              + "|mov|avi|woff2?|ttf|css|js|json|xml|csv|xlsx?|docx?|pptx?)$");

  /**
   * What to scan and how.
   *
   * @param urls the pages to start from; their hosts are the sites links are followed within
   * @param pages how many more pages of those sites to visit, found by following links
   * @param accept a CSS selector of the button that accepts cookies, or null for no accept step
   * @param timeout how long one page may take to load
   * @param maxPageBytes the largest page (its HTML) Candor accepts
   * @param hostRules Chromium's --host-resolver-rules, or null: to scan a site under its real name
   *     before its DNS points at it (and in tests)
   * @param insecure whether to accept any TLS certificate, for a staging site's own certificate
   * @param chromium the browser
   * @param chromedriver the driver that matches it
   */
  public record Settings(
      List<URI> urls,
      int pages,
      String accept,
      Duration timeout,
      long maxPageBytes,
      String hostRules,
      boolean insecure,
      Path chromium,
      Path chromedriver) {
    public Settings {
      urls = List.copyOf(urls);
    }

    /** The defaults: ten more pages, 30 seconds a page, 20 MB a page, the Debian paths. */
    public static Settings of(List<URI> urls) {
      return new Settings(
          urls,
          10,
          null,
          Duration.ofSeconds(30),
          20L << 20,
          null,
          false,
          Path.of("/usr/bin/chromium"),
          Path.of("/usr/bin/chromedriver"));
    }
  }

  private final Settings settings;
  private final SiteFindings findings;
  private final Set<String> hosts = new LinkedHashSet<>();
  private ChromeDriver driver;

  private SiteScan(Settings settings) {
    this.settings = settings;
    for (URI u : settings.urls()) {
      hosts.add(u.getHost().toLowerCase(Locale.ROOT));
    }
    this.findings = new SiteFindings(List.copyOf(hosts));
  }

  /**
   * Scans the site.
   *
   * @throws InvalidInputException exit 2, naming the page: it timed out, redirected in a loop, was
   *     not HTML, was too large, failed, or had no accept button; or the browser is missing
   */
  public static Evidence scan(Settings settings) throws InvalidInputException {
    for (URI u : settings.urls()) {
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
        throw problem(
            u.toString(), "this is not an http or https address", "give a page such as https://");
      }
    }
    for (Path exe : List.of(settings.chromium(), settings.chromedriver())) {
      if (!Files.isExecutable(exe)) {
        throw problem(
            exe.toString(),
            "there is no program here; scan site needs Chromium and its chromedriver",
            "install them with the system's packages (on Debian: apt-get install chromium"
                + " chromium-driver), or name them with --chromium and --chromedriver; Candor"
                + " never downloads a browser");
      }
    }
    SiteScan s = new SiteScan(settings);
    Path profile;
    try {
      profile = Files.createTempDirectory("candor-scan");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      s.start(profile);
      return s.run();
    } finally {
      s.stop();
      deleteTree(profile);
    }
  }

  private Evidence run() throws InvalidInputException {
    List<String> visited = new ArrayList<>();
    Deque<String> queue = new ArrayDeque<>();
    settings.urls().forEach(u -> queue.add(withoutFragment(u.toString())));
    Set<String> seen = new LinkedHashSet<>(queue);
    int extra = 0;
    while (!queue.isEmpty()) {
      String page = queue.poll();
      visit(page, Phase.BEFORE_CONSENT);
      visited.add(page);
      for (String link : links()) {
        if (extra < settings.pages() && seen.add(link)) {
          queue.add(link);
          extra++;
        }
      }
    }
    if (settings.accept() != null) {
      String first = visited.get(0);
      visit(first, Phase.AFTER_CONSENT);
      WebElement button = null;
      try {
        long end = System.nanoTime() + settings.timeout().toNanos();
        while (button == null) {
          List<WebElement> found = driver.findElements(By.cssSelector(settings.accept()));
          if (!found.isEmpty()) {
            button = found.get(0);
          } else if (System.nanoTime() > end) {
            throw problem(
                first,
                "no element matches the accept selector '" + settings.accept() + "'",
                "give the CSS selector of the button that accepts cookies on this page, e.g."
                    + " '#accept-all'");
          } else {
            sleep(100);
          }
        }
      } catch (WebDriverException e) {
        throw problem(
            first,
            "'" + settings.accept() + "' is not a CSS selector Chromium can use",
            "write a CSS selector, e.g. '#accept-all' or 'button.accept'");
      }
      button.click();
      settle(first, Phase.AFTER_CONSENT);
      for (String page : visited) {
        visit(page, Phase.AFTER_CONSENT);
      }
    }
    return findings.evidence();
  }

  /** Loads one page, checks what came back, and records what it set and contacted. */
  private void visit(String page, Phase phase) throws InvalidInputException {
    drainLog(page, phase);
    try {
      driver.get(page);
    } catch (TimeoutException e) {
      driver.manage().logs().get(LogType.PERFORMANCE);
      throw problem(
          page,
          "the page did not finish loading within " + settings.timeout().toSeconds() + " s",
          "check that the site is up; give it longer with --timeout");
    } catch (WebDriverException e) {
      throw problem(
          page,
          "Chromium could not load the page: " + firstLine(e.getMessage()),
          "check the address and that the site is up");
    }
    List<JsonNode> events = drainLog(page, phase);
    checkDocument(page, events);
    settle(page, phase);
  }

  /** Waits until the page makes no new request for half a second (at most five), then reads. */
  private void settle(String page, Phase phase) throws InvalidInputException {
    long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    long quietSince = System.nanoTime();
    while (System.nanoTime() < end) {
      sleep(100);
      if (!drainLog(page, phase).isEmpty()) {
        quietSince = System.nanoTime();
      } else if (System.nanoTime() - quietSince > Duration.ofMillis(500).toNanos()) {
        break;
      }
    }
    readCookies(page, phase);
    readStorage(page, phase);
  }

  /** The main document's response: a page, not too large, not a redirect loop or an error. */
  private void checkDocument(String page, List<JsonNode> events) throws InvalidInputException {
    String frame = mainFrame();
    String current = driver.getCurrentUrl();
    Map<String, Long> sizes = new HashMap<>();
    String mainRequest = null;
    JsonNode response = null;
    Map<String, String> failures = new HashMap<>();
    int redirects = 0;
    for (JsonNode e : events) {
      String method = e.path("method").asText();
      JsonNode p = e.path("params");
      boolean byRequest =
          method.equals("Network.loadingFinished") || method.equals("Network.loadingFailed");
      if (!byRequest && !frame.equals(p.path("frameId").asText())) {
        continue;
      }
      switch (method) {
        case "Network.requestWillBeSent" -> {
          if ("Document".equals(p.path("type").asText())) {
            mainRequest = p.path("requestId").asText();
            redirects += p.has("redirectResponse") ? 1 : 0;
          }
        }
        case "Network.responseReceived" -> {
          if ("Document".equals(p.path("type").asText())) {
            response = p.path("response");
            mainRequest = p.path("requestId").asText();
          }
        }
        case "Network.loadingFailed" -> {
          if ("Document".equals(p.path("type").asText())) {
            failures.put(p.path("requestId").asText(), p.path("errorText").asText());
          }
        }
        case "Network.loadingFinished" ->
            sizes.put(p.path("requestId").asText(), p.path("encodedDataLength").asLong());
        default -> {}
      }
    }
    String failure = mainRequest == null ? null : failures.get(mainRequest);
    if ((failure != null && failure.contains("TOO_MANY_REDIRECTS"))
        || (response == null && redirects >= 20)) {
      throw problem(
          page, "the page redirects in a loop", "open it in a browser; fix the redirect rules");
    }
    if (failure != null && !failure.contains("ERR_ABORTED")) {
      throw problem(
          page, "Chromium could not load the page: " + failure, "check the address and the site");
    }
    if (current.startsWith("chrome-error:")) {
      throw problem(page, "Chromium could not load the page", "check the address and the site");
    }
    if (response == null) {
      return;
    }
    int status = response.path("status").asInt();
    String mime = response.path("mimeType").asText().toLowerCase(Locale.ROOT);
    if (status >= 400) {
      throw problem(
          page, "the server answered HTTP " + status, "scan pages that exist; check the address");
    }
    if (!mime.equals("text/html") && !mime.equals("application/xhtml+xml")) {
      throw problem(
          page,
          "this is not an HTML page (the server says " + (mime.isEmpty() ? "nothing" : mime) + ")",
          "give the addresses of web pages; scan site does not read files");
    }
    long size = mainRequest == null ? 0 : sizes.getOrDefault(mainRequest, 0L);
    long declared = response.path("headers").path("Content-Length").asLong(0);
    if (Math.max(size, declared) > settings.maxPageBytes()) {
      throw problem(
          page,
          "the page is larger than " + (settings.maxPageBytes() >> 20) + " MB",
          "scan pages of a usual size; a page this large is rarely one people read");
    }
  }

  private String mainFrame() {
    Map<String, Object> tree = driver.executeCdpCommand("Page.getFrameTree", Map.of());
    JsonNode n = JSON.valueToTree(tree);
    return n.path("frameTree").path("frame").path("id").asText();
  }

  /** Reads the performance log: requests become hosts; the events are returned for checking. */
  private List<JsonNode> drainLog(String page, Phase phase) {
    List<JsonNode> out = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode m;
      try {
        m = JSON.readTree(entry.getMessage()).path("message");
      } catch (IOException e) {
        continue;
      }
      out.add(m);
      if ("Network.requestWillBeSent".equals(m.path("method").asText())) {
        JsonNode p = m.path("params");
        findings.request(page, phase, p.path("request").path("url").asText(), typeOf(p));
      }
    }
    return out;
  }

  private static String typeOf(JsonNode p) {
    String t = p.path("type").asText("");
    if ("Document".equals(t)
        && !p.path("frameId").asText().isEmpty()
        && !p.path("loaderId").asText().equals(p.path("requestId").asText())) {
      return "Document";
    }
    return t.isEmpty() ? "Other" : t;
  }

  private void readCookies(String page, Phase phase) {
    Map<String, Object> result;
    try {
      result = driver.executeCdpCommand("Storage.getCookies", Map.of());
    } catch (WebDriverException e) {
      result = driver.executeCdpCommand("Network.getAllCookies", Map.of());
    }
    double now = System.currentTimeMillis() / 1000.0;
    for (JsonNode c : JSON.valueToTree(result).path("cookies")) {
      boolean session = c.path("session").asBoolean(false) || c.path("expires").asDouble(-1) < 0;
      findings.cookie(
          page,
          phase,
          c.path("name").asText(),
          c.path("domain").asText(),
          c.path("path").asText("/"),
          session ? -1 : Math.max(0, c.path("expires").asDouble() - now),
          c.path("httpOnly").asBoolean(),
          c.path("secure").asBoolean(),
          c.path("sameSite").asText(""));
    }
  }

  @SuppressWarnings("unchecked")
  private void readStorage(String page, Phase phase) {
    Object r;
    try {
      r =
          ((JavascriptExecutor) driver)
              .executeScript(
                  "function keys(s){try{var o=[];for(var i=0;i<s.length;i++){o.push(s.key(i));}"
                      + "return o;}catch(e){return [];}}"
                      + "return [location.origin, keys(window.localStorage),"
                      + " keys(window.sessionStorage)];");
    } catch (WebDriverException e) {
      return;
    }
    if (!(r instanceof List<?> l) || l.size() != 3) {
      return;
    }
    String origin = String.valueOf(l.get(0));
    for (Object k : (List<Object>) l.get(1)) {
      findings.storage(page, phase, "local-storage", String.valueOf(k), origin);
    }
    for (Object k : (List<Object>) l.get(2)) {
      findings.storage(page, phase, "session-storage", String.valueOf(k), origin);
    }
  }

  /** The page's links to the scanned sites' hosts, without fragments, sorted. */
  @SuppressWarnings("unchecked")
  private List<String> links() {
    Object r =
        ((JavascriptExecutor) driver)
            .executeScript(
                "return Array.from(document.querySelectorAll('a[href]')).map(a => a.href);");
    Set<String> out = new java.util.TreeSet<>();
    if (r instanceof List<?> l) {
      for (Object o : (List<Object>) l) {
        try {
          URI u = URI.create(String.valueOf(o));
          String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
          if ((scheme.equals("http") || scheme.equals("https"))
              && u.getHost() != null
              && hosts.contains(u.getHost().toLowerCase(Locale.ROOT))
              && (u.getPath() == null || !NOT_A_PAGE.matcher(u.getPath()).matches())) {
            out.add(withoutFragment(u.toString()));
          }
        } catch (IllegalArgumentException e) {
          // not an address Candor can follow
        }
      }
    }
    return List.copyOf(out);
  }

  private void start(Path profile) throws InvalidInputException {
    // Selenium reports through java.util.logging, e.g. that it has no DevTools binding for this
    // Chromium; Candor needs none, and its output stays its own.
    Logger.getLogger("org.openqa.selenium").setLevel(Level.OFF);
    ChromeOptions o = new ChromeOptions();
    o.setBinary(settings.chromium().toFile());
    o.addArguments(
        "--headless=new",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-default-apps",
        "--disable-extensions",
        "--disable-sync",
        "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,Translate",
        "--mute-audio",
        "--lang=en-GB",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    if ("root".equals(System.getProperty("user.name"))) {
      o.addArguments("--no-sandbox"); // Chromium refuses to start as root with its sandbox
    }
    if (settings.hostRules() != null) {
      o.addArguments("--host-resolver-rules=" + settings.hostRules());
    }
    if (settings.insecure()) {
      o.addArguments("--ignore-certificate-errors");
    }
    o.setExperimentalOption(
        "prefs",
        Map.of(
            "download_restrictions", 3,
            "profile.cookie_controls_mode", 0,
            "profile.block_third_party_cookies", false,
            "profile.default_content_setting_values.notifications", 2,
            "profile.default_content_setting_values.geolocation", 2));
    o.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    o.setCapability("goog:loggingPrefs", logs);
    o.setPageLoadTimeout(settings.timeout());
    o.setScriptTimeout(settings.timeout());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(settings.chromedriver().toFile())
            .usingAnyFreePort()
            .withLogOutput(OutputStream.nullOutputStream())
            .build();
    try {
      driver = new ChromeDriver(service, o);
    } catch (WebDriverException e) {
      throw problem(
          settings.chromedriver().toString(),
          "Chromium did not start: " + firstLine(e.getMessage()),
          "chromedriver and chromium must be the same version; install both from the system's"
              + " packages");
    }
  }

  private void stop() {
    if (driver != null) {
      try {
        driver.quit();
      } catch (WebDriverException e) {
        // the browser is gone already
      }
    }
  }

  private static InvalidInputException problem(String where, String message, String hint) {
    return InvalidInputException.at(Location.of(where), "scan-site", message, hint, null);
  }

  private static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "no reason given";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void deleteTree(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  // a temporary profile; the system cleans it up
                }
              });
    } catch (IOException e) {
      // as above
    }
  }
}
