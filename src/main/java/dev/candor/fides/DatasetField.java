package dev.candor.fides;

import java.util.List;
import java.util.Set;

/** A fideslang {@code DatasetField}: a column or document field, which may hold fields itself. */
public record DatasetField(String name, List<String> dataCategories, List<DatasetField> fields) {
  public DatasetField {
    dataCategories = List.copyOf(dataCategories);
    fields = List.copyOf(fields);
  }

  /** Adds the categories of this field and of every field inside it. */
  void collectCategories(Set<String> into) {
    into.addAll(dataCategories);
    fields.forEach(f -> f.collectCategories(into));
  }
}
