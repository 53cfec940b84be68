package dev.candor.render;

import dev.candor.model.Keyed;

/** An output format of {@code candor diff}. */
public enum DiffFormat implements Keyed {
  /** Plain text for a terminal, with optional ANSI colour. */
  TEXT,
  /** CommonMark with a GFM table, and the redline in wdiff notation. */
  MD,
  /** One self-contained, accessible HTML page with a redline. */
  HTML,
  /** The HTML report as a tagged PDF/UA-1 and PDF/A-3u document. */
  PDF,
  /** Machine-readable, for tools and CI. */
  JSON
}
