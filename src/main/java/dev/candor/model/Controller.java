package dev.candor.model;

import java.io.Serializable;

/**
 * Who is responsible for the data; dpo, representative, authority, website and phone may be null;
 * processorFor names the groups of people for whom we only act for someone else.
 */
public record Controller(
    String name,
    String address,
    String country,
    String email,
    String website,
    String phone,
    Contact dpo,
    Contact representative,
    Authority authority,
    java.util.List<ProcessorFor> processorFor)
    implements Serializable {
  public Controller {
    processorFor = java.util.List.copyOf(processorFor);
  }
}
