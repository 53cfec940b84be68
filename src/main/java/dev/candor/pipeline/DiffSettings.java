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
 */
public record DiffSettings(
    String old, String neu, DiffFormat format, Optional<Path> out, boolean color, Limits limits) {
  public DiffSettings {
    Objects.requireNonNull(old, "old");
    Objects.requireNonNull(neu, "neu");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
  }
}
