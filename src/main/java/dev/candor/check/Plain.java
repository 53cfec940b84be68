package dev.candor.check;

import java.util.List;

/** Plain-language checks of the notice's prose and of every free-text field. */
final class Plain {
  /** A sentence longer than this is hard to follow. */
  static final int LONG_SENTENCE = 25;

  /** Fields shorter than this are labels and fragments, too short for a reliable grade. */
  static final int MIN_WORDS_FOR_GRADE = 12;

  /** A notice page longer than this is more than most people read (McDonald and Cranor, 2008). */
  static final int PAGE_WORDS = 1500;

  private Plain() {}

  static void length(Subject s, Findings out) {
    if (!s.complete() || s.pageWords() == Subject.UNKNOWN || s.pageWords() <= PAGE_WORDS) {
      return;
    }
    int minutes = (s.pageWords() + Readability.WORDS_PER_MINUTE - 1) / Readability.WORDS_PER_MINUTE;
    out.add(
        s.at("notice"),
        "the notice's page has "
            + s.pageWords()
            + " words, about "
            + minutes
            + " minutes to read; aim for "
            + PAGE_WORDS
            + " or fewer",
        "give items kept and shared alike the same retention and recipients so they are told"
            + " together, and shorten long labels, examples and descriptions");
  }

  static void grade(Subject s, Findings out) {
    if (!s.complete()) {
      return;
    }
    var ease = ReadingEase.forLanguage(s.inventory().notice().language());
    if (ease.isPresent()) {
      // The English grade level means little for another language: its own formula decides.
      double value = ease.get().score(s.prose());
      if (!ease.get().passes(value)) {
        out.add(
            s.at("notice"),
            "the notice scores "
                + ReadingEase.number(value)
                + " by "
                + ease.get().name()
                + "; it should be "
                + ease.get().limitText(),
            "use shorter sentences and shorter words in the free-text fields");
      }
      return;
    }
    Readability.Score score = Readability.score(s.prose());
    if (score.grade() > s.maxGrade()) {
      out.add(
          s.at("notice"),
          "the notice reads at grade " + score.gradeText() + "; the limit is " + s.maxGrade(),
          "use shorter sentences and shorter words in the free-text fields (see the other"
              + " plain-* findings), or set checks.max_grade");
    }
  }

  static void fieldGrade(Subject s, Findings out) {
    for (FreeText t : FreeText.of(s.inventory())) {
      Readability.Score score = Readability.score(t.text());
      if (score.words() >= MIN_WORDS_FOR_GRADE && score.grade() > s.maxGrade()) {
        out.add(
            s.at(t.path()),
            t.path() + " reads at grade " + score.gradeText() + "; the limit is " + s.maxGrade(),
            "split long sentences and use shorter words");
      }
    }
  }

  static void longSentence(Subject s, Findings out) {
    for (FreeText t : FreeText.of(s.inventory())) {
      for (String sentence : Readability.sentences(t.text())) {
        int words = Readability.words(sentence).size();
        if (words > LONG_SENTENCE) {
          out.add(
              s.at(t.path()),
              t.path() + " has a sentence of " + words + " words: \"" + start(sentence) + "\"",
              "keep sentences to " + LONG_SENTENCE + " words or fewer; split this one");
        }
      }
    }
  }

  static void jargon(Subject s, Findings out) {
    for (FreeText t : FreeText.of(s.inventory())) {
      for (Jargon.Match m : Jargon.english().find(t.text())) {
        String found = t.text().substring(m.offset(), m.offset() + m.entry().phrase().length());
        out.add(
            s.at(t.path()), t.path() + " uses \"" + found + "\"", m.entry().advice() + " instead");
      }
    }
  }

  private static String start(String sentence) {
    List<String> words = List.of(sentence.split("\\s+"));
    return words.size() <= 8 ? sentence : String.join(" ", words.subList(0, 8)) + " ...";
  }
}
