package dev.candor.model;

import java.io.Serializable;
import java.util.List;

/** An inventory's own settings for the checks; maxGrade is null when the default applies. */
public record CheckConfig(Integer maxGrade, List<Waiver> disable) implements Serializable {
  /** No settings: every rule on, the default reading grade. */
  public static final CheckConfig NONE = new CheckConfig(null, List.of());

  public CheckConfig {
    disable = List.copyOf(disable);
  }
}
