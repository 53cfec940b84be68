package dev.candor.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.candor.pipeline.Build;
import dev.candor.problem.InvalidInputException;
import dev.candor.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Versions come from notices/archive/<id>/<version>.yaml, and nothing may change silently. */
class ArchiveTest {
  @TempDir Path tmp;

  private Path notices() throws IOException {
    Path n = Files.createDirectories(tmp.resolve("notices"));
    Files.copy(Path.of("notices/shop.yaml"), n.resolve("shop.yaml"));
    Path a = Files.createDirectories(n.resolve("archive/shop"));
    for (String v : List.of("1.0", "1.1")) {
      Files.copy(Path.of("notices/archive/shop/" + v + ".yaml"), a.resolve(v + ".yaml"));
    }
    return n;
  }

  private List<History> load(Path notices) throws Exception {
    return Archive.load(notices, Build.loader(Limits.DEFAULTS));
  }

  private List<String> problems(Path notices) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> load(notices));
    return e.problems().stream().map(Problem::rule).toList();
  }

  @Test
  void theExampleShopHasThreeVersionsOldestFirst() throws Exception {
    List<History> h = load(Path.of("notices"));
    History shop = h.stream().filter(x -> x.id().equals("shop")).findFirst().orElseThrow();
    assertEquals(
        List.of("1.0", "1.1", "2.0"),
        shop.versions().stream().map(v -> v.inventory().notice().version()).toList());
    assertEquals(List.of("fitness", "saas", "shop"), h.stream().map(History::id).toList());
  }

  @Test
  void anArchivedCopyOfTheCurrentVersionIsNoExtraVersion() throws Exception {
    Path n = notices();
    Files.copy(n.resolve("shop.yaml"), n.resolve("archive/shop/2.0.yaml"));
    assertEquals(3, load(n).get(0).versions().size());
  }

  @Test
  void aChangeWithoutANewVersionNumberIsAnError() throws Exception {
    Path n = notices();
    Files.copy(n.resolve("shop.yaml"), n.resolve("archive/shop/2.0.yaml"));
    Files.writeString(
        n.resolve("shop.yaml"),
        Files.readString(n.resolve("shop.yaml")).replace("duration: P13M", "duration: P25M"));
    assertEquals(List.of("silent-change"), problems(n));
  }

  @Test
  void anArchivedFileMustBeNamedAfterItsVersion() throws Exception {
    Path n = notices();
    Files.move(n.resolve("archive/shop/1.1.yaml"), n.resolve("archive/shop/1.2.yaml"));
    assertEquals(List.of("archive-name"), problems(n));
  }

  @Test
  void anArchivedFileMustBelongToItsFolder() throws Exception {
    Path n = notices();
    Path other = Files.createDirectories(n.resolve("archive/shop2"));
    Files.writeString(
        n.resolve("shop2.yaml"),
        Files.readString(n.resolve("shop.yaml")).replace("id: shop\n", "id: shop2\n"));
    Files.copy(n.resolve("archive/shop/1.0.yaml"), other.resolve("1.0.yaml"));
    assertEquals(List.of("archive-id"), problems(n));
  }

  @Test
  void anArchiveWithoutACurrentNoticeIsAnError() throws Exception {
    Path n = notices();
    Files.createDirectories(n.resolve("archive/gone"));
    assertEquals(List.of("archive-orphan"), problems(n));
  }

  @Test
  void earlierVersionsMustTakeEffectEarlier() throws Exception {
    Path n = notices();
    Path v = n.resolve("archive/shop/1.1.yaml");
    Files.writeString(
        v, Files.readString(v).replace("effective: 2025-11-01", "effective: 2026-04-01"));
    assertEquals(List.of("archive-order"), problems(n));
    // The change log's entry moves with the date, so the order is the only thing wrong.
    Files.writeString(
        v,
        Files.readString(v)
            .replace("effective: 2026-04-01", "effective: 2025-06-01")
            .replace("date: 2025-11-01", "date: 2025-06-01"));
    assertEquals(List.of("archive-order"), problems(n));
  }

  @Test
  void twoNoticesWithOneIdAreAnError() throws Exception {
    Path n = notices();
    Files.copy(n.resolve("shop.yaml"), n.resolve("shop-copy.yaml"));
    assertEquals(List.of("duplicate-notice"), problems(n));
  }
}
