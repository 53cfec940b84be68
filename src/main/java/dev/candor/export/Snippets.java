package dev.candor.export;

import dev.candor.model.DataItem;
import dev.candor.model.Inventory;
import dev.candor.model.LegalBasis;
import dev.candor.model.Purpose;
import dev.candor.model.Recipient;
import dev.candor.model.Source;
import dev.candor.model.Store;
import dev.candor.render.Messages;
import dev.candor.render.NoticeComposer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Just-in-time notices: one for each place an inventory says data is collected, telling about all
 * the data collected there together.
 */
public final class Snippets {
  private Snippets() {}

  /**
   * A snippet for every place named under {@code collected_at}, in the order places first appear:
   * what is collected there and why, whether we ask consent, who else gets it and where outside the
   * readers' region, how long it is kept, how to say no, and a link to the notice.
   *
   * @param notice the address of the full notice, e.g. {@code shop.html}; each snippet links to the
   *     anchor of the first item collected at its place
   */
  public static List<Snippet> of(Inventory inv, NoticeComposer composer, String notice) {
    Map<String, List<DataItem>> places = new LinkedHashMap<>();
    for (DataItem d : inv.data()) {
      for (String place : d.collectedAt()) {
        places.computeIfAbsent(place, k -> new ArrayList<>()).add(d);
      }
    }
    List<Snippet> out = new ArrayList<>();
    places.forEach((place, items) -> out.add(snippet(inv, composer, notice, place, items)));
    return out;
  }

  private static Snippet snippet(
      Inventory inv, NoticeComposer composer, String notice, String place, List<DataItem> items) {
    Messages msg = composer.messages();
    List<String> sentences = new ArrayList<>();
    List<Purpose> purposes =
        unique(items.stream().flatMap(d -> d.purposes().stream()).toList(), inv);
    sentences.add(
        msg.get(
            "snippet.what",
            "data",
            composer.list(items.stream().map(composer::label).toList()),
            "purposes",
            composer.and(
                purposes.stream().map(p -> NoticeComposer.trimStop(composer.label(p))).toList())));
    List<String> consent =
        purposes.stream()
            .filter(p -> p.basis() == LegalBasis.CONSENT && NoticeComposer.gdpr(inv))
            .map(p -> NoticeComposer.trimStop(composer.label(p)))
            .toList();
    if (!consent.isEmpty()) {
      sentences.add(msg.get("snippet.consent", "purposes", composer.and(consent)));
    }
    Set<Recipient> recipients = new LinkedHashSet<>();
    Set<Store> stores = new LinkedHashSet<>();
    for (DataItem d : items) {
      d.recipients().stream()
          .map(inv::recipient)
          .flatMap(Optional::stream)
          .forEach(recipients::add);
      d.stores().stream().map(inv::store).flatMap(Optional::stream).forEach(stores::add);
    }
    sentences.add(
        recipients.isEmpty()
            ? msg.get("snippet.nobody")
            : msg.get(
                "snippet.who",
                "names",
                composer.list(recipients.stream().map(Recipient::name).toList())));
    List<String> abroad = composer.outsideRegion(inv, List.copyOf(stores), List.copyOf(recipients));
    if (!abroad.isEmpty()) {
      sentences.add(msg.get("snippet.where", "countries", composer.list(abroad)));
    }
    Map<String, List<String>> kept = new LinkedHashMap<>();
    for (DataItem d : items) {
      kept.computeIfAbsent(
              NoticeComposer.lowerFirst(
                  NoticeComposer.trimStop(composer.shortRetention(inv, d.retention()))),
              k -> new ArrayList<>())
          .add(composer.label(d));
    }
    List<String> keptParts = new ArrayList<>();
    kept.forEach(
        (how, data) ->
            keptParts.add(kept.size() == 1 ? how : how + " (" + composer.list(data) + ")"));
    sentences.add(msg.get("snippet.kept", "kept", String.join("; ", keptParts)));
    for (Purpose p : purposes) {
      if (p.choice() != null) {
        sentences.add(
            msg.get(
                "snippet.choice",
                "purpose",
                NoticeComposer.trimStop(composer.label(p)),
                "how",
                NoticeComposer.sentence(p.choice().how())));
      }
    }
    if (items.stream().allMatch(d -> d.comesFrom(Source.PERSON) && !d.required())) {
      sentences.add(msg.get("snippet.optional"));
    }
    String more = msg.get("snippet.more");
    String href = notice + "#data-" + items.get(0).id();
    String text = String.join(" ", sentences);
    return new Snippet(
        place,
        items.stream().map(DataItem::id).toList(),
        href,
        text + " " + more,
        "<p class=\"candor-snippet\" lang=\""
            + Text.html(msg.language())
            + "\">"
            + Text.html(text)
            + " <a href=\""
            + Text.html(href)
            + "\">"
            + Text.html(more)
            + "</a></p>\n",
        Text.md(text)
            + " ["
            + Text.md(more)
            + "]("
            + href.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
            + ")\n");
  }

  private static List<Purpose> unique(List<String> ids, Inventory inv) {
    return new LinkedHashSet<>(ids).stream().map(inv::purpose).flatMap(Optional::stream).toList();
  }
}
