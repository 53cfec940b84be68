package dev.candor.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.Candor;
import dev.candor.testing.Golden;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A game with an ad network, a push service that works only for it, crash reporting, its IP address
 * and two custom categories: the store answers a reviewer would enter, as golden files, and the
 * same inventory without overrides, which no export may answer.
 */
class StoreAnswersGoldenTest {
  private static final Path CASE = Path.of("src/test/resources/export/stores");
  private static final Path GAME = CASE.resolve("game.yaml");
  private static final Path NO_OVERRIDES = CASE.resolve("no-overrides.yaml");
  private static final List<String> FILES =
      List.of(
          "apple/app-privacy.md",
          "apple/app-privacy.json",
          "apple/PrivacyInfo.xcprivacy",
          "google/data-safety.md",
          "google/data-safety.csv");

  @Test
  void theGamesStoreAnswersAreTheReviewedOnes(@TempDir Path out) throws Exception {
    Candor apple = Candor.run("export", "apple-privacy", GAME.toString(), "-o", out.toString());
    assertEquals(0, apple.code(), apple.toString());
    Candor play = Candor.run("export", "play-data-safety", GAME.toString(), "-o", out.toString());
    assertEquals(0, play.code(), play.toString());
    List<Path> known = new ArrayList<>(List.of(GAME, NO_OVERRIDES));
    for (String f : FILES) {
      Path golden = CASE.resolve("game").resolve(f);
      known.add(golden);
      Golden.assertMatches(
          golden,
          Files.readString(out.resolve("game").resolve(f), StandardCharsets.UTF_8),
          "game " + f,
          GAME);
    }
    Golden.assertNoStaleFiles(CASE, known);
  }

  @Test
  void onlyTheAdNetworkMakesTheDeviceIdsShared(@TempDir Path out) throws Exception {
    Candor.run("export", "play-data-safety", GAME.toString(), "-o", out.toString());
    String md = Files.readString(out.resolve("game/google/data-safety.md"));
    String ids = md.substring(md.indexOf("### Device or other IDs"));
    ids = ids.substring(0, ids.indexOf("\n\n##") < 0 ? ids.length() : ids.indexOf("\n\n##"));
    assertTrue(ids.contains("advertising ID; push token; IP address"), ids);
    assertTrue(ids.contains("Shared: **Yes** (with AdNet Exchange Ltd.)"), ids);
    assertFalse(ids.contains("PushWorks"), "a processor is not sharing: " + ids);
    // The push token's purpose (developer communications) is why it is collected, not shared.
    String shared = ids.substring(ids.indexOf("Why is this user data shared?"));
    assertFalse(shared.contains("Developer communications"), shared);
    assertTrue(shared.contains("Advertising or marketing"), shared);
    String crash = md.substring(md.indexOf("### App info and performance > Crash logs"));
    assertTrue(
        crash.startsWith("### App info and performance > Crash logs\n\nFrom: crash reports"));
    assertTrue(crash.contains("Shared: **No**"), crash);
  }

  @Test
  void customCategoriesWithoutOverridesStopBothExportsLocated(@TempDir Path out) {
    for (String[] c :
        new String[][] {
          {"apple-privacy", "apple", "App Store"}, {"play-data-safety", "google", "Google Play"}
        }) {
      Candor r = Candor.run("export", c[0], NO_OVERRIDES.toString(), "-o", out.toString());
      assertEquals(2, r.code(), r.toString());
      String at = NO_OVERRIDES.toString();
      assertTrue(
          r.err().contains(at + ":77:15: error: data item 'progress' has the custom category"),
          r.err());
      assertTrue(
          r.err().contains(at + ":88:15: error: data item 'voice-hints' has the custom category"),
          r.err());
      assertTrue(
          r.err().contains(at + ":131:10: error: purpose 'fix-crashes' has the custom use"),
          r.err());
      assertTrue(r.err().contains("which is no " + c[2] + " data type"), r.err());
      assertTrue(r.err().contains("hint: add '" + c[1] + ":' to the item"), r.err());
      assertTrue(r.err().contains("3 errors; nothing was written."), r.err());
      assertFalse(Files.exists(out.resolve("game")), "nothing is written");
    }
  }
}
