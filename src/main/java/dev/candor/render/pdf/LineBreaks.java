package dev.candor.render.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * openhtmltopdf's line breaks, found faster in long text: its URL-aware breaker (which also breaks
 * before the slashes of a path) looks for the next slash from each break point to the end of the
 * text, which is quadratic in a paragraph with no slash, such as a list of hundreds of data items.
 * Text with no slash has no break the plain breaker it delegates to would not give, so that text
 * goes to the plain breaker, and the lines, and the PDF, are the same.
 */
final class LineBreaks implements FSTextBreaker {
  // The breaker openhtmltopdf makes for itself, and the one it delegates to.
  private final UrlAwareLineBreakIterator urls =
      new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US));
  private final BreakIterator plain = BreakIterator.getLineInstance(Locale.US);
  private boolean slashes;

  @Override
  public void setText(String text) {
    slashes = text.indexOf('/') >= 0;
    if (slashes) {
      urls.setText(text);
    } else {
      plain.setText(text);
    }
  }

  @Override
  public int next() {
    return slashes ? urls.next() : plain.next();
  }
}
