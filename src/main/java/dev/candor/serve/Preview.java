package dev.candor.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A local preview: serves a folder on 127.0.0.1 only, and calls {@code rebuild} whenever a file
 * under the watched folders changes (a burst of changes gives one rebuild).
 */
public final class Preview implements Closeable {
  private static final Map<String, String> TYPES =
      Map.of(
          "html",
          "text/html; charset=utf-8",
          "xml",
          "application/xml; charset=utf-8",
          "md",
          "text/markdown; charset=utf-8",
          "json",
          "application/json; charset=utf-8",
          "pdf",
          "application/pdf",
          "png",
          "image/png",
          "css",
          "text/css; charset=utf-8");

  private final HttpServer server;
  private final WatchService watcher;
  private final Thread watching;

  /** What to do when inputs change; reports its own errors. */
  public interface Rebuild {
    void run();
  }

  private Preview(HttpServer server, WatchService watcher, Thread watching) {
    this.server = server;
    this.watcher = watcher;
    this.watching = watching;
  }

  /** Starts serving {@code root} on 127.0.0.1:{@code port} (0 picks a free port). */
  public static Preview start(Path root, int port, List<Path> watched, Rebuild rebuild)
      throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    Path base = root.toAbsolutePath().normalize();
    server.createContext("/", ex -> serve(base, ex));
    WatchService watcher = FileSystems.getDefault().newWatchService();
    for (Path dir : watched) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> dirs = Files.walk(dir)) {
          for (Path d : dirs.filter(Files::isDirectory).toList()) {
            d.register(
                watcher,
                StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
          }
        }
      }
    }
    Thread thread = new Thread(() -> watch(watcher, rebuild), "candor-watch");
    thread.setDaemon(true);
    thread.start();
    server.start();
    return new Preview(server, watcher, thread);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public URI address() {
    return URI.create("http://127.0.0.1:" + port() + "/");
  }

  @Override
  public void close() throws IOException {
    server.stop(0);
    watcher.close();
    watching.interrupt();
  }

  private static void watch(WatchService watcher, Rebuild rebuild) {
    try {
      while (true) {
        var key = watcher.take();
        // Let a burst of saves settle, then rebuild once. An editor's save is a few writes within
        // milliseconds; every millisecond waited here is one more before the new page is served.
        Thread.sleep(40);
        key.pollEvents();
        key.reset();
        var more = watcher.poll(30, TimeUnit.MILLISECONDS);
        while (more != null) {
          more.pollEvents();
          more.reset();
          more = watcher.poll(30, TimeUnit.MILLISECONDS);
        }
        rebuild.run();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void serve(Path base, HttpExchange ex) throws IOException {
    try (ex) {
      String path = URI.create(ex.getRequestURI().getRawPath()).getPath();
      Path file = base.resolve(path.replaceFirst("^/+", "")).normalize();
      if (!file.startsWith(base)
          || !"GET".equals(ex.getRequestMethod()) && !"HEAD".equals(ex.getRequestMethod())) {
        send(ex, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      if (!Files.isRegularFile(file)) {
        send(ex, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String name = file.getFileName().toString();
      String ext = name.substring(name.lastIndexOf('.') + 1);
      send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), Files.readAllBytes(file));
    }
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    ex.sendResponseHeaders(status, "HEAD".equals(ex.getRequestMethod()) ? -1 : body.length);
    if (!"HEAD".equals(ex.getRequestMethod())) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
