package dev.candor.model;

import java.util.List;

/**
 * One kind of personal data the product collects.
 *
 * <p>label, example, from and without may be null; sensitive is null when the category decides;
 * linked is null when the default (linked to the person) applies; apple and google are null unless
 * the inventory overrides the crosswalk for this item.
 */
public record DataItem(
    String id,
    String category,
    String label,
    String example,
    Source source,
    String from,
    boolean required,
    String without,
    List<String> purposes,
    Retention retention,
    List<String> stores,
    List<String> recipients,
    Boolean sensitive,
    List<String> collectedAt,
    Boolean linked,
    String apple,
    String google) {
  public DataItem {
    purposes = List.copyOf(purposes);
    stores = List.copyOf(stores);
    recipients = List.copyOf(recipients);
    collectedAt = List.copyOf(collectedAt);
  }
}
