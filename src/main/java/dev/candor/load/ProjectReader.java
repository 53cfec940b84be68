package dev.candor.load;

import dev.candor.model.Project;
import dev.candor.problem.InvalidInputException;
import dev.candor.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds and reads a project's {@code candor.yaml}: in the folder a command starts from or the
 * nearest folder above it, like {@code .editorconfig}. Paths in it are relative to its folder.
 */
public final class ProjectReader {
  private static final String[] KEYS = {
    "notices", "archive", "site", "out", "languages", "evidence"
  };

  private ProjectReader() {}

  /**
   * The settings for a command started in {@code start}: from the nearest {@code candor.yaml}, or
   * the defaults relative to {@code start} when there is none.
   *
   * @param languages the languages there is wording for
   */
  public static Project find(Path start, Set<String> languages)
      throws IOException, InvalidInputException {
    Path abs = start.toAbsolutePath().normalize();
    for (Path d = abs; d != null; d = d.getParent()) {
      Path file = d.resolve(Project.FILE);
      if (Files.isRegularFile(file)) {
        Path root = start.resolve(abs.relativize(d)).normalize();
        return read(root.resolve(Project.FILE), languages);
      }
    }
    return Project.defaults(start);
  }

  /** The settings in {@code file}, every problem located; paths are relative to its folder. */
  public static Project read(Path file, Set<String> languages)
      throws IOException, InvalidInputException {
    Path root = file.getParent() == null ? Path.of("") : file.getParent();
    Project defaults = Project.defaults(root);
    byte[] bytes = Files.readAllBytes(file);
    List<Problem> problems = new ArrayList<>();
    if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
        .replaceAll("(?m)#.*$", "")
        .isBlank()) {
      return new Project(
          Optional.of(file),
          defaults.notices(),
          defaults.archive(),
          defaults.site(),
          defaults.out(),
          defaults.languages());
    }
    YamlNode node = new YamlReader(Limits.DEFAULTS).read(file.toString(), bytes, problems);
    Project project = null;
    if (node != null) {
      Fields.Context cx = new Fields.Context(problems, new HashMap<>(), "candor docs project");
      Fields f = Fields.of(node, "", "the project settings", cx, KEYS);
      if (f != null) {
        Path notices = path(f, "notices", root, defaults.notices());
        Path archive = path(f, "archive", root, notices.resolve("archive"));
        Path site = path(f, "site", root, defaults.site());
        Path out = path(f, "out", root, defaults.out());
        List<String> langs = f.has("languages") ? f.texts("languages", true) : List.of("en");
        for (String l : langs) {
          if (l != null && !languages.contains(l.split("-")[0])) {
            cx.error(
                f.raw("languages").at(),
                "language",
                "there is no wording for the language '" + l + "'",
                "supported: " + String.join(", ", languages.stream().sorted().toList()));
          }
        }
        Optional<Path> evidence =
            f.has("evidence") ? Optional.of(path(f, "evidence", root, root)) : Optional.empty();
        project = new Project(Optional.of(file), notices, archive, site, out, langs, evidence);
      }
    }
    if (project == null || problems.stream().anyMatch(Problem::isError)) {
      throw new InvalidInputException(problems);
    }
    return project;
  }

  private static Path path(Fields f, String key, Path root, Path otherwise) {
    String t = f.text(key, false);
    return t == null ? otherwise : root.resolve(t).normalize();
  }
}
