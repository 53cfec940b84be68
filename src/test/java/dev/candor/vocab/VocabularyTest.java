package dev.candor.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VocabularyTest {

  private static final Vocabulary VOCABULARY = Vocabulary.english();
  private static final List<String> LEGALESE =
      List.of("hereinafter", "pursuant", "whereas", "thereof", "aforementioned");

  @Test
  void everyCategoryInTheTaxonomyHasALabelAndAnExampleUnlessItsLabelSaysItAll() throws IOException {
    List<String> keys = keysOf("data_categories.csv", "data_category");
    assertEquals(85, keys.size(), "rows in data_categories.csv besides the root");
    for (String key : keys) {
      Category category = VOCABULARY.category(key).orElseThrow(() -> new AssertionError(key));
      assertFalse(category.label().isBlank(), key);
      assertTrue(category.example() == null || !category.example().isBlank(), key);
    }
    List<String> without =
        keys.stream().filter(k -> VOCABULARY.category(k).orElseThrow().example() == null).toList();
    assertTrue(without.contains("user.contact.email"), "an email address needs no example");
    assertTrue(without.size() <= 20, "most categories keep an example: " + without);
    assertEquals(keys.size(), VOCABULARY.categories().size());
  }

  @Test
  void everyDataUseInTheTaxonomyHasALabel() throws IOException {
    List<String> keys = keysOf("data_uses.csv", "data_use");
    assertEquals(54, keys.size(), "rows in data_uses.csv besides the root");
    for (String key : keys) {
      DataUse use = VOCABULARY.use(key).orElseThrow(() -> new AssertionError(key));
      assertFalse(use.label().isBlank(), key);
    }
    assertEquals(keys.size(), VOCABULARY.uses().size());
  }

  @Test
  void theLabelFileNamesOnlyKeysOfTheTaxonomy() throws IOException {
    Set<String> expected = new HashSet<>();
    for (String key : keysOf("data_categories.csv", "data_category")) {
      expected.add("category." + key + ".label");
      expected.add("category." + key + ".example");
    }
    for (String key : keysOf("data_uses.csv", "data_use")) {
      expected.add("use." + key + ".label");
    }
    for (String key : keysOf("data_subjects.csv", "data_subject")) {
      expected.add("subject." + key + ".label");
    }
    Set<String> names = labels().stringPropertyNames();
    assertEquals(Set.of(), difference(names, expected), "keys the taxonomy does not have");
    Set<String> missing = difference(expected, names);
    assertTrue(
        missing.stream().allMatch(k -> k.endsWith(".example")),
        "only an example may be left out, where the label says it all: " + missing);
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.TreeSet<>(a);
    out.removeAll(b);
    return out;
  }

  @Test
  void everyDataSubjectInTheTaxonomyHasALabel() throws IOException {
    List<String> keys = keysOf("data_subjects.csv", "data_subject");
    assertEquals(15, keys.size(), "rows in data_subjects.csv besides the root");
    for (String key : keys) {
      DataSubject subject = VOCABULARY.subject(key).orElseThrow(() -> new AssertionError(key));
      assertFalse(subject.label().isBlank(), key);
    }
    assertEquals("job applicants", VOCABULARY.subjectLabel("job_applicant"));
    assertEquals("club members", VOCABULARY.subjectLabel("custom.club_members"));
    assertEquals(List.of("job_applicant"), VOCABULARY.suggestSubjects("job_aplicant"));
  }

  @Test
  void labelsUseNoLegalese() throws IOException {
    Properties labels = labels();
    for (String name : labels.stringPropertyNames()) {
      String text = labels.getProperty(name).toLowerCase(Locale.ROOT);
      for (String word : LEGALESE) {
        assertFalse(text.contains(word), name + " says '" + word + "': " + text);
      }
    }
  }

  @Test
  void useLabelsCompleteWeUseItToWithoutRepeatingTo() {
    for (DataUse use : VOCABULARY.uses()) {
      assertFalse(use.label().startsWith("to "), use.key() + ": " + use.label());
      assertFalse(use.label().endsWith("."), use.key() + ": " + use.label());
    }
  }

  @Test
  void categoryLabelsReadWellMidSentence() {
    for (Category category : VOCABULARY.categories()) {
      String label = category.label();
      String firstWord = label.split(" ")[0];
      boolean acronym = firstWord.equals(firstWord.toUpperCase(Locale.ROOT));
      assertTrue(acronym || Character.isLowerCase(label.charAt(0)), category.key() + ": " + label);
      assertFalse(label.startsWith("your "), category.key() + ": " + label);
      assertFalse(label.endsWith("."), category.key() + ": " + label);
    }
  }

  @Test
  void labelsAreReadAsUtf8() {
    assertEquals(
        "25–34", VOCABULARY.category("user.demographic.age_range").orElseThrow().example());
    assertEquals(
        "persönliche Angaben", Vocabulary.forLanguage("de").category("user").orElseThrow().label());
  }

  @Test
  void aLookupReturnsTheLabelsAndTheTaxonomyFields() {
    Category email = VOCABULARY.category("user.contact.email").orElseThrow();
    assertEquals("email address", email.label());
    assertNull(email.example(), "the label says it all");
    assertEquals("user.contact", email.parent());
    assertFalse(email.sensitive());
    assertFalse(email.deprecated());
    assertNull(email.replacedBy());
    assertEquals(
        "process your payments",
        VOCABULARY.use("essential.service.payment_processing").orElseThrow().label());
  }

  @Test
  void topLevelKeysHaveNoParent() {
    assertNull(VOCABULARY.category("user").orElseThrow().parent());
    assertNull(VOCABULARY.use("marketing").orElseThrow().parent());
  }

  @ParameterizedTest
  @CsvSource({
    "user.contact.emial, user.contact.email",
    "email, user.contact.email",
    "user.helth_and_medical, user.health_and_medical",
    "User.Contact.Email, user.contact.email",
    "contact.phone_numbr, user.contact.phone_number",
    "user.demographic.date_of_brith, user.demographic.date_of_birth",
    "ip_adress, user.device.ip_address",
    "phone, user.contact.phone_number",
    "passport, user.government_id.passport_number",
    "user.emial, user.contact.email",
  })
  void aMisspeltCategorySuggestsTheIntendedKeyFirst(String typo, String intended) {
    List<String> suggestions = VOCABULARY.suggestCategories(typo);
    assertFalse(suggestions.isEmpty(), typo);
    assertEquals(intended, suggestions.get(0), typo + " -> " + suggestions);
    assertTrue(suggestions.size() <= 3, typo + " -> " + suggestions);
  }

  @ParameterizedTest
  @CsvSource({
    "essential.service.payment_procesing, essential.service.payment_processing",
    "marketing.advertsing, marketing.advertising",
    "analytics.reportng, analytics.reporting",
    "payment_processing, essential.service.payment_processing",
    "train_ai, train_ai_system",
  })
  void aMisspeltUseSuggestsTheIntendedKeyFirst(String typo, String intended) {
    List<String> suggestions = VOCABULARY.suggestUses(typo);
    assertFalse(suggestions.isEmpty(), typo);
    assertEquals(intended, suggestions.get(0), typo + " -> " + suggestions);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "zzzz", "foo", "user.favourite_colour", "banana.split"})
  void nothingCloseSuggestsNothing(String typo) {
    assertEquals(List.of(), VOCABULARY.suggestCategories(typo), typo);
    assertEquals(List.of(), VOCABULARY.suggestUses(typo), typo);
  }

  @Test
  void suggestionsAreAtMostThreeInAFixedOrder() {
    // Both uses end in "email" and are equally close, so the tie is broken alphabetically.
    assertEquals(
        List.of("essential.service.notifications.email", "marketing.communications.email"),
        VOCABULARY.suggestUses("email"));
    List<String> many = VOCABULARY.suggestCategories("user.contact.addres");
    assertTrue(many.size() <= 3, many.toString());
    assertEquals("user.contact.address", many.get(0));
    assertEquals(many, VOCABULARY.suggestCategories("user.contact.addres"));
  }

  @Test
  void aCategoryPathDoesNotSuggestUsesThatOnlyShareTheLastWord() {
    assertEquals(List.of(), VOCABULARY.suggestUses("user.contact.emial"));
    assertEquals(
        List.of("marketing.communications.email"), VOCABULARY.suggestUses("marketing.email"));
  }

  @Test
  void nullSuggestsNothing() {
    assertEquals(List.of(), VOCABULARY.suggestCategories(null));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "user.health_and_medical",
        "user.health_and_medical.record_id",
        "user.health_and_medical.genetic",
        "user.biometric",
        "user.biometric.voice",
        "user.authorization.biometric",
        "user.authorization.password",
        "user.authorization.credentials",
        "user.demographic.race_ethnicity",
        "user.demographic.religious_belief",
        "user.demographic.political_opinion",
        "user.demographic.sexual_orientation",
        "user.criminal_history",
        "user.government_id.passport_number",
        "user.government_id.immigration",
        "user.location.precise",
        "user.financial.credit_card",
        "user.childrens",
        "user.content.private",
      })
  void specialCategoriesAreSensitive(String key) {
    assertTrue(VOCABULARY.category(key).orElseThrow().sensitive(), key);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "user.contact.email",
        "user.name",
        "user.location.imprecise",
        "user.content.public",
        "user.device.ip_address",
        "user.behavior.purchase_history",
        "user.government_id.vehicle_registration",
        "user.account.username",
        "user",
      })
  void ordinaryCategoriesAreNotSensitive(String key) {
    assertFalse(VOCABULARY.category(key).orElseThrow().sensitive(), key);
  }

  @Test
  void everyRowOfTheSensitiveTableNamesAKnownCategory() {
    for (SensitiveCategories.Entry entry : SensitiveCategories.TABLE) {
      assertTrue(VOCABULARY.category(entry.key()).isPresent(), entry.key());
      assertFalse(entry.law().isBlank(), entry.key());
    }
  }

  @Test
  void advertisingUsesAreMarkedAsAdvertisingAndMarketing() {
    for (DataUse use : VOCABULARY.uses()) {
      boolean advertising = use.key().startsWith("marketing.advertising");
      assertEquals(advertising, use.advertising(), use.key());
      assertEquals(use.key().startsWith("marketing"), use.marketing(), use.key());
    }
    DataUse email = VOCABULARY.use("marketing.communications.email").orElseThrow();
    assertTrue(email.marketing());
    assertFalse(email.advertising());
    assertFalse(VOCABULARY.use("essential.service.payment_processing").orElseThrow().marketing());
  }

  @Test
  void customKeysAreRecognisedAndNotInTheVocabulary() {
    assertTrue(Vocabulary.isCustom("custom.loyalty_points"));
    assertFalse(Vocabulary.isCustom("custom."));
    assertFalse(Vocabulary.isCustom("user.contact.email"));
    assertFalse(Vocabulary.isCustom("customer.id"));
    assertFalse(Vocabulary.isCustom(null));
    assertEquals(Optional.empty(), VOCABULARY.category("custom.loyalty_points"));
    assertEquals(Optional.empty(), VOCABULARY.use("custom.loyalty_points"));
  }

  @Test
  void anUnknownKeyGivesNothing() {
    assertEquals(Optional.empty(), VOCABULARY.category("user.contact.pigeon"));
    assertEquals(Optional.empty(), VOCABULARY.use("essential.service.payment_procesing"));
    assertEquals(Optional.empty(), VOCABULARY.category(null));
    assertEquals(Optional.empty(), VOCABULARY.category("data_category"));
    assertEquals(Optional.empty(), VOCABULARY.use("data_use"));
    // A use key is not a category and the other way round.
    assertEquals(Optional.empty(), VOCABULARY.category("marketing"));
    assertEquals(Optional.empty(), VOCABULARY.use("user"));
  }

  @Test
  void theVocabularyIsLoadedOnce() {
    assertSame(Vocabulary.english(), Vocabulary.english());
  }

  @Test
  void theCsvReaderKeepsQuotedCommasInOneField() throws IOException {
    String csv =
        "fides_key,name,parent_key,replaced_by,version_deprecated,description\r\n"
            + "a.b,\"One, two\",a,a.c,2.1.0,\"Says \"\"hi\"\", twice\"\r\n";
    List<TaxonomyRow> rows = TaxonomyRow.read(new StringReader(csv));
    assertEquals(List.of(new TaxonomyRow("a.b", "a", "a.c", true)), rows);
  }

  /** The keys of a bundled taxonomy file, read here independently of the code under test. */
  private static List<String> keysOf(String file, String root) throws IOException {
    List<String> keys = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(resource("fideslang/" + file))) {
      // The key column (first in two files, second in data_subjects.csv) never needs quoting,
      // and neither does any column before it.
      int column = List.of(in.readLine().split(",")).indexOf("fides_key");
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String key = line.split(",", -1)[column];
        if (!key.equals(root)) {
          keys.add(key);
        }
      }
    }
    return keys;
  }

  private static Properties labels() throws IOException {
    Properties labels = new Properties();
    try (Reader in = resource("labels_en.properties")) {
      labels.load(in);
    }
    return labels;
  }

  private static Reader resource(String name) {
    InputStream stream = VocabularyTest.class.getResourceAsStream("/dev/candor/vocab/" + name);
    if (stream == null) {
      throw new AssertionError("missing resource " + name);
    }
    return new InputStreamReader(stream, StandardCharsets.UTF_8);
  }
}
