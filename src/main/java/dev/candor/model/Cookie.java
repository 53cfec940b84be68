package dev.candor.model;

import java.io.Serializable;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A cookie or similar technology the product sets or lets others set on people's devices.
 *
 * <p>name may hold {@code *} for any run of characters ({@code _ga_*}); setBy is null when we set
 * it ourselves, else the id of the recipient that does; duration is null for a session entry, and
 * for storage that has no expiry; description may be null.
 */
public record Cookie(
    String name,
    Technology kind,
    String setBy,
    List<String> purposes,
    Span duration,
    boolean session,
    boolean necessary,
    String description)
    implements Serializable {
  public Cookie {
    kind = kind == null ? Technology.COOKIE : kind;
    purposes = List.copyOf(purposes);
  }

  /** Whether the name is a pattern rather than one name. */
  public boolean pattern() {
    return name != null && name.contains("*");
  }

  /** Whether an observed name is this entry's name, or matches its pattern. */
  public boolean matches(String observed) {
    if (name == null || observed == null) {
      return false;
    }
    if (!pattern()) {
      return name.equals(observed);
    }
    StringBuilder re = new StringBuilder();
    String[] parts = name.split("\\*", -1);
    for (int i = 0; i < parts.length; i++) {
      re.append(i == 0 ? "" : ".*").append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(re.toString()).matcher(observed).matches();
  }

  /** Whether a third party sets it. */
  public boolean thirdParty() {
    return setBy != null;
  }
}
