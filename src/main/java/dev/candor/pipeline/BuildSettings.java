package dev.candor.pipeline;

import dev.candor.check.CheckSettings;
import dev.candor.load.Limits;
import dev.candor.model.Project;
import dev.candor.render.Format;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What to build.
 *
 * @param inputs inventory files; empty means every {@code *.yaml} in {@code notices/}
 * @param out the folder that receives {@code <id>.html}, {@code <id>.md} and {@code <id>.pdf}
 * @param formats the formats to write
 * @param templates a theme folder whose files override the built-in templates
 * @param limits safety limits for reading inventories
 * @param checks how the checks run before anything is rendered
 * @param language the language to write the notices in, instead of each inventory's own
 * @param project the project's settings: a notice in its notices folder has its earlier versions in
 *     the project's archive; any other has them in {@code archive/} beside it
 */
public record BuildSettings(
    List<Path> inputs,
    Path out,
    Set<Format> formats,
    Optional<Path> templates,
    Limits limits,
    CheckSettings checks,
    Optional<String> language,
    Optional<Project> project) {
  public BuildSettings {
    language = language == null ? Optional.empty() : language;
    project = project == null ? Optional.empty() : project;
    inputs = List.copyOf(inputs);
    formats = Set.copyOf(formats);
    checks = checks == null ? CheckSettings.DEFAULTS : checks;
  }

  /** Settings with each notice's archive beside it. */
  public BuildSettings(
      List<Path> inputs,
      Path out,
      Set<Format> formats,
      Optional<Path> templates,
      Limits limits,
      CheckSettings checks,
      Optional<String> language) {
    this(inputs, out, formats, templates, limits, checks, language, Optional.empty());
  }

  /** Settings that run the checks with their defaults. */
  public BuildSettings(
      List<Path> inputs, Path out, Set<Format> formats, Optional<Path> templates, Limits limits) {
    this(inputs, out, formats, templates, limits, CheckSettings.DEFAULTS, Optional.empty());
  }

  /** Settings that write each notice in its inventory's language. */
  public BuildSettings(
      List<Path> inputs,
      Path out,
      Set<Format> formats,
      Optional<Path> templates,
      Limits limits,
      CheckSettings checks) {
    this(inputs, out, formats, templates, limits, checks, Optional.empty());
  }
}
