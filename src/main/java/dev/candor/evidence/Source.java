package dev.candor.evidence;

/**
 * Where a finding was seen: a file relative to the scanned folder, and a 1-based line (0 when the
 * file as a whole is meant).
 */
public record Source(String file, int line) implements Comparable<Source> {
  @Override
  public int compareTo(Source o) {
    int c = file.compareTo(o.file);
    return c != 0 ? c : Integer.compare(line, o.line);
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line : file;
  }
}
