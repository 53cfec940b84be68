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

  @Test
  void everyPersonalDataCategoryIsATypeInBothStoresAndOnlySystemDataIsNot() {
    List<String> wrong = new ArrayList<>();
    for (Category c : VOCAB.categories()) {
      Crosswalk.Row r = CW.category(c.key()).orElseThrow();
      boolean system = c.key().equals("system") || c.key().startsWith("system.");
      for (Crosswalk.Target t : List.of(Crosswalk.Target.APPLE, Crosswalk.Target.GOOGLE)) {
        boolean mapped = r.in(t).isPresent();
        if (mapped == system) {
          wrong.add(c.key() + " " + t + (system ? " maps to a store type" : " has none"));
        }
      }
      if (system != !r.whyNone().isBlank()) {
        wrong.add(c.key() + (system ? " gives no reason for none" : " gives a reason unasked"));
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void everyUseWithoutAStorePurposeSaysWhy() {
    for (Crosswalk.Row r : CW.uses()) {
      boolean none =
          r.in(Crosswalk.Target.APPLE).isEmpty() || r.in(Crosswalk.Target.GOOGLE).isEmpty();
      assertEquals(none, !r.whyNone().isBlank(), r.key() + ": " + r.whyNone());
    }
  }

  @Test
  void crashReportsAndIpAddressesAreDeclared() {
    Crosswalk.Row telemetry = CW.category("user.telemetry").orElseThrow();
    assertEquals("NSPrivacyCollectedDataTypeCrashData", telemetry.apple());
    assertEquals("PSL_CRASH_LOGS", telemetry.google());
    Crosswalk.Row ip = CW.category("user.device.ip_address").orElseThrow();
    assertEquals("NSPrivacyCollectedDataTypeDeviceID", ip.apple());
    assertEquals("PSL_DEVICE_ID", ip.google());
  }
}
