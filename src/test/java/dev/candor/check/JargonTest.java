package dev.candor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The jargon list: big enough, and matched on whole words in any case. */
class JargonTest {
  private static List<String> found(String text) {
    return Jargon.english().find(text).stream().map(m -> m.entry().phrase()).toList();
  }

  @Test
  void theListHasAtLeastFortyEntriesEachWithAReplacement() {
    List<Jargon.Entry> entries = Jargon.english().entries();
    assertTrue(entries.size() >= 40, "entries: " + entries.size());
    for (Jargon.Entry e : entries) {
      assertTrue(!e.plain().isBlank(), e.phrase());
    }
  }

  @Test
  void phrasesMatchInAnyCaseOnWordBoundaries() {
    assertEquals(List.of("pursuant to"), found("Pursuant To our terms"));
    assertEquals(List.of("prior to"), found("prior to delivery"));
    assertEquals(List.of(), found("We used a priority queue"), "no match inside words");
    assertEquals(List.of(), found("the processingplant"), "no match inside words");
  }

  @Test
  void aLongerPhraseWinsOverOneInsideIt() {
    assertEquals(List.of("data subjects"), found("rights of data subjects"));
  }

  @Test
  void adviceSaysWhatToWriteOrToDropIt() {
    Jargon.Entry under = Jargon.english().find("pursuant to").get(0).entry();
    assertEquals("write 'under'", under.advice());
    Jargon.Entry drop = Jargon.english().find("hereinafter").get(0).entry();
    assertEquals("leave it out", drop.advice());
  }
}
