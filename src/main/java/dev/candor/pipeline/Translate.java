package dev.candor.pipeline;

import dev.candor.check.CheckReport;
import dev.candor.check.ReadingEase;
import dev.candor.load.Limits;
import dev.candor.load.LoadedInventory;
import dev.candor.load.Translations;
import dev.candor.load.YamlFile;
import dev.candor.model.Inventory;
import dev.candor.model.Project;
import dev.candor.problem.InvalidInputException;
import dev.candor.problem.Location;
import dev.candor.problem.Problem;
import dev.candor.render.Messages;
import dev.candor.render.NoticeComposer;
import dev.candor.render.NoticeProse;
import dev.candor.vocab.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Translation files: writing one for a translator to fill in, and checking the ones there are. */
public final class Translate {
  private Translate() {}

  /**
   * Writes, beside each inventory, its translation file for {@code language} with every field to
   * translate, keeping every translation the file already gives; returns the files written.
   */
  public static List<Path> skeletons(List<LoadedInventory> loaded, String language, Limits limits)
      throws IOException, InvalidInputException {
    Map<Path, byte[]> out = new TreeMap<>();
    List<Problem> problems = new ArrayList<>();
    for (LoadedInventory li : loaded) {
      Path file = Translations.file(Path.of(li.source().file()), language);
      var existing = Files.exists(file) ? YamlFile.read(file, limits, problems) : null;
      out.put(file, Translations.skeleton(li, language, existing).getBytes(StandardCharsets.UTF_8));
    }
    if (problems.stream().anyMatch(Problem::isError)) {
      throw new InvalidInputException(problems);
    }
    for (var e : out.entrySet()) {
      Path abs = e.getKey().toAbsolutePath();
      AtomicWriter.files(abs.getParent(), Map.of(abs.getFileName().toString(), e.getValue()));
    }
    return List.copyOf(out.keySet());
  }

  /**
   * The languages a notice's translations are checked in: those it is built in ({@code
   * notice.languages}, the project's {@code languages}) and any other it has a translation file
   * for.
   */
  static List<String> languages(LoadedInventory li, Optional<Project> project) throws IOException {
    Set<String> out = new LinkedHashSet<>(li.inventory().notice().languages());
    project.filter(p -> p.file().isPresent()).ifPresent(p -> out.addAll(p.languages()));
    Path file = Path.of(li.source().file());
    Path dir = file.toAbsolutePath().getParent();
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot < 0 ? name : name.substring(0, dot);
    if (dir != null && Files.isDirectory(dir)) {
      try (var ds = Files.newDirectoryStream(dir, stem + ".*.{yaml,yml}")) {
        List<String> found = new ArrayList<>();
        for (Path p : ds) {
          String n = p.getFileName().toString();
          String lang = n.substring(stem.length() + 1, n.lastIndexOf('.'));
          if (Translations.isTranslation(p)
              && Translations.file(file, lang).getFileName().equals(p.getFileName())) {
            found.add(lang);
          }
        }
        found.stream().sorted().forEach(out::add);
      }
    }
    String own = li.inventory().notice().language();
    return out.stream().filter(l -> Translations.needed(own, l)).toList();
  }

  /**
   * A warning when the notice in a translation's language reads harder than that language's formula
   * allows (see {@link ReadingEase}).
   */
  static Optional<Problem> readingEase(Inventory translated, Path file) {
    String language = translated.notice().language();
    Optional<ReadingEase.Formula> formula = ReadingEase.forLanguage(language);
    Optional<Messages> msg = Messages.forLanguage(language);
    if (formula.isEmpty() || msg.isEmpty()) {
      return Optional.empty();
    }
    List<String> prose =
        NoticeProse.of(
            new NoticeComposer(msg.get(), Vocabulary.forLanguage(language)).compose(translated));
    double value = formula.get().score(prose);
    if (formula.get().passes(value)) {
      return Optional.empty();
    }
    return Optional.of(
        Problem.warning(
            Location.of(file.toString()),
            "plain-grade",
            "the notice in '"
                + language
                + "' scores "
                + ReadingEase.number(value)
                + " by "
                + formula.get().name()
                + "; it should be "
                + formula.get().limitText(),
            "use shorter sentences and shorter words in the translation"));
  }

  /** The check report with every translation's problems: missing and stale text, bad keys. */
  public static CheckReport check(
      CheckReport report, List<LoadedInventory> loaded, Optional<Project> project, Limits limits)
      throws IOException {
    for (LoadedInventory li : loaded) {
      List<Problem> found = new ArrayList<>();
      for (String language : languages(li, project)) {
        Translations.Translated t = Translations.read(li, language, limits);
        found.addAll(t.problems());
        if (t.complete()) {
          readingEase(t.inventory(), Translations.file(Path.of(li.source().file()), language))
              .ifPresent(found::add);
        }
      }
      if (!found.isEmpty()) {
        report = report.withFor(li.source().file(), found);
      }
    }
    return report;
  }
}
