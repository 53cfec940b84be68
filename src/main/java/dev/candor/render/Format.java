package dev.candor.render;

import dev.candor.model.Keyed;

/** An output format of a notice, named by its file extension. */
public enum Format implements Keyed {
  HTML("html"),
  MD("md"),
  PDF("pdf");

  private final String extension;

  Format(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }
}
