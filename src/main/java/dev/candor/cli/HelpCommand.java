package dev.candor.cli;

import dev.candor.problem.ExitCodes;
import dev.candor.problem.UsageException;
import dev.candor.vocab.Nearest;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code candor help [COMMAND...]}: a command's usage, as picocli's own help command shows it, then
 * where its reference page is; a name that is only a topic ({@code inventory}) prints that page.
 */
@Command(
    name = "help",
    helpCommand = true,
    header = "Shows the help of a command, or a reference page (see candor docs).",
    description = {
      "Shows the usage of a command, e.g. candor help build or candor help export"
          + " snippets. For a name that is no command, such as inventory, prints that"
          + " reference page, as candor docs does."
    })
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Callable<Integer> {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Parameters(
      paramLabel = "NAME",
      arity = "0..*",
      description = "A command, its subcommand, or a reference topic.")
  List<String> names = List.of();

  private CommandLine self;
  private CommandLine.Help.ColorScheme colors;
  private PrintWriter out;

  @Override
  public void init(
      CommandLine helpCommandLine,
      CommandLine.Help.ColorScheme colorScheme,
      PrintWriter outWriter,
      PrintWriter errWriter) {
    this.self = helpCommandLine;
    this.colors = colorScheme;
    this.out = outWriter;
  }

  @Override
  public Integer call() throws Exception {
    CommandLine target = self.getParent();
    for (String name : names) {
      CommandLine sub = target.getSubcommands().get(name);
      if (sub == null) {
        return topicOr(target, name);
      }
      target = sub;
    }
    target.usage(out, colors);
    if (names.size() == 1 && DocsCommand.TOPICS.contains(names.get(0))) {
      out.println();
      out.println("Reference: candor docs " + names.get(0));
    }
    return ExitCodes.OK;
  }

  private int topicOr(CommandLine parent, String name) throws Exception {
    if (names.size() == 1 && DocsCommand.TOPICS.contains(name)) {
      out.print(DocsCommand.page(name));
      return ExitCodes.OK;
    }
    List<String> known = new ArrayList<>(parent.getSubcommands().keySet());
    if (names.size() == 1) {
      known.addAll(DocsCommand.TOPICS);
    }
    String near = Nearest.didYouMean(name, known);
    throw new UsageException(
        "help: there is no command or reference page '"
            + name
            + "'"
            + (near == null ? "; see candor --help and candor docs" : "; " + near));
  }
}
