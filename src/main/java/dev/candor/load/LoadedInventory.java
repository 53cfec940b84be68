package dev.candor.load;

import dev.candor.model.Inventory;
import dev.candor.model.Notice;
import dev.candor.model.Outline;
import dev.candor.problem.Problem;
import dev.candor.problem.SourceMap;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A valid inventory, where each of its parts was written, and any warnings about it.
 *
 * <p>One kept from an earlier run ({@link KeptInventories}) knows its file, digest and {@link
 * Outline} at once and reads the rest back only when first asked for it: a site rebuild needs the
 * whole of only the few inventories whose pages it renders or checks again.
 */
public final class LoadedInventory {
  /** The parts read back together. */
  record Whole(Inventory inventory, SourceMap source, List<Problem> warnings) {
    Whole {
      warnings = warnings.stream().sorted().toList();
    }
  }

  private final String file;
  private final Outline outline;
  private final String digest;
  private Supplier<Whole> reader;
  private Whole whole;

  /**
   * @param digest the SHA-256 of the bytes it was read from, in hex: the same bytes, read by the
   *     same Candor, always make the same inventory, so work done on it may be kept by this key
   */
  public LoadedInventory(
      Inventory inventory, SourceMap source, List<Problem> warnings, String digest) {
    this.whole = new Whole(inventory, source, warnings);
    this.file = source.file();
    this.outline = Outline.of(inventory);
    this.digest = digest;
  }

  private LoadedInventory(String file, Outline outline, String digest, Supplier<Whole> reader) {
    this.file = file;
    this.outline = outline;
    this.digest = digest;
    this.reader = reader;
  }

  /** One whose outline is known and whose whole is read by {@code reader} when first needed. */
  static LoadedInventory later(
      String file, Outline outline, String digest, Supplier<Whole> reader) {
    return new LoadedInventory(file, outline, digest, reader);
  }

  private synchronized Whole whole() {
    if (whole == null) {
      whole = reader.get();
      reader = null;
    }
    return whole;
  }

  public Inventory inventory() {
    return whole().inventory();
  }

  public SourceMap source() {
    return whole().source();
  }

  public List<Problem> warnings() {
    return whole().warnings();
  }

  public String digest() {
    return digest;
  }

  /** The name of the file it was read from, as its locations give it. */
  public String file() {
    return file;
  }

  /** Its notice: id, title, version, date and languages. */
  public Notice notice() {
    return outline.notice();
  }

  public Outline outline() {
    return outline;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LoadedInventory other
        && Objects.equals(digest, other.digest)
        && whole().equals(other.whole());
  }

  @Override
  public int hashCode() {
    return Objects.hash(digest, whole());
  }

  @Override
  public String toString() {
    return "LoadedInventory[" + file + ", " + digest + "]";
  }
}
