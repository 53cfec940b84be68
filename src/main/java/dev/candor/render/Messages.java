package dev.candor.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fixed wording of notices in one language, with {@code {name}} placeholders. */
public final class Messages {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
  private static final Map<String, Messages> CACHE = new ConcurrentHashMap<>();

  private final String language;
  private final Map<String, String> texts;

  private Messages(String language, Map<String, String> texts) {
    this.language = language;
    this.texts = texts;
  }

  /** The bundle for a language, if Candor has one. */
  public static Optional<Messages> forLanguage(String language) {
    return forBundle("messages", language);
  }

  /** A named bundle ({@code <bundle>_<language>.properties} beside this class), if it exists. */
  public static Optional<Messages> forBundle(String bundle, String language) {
    String[] parts = language.split("-");
    String base = parts[0];
    String file = bundle + "_" + base + ".properties";
    if (Messages.class.getResource(file) == null) {
      return Optional.empty();
    }
    // A regional variant (messages_en_US.properties) overrides only the keys it words differently.
    String variant = parts.length > 1 ? bundle + "_" + base + "_" + parts[1] + ".properties" : null;
    if (variant != null && Messages.class.getResource(variant) != null) {
      String tag = base + "-" + parts[1];
      return Optional.of(CACHE.computeIfAbsent(variant, f -> load(tag, file, variant)));
    }
    return Optional.of(CACHE.computeIfAbsent(file, f -> load(base, f)));
  }

  private static Messages load(String language, String... files) {
    Map<String, String> texts = new TreeMap<>();
    for (String file : files) {
      Properties p = new Properties();
      try (InputStream in = Messages.class.getResourceAsStream(file);
          Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      p.forEach((k, v) -> texts.put((String) k, (String) v));
    }
    return new Messages(language, Map.copyOf(texts));
  }

  /** The languages Candor has wording for. */
  public static Set<String> languages() {
    return Set.of("en", "de", "fr", "es", "it", "nl", "pl", "pt");
  }

  public String language() {
    return language;
  }

  /** Every message, for templates that lay out fixed wording. */
  public Map<String, String> all() {
    return texts;
  }

  public boolean has(String key) {
    return texts.containsKey(key);
  }

  /** The message for {@code key} with placeholders filled from name/value pairs. */
  public String get(String key, String... namesAndValues) {
    String text = texts.get(key);
    if (text == null) {
      throw new IllegalArgumentException("no message '" + key + "' in language " + language);
    }
    if (namesAndValues.length == 0) {
      return text;
    }
    Map<String, String> values = new TreeMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      values.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    int from = 0;
    while (m.find()) {
      String v = values.get(m.group(1));
      if (v == null) {
        throw new IllegalArgumentException("message '" + key + "' needs {" + m.group(1) + "}");
      }
      out.append(text, from, m.start()).append(v);
      from = m.end();
      // "Stripe, Inc." at the end of a sentence takes no second full stop.
      if (v.endsWith(".") && from < text.length() && text.charAt(from) == '.') {
        from++;
      }
    }
    out.append(text, from, text.length());
    return out.toString();
  }
}
