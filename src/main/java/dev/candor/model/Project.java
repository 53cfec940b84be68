package dev.candor.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a project's notices, their archive, the site settings and the output live, from its {@code
 * candor.yaml}; without one, Candor's own layout.
 *
 * @param file the {@code candor.yaml} these settings come from, if there is one
 * @param notices the folder of current inventories ({@code *.yaml} directly in it)
 * @param archive earlier versions, as {@code <archive>/<id>/<version>.yaml}
 * @param site the folder holding {@code site.yaml} and its assets
 * @param out where {@code build} writes; {@code site} writes to {@code <out>/site}
 * @param languages the languages notices are written in, the notice's own first
 * @param evidence the folder of evidence files ({@code *.json} of {@code candor scan}) that {@code
 *     candor check} compares the inventories with when no {@code --evidence} is given, if any
 */
public record Project(
    Optional<Path> file,
    Path notices,
    Path archive,
    Path site,
    Path out,
    List<String> languages,
    Optional<Path> evidence) {
  /** The name of the settings file. */
  public static final String FILE = "candor.yaml";

  public Project {
    file = file == null ? Optional.empty() : file;
    languages = List.copyOf(languages);
    evidence = evidence == null ? Optional.empty() : evidence;
  }

  /** Settings without an evidence folder. */
  public Project(
      Optional<Path> file,
      Path notices,
      Path archive,
      Path site,
      Path out,
      List<String> languages) {
    this(file, notices, archive, site, out, languages, Optional.empty());
  }

  /** Today's layout, relative to {@code root}: notices/, notices/archive/, site/, out/. */
  public static Project defaults(Path root) {
    Path notices = root.resolve("notices");
    return new Project(
        Optional.empty(),
        notices,
        notices.resolve("archive"),
        root.resolve("site"),
        root.resolve("out"),
        List.of("en"));
  }

  /** The folder {@code candor site} writes to: {@code <out>/site}. */
  public Path siteOut() {
    return out.resolve("site");
  }

  /** The folder {@code candor schema} writes to: {@code <notices>/schema}. */
  public Path schemas() {
    return notices.resolve("schema");
  }

  /** Whether {@code dir} is this project's notices folder, however it is written. */
  public boolean isNotices(Path dir) {
    return dir.toAbsolutePath().normalize().equals(notices.toAbsolutePath().normalize());
  }
}
