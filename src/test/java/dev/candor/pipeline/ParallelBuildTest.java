package dev.candor.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.candor.load.Archive;
import dev.candor.load.Limits;
import dev.candor.load.LoadedInventory;
import dev.candor.parallel.Parallel;
import dev.candor.render.Format;
import dev.candor.render.NoticeRenderer;
import dev.candor.render.Templates;
import dev.candor.vocab.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rendering on every core writes exactly what rendering one notice after another does. */
class ParallelBuildTest {
  @TempDir Path tmp;

  @Test
  void aParallelBuildWritesWhatASequentialOneDoes() throws Exception {
    List<Path> inputs = manyNotices();
    Path out = tmp.resolve("out");
    Build.run(
        new BuildSettings(
            inputs, out, EnumSet.allOf(Format.class), Optional.empty(), Limits.DEFAULTS));

    Map<String, byte[]> sequential = new TreeMap<>();
    var loader = Build.loader(Limits.DEFAULTS);
    for (LoadedInventory li : Build.load(inputs, Limits.DEFAULTS)) {
      NoticeRenderer one =
          new NoticeRenderer(new Templates(Optional.empty()), Vocabulary.english());
      one.render(
              li.inventory(),
              EnumSet.allOf(Format.class),
              Build.recent(Archive.history(li, loader), null))
          .forEach((f, b) -> sequential.put(li.inventory().notice().id() + "." + f.extension(), b));
      sequential.put(
          li.inventory().notice().id() + ".jsonld",
          one.jsonLd(li.inventory()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    Map<String, byte[]> parallel = files(out);
    assertEquals(sequential.keySet(), parallel.keySet());
    sequential.forEach((name, bytes) -> assertArrayEquals(bytes, parallel.get(name), name));

    Path again = tmp.resolve("again");
    Build.run(
        new BuildSettings(
            inputs, again, EnumSet.allOf(Format.class), Optional.empty(), Limits.DEFAULTS));
    Map<String, byte[]> second = files(again);
    parallel.forEach((name, bytes) -> assertArrayEquals(bytes, second.get(name), name));
  }

  @Test
  void theFirstFailureInTaskOrderIsThrownAsItWas() {
    List<Parallel.Task<String>> tasks = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      int n = i;
      tasks.add(
          () -> {
            if (n == 3) {
              throw new IOException("task 3");
            }
            if (n == 5) {
              throw new IllegalStateException("task 5");
            }
            return "ok";
          });
    }
    IOException e = assertThrows(IOException.class, () -> Parallel.run(tasks));
    assertEquals("task 3", e.getMessage());
  }

  @Test
  void resultsComeBackInTaskOrder() throws Exception {
    List<Parallel.Task<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      int n = i;
      tasks.add(
          () -> {
            try {
              Thread.sleep((50 - n) % 7);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return n;
          });
    }
    List<Integer> seen = new ArrayList<>();
    try (var pending = Parallel.start(tasks)) {
      List<Integer> results = pending.join(seen::add);
      assertEquals(results, seen);
    }
    for (int i = 0; i < 50; i++) {
      assertEquals(i, seen.get(i));
    }
  }

  /** The examples, the shop with its archive, and copies of the others under new ids. */
  private List<Path> manyNotices() throws IOException {
    Path dir = tmp.resolve("notices");
    Files.createDirectories(dir.resolve("archive/shop"));
    for (String v : List.of("1.0", "1.1")) {
      Files.copy(
          Path.of("notices/archive/shop/" + v + ".yaml"),
          dir.resolve("archive/shop/" + v + ".yaml"));
    }
    List<Path> inputs = new ArrayList<>();
    for (String id : List.of("shop", "saas", "fitness")) {
      Path f = dir.resolve(id + ".yaml");
      Files.copy(Path.of("notices/" + id + ".yaml"), f);
      inputs.add(f);
    }
    for (String id : List.of("saas", "fitness")) {
      for (int copy = 1; copy <= 2; copy++) {
        String yaml =
            Files.readString(Path.of("notices/" + id + ".yaml"))
                .replaceFirst("\\n  id: " + id + "\\n", "\n  id: " + id + "-" + copy + "\n");
        Path f = dir.resolve(id + "-" + copy + ".yaml");
        Files.writeString(f, yaml);
        inputs.add(f);
      }
    }
    return inputs;
  }

  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.list(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }
}
