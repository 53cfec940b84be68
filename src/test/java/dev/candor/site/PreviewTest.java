package dev.candor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.check.CheckSettings;
import dev.candor.load.Limits;
import dev.candor.pipeline.SiteBuilder;
import dev.candor.serve.Preview;
import dev.candor.testing.Snapshot;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** candor serve: the site on loopback only, rebuilt when a notice changes. */
class PreviewTest {
  @TempDir Path tmp;

  private static HttpResponse<String> get(URI uri) throws Exception {
    return HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(5))
        .build()
        .send(
            HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesTheSiteAndRebuildsWhenANoticeChanges() throws Exception {
    Path notices = tmp.resolve("notices");
    Snapshot.copyTree(Path.of("notices"), notices);
    Path out = tmp.resolve("site");
    SiteBuilder.Settings s =
        new SiteBuilder.Settings(
            notices,
            Path.of("site"),
            out,
            Optional.empty(),
            Limits.DEFAULTS,
            CheckSettings.DEFAULTS,
            false);
    SiteBuilder.build(s, (w, d, t) -> {});
    try (Preview p =
        Preview.start(
            out,
            0,
            List.of(notices),
            () -> {
              try {
                SiteBuilder.build(s, (w, d, t) -> {});
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })) {
      assertEquals("127.0.0.1", p.address().getHost());
      HttpResponse<String> index = get(p.address());
      assertEquals(200, index.statusCode());
      assertTrue(index.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
      assertEquals(200, get(p.address().resolve("shop/")).statusCode());
      assertEquals(404, get(URI.create(p.address() + "nope/")).statusCode());
      Path fitness = notices.resolve("fitness.yaml");
      Files.writeString(
          fitness,
          Files.readString(fitness)
              // Its translations still give the old title's German and French: a warning.
              .replace(
                  "title: Privacy notice for the Fellrun app", "title: Fellrun privacy notice"));
      boolean rebuilt = false;
      for (int i = 0; i < 100 && !rebuilt; i++) {
        Thread.sleep(200);
        rebuilt = get(p.address()).body().contains("Fellrun privacy notice");
      }
      assertTrue(rebuilt, "the index shows the new title after a rebuild");
    }
  }
}
