package dev.candor.model;

import java.io.Serializable;
import java.util.List;

/**
 * What a recipient is to us for some purposes. An empty purposes list means every purpose the
 * recipient's data serves.
 */
public record Role(
    RecipientRole role, List<String> purposes, boolean sells, boolean advertising, Scope scope)
    implements Serializable {
  public Role {
    purposes = List.copyOf(purposes);
    scope = scope == null ? Scope.EVERYONE : scope;
  }
}
