package dev.candor.render;

import dev.candor.model.Inventory;
import dev.candor.problem.InvalidInputException;
import dev.candor.render.pdf.PdfMetadata;
import dev.candor.render.pdf.PdfRenderer;
import dev.candor.vocab.Crosswalk;
import dev.candor.vocab.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Renders an inventory's notice in the requested formats; a pure function of its inputs. */
public final class NoticeRenderer {
  private final Templates templates;
  private final Vocabulary vocab;
  private final Optional<Brand> brand;
  private PdfRenderer pdf;

  /** A renderer for unbranded notices. */
  public NoticeRenderer(Templates templates, Vocabulary vocab) {
    this(templates, vocab, Optional.empty());
  }

  /** A renderer whose PDFs carry the brand's name, logo and colour. */
  public NoticeRenderer(Templates templates, Vocabulary vocab, Optional<Brand> brand) {
    this.templates = templates;
    this.vocab = vocab;
    this.brand = brand;
  }

  /** The composed notice, for callers that need its sentences. */
  public NoticeView compose(Inventory inv) {
    return composer(inv).compose(inv);
  }

  /** The composer for the notice's language, with labels in that language. */
  public NoticeComposer composer(Inventory inv) {
    Messages msg =
        Messages.forLanguage(inv.notice().language())
            .orElseThrow(
                () -> new IllegalArgumentException("no messages for " + inv.notice().language()));
    Vocabulary labels =
        vocab.language().equals(msg.language()) ? vocab : Vocabulary.forLanguage(msg.language());
    return new NoticeComposer(msg, labels);
  }

  /** The notice's facts as JSON-LD, the same document the HTML page embeds. */
  public String jsonLd(Inventory inv) {
    NoticeComposer composer = composer(inv);
    return new NoticeJsonLd(composer, composer.messages(), Crosswalk.builtIn()).json(inv);
  }

  /**
   * The notice's body alone as XHTML, one root element around its {@code main}, without a table of
   * contents: what a redline of two notices compares.
   */
  public String body(Inventory inv) throws IOException, InvalidInputException {
    return templates.render("notice-redline.ftlx", compose(inv));
  }

  /** The notice's bytes in each requested format. */
  public Map<Format, byte[]> render(Inventory inv, Set<Format> formats)
      throws IOException, InvalidInputException {
    return render(inv, formats, Optional.empty());
  }

  /** The notice's bytes in each format, with what changed since the previous version. */
  public Map<Format, byte[]> render(Inventory inv, Set<Format> formats, Optional<Recent> recent)
      throws IOException, InvalidInputException {
    NoticeView view = compose(inv);
    Messages msg = composer(inv).messages();
    Map<String, Object> extras = new java.util.HashMap<>();
    recent.ifPresent(r -> extras.put("recent", r));
    CookieDeclaration cookies = cookies(inv);
    if (cookies != null) {
      extras.put("cookies", cookies);
    }
    Map<String, Object> pdfExtras = new java.util.HashMap<>(extras);
    Map<String, Object> htmlExtras = new java.util.HashMap<>(extras);
    htmlExtras.put("jsonld", jsonLd(inv));
    brand.ifPresent(b -> pdfExtras.put("brand", b));
    Map<Format, byte[]> out = new EnumMap<>(Format.class);
    for (Format f : formats) {
      out.put(
          f,
          switch (f) {
            case HTML -> utf8(templates.render("notice.html.ftlh", view, htmlExtras));
            case MD -> utf8(templates.render("notice.md.ftl", view, extras));
            case PDF ->
                pdfOf(
                    templates.render("notice.pdf.ftlx", view, pdfExtras),
                    new PdfMetadata(
                        view.title(),
                        view.intro(),
                        view.controller(),
                        view.language(),
                        inv.notice().effective(),
                        java.util.List.of(
                            view.controller(),
                            msg.get("meta.keyword"),
                            msg.get("meta.keyword.version", "version", view.version()))));
          });
    }
    return out;
  }

  /** The notice's cookies and similar technologies in words; null when it declares none. */
  public CookieDeclaration cookies(Inventory inv) {
    return CookieDeclaration.of(inv, composer(inv));
  }

  /**
   * The cookie declaration of a notice in each requested format, linking back to the notice at
   * {@code noticeHref} when it is given; empty when the inventory declares no cookies.
   */
  public Map<Format, byte[]> declaration(
      Inventory inv, Set<Format> formats, Optional<String> noticeHref)
      throws IOException, InvalidInputException {
    CookieDeclaration cookies = cookies(inv);
    Map<Format, byte[]> out = new EnumMap<>(Format.class);
    if (cookies == null) {
      return out;
    }
    NoticeView view = compose(inv);
    Map<String, Object> extras =
        Map.of("cookies", noticeHref.map(cookies::linkedTo).orElse(cookies));
    for (Format f : formats) {
      out.put(
          f,
          switch (f) {
            case HTML -> utf8(templates.render("cookies.html.ftlh", view, extras));
            case MD -> utf8(templates.render("cookies-declaration.md.ftl", view, extras));
            case PDF -> {
              String xhtml = templates.render("cookies.pdf.ftlx", view, extras);
              PdfMetadata meta =
                  new PdfMetadata(
                      cookies.declarationTitle(),
                      cookies.declarationIntro(),
                      view.controller(),
                      view.language(),
                      inv.notice().effective(),
                      java.util.List.of(view.controller(), cookies.title()));
              yield Templates.pdf("cookies.pdf.ftlx", xhtml, () -> pdf().render(xhtml, meta));
            }
          });
    }
    return out;
  }

  private byte[] pdfOf(String xhtml, PdfMetadata meta) throws InvalidInputException {
    return Templates.pdf("notice.pdf.ftlx", xhtml, () -> pdf().render(xhtml, meta));
  }

  /** The PDF renderer, made on first use so HTML-only runs never load fonts. */
  private synchronized PdfRenderer pdf() {
    if (pdf == null) {
      pdf = new PdfRenderer(brand.map(Brand::assets));
    }
    return pdf;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
