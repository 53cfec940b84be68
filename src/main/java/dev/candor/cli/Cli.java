package dev.candor.cli;

import dev.candor.check.ChecksFailedException;
import dev.candor.check.InvalidInventoryException;
import dev.candor.check.Problem;
import dev.candor.check.ReportWriter;
import dev.candor.render.TemplateOutputException;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Builds the command line once: subcommands, exit codes, and how errors are shown. */
@Command(
    name = "candor",
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class,
    description = "Turns a data-inventory YAML file into a plain-language privacy notice.",
    subcommands = {BuildCommand.class, ValidateCommand.class, CheckCommand.class,
        DiffCommand.class, SiteCommand.class, ServeCommand.class, ExportCommand.class,
        ImportCommand.class, CommandLine.HelpCommand.class},
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success",
      "  1  findings (a check failed, or changes were found)",
      "  2  bad input: an invalid inventory, a bad option, a template error",
      "  3  a file could not be read or written",
      " 70  internal error (please report it, with --debug output)"
    })
public final class Cli implements Runnable {
  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Show stack traces for errors.")
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. build");
  }

  /** Runs the CLI with the given writers; returns the exit code. For tests and {@link Main}. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Cli());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(Cli::exitCode);
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> report(e, cmd, parsed));
    cl.setParameterExceptionHandler((e, args2) -> {
      err.println("candor: " + e.getMessage());
      err.println("Try 'candor --help'.");
      err.flush();
      return ExitCodes.BAD_INPUT;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static int exitCode(Throwable e) {
    if (e instanceof ChecksFailedException) {
      return ExitCodes.FINDINGS;
    }
    if (e instanceof InvalidInventoryException || e instanceof TemplateException
        || e instanceof ParseException || e instanceof UserError
        || e instanceof TemplateOutputException) {
      return ExitCodes.BAD_INPUT;
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      return ExitCodes.IO;
    }
    return ExitCodes.INTERNAL;
  }

  private static int report(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    return report(e, cmd.getErr(), isDebug(parsed));
  }

  /** A step run outside picocli (a rebuild while serving), reported like a command's error. */
  interface Step {
    void run() throws Exception;
  }

  /** Runs a step and reports its error the way commands do; returns the exit code. */
  static int guard(PrintWriter err, Step step) {
    try {
      step.run();
      return ExitCodes.OK;
    } catch (Exception e) {
      return report(e, err, false);
    }
  }

  private static int report(Exception e, PrintWriter err, boolean debug) {
    if (e instanceof InvalidInventoryException inv) {
      for (Problem p : inv.problems()) {
        err.println(p.format());
      }
      long errors = inv.problems().stream().filter(Problem::isError).count();
      err.println(errors + (errors == 1 ? " error" : " errors") + "; nothing was written.");
    } else if (e instanceof ChecksFailedException cf) {
      err.print(ReportWriter.human(cf.report()));
      long errors = cf.report().errors();
      err.println(errors + (errors == 1 ? " check" : " checks") + " failed; nothing was written.");
    } else if (e instanceof TemplateException te) {
      err.println(templateLocation(te) + ": error: " + firstLine(te.getMessageWithoutStackTop()));
      err.println("    hint: check your template; see templates/ for the built-in ones");
    } else if (e instanceof ParseException pe) {
      err.println(pe.getTemplateName() + ":" + pe.getLineNumber() + ":"
          + pe.getColumnNumber() + ": error: " + firstLine(pe.getEditorMessage()));
    } else if (e instanceof TemplateOutputException to) {
      err.println(to.template() + ": error: its output is " + to.getMessage());
      err.println("    hint: check your template; see templates/ for the built-in ones");
    } else if (e instanceof NoSuchFileException nf) {
      err.println("candor: no such file: " + nf.getFile()
          + (nf.getReason() == null ? "" : " (" + nf.getReason() + ")"));
    } else if (e instanceof java.nio.file.FileSystemException fs) {
      err.println("candor: " + fs.getFile() + ": " + (fs.getReason() != null ? fs.getReason()
          : fs.getClass().getSimpleName().replace("Exception", "").replaceAll("(?<=.)([A-Z])",
              " $1").toLowerCase(java.util.Locale.ROOT)));
    } else if (e instanceof IOException || e instanceof UncheckedIOException) {
      err.println("candor: " + e.getMessage());
    } else if (e instanceof UserError ue) {
      err.println("candor: " + ue.getMessage());
    } else {
      err.println("candor: internal error: " + e);
      err.println("Please report it with the output of --debug.");
    }
    if (debug) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      err.print(trace);
    }
    err.flush();
    return exitCode(e);
  }

  private static String templateLocation(TemplateException te) {
    return te.getTemplateSourceName() + ":" + te.getLineNumber() + ":" + te.getColumnNumber();
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("").strip();
  }

  private static boolean isDebug(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null;
        p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** A mistake in how Candor was called, explained in one line. */
  static final class UserError extends RuntimeException {
    UserError(String message) {
      super(message); // with its stack trace, which --debug shows like any other
    }
  }

  /** Reads the version from the jar manifest, falling back to the build's resource. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      var props = new java.util.Properties();
      try (var in = Cli.class.getResourceAsStream("/dev/candor/version.properties")) {
        if (in != null) {
          props.load(in);
        }
      }
      return new String[] {"candor " + props.getProperty("version", "unknown")};
    }
  }
}
