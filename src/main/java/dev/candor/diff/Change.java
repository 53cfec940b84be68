package dev.candor.diff;

import java.util.Objects;

/**
 * One change between two inventories, said in one plain sentence.
 *
 * @param kind what changed
 * @param materiality whether people must be told before it takes effect
 * @param subject what the change is about, e.g. "Email address" or "Postmark"
 * @param sentence the change in the second person, ready to show to a reader
 * @param before the old value in words, or {@code null} when there was none
 * @param after the new value in words, or {@code null} when there is none
 */
public record Change(
    Kind kind,
    Materiality materiality,
    String subject,
    String sentence,
    String before,
    String after) {
  public Change {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(materiality, "materiality");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(sentence, "sentence");
  }
}
