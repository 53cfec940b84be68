package dev.candor.scan;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Assumptions;

/**
 * Websites served by the test itself, over HTTPS on loopback, under several host names that
 * Chromium maps to 127.0.0.1: one server answers for every host, by the Host header.
 *
 * <p>HTTPS because browsers keep a third party's cookie only when it is {@code SameSite=None;
 * Secure}, as real trackers set them; the certificate is made for the test, and the scan accepts it
 * with {@code --insecure}.
 */
final class TestSites implements AutoCloseable {
  /** One response: status, headers, body. */
  record Reply(int status, Map<String, List<String>> headers, byte[] body) {
    static Reply html(String html, String... headers) {
      return of(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), headers);
    }

    static Reply of(int status, String type, byte[] body, String... headers) {
      Map<String, List<String>> h = new java.util.LinkedHashMap<>();
      h.put("Content-Type", List.of(type));
      for (int i = 0; i + 1 < headers.length; i += 2) {
        h.computeIfAbsent(headers[i], k -> new java.util.ArrayList<>()).add(headers[i + 1]);
      }
      return new Reply(status, h, body);
    }

    static Reply redirect(String to) {
      return of(302, "text/html", new byte[0], "Location", to);
    }
  }

  /** A request as the handler sees it: the host without port, and the path. */
  record Request(String host, String path) {}

  /** A handler that never answers: a page that never finishes loading. */
  static final Reply HANG = new Reply(0, Map.of(), new byte[0]);

  private final HttpsServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(16);

  TestSites(Path tmp, Function<Request, Reply> handler) throws Exception {
    SSLContext ssl = SSLContext.getInstance("TLS");
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(keyStore(tmp), PASSWORD);
    ssl.init(kmf.getKeyManagers(), null, null);
    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(ssl));
    server.setExecutor(pool);
    server.createContext(
        "/",
        ex -> {
          try (ex) {
            String host = ex.getRequestHeaders().getFirst("Host");
            host = host == null ? "" : host.replaceFirst(":\\d+$", "");
            Reply r = handler.apply(new Request(host, ex.getRequestURI().getPath()));
            if (r == null) {
              r = Reply.of(404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            }
            if (r == HANG) {
              try {
                Thread.sleep(60_000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return;
            }
            send(ex, r);
          }
        });
    server.start();
  }

  /** The port every host is served on. */
  int port() {
    return server.getAddress().getPort();
  }

  /** An address of one of the hosts. */
  String url(String host, String path) {
    return "https://" + host + ":" + port() + path;
  }

  /** Chromium's rules that send every host to loopback. */
  static String hostRules(String... hosts) {
    StringBuilder b = new StringBuilder();
    for (String h : hosts) {
      b.append(b.length() == 0 ? "" : ", ").append("MAP ").append(h).append(" 127.0.0.1");
    }
    return b.toString();
  }

  /**
   * Rules that send every host, on its usual port, to this server: for pages that name their
   * scripts without a port, as real sites do.
   */
  String hostRulesWithPort(String... hosts) {
    StringBuilder b = new StringBuilder();
    for (String h : hosts) {
      b.append(b.length() == 0 ? "" : ", ")
          .append("MAP ")
          .append(h)
          .append(" 127.0.0.1:")
          .append(port());
    }
    return b.toString();
  }

  private static void send(HttpExchange ex, Reply r) throws IOException {
    r.headers().forEach((k, v) -> v.forEach(x -> ex.getResponseHeaders().add(k, x)));
    ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
    if (r.body().length > 0) {
      ex.getResponseBody().write(r.body());
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
    try {
      pool.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final char[] PASSWORD = "candor-test".toCharArray();

  /** A self-signed certificate for the test's hosts, made by the JDK's keytool. */
  private static KeyStore keyStore(Path tmp) throws Exception {
    Path file = tmp.resolve("sites.p12");
    if (!Files.exists(file)) {
      Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
      Process p =
          new ProcessBuilder(
                  keytool.toString(),
                  "-genkeypair",
                  "-alias",
                  "sites",
                  "-keyalg",
                  "EC",
                  "-validity",
                  "2",
                  "-dname",
                  "CN=shop.test",
                  "-keystore",
                  file.toString(),
                  "-storetype",
                  "PKCS12",
                  "-storepass",
                  new String(PASSWORD),
                  "-keypass",
                  new String(PASSWORD))
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException("keytool failed: " + out);
      }
    }
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      ks.load(in, PASSWORD);
    }
    return ks;
  }

  /**
   * Skips a browser test where the machine has no Chromium and chromedriver; in CI (CI=true) their
   * absence fails it instead, since .ci/run installs them.
   */
  static void requireChromium() {
    boolean ready =
        Files.isExecutable(Path.of("/usr/bin/chromium"))
            && Files.isExecutable(Path.of("/usr/bin/chromedriver"));
    if (!ready) {
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError(
            "scan site needs /usr/bin/chromium and /usr/bin/chromedriver; .ci/run installs them");
      }
      Assumptions.assumeTrue(false, "Chromium or chromedriver missing: browser test skipped");
    }
  }
}
