package dev.candor.problem;

import java.io.Serializable;
import java.util.Comparator;

/** A place in a source file: 1-based line and column. */
public record Location(String file, int line, int column)
    implements Comparable<Location>, Serializable {

  private static final Comparator<Location> ORDER =
      Comparator.comparing(Location::file)
          .thenComparingInt(Location::line)
          .thenComparingInt(Location::column);

  /** The start of a file, for problems that concern the file as a whole. */
  public static Location of(String file) {
    return new Location(file, 1, 1);
  }

  @Override
  public int compareTo(Location other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
