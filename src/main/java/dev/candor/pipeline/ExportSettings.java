package dev.candor.pipeline;

import dev.candor.load.Limits;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What to export.
 *
 * @param kind which answers or snippets to write
 * @param inputs inventory files; empty means every {@code *.yaml} in {@code notices/}
 * @param out the folder that receives {@code <id>/apple/}, {@code <id>/google/}, {@code
 *     <id>/snippets/} or {@code <id>/ropa/}
 * @param limits safety limits for reading inventories
 * @param noticeUrl where the notice is published, for the snippets' links; empty means {@code
 *     <id>.html} beside the page
 * @param language the language of the snippets, instead of each inventory's own
 * @param evidence evidence files whose privacy manifests the App Store manifest merges
 */
public record ExportSettings(
    Kind kind,
    List<Path> inputs,
    Path out,
    Limits limits,
    Optional<String> noticeUrl,
    Optional<String> language,
    List<Path> evidence) {
  public ExportSettings {
    inputs = List.copyOf(inputs);
    evidence = List.copyOf(evidence);
  }

  /** Settings without evidence. */
  public ExportSettings(
      Kind kind,
      List<Path> inputs,
      Path out,
      Limits limits,
      Optional<String> noticeUrl,
      Optional<String> language) {
    this(kind, inputs, out, limits, noticeUrl, language, List.of());
  }

  /** The kinds of export. */
  public enum Kind {
    /** App Store App Privacy answers and a privacy manifest. */
    APPLE_PRIVACY,
    /** Google Play Data safety answers. */
    PLAY_DATA_SAFETY,
    /** Just-in-time notices for each place data is collected. */
    SNIPPETS,
    /** The record of processing activities (GDPR Art. 30) as XLSX, CSV and HTML. */
    ROPA
  }
}
