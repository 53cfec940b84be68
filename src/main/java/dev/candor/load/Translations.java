package dev.candor.load;

import dev.candor.load.YamlNode.Entry;
import dev.candor.load.YamlNode.Mapping;
import dev.candor.load.YamlNode.Scalar;
import dev.candor.load.YamlNode.ScalarType;
import dev.candor.load.YamlNode.Sequence;
import dev.candor.model.Inventory;
import dev.candor.problem.Location;
import dev.candor.problem.Problem;
import dev.candor.vocab.Nearest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The inventory's own text in another language, from a translation file beside it.
 *
 * <p>{@code notices/shop.de.yaml} gives the German of {@code notices/shop.yaml}: the same ids as
 * the inventory, and for each field of text ({@link TextFields}) a pair of the text it translates,
 * under the inventory's own language, and its translation:
 *
 * <pre>
 * data:
 *   email:
 *     without:
 *       en: We cannot send your order confirmation.
 *       de: Ohne sie können wir Ihnen keine Bestellbestätigung schicken.
 * </pre>
 *
 * A field with no translation is an error, so a notice is never half in one language; a pair whose
 * first text no longer matches the inventory is a stale translation, and a warning.
 */
public final class Translations {
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  /** Sections whose keys are the inventory's ids (or versions, for changes). */
  private static final Map<String, String> ID_SECTIONS =
      Map.of(
          "data", "data item",
          "purposes", "purpose",
          "stores", "store",
          "recipients", "recipient",
          "access", "access entry",
          "changes", "change of version",
          "cookies", "cookie");

  private Translations() {}

  /**
   * A notice's inventory in another language, and the problems of its translation.
   *
   * @param inventory the inventory with every translated field in the language; null when an error
   *     keeps it from being complete
   * @param problems errors (a field without translation, a malformed file) and warnings (a stale
   *     translation), sorted
   */
  public record Translated(Inventory inventory, List<Problem> problems) {
    public Translated {
      problems = problems.stream().sorted().toList();
    }

    /** Whether every field is translated and the file is well formed. */
    public boolean complete() {
      return inventory != null && problems.stream().noneMatch(Problem::isError);
    }
  }

  /** Whether a language needs a translation of text written in {@code own}. */
  public static boolean needed(String own, String language) {
    return !base(own).equals(base(language));
  }

  /** The translation file of an inventory file: {@code shop.yaml} gives {@code shop.de.yaml}. */
  public static Path file(Path inventory, String language) {
    String name = inventory.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot < 0 ? name : name.substring(0, dot);
    String ext = dot < 0 ? ".yaml" : name.substring(dot);
    return inventory.resolveSibling(stem + "." + language + ext);
  }

  /**
   * Whether a file is the translation of another one in its folder ({@code shop.de.yaml} beside
   * {@code shop.yaml}), not an inventory of its own.
   */
  public static boolean isTranslation(Path file) {
    String name = file.getFileName().toString();
    int ext = name.lastIndexOf('.');
    if (ext < 0) {
      return false;
    }
    String stem = name.substring(0, ext);
    int dot = stem.lastIndexOf('.');
    if (dot < 0 || !LANGUAGE.matcher(stem.substring(dot + 1)).matches()) {
      return false;
    }
    return Files.exists(file.resolveSibling(stem.substring(0, dot) + name.substring(ext)));
  }

  /**
   * The languages of the translation files kept beside an inventory file, e.g. de and fr for {@code
   * 1.1.de.yaml} and {@code 1.1.fr.yaml} beside {@code 1.1.yaml}, sorted.
   */
  public static List<String> kept(Path inventory) throws IOException {
    Path dir = inventory.toAbsolutePath().getParent();
    String name = inventory.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot < 0 ? name : name.substring(0, dot);
    Set<String> out = new TreeSet<>();
    if (dir == null || !Files.isDirectory(dir)) {
      return List.of();
    }
    try (var files = Files.newDirectoryStream(dir, "*.{yaml,yml}")) {
      for (Path f : files) {
        String n = f.getFileName().toString();
        String rest = n.startsWith(stem + ".") ? n.substring(stem.length() + 1) : "";
        int ext = rest.lastIndexOf('.');
        if (ext > 0 && LANGUAGE.matcher(rest.substring(0, ext)).matches()) {
          out.add(rest.substring(0, ext));
        }
      }
    }
    return List.copyOf(out);
  }

  /** Reads the translation beside a loaded inventory into {@code language}. */
  public static Translated read(LoadedInventory li, String language, Limits limits)
      throws IOException {
    Inventory inv = li.inventory();
    if (!needed(inv.notice().language(), language)) {
      return new Translated(inv.inLanguage(language), List.of());
    }
    Path file = file(Path.of(li.source().file()), language);
    List<Problem> problems = new ArrayList<>();
    YamlNode root = null;
    if (Files.exists(file)) {
      root = new YamlReader(limits).read(file.toString(), Files.readAllBytes(file), problems);
    }
    return apply(li, language, file.toString(), root, problems);
  }

  /**
   * Applies a translation read from {@code name} (root is null when there is no such file).
   *
   * @param problems problems already found reading the file; added to
   */
  static Translated apply(
      LoadedInventory li, String language, String name, YamlNode root, List<Problem> problems) {
    Inventory inv = li.inventory();
    String own = inv.notice().language();
    Map<String, TextFields.Field> fields = new LinkedHashMap<>();
    for (TextFields.Field f : TextFields.of(inv)) {
      fields.put(f.key(), f);
    }
    Map<String, String> texts = new HashMap<>();
    if (root != null) {
      new Reader(li, own, language, name, fields, texts, problems).section(root, "");
    }
    String lang = languageName(language);
    for (TextFields.Field f : fields.values()) {
      if (f.required() && !texts.containsKey(f.key())) {
        problems.add(
            Problem.error(
                li.source().at(f.path()),
                "untranslated",
                "'" + f.path() + "' has no " + lang + " translation in " + name,
                root == null
                    ? "candor translate "
                        + li.source().file()
                        + " --language "
                        + language
                        + " writes the file with every field to translate"
                    : "give it under '"
                        + f.key().replace('/', '.')
                        + "' with '"
                        + language
                        + ":'"));
      }
    }
    if (problems.stream().anyMatch(Problem::isError)) {
      return new Translated(null, problems);
    }
    Inventory translated =
        TextFields.map(inv, f -> texts.getOrDefault(f.key(), f.text())).inLanguage(language);
    return new Translated(translated, problems);
  }

  /**
   * Each text of an inventory with its translation, for wording changes: the facts of a change hold
   * the text as the inventory wrote it.
   */
  public static Map<String, String> dictionary(Inventory original, Inventory translated) {
    Map<String, String> byKey = new HashMap<>();
    TextFields.of(translated).forEach(f -> byKey.put(f.key(), f.text()));
    Map<String, String> out = new HashMap<>();
    for (TextFields.Field f : TextFields.of(original)) {
      String t = byKey.get(f.key());
      if (t != null) {
        out.putIfAbsent(f.text(), t);
      }
    }
    return Map.copyOf(out);
  }

  /** A language's English name, for messages: de gives German. */
  static String languageName(String language) {
    String n = Locale.forLanguageTag(language).getDisplayName(Locale.ENGLISH);
    return n.isBlank() ? "'" + language + "'" : n;
  }

  private static String base(String language) {
    return language.split("-")[0].toLowerCase(Locale.ROOT);
  }

  /** Walks a translation file along the inventory's keys. */
  private record Reader(
      LoadedInventory li,
      String own,
      String language,
      String name,
      Map<String, TextFields.Field> fields,
      Map<String, String> texts,
      List<Problem> problems) {

    /** Whether any field's key starts with the given prefix. */
    private boolean within(String key) {
      String prefix = key + "/";
      return fields.keySet().stream().anyMatch(k -> k.startsWith(prefix));
    }

    void section(YamlNode node, String key) {
      if (node instanceof Mapping m) {
        for (Map.Entry<String, Entry> e : m.entries().entrySet()) {
          String k = key.isEmpty() ? e.getKey() : key + "/" + e.getKey();
          child(e.getValue().value(), e.getValue().keyAt(), k, e.getKey(), key);
        }
      } else if (node instanceof Sequence s) {
        for (int i = 0; i < s.items().size(); i++) {
          YamlNode item = s.items().get(i);
          child(item, item.at(), key + "/" + i, "item " + (i + 1), key);
        }
      } else if (!(node instanceof Scalar sc && sc.type() == ScalarType.NULL)) {
        problems.add(
            Problem.error(
                node.at(),
                "type",
                (key.isEmpty() ? "a translation file" : "'" + dotted(key) + "'")
                    + " must be a mapping of keys to values, not "
                    + node.kind(),
                "write it as 'key: value' lines, with the same keys as the inventory"));
      }
    }

    private void child(YamlNode value, Location keyAt, String key, String shown, String parent) {
      if (fields.containsKey(key)) {
        pair(value, key);
      } else if (within(key)) {
        section(value, key);
      } else {
        unknown(keyAt, key, shown, parent);
      }
    }

    private void unknown(Location at, String key, String shown, String parent) {
      String section = ID_SECTIONS.get(parent);
      List<String> siblings = siblings(parent);
      String near = Nearest.didYouMean(shown, siblings);
      String message;
      if (section != null) {
        message = "there is no " + section + " '" + shown + "' in " + li.source().file();
      } else if (parent.isEmpty()) {
        message = "unknown section '" + shown + "': the inventory has no text to translate there";
      } else {
        message = "unknown field '" + shown + "' in '" + dotted(parent) + "'";
      }
      String hint =
          near != null
              ? near
              : siblings.isEmpty()
                  ? "remove it; candor translate rewrites the file with the fields there are"
                  : "known here: " + String.join(", ", siblings);
      problems.add(Problem.error(at, "unknown-key", message, hint));
    }

    /** The keys written under a parent key in the inventory's fields, in order. */
    private List<String> siblings(String parent) {
      String prefix = parent.isEmpty() ? "" : parent + "/";
      Set<String> out = new TreeSet<>();
      for (String k : fields.keySet()) {
        if (k.startsWith(prefix)) {
          String rest = k.substring(prefix.length());
          int cut = rest.indexOf('/');
          out.add(cut < 0 ? rest : rest.substring(0, cut));
        }
      }
      return List.copyOf(out);
    }

    private void pair(YamlNode value, String key) {
      TextFields.Field field = fields.get(key);
      if (!(value instanceof Mapping m)) {
        problems.add(
            Problem.error(
                value.at(),
                "type",
                "'"
                    + dotted(key)
                    + "' must give the text it translates and its translation, not "
                    + value.kind(),
                "write '"
                    + own
                    + ": <the inventory's text>' and '"
                    + language
                    + ": <translation>'"));
        return;
      }
      Scalar source = null;
      for (Map.Entry<String, Entry> e : m.entries().entrySet()) {
        String k = e.getKey();
        YamlNode v = e.getValue().value();
        if (!k.equals(own) && !k.equals(language)) {
          problems.add(
              Problem.error(
                  e.getValue().keyAt(),
                  "unknown-key",
                  "unknown key '" + k + "' in '" + dotted(key) + "'",
                  "a field has two keys: '"
                      + own
                      + "' (the text it translates) and '"
                      + language
                      + "' (the translation)"));
          continue;
        }
        if (!(v instanceof Scalar s)
            || (s.type() != ScalarType.TEXT && s.type() != ScalarType.NULL)) {
          problems.add(
              Problem.error(
                  v.at(),
                  "type",
                  "'" + dotted(key) + "." + k + "' must be text, not " + v.kind(),
                  "quote it: " + k + ": \"...\""));
          continue;
        }
        if (k.equals(own)) {
          source = s;
        } else if (s.type() == ScalarType.TEXT && !s.text().isBlank()) {
          texts.put(key, s.text().strip());
        }
      }
      if (!texts.containsKey(key)) {
        return; // reported as untranslated, at the inventory's field
      }
      if (source == null || source.type() != ScalarType.TEXT) {
        problems.add(
            Problem.warning(
                m.at(),
                "translation-source",
                "the translation of '"
                    + field.path()
                    + "' does not say which text it translates, so Candor cannot tell when it is"
                    + " out of date",
                "add '" + own + ": " + quote(field.text()) + "'"));
      } else if (!source.text().strip().equals(field.text().strip())) {
        problems.add(
            Problem.warning(
                source.at(),
                "translation-stale",
                "the "
                    + languageName(language)
                    + " of '"
                    + field.path()
                    + "' translates older text: the inventory now says "
                    + quote(field.text()),
                "update the translation, then copy the new text into '"
                    + own
                    + "' (the inventory's text is at "
                    + li.source().at(field.path())
                    + ")"));
      }
    }

    private static String dotted(String key) {
      return key.replace('/', '.');
    }
  }

  /** Text in double quotes, YAML-escaped. */
  static String quote(String text) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /**
   * A translation file with every field of the inventory to translate: the translations an existing
   * file gives are kept as they are (with the text they translate, so a stale one stays visible),
   * the others are left empty for the translator; fields the inventory no longer has are dropped.
   */
  public static String skeleton(LoadedInventory li, String language, YamlNode existing) {
    Inventory inv = li.inventory();
    String own = inv.notice().language();
    Map<String, String[]> kept = new HashMap<>();
    if (existing != null) {
      collect(existing, "", own, language, kept);
    }
    StringBuilder b = new StringBuilder();
    b.append("# ")
        .append(languageName(language))
        .append(" text of ")
        .append(Path.of(li.source().file()).getFileName())
        .append(". Each field gives the text it translates (")
        .append(own)
        .append(") and its translation (")
        .append(language)
        .append(").\n")
        .append("# candor check warns when the ")
        .append(own)
        .append(" text has changed since; candor translate adds new fields.\n");
    Map<String, Object> tree = new LinkedHashMap<>();
    for (TextFields.Field f : TextFields.of(inv)) {
      String[] parts = f.key().split("/");
      Map<String, Object> at = tree;
      for (int i = 0; i < parts.length - 1; i++) {
        @SuppressWarnings("unchecked")
        Map<String, Object> next =
            (Map<String, Object>) at.computeIfAbsent(parts[i], k -> new LinkedHashMap<>());
        at = next;
      }
      String[] pair = kept.get(f.key());
      String source = pair != null && pair[0] != null ? pair[0] : f.text();
      String target = pair != null && pair[1] != null ? pair[1] : "";
      at.put(parts[parts.length - 1], new String[] {source, target});
    }
    for (String line : lines(tree, "", own, language)) {
      b.append(line).append('\n');
    }
    return b.toString();
  }

  private static List<String> lines(Object node, String indent, String own, String language) {
    List<String> out = new ArrayList<>();
    if (node instanceof String[] pair) {
      out.add(indent + own + ": " + quote(pair[0]));
      out.add(indent + language + ": " + quote(pair[1]));
      return out;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) node;
    for (Map.Entry<String, Object> e : map.entrySet()) {
      out.add(indent + key(e.getKey()) + ":");
      if (e.getValue() instanceof Map<?, ?> m
          && !m.isEmpty()
          && m.keySet().stream().allMatch(k -> ((String) k).matches("\\d+"))
          && LISTS.contains(e.getKey())) {
        for (Object item : m.values()) {
          List<String> inner = lines(item, indent + "    ", own, language);
          inner.set(0, indent + "  - " + inner.get(0).substring(indent.length() + 4));
          out.addAll(inner);
        }
      } else {
        out.addAll(lines(e.getValue(), indent + "  ", own, language));
      }
    }
    return out;
  }

  /** Lists of text without ids, whose items a translation gives by position. */
  private static final Set<String> LISTS =
      Set.of("from", "collected_at", "never_ask", "people", "processor_for");

  private static String key(String part) {
    return part.matches("[a-z_][a-z0-9_-]*") ? part : quote(part);
  }

  private static void collect(
      YamlNode node, String key, String own, String language, Map<String, String[]> out) {
    if (node instanceof Mapping m) {
      if (m.entries().containsKey(language) || m.entries().containsKey(own)) {
        out.put(key, new String[] {text(m, own), text(m, language)});
        return;
      }
      m.entries()
          .forEach(
              (k, e) -> collect(e.value(), key.isEmpty() ? k : key + "/" + k, own, language, out));
    } else if (node instanceof Sequence s) {
      for (int i = 0; i < s.items().size(); i++) {
        collect(s.items().get(i), key + "/" + i, own, language, out);
      }
    }
  }

  private static String text(Mapping m, String k) {
    Entry e = m.entries().get(k);
    return e != null && e.value() instanceof Scalar s && s.type() == ScalarType.TEXT
        ? s.text()
        : null;
  }
}
