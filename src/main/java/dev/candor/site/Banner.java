package dev.candor.site;

import dev.candor.render.NoticeView.Line;
import java.util.List;

/** The box above a notice on the site: which version this is, downloads, other versions. */
public record Banner(boolean current, String text, List<Line> links) {
  public Banner {
    links = List.copyOf(links);
  }
}
