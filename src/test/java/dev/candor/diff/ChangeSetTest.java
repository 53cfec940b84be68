package dev.candor.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeSetTest {
  @Test
  void materialComesFirstThenMinorThenNoneKeepingTheOrderFound() {
    Change none = change(Kind.NOTICE_VERSION, Materiality.NONE, "v");
    Change minor1 = change(Kind.CONTROLLER_EMAIL, Materiality.MINOR, "a");
    Change material = change(Kind.DATA_ADDED, Materiality.MATERIAL, "m");
    Change minor2 = change(Kind.CONTROLLER_PHONE, Materiality.MINOR, "b");
    ChangeSet set = new ChangeSet(List.of(none, minor1, material, minor2));
    assertEquals(List.of(material, minor1, minor2, none), set.changes());
    assertEquals(2, set.count(Materiality.MINOR));
  }

  @Test
  void failOnThresholds() {
    ChangeSet minor = new ChangeSet(List.of(change(Kind.CONTROLLER_EMAIL, Materiality.MINOR, "")));
    ChangeSet none = new ChangeSet(List.of(change(Kind.NOTICE_VERSION, Materiality.NONE, "")));
    assertFalse(FailOn.MATERIAL.fails(minor));
    assertTrue(FailOn.MINOR.fails(minor));
    assertFalse(FailOn.MINOR.fails(none));
    assertTrue(FailOn.ANY.fails(none));
    assertFalse(FailOn.ANY.fails(new ChangeSet(List.of())));
  }

  @Test
  void periodsCompareByApproximateDays() {
    assertEquals(365, InventoryDiff.days(Period.ofYears(1)));
    assertEquals(30 + 14, InventoryDiff.days(Period.of(0, 1, 14)));
    assertTrue(InventoryDiff.days(Period.ofMonths(13)) > InventoryDiff.days(Period.ofYears(1)));
  }

  @Test
  void redlineMarksRemovedAndAddedWords() {
    Redline r = Redline.of("We keep it for 2 years.", "We keep it for 10 years.");
    assertEquals(
        List.of(
            new Redline.Segment(Redline.Op.SAME, "We keep it for "),
            new Redline.Segment(Redline.Op.REMOVED, "2"),
            new Redline.Segment(Redline.Op.ADDED, "10"),
            new Redline.Segment(Redline.Op.SAME, " years.")),
        r.segments());
    assertFalse(Redline.of("same text", "same text").changed());
  }

  private static Change change(Kind k, Materiality m, String s) {
    return new Change(k, m, new Fact.Text("Subject " + s), null, null, java.util.Map.of());
  }
}
