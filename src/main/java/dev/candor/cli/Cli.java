package dev.candor.cli;

import dev.candor.problem.CandorException;
import dev.candor.problem.ExitCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
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
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success",
      "  1  findings (a check failed, or changes were found)",
      "  2  bad input: an invalid inventory, a bad option, a template error",
      "  3  a file could not be read or written",
      " 70  internal error (please report it, with --debug output)",
      "",
      "Help on a command: candor help COMMAND. Reference pages, offline: candor docs."
    })
public final class Cli implements Runnable {
  /** The commands, in the order the help lists them. */
  private static final List<Class<?>> COMMANDS =
      List.of(
          InitCommand.class,
          BuildCommand.class,
          ValidateCommand.class,
          CheckCommand.class,
          DiffCommand.class,
          SiteCommand.class,
          VerifyCommand.class,
          ServeCommand.class,
          ExportCommand.class,
          ImportCommand.class,
          TranslateCommand.class,
          ScanCommand.class,
          SchemaCommand.class,
          DocsCommand.class,
          HelpCommand.class);

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Show stack traces for errors.")
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. build");
  }

  /** Runs the CLI with the given writers; returns the exit code. For tests and {@link Main}. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    int code = commandLine(out, err, invoked(args)).execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The command line with every command, its writers, exit codes and error handlers. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, Optional.empty());
  }

  /**
   * The command line with only the named command where one is given, which spares a cold start
   * building the other commands' models (about 0.04 s). The help command, the root's usage and
   * unknown names still see every command.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, Optional<Class<?>> only) {
    CommandLine cl = new CommandLine(new Cli());
    for (Class<?> command : COMMANDS) {
      if (only.isEmpty() || only.get() == command) {
        cl.addSubcommand(command);
      }
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(Cli::exitCode);
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> report(e, cmd, parsed));
    cl.setParameterExceptionHandler(UsageErrors::report);
    return cl;
  }

  /** The command the arguments name first, unless it is help; the root takes no option values. */
  static Optional<Class<?>> invoked(String... args) {
    for (String a : args) {
      if (!a.startsWith("-")) {
        return COMMANDS.stream()
            .filter(c -> c != HelpCommand.class)
            .filter(c -> c.getAnnotation(Command.class).name().equals(a))
            .findFirst();
      }
    }
    return Optional.empty();
  }

  private static int exitCode(Throwable e) {
    CandorException known = CandorException.of(e);
    return known == null ? ExitCodes.INTERNAL : known.exitCode();
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

  /** The one place errors are shown: a known error explains itself; anything else is a bug. */
  private static int report(Exception e, PrintWriter err, boolean debug) {
    CandorException known = CandorException.of(e);
    if (known != null) {
      known.explain().forEach(err::println);
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
    return known == null ? ExitCodes.INTERNAL : known.exitCode();
  }

  private static boolean isDebug(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** Reads the version, and the commit it was built from, from the build's resource. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      var props = new java.util.Properties();
      try (var in = Cli.class.getResourceAsStream("/dev/candor/version.properties")) {
        if (in != null) {
          props.load(in);
        }
      }
      return new String[] {
        "candor " + built(props, "version") + " (" + built(props, "commit") + ")"
      };
    }

    /** A value the build filled in, or "unknown" where it could not (no git checkout). */
    private static String built(java.util.Properties props, String key) {
      String value = props.getProperty(key, "").strip();
      return value.isEmpty() || value.startsWith("${") ? "unknown" : value;
    }
  }
}
