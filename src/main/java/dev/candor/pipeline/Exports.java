package dev.candor.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.candor.evidence.Evidence;
import dev.candor.evidence.Finding.PrivacyManifest;
import dev.candor.export.AppPrivacy;
import dev.candor.export.AppPrivacyWriter;
import dev.candor.export.DataSafety;
import dev.candor.export.DataSafetyWriter;
import dev.candor.export.Ropa;
import dev.candor.export.RopaWriter;
import dev.candor.export.Snippet;
import dev.candor.export.Snippets;
import dev.candor.export.StoreGaps;
import dev.candor.load.LoadedInventory;
import dev.candor.model.Inventory;
import dev.candor.problem.InvalidInputException;
import dev.candor.render.NoticeComposer;
import dev.candor.render.NoticeRenderer;
import dev.candor.render.Templates;
import dev.candor.vocab.Crosswalk;
import dev.candor.vocab.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@code candor export}: load and validate inventories, then write store answers or snippets. */
public final class Exports {
  private Exports() {}

  /** Writes the export of every inventory; returns the files written. */
  public static List<Path> run(ExportSettings s) throws IOException, InvalidInputException {
    List<Path> files = s.inputs().isEmpty() ? Build.defaultInputs() : s.inputs();
    Map<String, byte[]> out = new TreeMap<>();
    NoticeRenderer renderer =
        new NoticeRenderer(new Templates(Optional.empty()), Vocabulary.english());
    List<LoadedInventory> loaded = Build.load(files, s.limits());
    List<PrivacyManifest> manifests = new java.util.ArrayList<>();
    for (Evidence e : Scans.read(s.evidence())) {
      manifests.addAll(e.all(PrivacyManifest.class));
    }
    List<dev.candor.problem.Problem> gaps = new java.util.ArrayList<>();
    for (LoadedInventory li : loaded) {
      store(s.kind())
          .ifPresent(
              t -> gaps.addAll(StoreGaps.of(li.inventory(), li.source(), Crosswalk.builtIn(), t)));
    }
    if (!gaps.isEmpty()) {
      throw new InvalidInputException(gaps);
    }
    for (LoadedInventory li : loaded) {
      Inventory inv = s.language().map(li.inventory()::inLanguage).orElse(li.inventory());
      out.putAll(files(s, inv, renderer.composer(inv), manifests));
    }
    AtomicWriter.files(s.out(), out);
    return out.keySet().stream().map(s.out()::resolve).toList();
  }

  /** The store whose answers an export writes; empty for snippets. */
  private static Optional<Crosswalk.Target> store(ExportSettings.Kind kind) {
    return switch (kind) {
      case APPLE_PRIVACY -> Optional.of(Crosswalk.Target.APPLE);
      case PLAY_DATA_SAFETY -> Optional.of(Crosswalk.Target.GOOGLE);
      case SNIPPETS, ROPA -> Optional.empty();
    };
  }

  /** The files of one inventory's export, by their names under the output folder. */
  public static Map<String, byte[]> files(
      ExportSettings s, Inventory inv, NoticeComposer composer, List<PrivacyManifest> manifests) {
    Crosswalk cw = Crosswalk.builtIn();
    String id = inv.notice().id();
    Map<String, String> files = new LinkedHashMap<>();
    switch (s.kind()) {
      case APPLE_PRIVACY -> {
        AppPrivacy a = AppPrivacy.of(inv, cw, composer::label);
        AppPrivacyWriter w = new AppPrivacyWriter(cw);
        files.put(id + "/apple/app-privacy.md", w.markdown(a));
        files.put(id + "/apple/app-privacy.json", w.json(a));
        files.put(
            id + "/apple/PrivacyInfo.xcprivacy",
            s.evidence().isEmpty() ? w.plist(a) : w.plist(a, manifests));
      }
      case PLAY_DATA_SAFETY -> {
        DataSafety d = DataSafety.of(inv, cw, composer::label);
        DataSafetyWriter w = new DataSafetyWriter(cw);
        files.put(id + "/google/data-safety.md", w.markdown(d));
        files.put(id + "/google/data-safety.csv", w.csv(d));
      }
      case SNIPPETS -> {
        List<Snippet> snippets = Snippets.of(inv, composer, s.noticeUrl().orElse(id + ".html"));
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (Snippet sn : snippets) {
          String slug = slug(sn.place());
          int n = seen.merge(slug, 1, Integer::sum);
          String name = id + "/snippets/" + slug + (n == 1 ? "" : "-" + n);
          files.put(name + ".html", sn.html());
          files.put(name + ".md", sn.markdown());
        }
        files.put(id + "/snippets/snippets.json", json(snippets));
      }
      case ROPA -> {
        Ropa ropa = Ropa.of(inv, composer, Vocabulary.english());
        for (Ropa.Sheet sheet : ropa.sheets()) {
          files.put(id + "/ropa/" + sheet.file() + ".csv", RopaWriter.csv(sheet));
        }
        files.put(id + "/ropa/ropa.html", RopaWriter.html(ropa));
      }
      default -> throw new IllegalArgumentException(s.kind().toString());
    }
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    files.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
    if (s.kind() == ExportSettings.Kind.ROPA) {
      bytes.put(
          id + "/ropa/ropa.xlsx",
          RopaWriter.xlsx(Ropa.of(inv, composer, Vocabulary.english()), inv.notice().effective()));
    }
    return bytes;
  }

  private static String json(List<Snippet> snippets) {
    try {
      return new ObjectMapper()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(snippets)
              .replace("\r\n", "\n")
          + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A file name for a place: its letters and digits in lower case, words joined by hyphens
   * ("Sign-up screen" is sign-up-screen); "place" when nothing is left.
   */
  public static String slug(String place) {
    String s =
        java.text.Normalizer.normalize(place, java.text.Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-|-$", "");
    if (s.length() > 60) {
      s = s.substring(0, 60).replaceAll("-$", "");
    }
    return s.isEmpty() ? "place" : s;
  }
}
