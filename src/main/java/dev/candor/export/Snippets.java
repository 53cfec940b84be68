package dev.candor.export;

import dev.candor.model.DataItem;
import dev.candor.model.Inventory;
import dev.candor.render.Messages;
import dev.candor.render.NoticeComposer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Just-in-time notices: one for each place an inventory says data is collected. */
public final class Snippets {
  private Snippets() {}

  /**
   * A snippet for every {@code collected_at} entry of every data item, in inventory order.
   *
   * @param notice the address of the full notice, e.g. {@code shop.html}; each snippet links to the
   *     data item's anchor in it
   */
  public static List<Snippet> of(Inventory inv, NoticeComposer composer, String notice) {
    Messages msg = composer.messages();
    List<Snippet> out = new ArrayList<>();
    for (DataItem d : inv.data()) {
      List<String> purposes =
          d.purposes().stream()
              .map(inv::purpose)
              .flatMap(Optional::stream)
              .map(p -> NoticeComposer.trimStop(composer.label(p)))
              .toList();
      String use =
          msg.get("snippet.use", "data", composer.label(d), "purposes", composer.and(purposes));
      String keep = composer.retention(d.retention());
      String more = msg.get("snippet.more");
      String href = notice + "#data-" + d.id();
      for (String place : d.collectedAt()) {
        out.add(
            new Snippet(
                d.id(),
                place,
                href,
                use + " " + keep + " " + more,
                "<p class=\"candor-snippet\" lang=\""
                    + Text.html(msg.language())
                    + "\">"
                    + Text.html(use)
                    + " "
                    + Text.html(keep)
                    + " <a href=\""
                    + Text.html(href)
                    + "\">"
                    + Text.html(more)
                    + "</a></p>\n",
                Text.md(use)
                    + " "
                    + Text.md(keep)
                    + " ["
                    + Text.md(more)
                    + "]("
                    + href.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
                    + ")\n"));
      }
    }
    return out;
  }
}
