package dev.candor.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.Candor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real command line, run in-process: exit codes, messages, and what lands on disk. */
class CliTest {
  @TempDir Path tmp;

  @Test
  void buildWritesEveryFormatOfEveryExample() throws IOException {
    Candor r = Candor.run("build", "--out", tmp.toString());
    assertEquals(0, r.code(), r.err());
    for (String id : List.of("shop", "saas", "fitness")) {
      for (String ext : List.of("html", "md", "pdf")) {
        Path f = tmp.resolve(id + "." + ext);
        assertTrue(Files.size(f) > 1000, f + " written");
        assertTrue(r.out().contains("wrote " + f), r.out());
      }
    }
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(12, s.count(), "three formats and the JSON-LD of each, no staging folder");
    }
  }

  @Test
  void formatOptionLimitsTheOutput() throws IOException {
    Candor r = Candor.run("build", "notices/shop.yaml", "--format", "md", "--out", tmp.toString());
    assertEquals(0, r.code(), r.err());
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of(tmp.resolve("shop.md")), s.toList());
    }
  }

  @Test
  void aTypoGivesALocatedErrorWithAHintAndLeavesOutputUntouched() throws IOException {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(
        bad,
        Files.readString(Path.of("notices/shop.yaml"))
            .replace("  jurisdictions: [gdpr]", "  jurisdictons: [gdpr]"));
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("shop.html"), "earlier output");
    Candor r = Candor.run("build", bad.toString(), "--out", out.toString());
    assertEquals(2, r.code());
    assertTrue(
        r.err().contains(bad + ":9:3: error: unknown key 'jurisdictons' in 'notice'"), r.err());
    assertTrue(r.err().contains("hint: did you mean 'jurisdictions'?"), r.err());
    assertTrue(r.err().contains("nothing was written"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace");
    assertFalse(r.err().contains("Exception"), "no exception names");
    try (Stream<Path> s = Files.list(out)) {
      assertEquals(List.of(out.resolve("shop.html")), s.toList());
    }
    assertEquals("earlier output", Files.readString(out.resolve("shop.html")));
  }

  @Test
  void debugShowsTheStackTrace() throws IOException {
    Candor r =
        Candor.run(
            "--debug", "build", tmp.resolve("missing.yaml").toString(), "--out", tmp.toString());
    assertEquals(3, r.code());
    assertTrue(r.err().contains("no such file"), r.err());
    assertTrue(r.err().contains("\tat "), "stack trace with --debug");
    assertFalse(
        Candor.run("build", tmp.resolve("missing.yaml").toString()).err().contains("\tat "));
  }

  @Test
  void validateReportsEveryFileAndWritesNothing() {
    Candor r = Candor.run("validate", "notices/shop.yaml", "notices/saas.yaml");
    assertEquals(0, r.code(), r.err());
    assertEquals("notices/shop.yaml: ok\nnotices/saas.yaml: ok\n", r.out());
  }

  @Test
  void helpAndVersionExitZero() {
    Candor help = Candor.run("--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("build") && help.out().contains("validate"));
    assertTrue(help.out().contains("Exit codes"));
    Candor version = Candor.run("--version");
    assertEquals(0, version.code());
    assertTrue(version.out().startsWith("candor "), version.out());
    assertEquals(0, Candor.run("build", "--help").code());
  }

  @Test
  void aNamedCommandIsBuiltAloneAndItsHelpIsTheSameAsUnderEveryCommand() {
    assertEquals(Optional.of(SiteCommand.class), Cli.invoked("--debug", "site", "help"));
    assertEquals(Optional.empty(), Cli.invoked("help", "build"));
    assertEquals(Optional.empty(), Cli.invoked("buidl"));
    assertEquals(Optional.empty(), Cli.invoked("--help"));
    PrintWriter sink = new PrintWriter(new StringWriter());
    assertEquals(
        Set.of("site"), Cli.commandLine(sink, sink, Cli.invoked("site")).getSubcommands().keySet());
    assertTrue(
        Cli.commandLine(sink, sink)
            .getSubcommands()
            .keySet()
            .containsAll(Set.of("site", "build", "help")));
    Candor alone = Candor.run("build", "--help");
    Candor viaHelp = Candor.run("help", "build");
    assertEquals(0, viaHelp.code(), viaHelp.err());
    assertTrue(viaHelp.out().startsWith(alone.out()), viaHelp.out());
    Candor typo = Candor.run("buidl");
    assertEquals(2, typo.code());
    assertTrue(typo.err().contains("did you mean 'build'?"), typo.err());
  }

  @Test
  void onlyABuildThatWritesAPdfWarmsThePdfRendererUp() {
    assertTrue(Main.rendersPdf(new String[] {"build"}));
    assertTrue(Main.rendersPdf(new String[] {"--debug", "build", "-f", "html,pdf"}));
    assertFalse(Main.rendersPdf(new String[] {"build", "--format", "md"}));
    assertFalse(Main.rendersPdf(new String[] {"build", "--format=html"}));
    assertFalse(Main.rendersPdf(new String[] {"build", "--help"}));
    assertFalse(Main.rendersPdf(new String[] {"site"}));
    assertFalse(Main.rendersPdf(new String[] {"help", "build"}));
  }

  @Test
  void badUsageExitsTwo() {
    Candor r = Candor.run("build", "--format", "docx");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("unknown format 'docx'"), r.err());
    assertEquals(2, Candor.run("frobnicate").code());
    assertEquals(2, Candor.run("build", "--no-such-option").code());
  }

  @Test
  void aBrokenUserTemplateIsAnErrorWithItsLocation() throws IOException {
    Path theme = Files.createDirectories(tmp.resolve("theme"));
    Files.writeString(theme.resolve("notice.md.ftl"), "# ${title}\n${no_such_thing}\n");
    Candor r =
        Candor.run(
            "build",
            "notices/shop.yaml",
            "--format",
            "md",
            "--templates",
            theme.toString(),
            "--out",
            tmp.resolve("out").toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("notice.md.ftl:2:3: error:"), r.err());
    assertFalse(Files.exists(tmp.resolve("out").resolve("shop.md")));
  }

  @Test
  void aUserThemeOverridesOneTemplateAndKeepsTheRest() throws IOException {
    Path theme = Files.createDirectories(tmp.resolve("theme"));
    Files.writeString(theme.resolve("notice.md.ftl"), "# ${title} (${version})\n");
    Path out = tmp.resolve("out");
    Candor r =
        Candor.run(
            "build",
            "notices/shop.yaml",
            "--format",
            "md,html",
            "--templates",
            theme.toString(),
            "--out",
            out.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(
        "# Privacy notice for Larch \\& Loom (2.0)\n", Files.readString(out.resolve("shop.md")));
    assertTrue(Files.readString(out.resolve("shop.html")).contains("<h1>"));
  }

  @Test
  void outputIsIdenticalWhateverTheTimeZoneAndLocale() throws IOException {
    Map<String, byte[]> first = buildInto(tmp.resolve("a"));
    TimeZone tz = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      Map<String, byte[]> second = buildInto(tmp.resolve("b"));
      assertEquals(first.keySet(), second.keySet());
      first.forEach((name, bytes) -> assertArrayEquals(bytes, second.get(name), name));
    } finally {
      TimeZone.setDefault(tz);
      Locale.setDefault(locale);
    }
  }

  private static Map<String, byte[]> buildInto(Path dir) throws IOException {
    Candor r = Candor.run("build", "--out", dir.toString());
    assertEquals(0, r.code(), r.err());
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        files.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }
}
