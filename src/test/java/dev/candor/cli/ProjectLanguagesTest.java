package dev.candor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.Candor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The languages candor.yaml lists are the languages build writes each notice in. */
class ProjectLanguagesTest {
  @TempDir Path tmp;

  private Path project(String languages) throws Exception {
    Files.createDirectories(tmp.resolve("privacy"));
    for (String f : List.of("shop.yaml", "shop.de.yaml", "shop.fr.yaml")) {
      Files.copy(Path.of("notices", f), tmp.resolve("privacy").resolve(f));
    }
    Files.writeString(
        tmp.resolve("candor.yaml"), "notices: privacy\nout: out\nlanguages: " + languages + "\n");
    return tmp;
  }

  private List<String> written() throws Exception {
    try (Stream<Path> s = Files.list(tmp.resolve("out"))) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void eachFurtherLanguageGetsItsOwnFiles() throws Exception {
    Candor r =
        Candor.run("build", "--project", project("[en, de]").toString(), "--format", "html,md");
    assertEquals(0, r.code(), r::toString);
    assertEquals(
        List.of(
            "shop.de.html", "shop.de.jsonld", "shop.de.md", "shop.html", "shop.jsonld", "shop.md"),
        written());
    assertTrue(Files.readString(tmp.resolve("out/shop.de.html")).contains("<html lang=\"de\""));
    assertTrue(Files.readString(tmp.resolve("out/shop.html")).contains("<html lang=\"en\""));
  }

  @Test
  void theNoticesOwnLanguageAloneWritesWhatItAlwaysDid() throws Exception {
    Candor r = Candor.run("build", "--project", project("[en]").toString(), "--format", "html");
    assertEquals(0, r.code(), r::toString);
    assertEquals(List.of("shop.html", "shop.jsonld"), written());
  }

  @Test
  void theLanguageOptionWritesOnlyThatLanguage() throws Exception {
    Candor r =
        Candor.run(
            "build",
            "--project",
            project("[en, de]").toString(),
            "--format",
            "html",
            "--language",
            "fr");
    assertEquals(0, r.code(), r::toString);
    assertEquals(List.of("shop.html", "shop.jsonld"), written());
    assertFalse(Files.readString(tmp.resolve("out/shop.html")).contains("<html lang=\"en\""));
  }
}
