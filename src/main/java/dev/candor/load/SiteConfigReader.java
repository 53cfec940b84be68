package dev.candor.load;

import dev.candor.model.SiteConfig;
import dev.candor.problem.InvalidInputException;
import dev.candor.problem.Location;
import dev.candor.problem.Problem;
import dev.candor.vocab.Nearest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Reads {@code site/site.yaml}, reporting every problem with its location. */
public final class SiteConfigReader {
  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
  private static final Pattern BASE_URL = Pattern.compile("https?://[^\\s<>\"]+/");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  private static final Pattern ASSET = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_./-]*\\.png");

  private SiteConfigReader() {}

  /**
   * The settings in {@code file}; the logo must be a PNG file inside {@code file}'s folder.
   *
   * @param languages the languages there is wording for (a tag such as de-CH uses de's)
   */
  public static SiteConfig read(Path file, Set<String> languages)
      throws IOException, InvalidInputException {
    return read(file, languages, Map.of());
  }

  /**
   * The settings in {@code file}, which must give the site's own text in each language of {@code
   * published} other than the site's.
   *
   * @param published the languages the site's pages are published in, each with why (e.g. "shop
   *     lists it in notice.languages")
   */
  public static SiteConfig read(Path file, Set<String> languages, Map<String, String> published)
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
              "footer",
              "languages",
              "translations");
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
        List<String> further = new ArrayList<>();
        if (f.has("languages")) {
          List<String> listed = f.texts("languages", false);
          List<String> seen = new ArrayList<>();
          for (int i = 0; listed != null && i < listed.size(); i++) {
            String l = listed.get(i);
            Location where = f.context().where().getOrDefault("languages[" + i + "]", f.at());
            if (!languages.contains(l.split("-")[0]) || !LANGUAGE.matcher(l).matches()) {
              cx.error(
                  where,
                  "language",
                  "there is no wording for the language '" + l + "'",
                  "supported: " + String.join(", ", languages.stream().sorted().toList()));
            } else if (seen.contains(l)) {
              cx.error(where, "duplicate", "'" + l + "' is listed twice", "list it once");
            } else {
              seen.add(l);
              further.add(l);
            }
          }
        }
        Map<String, SiteConfig.Text> translations =
            translations(f, cx, languages, language, footer, published);
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
                footer,
                further,
                translations);
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

  /**
   * The further languages {@code site.yaml} lists ({@code languages:}), those it lists well; its
   * problems are reported by {@link #read}.
   */
  public static List<String> listedLanguages(Path file, Set<String> languages) throws IOException {
    List<Problem> ignored = new ArrayList<>();
    YamlNode root =
        new YamlReader(Limits.DEFAULTS).read(file.toString(), Files.readAllBytes(file), ignored);
    if (!(root instanceof YamlNode.Mapping m) || !m.entries().containsKey("languages")) {
      return List.of();
    }
    Fields.Context cx = new Fields.Context(ignored, new HashMap<>(), "candor docs site");
    Fields f = Fields.ofIds(root, "", "the site settings", cx);
    List<String> listed = f == null ? null : f.texts("languages", false);
    return listed == null
        ? List.of()
        : listed.stream()
            .filter(l -> l != null && LANGUAGE.matcher(l).matches())
            .filter(l -> languages.contains(l.split("-")[0]))
            .distinct()
            .toList();
  }

  /**
   * The site's own text in further languages ({@code translations:}), and an error for each text
   * that a published language lacks.
   */
  private static Map<String, SiteConfig.Text> translations(
      Fields f,
      Fields.Context cx,
      Set<String> languages,
      String own,
      List<SiteConfig.Link> footer,
      Map<String, String> published) {
    Map<String, SiteConfig.Text> out = new TreeMap<>();
    Map<String, Location> at = new TreeMap<>();
    Set<String> labels = new LinkedHashSet<>();
    footer.forEach(l -> labels.add(l.label()));
    if (f.has("translations")) {
      Fields all = Fields.ofIds(f.raw("translations"), "translations", "'translations'", cx);
      if (all != null) {
        for (String lang : all.keys()) {
          YamlNode node = all.raw(lang);
          at.put(lang, node.at());
          if (!languages.contains(lang.split("-")[0]) || lang.equals(own)) {
            cx.error(
                node.at(),
                "language",
                lang.equals(own)
                    ? "'" + lang + "' is the site's own language; its text is above"
                    : "there is no wording for the language '" + lang + "'",
                "translations are keyed by language: "
                    + String.join(", ", languages.stream().sorted().toList()));
            continue;
          }
          Fields t =
              Fields.of(
                  node,
                  "translations." + lang,
                  "the site's text in '" + lang + "'",
                  cx,
                  "name",
                  "logo_alt",
                  "footer");
          if (t == null) {
            continue;
          }
          Map<String, String> links = new LinkedHashMap<>();
          if (t.has("footer")) {
            Fields fl =
                Fields.ofIds(
                    t.raw("footer"),
                    "translations." + lang + ".footer",
                    "the footer labels in '" + lang + "'",
                    cx);
            if (fl != null) {
              for (String label : fl.keys()) {
                if (!labels.contains(label)) {
                  String near = Nearest.didYouMean(label, List.copyOf(labels));
                  cx.error(
                      fl.raw(label).at(),
                      "unknown-label",
                      "there is no footer link labelled '" + label + "'",
                      near != null
                          ? near
                          : "key each translation by the label it translates: "
                              + String.join(", ", labels));
                  continue;
                }
                String text = fl.text(label, true);
                if (text != null) {
                  links.put(label, text);
                }
              }
            }
          }
          String name = t.text("name", false);
          out.put(lang, new SiteConfig.Text(name, t.text("logo_alt", false), links));
        }
      }
    }
    boolean known = own != null && languages.contains(own.split("-")[0]);
    for (Map.Entry<String, String> p : published.entrySet()) {
      String lang = p.getKey();
      // An unknown site language is its own error; what it would need to translate is not.
      if (lang.equals(own) || !known) {
        continue;
      }
      SiteConfig.Text t = out.get(lang);
      List<String> missing = new ArrayList<>();
      if (t == null || t.name() == null) {
        missing.add("name");
      }
      for (String label : labels) {
        if (t == null || !t.footer().containsKey(label)) {
          missing.add("the footer link '" + label + "'");
        }
      }
      if (missing.isEmpty()) {
        continue;
      }
      String language = Locale.forLanguageTag(lang).getDisplayName(Locale.ENGLISH);
      List<String> parts = new ArrayList<>();
      if (missing.contains("name")) {
        parts.add("name: ...");
      }
      List<String> links =
          labels.stream()
              .filter(l -> t == null || !t.footer().containsKey(l))
              .map(l -> Translations.quote(l) + ": ...")
              .toList();
      if (!links.isEmpty()) {
        parts.add("footer: {" + String.join(", ", links) + "}");
      }
      String yaml = "translations: {" + lang + ": {" + String.join(", ", parts) + "}}";
      cx.error(
          at.getOrDefault(lang, f.at()),
          "site-untranslated",
          "the site is published in "
              + language
              + " ("
              + p.getValue()
              + ") but its settings have no "
              + language
              + " for "
              + String.join(", ", missing),
          "add the " + language + " text to site.yaml, e.g. " + yaml + "; see candor docs site");
    }
    for (Map.Entry<String, SiteConfig.Text> e : List.copyOf(out.entrySet())) {
      if (e.getValue().name() == null) {
        out.remove(e.getKey());
      }
    }
    return out;
  }
}
