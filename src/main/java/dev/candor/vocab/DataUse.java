package dev.candor.vocab;

import java.util.Objects;

/**
 * A fideslang data use with its plain-language label.
 *
 * @param key the fideslang key, e.g. {@code essential.service.payment_processing}
 * @param parent the parent key, or {@code null} for a top-level use such as {@code marketing}
 * @param label a verb phrase that completes "We use it to …", e.g. "process your payments"
 * @param advertising whether the use is advertising (any {@code marketing.advertising} key), which
 *     notices must call out and people can usually object to
 * @param marketing whether the use is marketing of any kind (any {@code marketing} key), which
 *     includes advertising
 */
public record DataUse(
    String key, String parent, String label, boolean advertising, boolean marketing) {

  /** Checks that the fields every notice relies on are present. */
  public DataUse {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
  }
}
