/**
 * Turns an inventory into notice documents: {@link dev.candor.render.NoticeComposer} writes the
 * sentences, one Freemarker configuration lays them out as HTML, Markdown and XHTML for PDF.
 */
package dev.candor.render;
