package dev.candor.diff;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One change between two inventories, as typed facts: no words, so every language words it from the
 * same change.
 *
 * @param kind what changed
 * @param materiality whether people must be told before it takes effect
 * @param subject what the change is about: a data item, a purpose, a recipient's name, a section
 * @param before the old value, or {@code null} when there was none
 * @param after the new value, or {@code null} when there is none
 * @param details the other facts its sentence names, by name ("data", "purpose", "country" ...), in
 *     the order given
 */
public record Change(
    Kind kind,
    Materiality materiality,
    Fact subject,
    Fact before,
    Fact after,
    Map<String, Fact> details) {
  public Change {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(materiality, "materiality");
    Objects.requireNonNull(subject, "subject");
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  /** Whether a value appears ({@code before} is absent) or goes ({@code after} is absent). */
  public Variant variant() {
    if (before == null && after != null) {
      return Variant.ADDED;
    }
    return after == null && before != null ? Variant.REMOVED : Variant.CHANGED;
  }

  /** Whether the change brings a value in, takes one out, or replaces one. */
  public enum Variant {
    CHANGED,
    ADDED,
    REMOVED
  }
}
