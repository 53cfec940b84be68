package dev.candor.fides;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A fideslang {@code Dataset}: a database or store, and the categories its parts hold. */
public record Dataset(
    String fidesKey,
    String name,
    String description,
    List<String> dataCategories,
    List<DatasetCollection> collections) {
  public Dataset {
    dataCategories = List.copyOf(dataCategories);
    collections = List.copyOf(collections);
  }

  /** Every category named on the dataset, its collections or their fields, at any depth. */
  public Set<String> categories() {
    Set<String> out = new LinkedHashSet<>(dataCategories);
    for (DatasetCollection c : collections) {
      out.addAll(c.dataCategories());
      c.fields().forEach(f -> f.collectCategories(out));
    }
    return out;
  }

  /**
   * Whether the dataset holds data of {@code category}: the category itself, a narrower one ({@code
   * user.contact.email} for {@code user.contact}) or a broader one.
   */
  public boolean holds(String category) {
    for (String c : categories()) {
      if (c.equals(category) || c.startsWith(category + ".") || category.startsWith(c + ".")) {
        return true;
      }
    }
    return false;
  }
}
