package dev.candor.pipeline;

import dev.candor.diff.ChangeSet;
import dev.candor.diff.DiffReport;
import dev.candor.diff.InventoryDiff;
import dev.candor.load.InventoryLoader;
import dev.candor.load.InventoryRef;
import dev.candor.load.LoadedInventory;
import dev.candor.load.TextFields;
import dev.candor.load.Translations;
import dev.candor.model.Inventory;
import dev.candor.problem.InvalidInputException;
import dev.candor.problem.Problem;
import dev.candor.render.ChangeWording;
import dev.candor.render.DiffRenderer;
import dev.candor.render.NoticeRenderer;
import dev.candor.render.Templates;
import dev.candor.vocab.Vocabulary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The diff pipeline: read and validate both inventories, compare them, render the report. */
public final class Comparison {
  private Comparison() {}

  /** The changes found, the report's bytes, and the warnings about either inventory. */
  public record Result(ChangeSet changes, byte[] report, List<Problem> warnings) {}

  /** Runs the diff; writes the report to {@code out} when given, else returns it. */
  public static Result run(DiffSettings s) throws IOException, InvalidInputException {
    InventoryLoader loader = Build.loader(s.limits());
    List<Problem> problems = new ArrayList<>();
    LoadedInventory old = load(loader, s.old(), s.limits().maxBytes(), problems);
    LoadedInventory neu = load(loader, s.neu(), s.limits().maxBytes(), problems);
    if (old == null || neu == null) {
      throw new InvalidInputException(problems);
    }
    Templates templates = new Templates(Optional.empty());
    NoticeRenderer notices = new NoticeRenderer(templates, Vocabulary.english());
    Inventory a = old.inventory();
    Inventory b = neu.inventory();
    // The changes are facts without words, found in the inventories as written; only their
    // wording, and the notice text of the redline, are in the report's language.
    ChangeSet found = InventoryDiff.standard().diff(a, b);
    ChangeWording wording = ChangeWording.english();
    List<Problem> translationWarnings = new ArrayList<>();
    if (s.language().isPresent()) {
      String language = s.language().get();
      Map<String, String> text = Map.of();
      if (Translations.needed(b.notice().language(), language)) {
        Translations.Translated t = Translations.read(neu, language, s.limits());
        if (!t.complete()) {
          throw new InvalidInputException(t.problems());
        }
        translationWarnings.addAll(t.problems());
        text = Translations.dictionary(b, t.inventory());
      }
      Map<String, String> dictionary = text;
      wording =
          ChangeWording.forLanguage(language)
              .orElseThrow()
              .withText(x -> dictionary.getOrDefault(x, x));
      a = TextFields.map(a, f -> dictionary.getOrDefault(f.text(), f.text())).inLanguage(language);
      b = TextFields.map(b, f -> dictionary.getOrDefault(f.text(), f.text())).inLanguage(language);
    }
    DiffReport report = DiffRenderer.report(notices, a, b, found, s.old(), s.neu());
    ChangeSet changes = report.changes();
    byte[] bytes =
        new DiffRenderer(templates, wording)
            .render(report, s.format(), s.color(), b.notice().effective());
    if (s.out().isPresent()) {
      Path out = s.out().get().toAbsolutePath().normalize();
      AtomicWriter.files(out.getParent(), Map.of(out.getFileName().toString(), bytes));
    }
    List<Problem> warnings = new ArrayList<>(old.warnings());
    warnings.addAll(neu.warnings());
    warnings.addAll(translationWarnings);
    return new Result(changes, bytes, warnings);
  }

  private static LoadedInventory load(
      InventoryLoader loader, String arg, long maxBytes, List<Problem> problems)
      throws IOException {
    InventoryRef ref = InventoryRef.parse(arg);
    try {
      return loader.parse(ref.name(), ref.read(maxBytes));
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      return null;
    }
  }
}
