package dev.candor.render;

/**
 * A template ran, but what it wrote cannot be used: a theme's PDF template that does not produce
 * well-formed XHTML. A mistake in the theme, reported like a template error.
 */
public final class TemplateOutputException extends RuntimeException {
  private final String template;

  public TemplateOutputException(String template, String message, Throwable cause) {
    super(message, cause);
    this.template = template;
  }

  /** The template whose output was unusable, e.g. {@code notice.pdf.ftlx}. */
  public String template() {
    return template;
  }

  /** The PDF of a template's XHTML; a parse failure names the template. */
  static byte[] pdf(String template, java.util.function.Supplier<byte[]> render) {
    try {
      return render.get();
    } catch (IllegalArgumentException e) {
      throw new TemplateOutputException(template, e.getMessage(), e);
    }
  }
}
