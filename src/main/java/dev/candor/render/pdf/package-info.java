/** Turns rendered XHTML into a tagged, deterministic PDF/A-3u and PDF/UA-1 document. */
package dev.candor.render.pdf;
