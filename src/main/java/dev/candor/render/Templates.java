package dev.candor.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candor.problem.InvalidInputException;
import dev.candor.problem.Location;
import dev.candor.render.pdf.PdfRenderer;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.Supplier;

/**
 * The one Freemarker configuration: a user's theme folder first, then the built-in templates, with
 * auto-escaping for every format and no access to Java from templates.
 */
public final class Templates {
  /** Where the built-in theme lives in the jar (copied there from {@code templates/}). */
  static final String BUILT_IN = "/dev/candor/templates";

  private static final ObjectMapper PLAIN_DATA = new ObjectMapper();
  private static final String HINT = "check your template; see templates/ for the built-in ones";

  private final Configuration cfg;

  /** Templates from the built-in theme, overridden by files in {@code userDir} when given. */
  public Templates(Optional<Path> userDir) {
    cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setLocale(Locale.ROOT);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("computer");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    // The sandbox: templates cannot make Java objects, call Java APIs or reach the object graph.
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    var wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
    wrapper.setExposeFields(false);
    cfg.setObjectWrapper(wrapper.build());
    cfg.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
    TemplateConfiguration markdown = new TemplateConfiguration();
    markdown.setOutputFormat(MarkdownOutputFormat.INSTANCE);
    markdown.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
    cfg.setTemplateConfigurations(
        new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.md.ftl"), markdown));
    TemplateLoader builtIn = new ClassTemplateLoader(Templates.class, BUILT_IN);
    if (userDir.isPresent()) {
      try {
        cfg.setTemplateLoader(
            new MultiTemplateLoader(
                new TemplateLoader[] {new ThemeFolderLoader(userDir.get()), builtIn}));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      cfg.setTemplateLoader(builtIn);
    }
  }

  /**
   * The user's theme folder. FileTemplateLoader refuses a symlink that leads out of the folder with
   * a SecurityException, which would escape template processing as an internal error; here it is a
   * template that does not exist, so an include of it fails with the template's line and column.
   */
  private static final class ThemeFolderLoader implements TemplateLoader {
    private final FileTemplateLoader files;

    ThemeFolderLoader(Path dir) throws IOException {
      files = new FileTemplateLoader(dir.toFile(), false);
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
      try {
        return files.findTemplateSource(name);
      } catch (SecurityException outsideTheFolder) {
        return null;
      }
    }

    @Override
    public long getLastModified(Object source) {
      return files.getLastModified(source);
    }

    @Override
    public java.io.Reader getReader(Object source, String encoding) throws IOException {
      return files.getReader(source, encoding);
    }

    @Override
    public void closeTemplateSource(Object source) throws IOException {
      files.closeTemplateSource(source);
    }
  }

  /** Renders a template with the notice as its data model, as plain maps and lists. */
  public String render(String name, Object model) throws IOException, InvalidInputException {
    return render(name, model, Map.of());
  }

  /**
   * Renders a template with a model and extra top-level values, all as plain maps and lists. A
   * mistake in a template, found when it is parsed or while it runs, is bad input located at the
   * template's line and column.
   */
  public String render(String name, Object model, Map<String, ?> extras)
      throws IOException, InvalidInputException {
    Template template;
    try {
      template = cfg.getTemplate(name);
    } catch (ParseException e) {
      throw located(e, name, e);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> data =
        new java.util.LinkedHashMap<>(PLAIN_DATA.convertValue(model, Map.class));
    for (var e : extras.entrySet()) {
      data.put(e.getKey(), PLAIN_DATA.convertValue(e.getValue(), Object.class));
    }
    StringWriter out = new StringWriter();
    try {
      template.process(data, out);
    } catch (TemplateException e) {
      for (Throwable c = e.getCause(); c != null; c = c.getCause() == c ? null : c.getCause()) {
        if (c instanceof ParseException pe) {
          // An include or import of a template with a syntax error: point at that one.
          throw located(pe, name, e);
        }
      }
      throw located(
          e.getTemplateSourceName(),
          e.getLineNumber(),
          e.getColumnNumber(),
          e.getMessageWithoutStackTop(),
          name,
          e);
    } catch (ParseException e) {
      // An include or import of a template with a syntax error.
      throw located(e, name, e);
    }
    return out.toString();
  }

  /**
   * The PDF of a template's XHTML. Output that is not well-formed XML is the template's mistake:
   * bad input in that template. Freemarker cannot tell which template line wrote an output line, so
   * the error is located at the template and quotes the output where the parser stopped.
   */
  static byte[] pdf(String template, String xhtml, Supplier<byte[]> render)
      throws InvalidInputException {
    try {
      return render.get();
    } catch (PdfRenderer.NotWellFormed e) {
      String where = "";
      if (e.line() > 0) {
        where = " at line " + e.line() + ", column " + e.column() + " of what it wrote";
        String near = excerpt(xhtml, e.line(), e.column());
        if (!near.isEmpty()) {
          where += " (near \"" + near + "\")";
        }
      }
      throw InvalidInputException.at(
          Location.of(template),
          "template",
          "its output is not well-formed XHTML" + where + ": " + firstLine(e.reason()),
          HINT,
          e);
    }
  }

  /** Up to 60 characters of the output's line {@code line}, ending near {@code column}. */
  private static String excerpt(String text, int line, int column) {
    String[] lines = text.split("\n", -1);
    if (line > lines.length) {
      return "";
    }
    String l = lines[line - 1];
    int end = Math.min(l.length(), Math.max(column, 1) + 20);
    int start = Math.max(0, end - 60);
    return l.substring(start, end).strip().replaceAll("\\p{Cntrl}", " ");
  }

  /** A template's syntax error, at its own template's line and column. */
  private static InvalidInputException located(ParseException pe, String name, Exception cause) {
    return located(
        pe.getTemplateName(),
        pe.getLineNumber(),
        pe.getColumnNumber(),
        pe.getEditorMessage(),
        name,
        cause);
  }

  private static InvalidInputException located(
      String source, Integer line, Integer column, String message, String name, Exception cause) {
    Location at =
        new Location(
            source != null ? source : name,
            line != null && line > 0 ? line : 1,
            column != null && column > 0 ? column : 1);
    return InvalidInputException.at(at, "template", firstLine(message), HINT, cause);
  }

  /**
   * The first paragraph of Freemarker's message, on one line, without the place it repeats ({@code
   * [in template "x" at line 2, column 3]}) or the tips after it.
   */
  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (String line : s.lines().toList()) {
      if (line.isBlank() || line.startsWith("----")) {
        break;
      }
      b.append(b.isEmpty() ? "" : " ").append(line.strip());
    }
    return b.toString()
        .replaceAll("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+]", "")
        .strip();
  }
}
