package dev.candor.vocab;

import java.util.Objects;

/**
 * A fideslang data subject: a category of people whose data is used, with a plain-language label.
 *
 * @param key the fideslang key, e.g. {@code job_applicant}
 * @param label a lower-case plural noun phrase, e.g. "job applicants"
 */
public record DataSubject(String key, String label) {
  /** Checks that the fields a record of processing relies on are present. */
  public DataSubject {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
  }
}
