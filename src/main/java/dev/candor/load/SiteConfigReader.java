package dev.candor.load;

import dev.candor.model.SiteConfig;
import dev.candor.problem.InvalidInputException;
import dev.candor.problem.Location;
import dev.candor.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads {@code site/site.yaml}, reporting every problem with its location. */
public final class SiteConfigReader {
  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
  private static final Pattern BASE_URL = Pattern.compile("https?://[^\\s<>\"]+/");
  private static final Pattern ASSET = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_./-]*\\.png");

  private SiteConfigReader() {}

  /**
   * The settings in {@code file}; the logo must be a PNG file inside {@code file}'s folder.
   *
   * @param languages the languages there is wording for (a tag such as de-CH uses de's)
   */
  public static SiteConfig read(Path file, Set<String> languages)
      throws IOException, InvalidInputException {
    List<Problem> problems = new ArrayList<>();
    YamlNode root =
        new YamlReader(Limits.DEFAULTS).read(file.toString(), Files.readAllBytes(file), problems);
    SiteConfig config = null;
    if (root != null) {
      Fields.Context cx = new Fields.Context(problems, new HashMap<>(), "candor docs site");
      Fields f =
          Fields.of(
              root,
              "",
              "the site settings",
              cx,
              "name",
              "base_url",
              "language",
              "logo",
              "logo_alt",
              "colors",
              "footer");
      if (f != null) {
        String logo =
            f.matching(
                "logo",
                false,
                ASSET,
                "logo",
                "a PNG file in the site folder, e.g. assets/logo.png");
        if (logo != null
            && (logo.contains("..") || !Files.isRegularFile(file.resolveSibling(logo)))) {
          cx.error(
              f.raw("logo").at(),
              "logo",
              "no logo file at " + file.resolveSibling(logo),
              "put the PNG in the site folder and give its path relative to site.yaml");
        }
        String alt = f.text("logo_alt", logo != null);
        Fields c = f.object("colors", false, "'colors'", "accent", "accent_dark");
        String hint = "a colour is #rrggbb, e.g. #0b5cad";
        String accent = c == null ? null : c.matching("accent", false, COLOUR, "colour", hint);
        String accentDark =
            c == null ? null : c.matching("accent_dark", false, COLOUR, "colour", hint);
        List<SiteConfig.Link> footer =
            f.objects("footer", false, "a footer link", "label", "url").stream()
                .map(
                    l ->
                        new SiteConfig.Link(
                            l.text("label", true),
                            l.matching(
                                "url",
                                true,
                                Pattern.compile("(https?://|mailto:)[^\\s<>\"]+"),
                                "url",
                                "links start with https://, http:// or mailto:")))
                .toList();
        String language = f.has("language") ? f.text("language", true) : "en";
        if (language != null && f.has("language") && !languages.contains(language.split("-")[0])) {
          cx.error(
              f.raw("language").at(),
              "language",
              "there is no wording for the site language '" + language + "'",
              "supported: " + String.join(", ", languages.stream().sorted().toList()));
        }
        config =
            new SiteConfig(
                f.text("name", true),
                f.matching(
                    "base_url",
                    true,
                    BASE_URL,
                    "base-url",
                    "the full address the site is published at, ending in '/'"),
                language,
                logo,
                alt,
                accent == null ? "#0b5cad" : accent,
                accentDark == null ? "#8cc4ff" : accentDark,
                footer);
      }
    }
    if (config == null || problems.stream().anyMatch(Problem::isError)) {
      if (problems.isEmpty()) {
        problems.add(
            Problem.error(
                Location.of(file.toString()),
                "invalid",
                "the site settings are incomplete",
                "see candor docs site"));
      }
      throw new InvalidInputException(problems);
    }
    return config;
  }
}
