package dev.candor.model;

import java.io.Serializable;
import java.util.List;

/** How to tell genuine emails from phishing; report may be null. */
public record Emails(List<String> domains, List<String> neverAsk, String report)
    implements Serializable {
  public Emails {
    domains = List.copyOf(domains);
    neverAsk = List.copyOf(neverAsk);
  }
}
