package dev.candor.model;

import java.time.Period;
import java.util.List;
import java.util.Map;

/**
 * The rights people have and how to use them.
 *
 * <p>email, url, respondWithin and verification may be null; selfService keeps declaration order.
 */
public record Rights(
    List<Right> available,
    String email,
    String url,
    Period respondWithin,
    String verification,
    Map<Right, String> selfService) {
  public Rights {
    available = List.copyOf(available);
    selfService = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(selfService));
  }
}
