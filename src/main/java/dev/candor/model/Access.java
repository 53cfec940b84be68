package dev.candor.model;

import java.util.List;

/** A team inside the company that can see some of the data, and why. */
public record Access(String id, String team, List<String> data, String why) {
  public Access {
    data = List.copyOf(data);
  }
}
