package dev.candor.model;

import java.io.Serializable;
import java.util.List;

/** A team inside the company that can see some of the data, and why. */
public record Access(String id, String team, List<String> data, String why)
    implements Serializable {
  public Access {
    data = List.copyOf(data);
  }
}
