package dev.candor.vocab;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a fideslang taxonomy CSV file, reduced to the columns Candor uses.
 *
 * @param key the {@code fides_key}
 * @param parent the {@code parent_key}, or {@code null} when the row has none
 * @param replacedBy the {@code replaced_by} key, or {@code null}
 * @param deprecated whether {@code version_deprecated} is set
 */
record TaxonomyRow(String key, String parent, String replacedBy, boolean deprecated) {

  /** Reads every row of a fideslang CSV file, finding the columns by their header names. */
  static List<TaxonomyRow> read(Reader in) throws IOException {
    List<List<String>> records = parse(in);
    if (records.isEmpty()) {
      throw new IOException("empty taxonomy file");
    }
    List<String> header = records.get(0);
    int key = column(header, "fides_key");
    int parent = column(header, "parent_key");
    int replacedBy = column(header, "replaced_by");
    int deprecated = column(header, "version_deprecated");
    List<TaxonomyRow> rows = new ArrayList<>();
    for (int number = 2; number <= records.size(); number++) { // row 1 is the header
      List<String> record = records.get(number - 1);
      if (record.size() == 1 && record.get(0).isBlank()) {
        continue; // a blank line between rows
      }
      if (record.size() != header.size()) {
        throw new IOException(
            "row " + number + " has " + record.size() + " fields, expected " + header.size());
      }
      rows.add(
          new TaxonomyRow(
              record.get(key).strip(),
              blankToNull(record.get(parent)),
              blankToNull(record.get(replacedBy)),
              !record.get(deprecated).isBlank()));
    }
    return List.copyOf(rows);
  }

  private static int column(List<String> header, String name) throws IOException {
    int index = header.indexOf(name);
    if (index < 0) {
      throw new IOException("missing column " + name);
    }
    return index;
  }

  private static String blankToNull(String value) {
    return value.isBlank() ? null : value.strip();
  }

  /**
   * Splits RFC 4180 CSV into records; the descriptions quote their commas, so a naive split on
   * commas would shift every later column.
   */
  static List<List<String>> parse(Reader source) throws IOException {
    PushbackReader in = new PushbackReader(source);
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int c;
    while ((c = in.read()) != -1) {
      char ch = (char) c;
      if (quoted) {
        if (ch == '"') {
          int next = in.read();
          if (next == '"') {
            field.append('"');
          } else {
            quoted = false;
            if (next != -1) {
              in.unread(next);
            }
          }
        } else {
          field.append(ch);
        }
        continue;
      }
      switch (ch) {
        case '"' -> quoted = true;
        case ',' -> {
          record.add(field.toString());
          field.setLength(0);
        }
        case '\r' -> {
          // Part of a CRLF line ending; the '\n' ends the record.
        }
        case '\n' -> {
          record.add(field.toString());
          field.setLength(0);
          records.add(record);
          record = new ArrayList<>();
          any = false;
          continue;
        }
        default -> field.append(ch);
      }
      any = true;
    }
    if (quoted) {
      throw new IOException("unterminated quoted field");
    }
    if (any) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }
}
