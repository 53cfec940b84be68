package dev.candor.check;

import dev.candor.evidence.Evidence;
import dev.candor.model.DataItem;
import dev.candor.model.Inventory;
import dev.candor.model.Jurisdiction;
import dev.candor.problem.Location;
import dev.candor.problem.SourceMap;
import dev.candor.vocab.Category;
import dev.candor.vocab.DataUse;
import dev.candor.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the checks look at: an inventory, where it was written, and its notice's prose.
 *
 * <p>An incomplete subject is an inventory that could not be fully built: a part that is missing
 * from it (null, such as {@code rights} or a {@code retention}) is already reported, so rules skip
 * it, and there is no prose, since no notice can be composed from it.
 *
 * @param inventory the inventory, already validated
 * @param source where each part of it was written
 * @param prose every sentence of the composed notice, in notice order; empty when incomplete
 * @param vocab the data categories and uses
 * @param maxGrade the highest Flesch-Kincaid grade the prose may read at
 * @param complete whether the inventory was fully built and is valid
 * @param evidence what scans observed of the product, for the evidence rules; empty without
 */
public record Subject(
    Inventory inventory,
    SourceMap source,
    List<String> prose,
    Vocabulary vocab,
    int maxGrade,
    boolean complete,
    List<Evidence> evidence,
    int pageWords) {
  /** The page's word count when it is not known: the notice was not laid out. */
  public static final int UNKNOWN = -1;

  public Subject {
    prose = List.copyOf(prose);
    evidence = List.copyOf(evidence);
  }

  /** A subject without evidence. */
  public Subject(
      Inventory inventory,
      SourceMap source,
      List<String> prose,
      Vocabulary vocab,
      int maxGrade,
      boolean complete) {
    this(inventory, source, prose, vocab, maxGrade, complete, List.of(), UNKNOWN);
  }

  /** The subject of a complete, valid inventory. */
  public Subject(
      Inventory inventory, SourceMap source, List<String> prose, Vocabulary vocab, int maxGrade) {
    this(inventory, source, prose, vocab, maxGrade, true);
  }

  /** Whether the notice is under the GDPR or the UK GDPR. */
  public boolean gdpr() {
    return under(Jurisdiction.GDPR) || under(Jurisdiction.UK_GDPR);
  }

  /** Whether the notice declares the given law. */
  public boolean under(Jurisdiction law) {
    return inventory.notice() != null && inventory.notice().under(law);
  }

  /** An article of the GDPR as it applies here: "GDPR Art. 13", "UK GDPR Art. 13" or both. */
  public String gdpr(String article) {
    List<String> laws = new ArrayList<>();
    if (under(Jurisdiction.GDPR)) {
      laws.add("GDPR");
    }
    if (under(Jurisdiction.UK_GDPR)) {
      laws.add("UK GDPR");
    }
    return String.join(" and ", laws) + " " + article;
  }

  /** The location of a path. */
  public Location at(String path) {
    return source.at(path);
  }

  /** The vocabulary entry of a data item's category, if it has one. */
  public Optional<Category> category(DataItem d) {
    return vocab.category(d.category());
  }

  /** The vocabulary entry of a purpose's use, if it has one. */
  public Optional<DataUse> use(String purposeId) {
    return inventory.purpose(purposeId).flatMap(p -> vocab.use(p.use()));
  }

  /** Whether a data item is sensitive: as stated, or as its category says. */
  public boolean sensitive(DataItem d) {
    if (d.sensitive() != null) {
      return d.sensitive();
    }
    return category(d).map(Category::sensitive).orElse(false);
  }
}
