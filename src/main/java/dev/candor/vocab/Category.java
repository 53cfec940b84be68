package dev.candor.vocab;

import java.util.Objects;

/**
 * A fideslang data category with its plain-language label.
 *
 * @param key the fideslang key, e.g. {@code user.contact.email}
 * @param parent the parent key, or {@code null} for a top-level category such as {@code user}
 * @param label a lower-case noun phrase that reads well mid-sentence, e.g. "email address"
 * @param example a short example that says what the label covers, e.g. "the pages you open and how
 *     long you stay"; {@code null} where the label says it all (an email address, a name)
 * @param sensitive whether the law gives this kind of data special protection (see {@link
 *     SensitiveCategories})
 * @param special whether it is a special category of GDPR Art. 9(1) or criminal data under Art. 10,
 *     which needs an Art. 9(2) condition besides a legal basis
 * @param deprecated whether the taxonomy has retired this key
 * @param replacedBy the key the taxonomy recommends instead, or {@code null}
 */
public record Category(
    String key,
    String parent,
    String label,
    String example,
    boolean sensitive,
    boolean special,
    boolean deprecated,
    String replacedBy) {

  /** Checks that the fields every notice relies on are present. */
  public Category {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
  }
}
