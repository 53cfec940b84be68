package dev.candor.fides;

import java.util.List;

/**
 * A fideslang {@code DataFlow} of a system's {@code egress}: the system or dataset data goes to,
 * and the categories it sends (empty: not said).
 */
public record DataFlow(String fidesKey, String type, List<String> dataCategories) {
  public DataFlow {
    dataCategories = List.copyOf(dataCategories);
  }
}
