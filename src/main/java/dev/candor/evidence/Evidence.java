package dev.candor.evidence;

import java.util.List;

/**
 * What a scan observed.
 *
 * @param file the evidence file it was read from; null for evidence just made
 * @param tool what made it, e.g. {@code candor scan deps}
 * @param findings every finding, in the file's order
 */
public record Evidence(String file, String tool, List<Finding> findings) {
  public Evidence {
    findings = List.copyOf(findings);
  }

  /** The findings of one type. */
  public <T extends Finding> List<T> all(Class<T> type) {
    return findings.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
