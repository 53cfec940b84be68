package dev.candor.cli;

import dev.candor.problem.ExitCodes;
import dev.candor.vocab.Nearest;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine;

/** How a mistake on the command line is shown: what was wrong, a "did you mean", where help is. */
final class UsageErrors {
  private UsageErrors() {}

  /** Prints the error and returns {@link ExitCodes#BAD_INPUT}; for picocli's handler. */
  static int report(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("candor: " + message(e));
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
    err.flush();
    return ExitCodes.BAD_INPUT;
  }

  private static String message(CommandLine.ParameterException e) {
    if (!(e instanceof CommandLine.UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
      return e.getMessage();
    }
    CommandLine cmd = e.getCommandLine();
    String word = u.getUnmatched().get(0);
    if (word.startsWith("-")) {
      String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
      return "unknown option '" + name + "'" + near(name, options(cmd, name));
    }
    if (!cmd.getSubcommands().isEmpty()) {
      return "unknown command '" + word + "'" + near(word, cmd.getSubcommands().keySet());
    }
    return e.getMessage();
  }

  /** The command's option names of the same kind as the one typed (long, or short). */
  private static List<String> options(CommandLine cmd, String typed) {
    boolean isLong = typed.startsWith("--");
    return cmd.getCommandSpec().optionsMap().keySet().stream()
        .filter(n -> n.startsWith("--") == isLong)
        .toList();
  }

  private static String near(String word, Collection<String> known) {
    String hint = Nearest.didYouMean(word, known);
    return hint == null ? "" : "; " + hint;
  }
}
