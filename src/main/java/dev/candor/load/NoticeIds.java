package dev.candor.load;

import dev.candor.problem.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The one rule that two notices read together may not share an id: their files would clash. */
public final class NoticeIds {
  private NoticeIds() {}

  /** An error at each inventory whose notice id an earlier one in {@code loaded} already has. */
  public static List<Problem> duplicates(List<LoadedInventory> loaded) {
    Map<String, LoadedInventory> seen = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (LoadedInventory li : loaded) {
      String id = li.notice().id();
      LoadedInventory first = seen.putIfAbsent(id, li);
      if (first != null) {
        problems.add(
            Problem.error(
                li.source().at("notice.id"),
                "duplicate-notice",
                "two inventories use the notice id '"
                    + id
                    + "' (the other is "
                    + first.source().file()
                    + ")",
                "each notice needs its own id: its files are named after it"));
      }
    }
    return problems;
  }
}
