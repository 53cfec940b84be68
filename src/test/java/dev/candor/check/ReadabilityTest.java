package dev.candor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The syllable heuristic, the grade formula and reading time. */
class ReadabilityTest {

  @ParameterizedTest(name = "{0} has {1}")
  @CsvSource({
    "the, 1",
    "cat, 1",
    "data, 2",
    "privacy, 3",
    "information, 4",
    "notice, 2",
    // silent e
    "make, 1",
    "use, 1",
    "delete, 2",
    "service, 2",
    "free, 1",
    "agree, 2",
    // consonant + le
    "table, 2",
    "people, 2",
    "simple, 2",
    "little, 2",
    // -es and -ed
    "makes, 1",
    "boxes, 2",
    "changes, 2",
    "uses, 2",
    "cookies, 2",
    "jumped, 1",
    "used, 1",
    "wanted, 2",
    "needed, 2",
    "applied, 2",
    // y as a vowel, but not at the start
    "you, 1",
    "yes, 1",
    "easy, 2",
    "company, 3",
    // numbers and addresses count one
    "2026, 1",
    "P2Y, 1"
  })
  void syllablesFollowTheHeuristic(String word, int expected) {
    assertEquals(expected, Readability.syllables(word), word);
  }

  @Test
  void gradeIsFleschKincaid() {
    // 2 sentences, 11 words, 13 syllables
    Readability.Score s = Readability.score("We keep your data. You can ask us to delete it.");
    assertEquals(2, s.sentences());
    assertEquals(11, s.words());
    assertEquals(13, s.syllables());
    assertEquals(0.39 * 11 / 2 + 11.8 * 13 / 11 - 15.59, s.grade(), 1e-9);
  }

  @Test
  void longWordsAndLongSentencesRaiseTheGrade() {
    double plain = Readability.score("We use your email to send your order.").grade();
    double legal =
        Readability.score(
                "Notwithstanding the aforementioned, personal information"
                    + " may be processed for legitimate organisational purposes pursuant to applicable"
                    + " legislation.")
            .grade();
    assertTrue(plain < 8, "plain: " + plain);
    assertTrue(legal > 16, "legal: " + legal);
  }

  @Test
  void readingTimeIsWordsOver238RoundedUp() {
    assertEquals(0, new Readability.Score(0, 0, 0).minutes());
    assertEquals(1, new Readability.Score(10, 238, 300).minutes());
    assertEquals(2, new Readability.Score(10, 239, 300).minutes());
  }

  @Test
  void sentencesEndAtStopsColonsAndBlankLines() {
    assertEquals(
        List.of("One.", "Two:", "three", "four"), Readability.sentences("One. Two: three\n\nfour"));
  }

  @Test
  void anEmailAddressIsOneWord() {
    assertEquals(
        List.of("Write", "to", "privacy@example.com"),
        Readability.words("Write to privacy@example.com."));
  }
}
