package dev.candor.render;

import dev.candor.model.Cookie;
import dev.candor.model.Inventory;
import dev.candor.model.Purpose;
import dev.candor.model.Recipient;
import dev.candor.model.Technology;
import java.util.ArrayList;
import java.util.List;

/**
 * The cookies and similar technologies of a notice as finished words: a short table for the notice
 * itself (name, who sets it, what for, how long, whether it waits for consent) and the full
 * declaration, with kind and description, for a page of its own.
 *
 * <p>Every string is plain text; the template's output format escapes it. {@code href} is the link
 * from the notice to the full declaration, or null where there is none (a notice downloaded by
 * itself).
 *
 * @param title the heading of the notice's cookie part and of the declaration page
 * @param intro what the table is, in one or two sentences
 * @param heading the column headings, by key: name, by, purpose, duration, consent, kind, what
 * @param rows one per entry, in the inventory's order
 * @param waits whether any entry waits for consent; when none does, the notice's short table leaves
 *     out the column that would say "No" in every row, and its intro says so once
 */
public record CookieDeclaration(
    String title,
    String intro,
    String caption,
    java.util.Map<String, String> heading,
    List<Row> rows,
    String href,
    String more,
    String declarationTitle,
    String declarationIntro,
    boolean waits) {
  public CookieDeclaration {
    rows = List.copyOf(rows);
    heading = java.util.Map.copyOf(heading);
  }

  /** One cookie or similar technology. */
  public record Row(
      String name,
      String kind,
      String by,
      String purpose,
      String duration,
      String consent,
      String description) {}

  /** The same declaration, linking to the full one at {@code href}. */
  public CookieDeclaration linkedTo(String href) {
    return new CookieDeclaration(
        title,
        intro,
        caption,
        heading,
        rows,
        href,
        more,
        declarationTitle,
        declarationIntro,
        waits);
  }

  /** How long an entry lasts, in words. */
  static String duration(Cookie c, NoticeComposer composer) {
    Messages msg = composer.messages();
    if (c.session() || (c.duration() == null && c.kind() == Technology.SESSION_STORAGE)) {
      return msg.get("cookies.session");
    }
    return c.duration() == null ? msg.get("cookies.persistent") : composer.duration(c.duration());
  }

  /** The declaration of an inventory's cookies; null when it declares none. */
  public static CookieDeclaration of(Inventory inv, NoticeComposer composer) {
    if (inv.cookies().isEmpty()) {
      return null;
    }
    Messages msg = composer.messages();
    String controller = inv.controller() == null ? "" : inv.controller().name();
    List<Row> rows = new ArrayList<>();
    boolean waits = false;
    for (Cookie c : inv.cookies()) {
      List<String> purposes = new ArrayList<>();
      for (String id : c.purposes()) {
        purposes.add(inv.purpose(id).map(composer::label).orElse(id));
      }
      String by =
          c.setBy() == null
              ? controller
              : inv.recipient(c.setBy()).map(Recipient::name).orElse(c.setBy());
      String duration = duration(c, composer);
      boolean consent =
          !c.necessary()
              && c.purposes().stream()
                  .map(inv::purpose)
                  .flatMap(java.util.Optional::stream)
                  .map(Purpose::basis)
                  .anyMatch(b -> b == dev.candor.model.LegalBasis.CONSENT);
      waits |= consent;
      rows.add(
          new Row(
              c.name(),
              msg.get("cookies.kind." + c.kind().key()),
              by,
              composer.and(purposes),
              duration,
              msg.get(consent ? "cookies.consent.yes" : "cookies.consent.no"),
              c.description()));
    }
    java.util.Map<String, String> heading = new java.util.LinkedHashMap<>();
    for (String k : List.of("name", "kind", "by", "purpose", "duration", "consent", "what")) {
      heading.put(k, msg.get("cookies.col." + k));
    }
    return new CookieDeclaration(
        msg.get("cookies.title"),
        msg.get(waits ? "cookies.intro" : "cookies.intro.necessary", "name", controller),
        msg.get("cookies.caption"),
        heading,
        rows,
        null,
        msg.get("cookies.more"),
        msg.get("cookies.declaration.title", "title", inv.notice().title()),
        msg.get("cookies.declaration.intro", "name", controller, "version", inv.notice().version()),
        waits);
  }
}
