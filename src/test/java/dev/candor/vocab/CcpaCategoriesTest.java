package dev.candor.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one table from fideslang categories to the CCPA's categories of personal information. */
class CcpaCategoriesTest {

  @Test
  void everyUserCategoryMapsToACcpaCategoryOrIsMarkedNotPersonal() {
    for (Category c : Vocabulary.english().categories()) {
      if (!c.key().startsWith("user.")) {
        continue;
      }
      Optional<List<String>> ccpa = CcpaCategories.bundled().of(c.key());
      assertTrue(ccpa.isPresent(), c.key() + " has a CCPA category");
      assertTrue(!ccpa.get().isEmpty(), c.key());
    }
  }

  @Test
  void aKeyInheritsItsNearestListedParent() {
    assertEquals(List.of("A"), CcpaCategories.bundled().of("user.contact.address.city").get());
    assertEquals(List.of("D"), CcpaCategories.bundled().of("user.behavior.purchase_history").get());
    assertEquals(List.of("G", "L"), CcpaCategories.bundled().of("user.location.precise").get());
  }

  @Test
  void customKeysAndTheBareRootHaveNoCategory() {
    assertTrue(CcpaCategories.bundled().of("custom.shoe_size").isEmpty());
    assertTrue(CcpaCategories.bundled().of("user").isEmpty());
  }

  @Test
  void sensitiveCategoriesOfTheVocabularyAreSensitiveInTheTable() {
    for (Category c : Vocabulary.english().categories()) {
      List<String> ccpa = CcpaCategories.bundled().of(c.key()).orElse(List.of());
      if (c.key().startsWith("user.") && ccpa.contains("L")) {
        assertTrue(c.sensitive(), c.key() + " is sensitive in the vocabulary too");
      }
    }
  }
}
