/**
 * Turns rendered XHTML into a tagged, deterministic PDF/A-3u and PDF/UA-1 document.
 *
 * <p>What the XHTML of a PDF template must do, because openhtmltopdf passes it straight into the
 * PDF's tag tree and veraPDF checks it:
 *
 * <ul>
 *   <li>Be well-formed XML with {@code xmlns="http://www.w3.org/1999/xhtml"} and {@code lang} on
 *       {@code <html>}.
 *   <li>Start the headings at {@code <h1>} and never skip a level (h1, h2, h3); PDF/UA fails an h2
 *       without an h1 before it, or an h3 straight after an h1.
 *   <li>Give every {@code <img>} a non-empty {@code alt}. {@code alt=""}, {@code
 *       role="presentation"} and {@code aria-hidden} still produce a Figure tag without alternative
 *       text, which PDF/UA rejects; decorative pictures belong in a CSS {@code background-image},
 *       which is painted as an artifact.
 *   <li>Use {@code font-family: "DejaVu Sans"} or {@code "DejaVu Sans Mono"}. Any other family,
 *       including generic {@code serif} and {@code monospace}, falls back to DejaVu Sans.
 *       Characters DejaVu lacks (CJK, for one) print as {@code #}.
 *   <li>Put page furniture into {@code @page} margin boxes ({@code @bottom-center} and the like) or
 *       {@code position: running()} elements: these are tagged as pagination artifacts.
 *   <li>Load images only from the assets folder, by a path relative to it; anything else is
 *       silently left out.
 * </ul>
 */
package dev.candor.render.pdf;
