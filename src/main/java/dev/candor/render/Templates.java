package dev.candor.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
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

/**
 * The one Freemarker configuration: a user's theme folder first, then the built-in templates,
 * with auto-escaping for every format and no access to Java from templates.
 */
public final class Templates {
  /** Where the built-in theme lives in the jar (copied there from {@code templates/}). */
  static final String BUILT_IN = "/dev/candor/templates";

  private static final ObjectMapper PLAIN_DATA = new ObjectMapper();

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
        new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.md.ftl"),
            markdown));
    TemplateLoader builtIn = new ClassTemplateLoader(Templates.class, BUILT_IN);
    if (userDir.isPresent()) {
      try {
        cfg.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {
            new ThemeFolderLoader(userDir.get()), builtIn}));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      cfg.setTemplateLoader(builtIn);
    }
  }

  /**
   * The user's theme folder. FileTemplateLoader refuses a symlink that leads out of the folder with
   * a SecurityException, which would escape template processing as an internal error; here it is
   * a template that does not exist, so an include of it fails with the template's line and column.
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
  public String render(String name, Object model) throws IOException, TemplateException {
    return render(name, model, Map.of());
  }

  /** Renders a template with a model and extra top-level values, all as plain maps and lists. */
  public String render(String name, Object model, Map<String, ?> extras)
      throws IOException, TemplateException {
    Template template = cfg.getTemplate(name);
    @SuppressWarnings("unchecked")
    Map<String, Object> data = new java.util.LinkedHashMap<>(
        PLAIN_DATA.convertValue(model, Map.class));
    for (var e : extras.entrySet()) {
      data.put(e.getKey(), PLAIN_DATA.convertValue(e.getValue(), Object.class));
    }
    StringWriter out = new StringWriter();
    template.process(data, out);
    return out.toString();
  }
}
