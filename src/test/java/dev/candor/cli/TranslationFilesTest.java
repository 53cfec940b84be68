package dev.candor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.Candor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Translation files: a notice is whole in its language or not written, and stale text warns. */
class TranslationFilesTest {
  @TempDir Path tmp;

  private Path shop(String language, String from, String to) throws Exception {
    Files.copy(Path.of("notices/shop.yaml"), tmp.resolve("shop.yaml"));
    if (language != null) {
      String text = Files.readString(Path.of("notices/shop." + language + ".yaml"));
      assertTrue(text.contains(from), from);
      Files.writeString(tmp.resolve("shop." + language + ".yaml"), text.replace(from, to));
    }
    return tmp.resolve("shop.yaml");
  }

  private Candor build(Path file, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("build", file.toString(), "--out", tmp.resolve("out").toString()));
    args.addAll(List.of(more));
    return Candor.run(args.toArray(String[]::new));
  }

  @Test
  void aLanguageWithoutATranslationFileIsBadInputNamingEveryField() throws Exception {
    Path file = shop(null, "", "");
    Candor r = build(file, "--language", "de");
    assertEquals(2, r.code(), r::toString);
    assertTrue(
        r.err().contains(file + ":5:10: error: 'notice.title' has no German translation"), r.err());
    assertTrue(r.err().contains("'data[2].label' has no German translation"), r.err());
    assertTrue(r.err().contains("candor translate " + file + " --language de"), r.err());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void anEmptyTranslationIsBadInputAtTheInventorysField() throws Exception {
    Path file = shop("de", "de: \"Lieferadresse\"", "de: \"\"");
    Candor r = build(file, "--language", "de");
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains(file + ":51:12: error: 'data[2].label' has no German"), r.err());
    assertTrue(r.err().contains("give it under 'data.address.label' with 'de:'"), r.err());
  }

  @Test
  void anUnknownIdAFieldAndAWrongTypeAreLocatedInTheTranslationFile() throws Exception {
    Path file =
        shop(
            "fr",
            "  address:\n    label:",
            "  adress:\n    label:\n      en: x\n      fr: y\n  address:\n    colour:\n"
                + "      en: x\n      fr: y\n    label:");
    Files.writeString(
        tmp.resolve("shop.fr.yaml"),
        Files.readString(tmp.resolve("shop.fr.yaml"))
            .replace("fr: \"Première version.\"", "fr: [1, 2]"));
    Candor r = build(file, "--language", "fr");
    assertEquals(2, r.code(), r::toString);
    String fr = tmp.resolve("shop.fr.yaml").toString();
    assertTrue(
        r.err().contains(fr + ":24:3: error: there is no data item 'adress' in " + file), r.err());
    assertTrue(r.err().contains("did you mean 'address'?"), r.err());
    assertTrue(r.err().contains("unknown field 'colour' in 'data.address'"), r.err());
    assertTrue(r.err().contains("'changes.1.0.summary.fr' must be text, not a list"), r.err());
  }

  @Test
  void aStaleTranslationIsAWarningOfCheckAndBuild() throws Exception {
    Path file =
        shop(
            "de",
            "en: \"We cannot deliver your order.\"",
            "en: \"We cannot deliver your parcel.\"");
    Candor r = build(file, "--language", "de", "--format", "md");
    assertEquals(0, r.code(), r::toString);
    String de = tmp.resolve("shop.de.yaml").toString();
    assertTrue(
        r.err().contains(de + ":29:11: warning: the German of 'data[2].without' translates older"),
        r.err());
    Candor c = Candor.run("check", file.toString());
    assertTrue(c.out().contains("warning[translation-stale]"), c::toString);
    assertTrue(Files.readString(tmp.resolve("out/shop.md")).contains("# Datenschutzerklärung"));
  }

  @Test
  void everyLanguageTheNoticeListsIsBuilt() throws Exception {
    Path file = shop("de", "", "");
    Files.copy(Path.of("notices/shop.fr.yaml"), tmp.resolve("shop.fr.yaml"));
    Files.writeString(
        file,
        Files.readString(file)
            .replace("  language: en\n", "  language: en\n  languages: [de, fr]\n"));
    Candor r = build(file, "--format", "html");
    assertEquals(0, r.code(), r::toString);
    assertTrue(Files.readString(tmp.resolve("out/shop.fr.html")).contains("<html lang=\"fr\""));
    assertTrue(Files.readString(tmp.resolve("out/shop.de.html")).contains("<html lang=\"de\""));
    assertTrue(Files.exists(tmp.resolve("out/shop.html")));
  }

  @Test
  void translateWritesEveryFieldAndKeepsWhatIsTranslated() throws Exception {
    Path file = shop("de", "de: \"Lieferadresse\"", "de: \"Zustelladresse\"");
    Files.writeString(
        file, Files.readString(file).replace("label: card details", "label: payment card"));
    Candor r = Candor.run("translate", file.toString(), "--language", "de");
    assertEquals(0, r.code(), r::toString);
    String text = Files.readString(tmp.resolve("shop.de.yaml"));
    assertTrue(text.contains("de: \"Zustelladresse\""), text);
    // The changed label keeps its old pair, so check still says it is stale.
    assertTrue(text.contains("en: \"card details\""), text);
    Candor fresh = Candor.run("translate", file.toString(), "--language", "fr");
    assertEquals(0, fresh.code(), fresh::toString);
    String it = Files.readString(tmp.resolve("shop.fr.yaml"));
    assertTrue(
        it.contains("  title:\n    en: \"Privacy notice for Larch & Loom\"\n    fr: \"\""), it);
    assertTrue(it.contains("never_ask:\n    - en: \"your password\"\n      fr: \"\""), it);
  }
}
