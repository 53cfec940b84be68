package dev.candor.model;

import java.io.Serializable;
import java.time.Period;
import java.util.List;
import java.util.Map;

/**
 * The rights people have and how to use them.
 *
 * <p>email, url, respondWithin and verification may be null; selfService keeps declaration order.
 * optOutUrl is the page where people opt out of selling and sharing ("Do Not Sell or Share My
 * Personal Information") and limitUrl the page where they limit the use of sensitive data; either
 * may be null.
 */
public record Rights(
    List<Right> available,
    String email,
    String url,
    Period respondWithin,
    String verification,
    Map<Right, String> selfService,
    String optOutUrl,
    String limitUrl)
    implements Serializable {
  public Rights {
    available = List.copyOf(available);
    selfService = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(selfService));
  }
}
