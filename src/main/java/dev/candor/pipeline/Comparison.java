package dev.candor.pipeline;

import dev.candor.diff.ChangeSet;
import dev.candor.diff.DiffReport;
import dev.candor.diff.InventoryDiff;
import dev.candor.load.InventoryLoader;
import dev.candor.load.InventoryRef;
import dev.candor.load.LoadedInventory;
import dev.candor.model.Inventory;
import dev.candor.problem.InvalidInputException;
import dev.candor.problem.Problem;
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
    Inventory b = neu.inventory();
    DiffReport report =
        DiffRenderer.report(
            notices,
            old.inventory(),
            b,
            InventoryDiff.standard().diff(old.inventory(), b),
            s.old(),
            s.neu());
    ChangeSet changes = report.changes();
    byte[] bytes =
        new DiffRenderer(templates).render(report, s.format(), s.color(), b.notice().effective());
    if (s.out().isPresent()) {
      Path out = s.out().get().toAbsolutePath().normalize();
      AtomicWriter.files(out.getParent(), Map.of(out.getFileName().toString(), bytes));
    }
    List<Problem> warnings = new ArrayList<>(old.warnings());
    warnings.addAll(neu.warnings());
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
