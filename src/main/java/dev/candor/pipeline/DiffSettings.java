package dev.candor.pipeline;

import dev.candor.load.Limits;
import dev.candor.render.DiffFormat;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to compare and how to show it.
 *
 * @param old the old inventory: a file, or {@code FILE@REV}
 * @param neu the new inventory: a file, or {@code FILE@REV}
 * @param format the report's format
 * @param out the file to write the report to atomically; empty means the caller prints it
 * @param color whether text output may use ANSI colour
 * @param limits safety limits for reading inventories
 * @param language the language to word the report in, instead of the new inventory's; the
 *     inventories' own text comes from the new one's translation file
 */
public record DiffSettings(
    String old,
    String neu,
    DiffFormat format,
    Optional<Path> out,
    boolean color,
    Limits limits,
    Optional<String> language) {
  public DiffSettings {
    language = language == null ? Optional.empty() : language;
    Objects.requireNonNull(old, "old");
    Objects.requireNonNull(neu, "neu");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
  }

  /** Settings that word the report in the new inventory's language. */
  public DiffSettings(
      String old, String neu, DiffFormat format, Optional<Path> out, boolean color, Limits limits) {
    this(old, neu, format, out, color, limits, Optional.empty());
  }
}
