package dev.candor.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.load.Limits;
import dev.candor.load.TextFields;
import dev.candor.model.Inventory;
import dev.candor.pipeline.Build;
import dev.candor.render.pdf.PdfChecks;
import dev.candor.vocab.Vocabulary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The examples in German and French: every text of their own translated, in every format. */
class WholeTranslationsTest {
  static Stream<Arguments> examples() {
    List<Arguments> out = new ArrayList<>();
    for (String id : List.of("shop", "saas", "fitness")) {
      for (String lang : List.of("de", "fr")) {
        out.add(Arguments.of(id, lang));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("examples")
  void noTextOfTheEnglishInventoryIsLeft(String id, String lang) throws Exception {
    Inventory english =
        Build.load(List.of(Path.of("notices", id + ".yaml")), Limits.DEFAULTS).get(0).inventory();
    Inventory inv = TranslationsTest.translated(id, lang);
    Map<String, String> translatedByKey = new java.util.HashMap<>();
    TextFields.of(inv).forEach(f -> translatedByKey.put(f.key(), f.text()));
    // Text the translation keeps as it is (a name, "Apple Health") cannot tell English apart.
    List<TextFields.Field> english1 =
        TextFields.of(english).stream()
            .filter(TextFields.Field::required)
            .filter(f -> !f.text().equals(translatedByKey.get(f.key())))
            .toList();
    assertTrue(english1.size() > 30, "fields: " + english1.size());
    NoticeRenderer r = new NoticeRenderer(new Templates(Optional.empty()), Vocabulary.english());
    Map<Format, byte[]> out = r.render(inv, EnumSet.allOf(Format.class));
    Map<String, String> formats =
        Map.of(
            "html",
            // Text only: an anchor may be named after an id ("workouts") in any language.
            new String(out.get(Format.HTML), StandardCharsets.UTF_8)
                .replaceAll("(?s)<script[^>]*>.*?</script>", "")
                .replaceAll("<[^>]*>", "")
                .replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&amp;", "&")
                .replace("&gt;", ">"),
            "md",
            new String(out.get(Format.MD), StandardCharsets.UTF_8).replace("\\", ""),
            "pdf",
            PdfChecks.extractText(out.get(Format.PDF)).replaceAll("\\s+", " "));
    for (TextFields.Field f : english1) {
      for (var e : formats.entrySet()) {
        String text = e.getKey().equals("pdf") ? f.text().replaceAll("\\s+", " ") : f.text();
        assertTrue(
            !e.getValue().contains(text),
            id
                + " in "
                + lang
                + " ("
                + e.getKey()
                + ") keeps the English of "
                + f.path()
                + ": \""
                + text
                + "\"");
      }
    }
  }
}
