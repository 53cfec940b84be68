package dev.candor.fides;

import java.util.List;

/** A fideslang {@code DatasetCollection}: a table or document collection and its fields. */
public record DatasetCollection(
    String name, List<String> dataCategories, List<DatasetField> fields) {
  public DatasetCollection {
    dataCategories = List.copyOf(dataCategories);
    fields = List.copyOf(fields);
  }
}
