package dev.candor.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.ValidationMessage;
import dev.candor.model.RecipientRole;
import dev.candor.testing.JsonSchemas;
import dev.candor.vocab.Vendor.Ecosystem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The vendor registry: complete entries, real keys and countries, answers in step, no twins. */
class VendorsTest {
  private static final Path FILE = Path.of("src/main/resources/dev/candor/vocab/vendors.yaml");
  private static final Vendors REGISTRY = Vendors.builtIn();
  private static final Vocabulary VOCAB = Vocabulary.english();
  private static final Crosswalk CW = Crosswalk.builtIn();

  @Test
  void theFileMeetsItsSchema() throws Exception {
    JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(FILE.toFile());
    Set<ValidationMessage> errors =
        JsonSchemas.validator(Path.of("schema/vendors.schema.json")).validate(doc);
    assertEquals(Set.of(), errors);
    assertEquals(doc.get("vendors").size(), REGISTRY.all().size(), "every entry is read");
  }

  @Test
  void atLeastAHundredEntriesCoverEveryKindTheIssueNames() {
    assertTrue(REGISTRY.all().size() >= 100, "entries: " + REGISTRY.all().size());
    Map<String, Integer> kinds = new TreeMap<>();
    REGISTRY.all().forEach(v -> kinds.merge(v.kind(), 1, Integer::sum));
    for (String k :
        List.of(
            "analytics",
            "crash-reporting",
            "advertising",
            "attribution",
            "payments",
            "email",
            "messaging",
            "support",
            "hosting",
            "cdn",
            "sign-in",
            "maps",
            "push")) {
      assertTrue(kinds.getOrDefault(k, 0) >= 3, k + " has at least 3 entries: " + kinds);
    }
  }

  @Test
  void everyEntryHasASourceADateAndARealEntityCountryAndTransfer() {
    List<String> wrong = new ArrayList<>();
    for (Vendor v : REGISTRY.all()) {
      if (v.source() == null || !v.source().startsWith("https://")) {
        wrong.add(v.id() + ": source");
      }
      if (v.checked() == null || v.checked().isAfter(LocalDate.of(2027, 1, 1))) {
        wrong.add(v.id() + ": checked");
      }
      if (v.transferChecked() == null) {
        wrong.add(v.id() + ": transfer checked");
      }
      if (!Countries.isCode(v.country())) {
        wrong.add(v.id() + ": country " + v.country());
      }
      boolean eea = Countries.isEea(v.country());
      if (eea != (v.transfer() == null)) {
        wrong.add(v.id() + ": transfer " + v.transfer() + " for " + v.country());
      }
      if (v.legalEntity().isBlank() || v.does().isBlank() || v.privacyUrl() == null) {
        wrong.add(v.id() + ": entity, does or privacy_url");
      }
      if (v.role() == RecipientRole.AUTHORITY) {
        wrong.add(v.id() + ": a vendor is no authority");
      }
      if (v.advertising() && v.role() == RecipientRole.PROCESSOR) {
        wrong.add(v.id() + ": advertises with the data, so it is no processor");
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void everyDataKeyAndUseIsFideslangAndEveryAnswerIsAStoreTerm() {
    List<String> wrong = new ArrayList<>();
    for (Vendor v : REGISTRY.all()) {
      v.data().stream()
          .filter(k -> VOCAB.category(k).isEmpty())
          .forEach(k -> wrong.add(v.id() + ": category " + k));
      v.purposes().stream()
          .filter(k -> VOCAB.use(k).isEmpty())
          .forEach(k -> wrong.add(v.id() + ": use " + k));
      if (v.apple().isEmpty() || v.google().isEmpty()) {
        wrong.add(v.id() + ": no Apple or Play answers");
      }
      for (Vendor.AppleAnswer a : v.apple()) {
        if (CW.term("apple", "type", a.type()).isEmpty()) {
          wrong.add(v.id() + ": Apple type " + a.type());
        }
        a.purposes().stream()
            .filter(p -> CW.term("apple", "purpose", p).isEmpty())
            .forEach(p -> wrong.add(v.id() + ": Apple purpose " + p));
      }
      for (Vendor.PlayAnswer g : v.google()) {
        if (CW.term("google", "type", g.type()).isEmpty()) {
          wrong.add(v.id() + ": Play type " + g.type());
        }
        g.purposes().stream()
            .filter(p -> CW.term("google", "purpose", p).isEmpty())
            .forEach(p -> wrong.add(v.id() + ": Play purpose " + p));
      }
    }
    assertEquals(List.of(), wrong);
  }

  /** The answers are a checked copy of what the crosswalk makes of the entry's data and uses. */
  @Test
  void theStoreAnswersDeclareEveryDataTypeTheEntryCollects() {
    List<String> wrong = new ArrayList<>();
    for (Vendor v : REGISTRY.all()) {
      Set<String> apple = new TreeSet<>();
      Set<String> play = new TreeSet<>();
      for (String k : v.data()) {
        CW.category(k).flatMap(r -> r.in(Crosswalk.Target.APPLE)).ifPresent(apple::add);
        CW.category(k).flatMap(r -> r.in(Crosswalk.Target.GOOGLE)).ifPresent(play::add);
      }
      Set<String> applePurposes = new TreeSet<>();
      Set<String> playPurposes = new TreeSet<>();
      for (String u : v.purposes()) {
        CW.use(u).flatMap(r -> r.in(Crosswalk.Target.APPLE)).ifPresent(applePurposes::add);
        CW.use(u).flatMap(r -> r.in(Crosswalk.Target.GOOGLE)).ifPresent(playPurposes::add);
      }
      Set<String> answeredApple = new TreeSet<>();
      v.apple()
          .forEach(
              a -> {
                answeredApple.add(a.type());
                if (!new TreeSet<>(a.purposes()).equals(applePurposes)) {
                  wrong.add(v.id() + ": Apple purposes of " + a.type() + " " + a.purposes());
                }
                boolean tracks = v.kind().equals("advertising") || v.kind().equals("attribution");
                if (a.tracking() != tracks) {
                  wrong.add(v.id() + ": Apple tracking of " + a.type());
                }
              });
      Set<String> answeredPlay = new TreeSet<>();
      v.google()
          .forEach(
              g -> {
                answeredPlay.add(g.type());
                if (!new TreeSet<>(g.purposes()).equals(playPurposes)) {
                  wrong.add(v.id() + ": Play purposes of " + g.type() + " " + g.purposes());
                }
                if (g.shared() != (v.role() != RecipientRole.PROCESSOR)) {
                  wrong.add(v.id() + ": Play shared of " + g.type() + " for a " + v.role());
                }
              });
      if (!answeredApple.equals(apple)) {
        wrong.add(v.id() + ": Apple types " + answeredApple + ", data says " + apple);
      }
      if (!answeredPlay.equals(play)) {
        wrong.add(v.id() + ": Play types " + answeredPlay + ", data says " + play);
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void noTwoEntriesShareAnIdOrAPackageAndCoordinatesAreWrittenAsTheirEcosystemWritesThem() {
    Set<String> ids = new LinkedHashSet<>();
    Map<String, String> coordinates = new HashMap<>();
    List<String> wrong = new ArrayList<>();
    for (Vendor v : REGISTRY.all()) {
      if (!ids.add(v.id())) {
        wrong.add("id " + v.id() + " twice");
      }
      v.packages()
          .forEach(
              (eco, list) -> {
                for (String c : list) {
                  String before = coordinates.put(eco.key() + " " + eco.normalize(c), v.id());
                  if (before != null) {
                    wrong.add(eco.key() + " " + c + " in " + before + " and " + v.id());
                  }
                  if (eco == Ecosystem.MAVEN && !c.matches("[\\w.-]+:[\\w.-]+")) {
                    wrong.add(v.id() + ": maven " + c + " is not group:artifact");
                  }
                  if ((eco == Ecosystem.SWIFTPM || eco == Ecosystem.GO)
                      && !c.equals(eco.normalize(c))) {
                    wrong.add(v.id() + ": " + eco.key() + " " + c + " is not written normalized");
                  }
                }
                assertTrue(
                    REGISTRY.byPackage(eco, list.get(0)).map(Vendor::id).orElse("").equals(v.id()),
                    v.id() + " is found by its " + eco.key() + " package");
              });
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void packagesAreFoundAsLockFilesWriteThem() {
    assertEquals(
        "sentry",
        REGISTRY
            .byPackage(Ecosystem.SWIFTPM, "https://github.com/getsentry/sentry-cocoa.git")
            .orElseThrow()
            .id());
    assertEquals(
        "stripe",
        REGISTRY.byPackage(Ecosystem.GO, "github.com/stripe/stripe-go/v76").orElseThrow().id());
    assertEquals("sentry", REGISTRY.byPackage(Ecosystem.PYPI, "Sentry_SDK").orElseThrow().id());
    assertEquals(
        "firebase-crashlytics",
        REGISTRY.byPackage(Ecosystem.COCOAPODS, "FirebaseCrashlytics").orElseThrow().id());
    assertTrue(REGISTRY.byPackage(Ecosystem.NPM, "left-pad").isEmpty());
  }

  @Test
  void theReferencePageListsEveryEntry() throws Exception {
    String page = java.nio.file.Files.readString(Path.of("docs/vendors.md"));
    List<String> missing =
        REGISTRY.ids().stream().filter(id -> !page.contains("| `" + id + "` |")).toList();
    assertEquals(List.of(), missing, "docs/vendors.md lacks entries");
  }
}
