package dev.candor.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one crosswalk: a row for every fideslang key, and only terms the targets have. */
class CrosswalkTest {
  private static final Crosswalk CW = Crosswalk.builtIn();
  private static final Vocabulary VOCAB = Vocabulary.english();

  @Test
  void everyCategoryAndUseHasARow() {
    List<String> missing = new ArrayList<>();
    VOCAB
        .categories()
        .forEach(
            c -> {
              if (CW.category(c.key()).isEmpty()) {
                missing.add(c.key());
              }
            });
    VOCAB
        .uses()
        .forEach(
            u -> {
              if (CW.use(u.key()).isEmpty()) {
                missing.add(u.key());
              }
            });
    assertEquals(List.of(), missing);
    assertEquals(VOCAB.categories().size(), CW.categories().size());
    assertEquals(VOCAB.uses().size(), CW.uses().size());
  }

  @Test
  void everyStoreValueIsOneTheStoreHasAndEveryDpvTermIsPrefixed() {
    for (Crosswalk.Row r : CW.categories()) {
      r.in(Crosswalk.Target.APPLE)
          .ifPresent(v -> assertTrue(CW.term("apple", "type", v).isPresent(), r.key() + ": " + v));
      r.in(Crosswalk.Target.GOOGLE)
          .ifPresent(v -> assertTrue(CW.term("google", "type", v).isPresent(), r.key() + ": " + v));
      r.in(Crosswalk.Target.DPV)
          .ifPresent(v -> assertTrue(v.matches("(pd|dpv):[A-Z][A-Za-z]+"), r.key() + ": " + v));
    }
    for (Crosswalk.Row r : CW.uses()) {
      r.in(Crosswalk.Target.APPLE)
          .ifPresent(
              v -> assertTrue(CW.term("apple", "purpose", v).isPresent(), r.key() + ": " + v));
      r.in(Crosswalk.Target.GOOGLE)
          .ifPresent(
              v -> assertTrue(CW.term("google", "purpose", v).isPresent(), r.key() + ": " + v));
      r.in(Crosswalk.Target.DPV)
          .ifPresent(v -> assertTrue(v.matches("dpv:[A-Z][A-Za-z]+"), r.key() + ": " + v));
    }
  }

  @Test
  void noneIsExplicitNotBlank() {
    for (Crosswalk.Row r : CW.categories()) {
      for (String v : List.of(r.apple(), r.google(), r.dpv())) {
        assertTrue(!v.isBlank(), r.key() + " has a blank cell; write none");
      }
    }
  }
}
