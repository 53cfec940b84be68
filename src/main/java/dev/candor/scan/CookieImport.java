package dev.candor.scan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.candor.evidence.Evidence;
import dev.candor.evidence.Finding;
import dev.candor.model.Inventory;
import dev.candor.model.Recipient;
import dev.candor.model.Technology;
import dev.candor.vocab.KnownCookies;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code candor import evidence}: the cookies and storage keys a site scan saw that the inventory
 * does not declare, as a {@code cookies:} list to paste. What the Open Cookie Database knows fills
 * the description and whether a cookie is strictly necessary; what nobody knows is a {@code TODO}
 * value, which {@code candor validate} rejects until it is filled in.
 */
public final class CookieImport {
  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .disable(YAMLGenerator.Feature.SPLIT_LINES)
          .build();

  private CookieImport() {}

  /** What was written: the YAML, and how many entries and TODO values it has. */
  public record Result(String yaml, int entries, int todos) {}

  /**
   * The undeclared entries of the evidence.
   *
   * @param inventory the inventory to leave out what it declares, and to find recipients by their
   *     domains; null to write every entry
   */
  public static Result of(List<Evidence> evidence, Inventory inventory, KnownCookies known) {
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    Set<String> done = new LinkedHashSet<>();
    int[] todos = {0};
    for (Evidence e : evidence) {
      for (Finding f : e.findings()) {
        if (f instanceof Finding.Cookie c) {
          add(list, done, todos, inventory, known, Technology.COOKIE, c.name(), c.host(), c);
        } else if (f instanceof Finding.Storage s) {
          Technology kind =
              s.area().equals("session-storage")
                  ? Technology.SESSION_STORAGE
                  : Technology.LOCAL_STORAGE;
          add(list, done, todos, inventory, known, kind, s.key(), null, null);
        }
      }
    }
    if (list.isEmpty()) {
      return new Result("", 0, 0);
    }
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.set("cookies", list);
    try {
      return new Result(YAML.writeValueAsString(root), list.size(), todos[0]);
    } catch (JsonProcessingException x) {
      throw new IllegalStateException(x);
    }
  }

  private static void add(
      ArrayNode list,
      Set<String> done,
      int[] todos,
      Inventory inv,
      KnownCookies known,
      Technology kind,
      String name,
      String host,
      Finding.Cookie cookie) {
    if (!done.add(kind.key() + " " + name)) {
      return;
    }
    if (inv != null && inv.cookies().stream().anyMatch(c -> c.kind() == kind && c.matches(name))) {
      return;
    }
    Optional<KnownCookies.Known> k = known.find(name);
    ObjectNode o = list.addObject();
    o.put("name", name);
    if (kind != Technology.COOKIE) {
      o.put("kind", kind.key());
    }
    if (cookie != null && !cookie.thirdParty() && k.isPresent()) {
      // Set on our own domain, but by a known platform's script: whose is it?
      o.put(
          "set_by",
          todo(
              todos,
              "us, or the id of the recipient whose script sets it ("
                  + k.get().platform()
                  + ", "
                  + k.get().controller()
                  + ")"));
    } else if (cookie != null && cookie.thirdParty()) {
      Optional<Recipient> r =
          inv == null
              ? Optional.empty()
              : inv.recipients().stream().filter(x -> x.serves(host)).findFirst();
      if (r.isPresent()) {
        o.put("set_by", r.get().id());
      } else {
        o.put(
            "set_by",
            todo(
                todos,
                "the id of the recipient that sets it from "
                    + host
                    + k.map(x -> " (" + x.platform() + ", " + x.controller() + ")").orElse("")));
      }
    }
    o.putArray("purposes")
        .add(
            todo(
                todos,
                "the id of its purpose"
                    + k.map(x -> " (" + x.category().toLowerCase(Locale.ROOT) + ")").orElse("")));
    if (cookie != null) {
      o.put("duration", cookie.expires());
    }
    if (k.isPresent() && (k.get().tracking() || k.get().necessary())) {
      o.put("necessary", k.get().necessary());
    } else {
      o.put("necessary", todo(todos, "true only if the site cannot work without it, else false"));
    }
    o.put(
        "description",
        k.map(x -> x.description() + " (" + x.platform() + "; Open Cookie Database)")
            .orElseGet(() -> todo(todos, "what it does, in a short sentence")));
  }

  private static String todo(int[] todos, String what) {
    todos[0]++;
    return "TODO: " + what;
  }
}
