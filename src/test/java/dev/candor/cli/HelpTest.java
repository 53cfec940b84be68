package dev.candor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.Candor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Every command's {@code --help} at 80 columns: complete sentences, whole words, all described. */
class HelpTest {
  private static final int WIDTH = 80;

  /** The root command and every subcommand under it, each once. */
  private static List<CommandLine> everyCommand() {
    CommandLine root =
        Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    root.setUsageHelpWidth(WIDTH);
    List<CommandLine> all = new ArrayList<>();
    collect(root, all, new IdentityHashMap<>());
    return all;
  }

  private static void collect(CommandLine c, List<CommandLine> all, Map<Object, Boolean> seen) {
    if (seen.put(c, true) == null) {
      all.add(c);
      c.getSubcommands().values().forEach(s -> collect(s, all, seen));
    }
  }

  private static String name(CommandLine c) {
    return c.getCommandSpec().qualifiedName();
  }

  /** The texts a person reads as sentences: the header, the description, each argument's. */
  private static List<String> sentences(CommandSpec spec) {
    List<String> texts = new ArrayList<>();
    texts.addAll(Arrays.asList(spec.usageMessage().header()));
    texts.addAll(Arrays.asList(spec.usageMessage().description()));
    for (ArgSpec a : args(spec)) {
      texts.addAll(Arrays.asList(a.description()));
    }
    return texts;
  }

  private static List<ArgSpec> args(CommandSpec spec) {
    return Stream.concat(spec.options().stream(), spec.positionalParameters().stream())
        .map(a -> (ArgSpec) a)
        .toList();
  }

  private static String label(ArgSpec a) {
    return a instanceof CommandLine.Model.OptionSpec o ? o.longestName() : a.paramLabel();
  }

  @Test
  void everyOptionAndParameterIsDescribed() {
    List<String> bad = new ArrayList<>();
    for (CommandLine c : everyCommand()) {
      for (ArgSpec a : args(c.getCommandSpec())) {
        if (String.join("", a.description()).isBlank()) {
          bad.add(name(c) + " " + label(a) + " has no description");
        }
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void noLineIsWiderThanEightyColumns() {
    for (CommandLine c : everyCommand()) {
      for (String line : c.getUsageMessage().split("\\R")) {
        assertTrue(
            line.length() <= WIDTH,
            name(c) + " --help has a line of " + line.length() + ":\n" + line);
      }
    }
  }

  /** Each line of a description array starts a line of its own: it must end a sentence. */
  @Test
  void noSentenceIsCutAtALineOfTheSource() {
    List<String> bad = new ArrayList<>();
    for (CommandLine c : everyCommand()) {
      for (String s : sentences(c.getCommandSpec())) {
        String t = s.strip();
        if (!t.endsWith(".")) {
          bad.add(name(c) + ": \"" + t + "\"");
        }
      }
    }
    assertEquals(List.of(), bad, "texts that do not end a sentence");
  }

  /** The wrapping must break lines between words only, never inside one (at a dot or slash). */
  @Test
  void wrappingKeepsEveryWordWhole() {
    List<String> bad = new ArrayList<>();
    for (CommandLine c : everyCommand()) {
      Set<String> shown = new HashSet<>(Arrays.asList(c.getUsageMessage().split("\\s+")));
      List<String> texts = new ArrayList<>(sentences(c.getCommandSpec()));
      // The list of subcommands shows each one's header, or else its first description line.
      for (CommandLine sub : c.getSubcommands().values()) {
        var usage = sub.getCommandSpec().usageMessage();
        String[] summary = usage.header().length > 0 ? usage.header() : usage.description();
        texts.addAll(Arrays.asList(summary).subList(0, Math.min(1, summary.length)));
      }
      for (String s : texts) {
        for (String word : s.strip().split("\\s+")) {
          if (!word.contains("${") && !word.contains("%") && !shown.contains(word)) {
            bad.add(name(c) + ": \"" + word + "\"");
          }
        }
      }
    }
    assertEquals(List.of(), bad, "words broken across lines");
  }

  @Test
  void helpNamesNoFileAJarUserDoesNotHave() {
    List<String> bad = new ArrayList<>();
    for (CommandLine c : everyCommand()) {
      c.getUsageMessage()
          .lines()
          .filter(l -> l.contains("docs/"))
          .forEach(l -> bad.add(name(c) + ": " + l));
    }
    assertEquals(List.of(), bad, "help that names docs/");
  }

  @Test
  void aMistypedCommandGetsASuggestion() {
    Candor r = Candor.run("bild");
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("unknown command 'bild'; did you mean 'build'?"), r::toString);
    Candor sub = Candor.run("export", "aple-privacy");
    assertTrue(sub.err().contains("did you mean 'apple-privacy'?"), sub::toString);
    assertTrue(sub.err().contains("Try 'candor export --help'."), sub::toString);
  }

  @Test
  void aMistypedOptionGetsASuggestion() {
    Candor r = Candor.run("build", "--fromat", "md");
    assertEquals(2, r.code(), r::toString);
    assertTrue(
        r.err().contains("unknown option '--fromat'; did you mean '--format'?"), r::toString);
    assertTrue(r.err().contains("Try 'candor build --help'."), r::toString);
    Candor eq = Candor.run("check", "--fromat=json");
    assertTrue(eq.err().contains("did you mean '--format'?"), eq::toString);
  }

  @Test
  void helpCommandShowsACommandsUsage() {
    Candor r = Candor.run("help", "build");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("Usage: candor build"), r::toString);
    Candor nested = Candor.run("help", "export", "snippets");
    assertTrue(nested.out().contains("Usage: candor export snippets"), nested::toString);
    Candor root = Candor.run("help");
    assertTrue(root.out().contains("Usage: candor [-hV]"), root::toString);
  }

  @Test
  void helpOnACommandWithAReferencePageNamesIt() {
    Candor r = Candor.run("help", "diff");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("Usage: candor diff"), r::toString);
    assertTrue(r.out().strip().endsWith("Reference: candor docs diff"), r::toString);
  }

  @Test
  void helpOnATopicThatIsNoCommandPrintsThePage() throws IOException {
    Candor r = Candor.run("help", "inventory");
    assertEquals(0, r.code(), r::toString);
    assertEquals(Files.readString(Path.of("docs/inventory.md")), r.out());
  }

  @Test
  void docsPrintsEveryReferencePageFromTheJar() throws IOException {
    for (String topic : DocsCommand.TOPICS) {
      Candor r = Candor.run("docs", topic);
      assertEquals(0, r.code(), r::toString);
      assertEquals(Files.readString(Path.of("docs", topic + ".md")), r.out(), topic);
    }
    Candor list = Candor.run("docs");
    assertTrue(list.out().contains("inventory  The inventory file"), list::toString);
  }

  @Test
  void everyReferencePageIsATopic() throws IOException {
    try (Stream<Path> pages = Files.list(Path.of("docs"))) {
      List<String> names =
          pages
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".md"))
              .map(n -> n.substring(0, n.length() - 3))
              .sorted()
              .toList();
      assertEquals(names, DocsCommand.TOPICS.stream().sorted().toList());
    }
  }

  @Test
  void anUnknownTopicOrCommandIsAUsageErrorWithASuggestion() {
    Candor r = Candor.run("help", "inventry");
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("did you mean 'inventory'?"), r::toString);
    Candor d = Candor.run("docs", "chekcs");
    assertEquals(2, d.code(), d::toString);
    assertTrue(d.err().contains("did you mean 'checks'?"), d::toString);
  }
}
