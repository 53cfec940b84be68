package dev.candor.cli;

import dev.candor.model.Jurisdiction;
import dev.candor.pipeline.Starter;
import dev.candor.problem.ExitCodes;
import dev.candor.problem.UsageException;
import dev.candor.vocab.Countries;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code candor init}: set up a project with candor.yaml, a first inventory, site and schemas. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    header = "Sets up a project: candor.yaml, a first inventory, a site.",
    description = {
      "Writes candor.yaml, a first inventory (privacy/<id>.yaml), the site's settings"
          + " (privacy/site/site.yaml) and the JSON Schemas the files' editor lines name"
          + " (privacy/schema/).",
      "On a terminal it asks each question, with the default in brackets; --yes takes every"
          + " default. Facts Candor cannot guess are written as TODO values, which candor"
          + " validate refuses until you fill them in.",
      "Existing files are kept unless --force. More: candor docs project."
    })
final class InitCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "DIR",
      arity = "0..1",
      description = "The folder to set up (default: the current folder).")
  Path dir = Path.of("");

  @Option(names = "--yes", description = "Ask nothing; take the default of every question.")
  boolean yes;

  @Option(names = "--force", description = "Replace files init writes that already exist.")
  boolean force;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "The organisation's name (default: the folder's name).")
  String name;

  @Option(
      names = "--country",
      paramLabel = "CC",
      description = "The organisation's country code, e.g. DE (default: a TODO).")
  String country;

  @Option(
      names = "--laws",
      split = ",",
      paramLabel = "LAW",
      description = "gdpr, uk-gdpr, ccpa (default: from the country; else gdpr).")
  List<String> laws;

  @Option(
      names = "--email",
      paramLabel = "EMAIL",
      description = "Where people write about their data (default: a TODO).")
  String email;

  @Option(
      names = "--address",
      paramLabel = "TEXT",
      description = "The organisation's postal address (default: TODO).")
  String address;

  @Option(
      names = "--store-country",
      paramLabel = "CC",
      description = "Where the data is stored (default: the organisation's country).")
  String storeCountry;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "Where the notice site is published, ending in / (default: a TODO).")
  String baseUrl;

  @Option(
      names = "--effective",
      paramLabel = "DATE",
      description =
          "The first notice's effective date, as YYYY-MM-DD (default: today), so a script can"
              + " write the same files on any day.")
  LocalDate effective;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    java.io.Console console = System.console();
    Questions q =
        yes || console == null
            ? Questions.NONE
            : new Questions(new BufferedReader(console.reader()), console.writer());
    for (Path p : Starter.write(dir, answers(q), force)) {
      out.println("wrote " + p);
    }
    out.println("Next: replace the TODO values, then run candor validate.");
    return ExitCodes.OK;
  }

  /** The answers: each option given, else the answer to its question, else its default. */
  Starter.Answers answers(Questions q) throws IOException, UsageException {
    Path folder = dir.toAbsolutePath().normalize().getFileName();
    String n = q.ask("Organisation name", name, folder == null ? "My organisation" : folder + "");
    String c = country(q.ask("Country code of the organisation, e.g. DE", country, null));
    List<String> lawKeys = laws;
    if (lawKeys == null) {
      String keys = Starter.lawsFor(c).stream().map(Jurisdiction::key).reduce("", this::comma);
      lawKeys = List.of(q.ask("Laws (gdpr, uk-gdpr, ccpa)", null, keys).split(","));
    }
    List<Jurisdiction> chosen = new ArrayList<>();
    for (String key : lawKeys) {
      chosen.add(
          Starter.law(key)
              .orElseThrow(() -> new UsageException("unknown law '" + key + "'; use " + LAWS)));
    }
    String e = q.ask("Contact email for privacy questions", email, null);
    String a = q.ask("Postal address", address, null);
    String s = country(q.ask("Country the data is stored in", storeCountry, c));
    String u = q.ask("Address the notice site is published at", baseUrl, null);
    return new Starter.Answers(
        n, c, chosen, e, a, s, u, effective != null ? effective : LocalDate.now());
  }

  private static final String LAWS = "gdpr, uk-gdpr or ccpa";

  private String comma(String a, String b) {
    return a.isEmpty() ? b : a + "," + b;
  }

  private static String country(String code) throws UsageException {
    if (code == null) {
      return null;
    }
    String c = code.strip().toUpperCase(Locale.ROOT);
    c = Countries.alias(c).orElse(c);
    if (!Countries.isCode(c)) {
      throw new UsageException("unknown country code '" + code + "'; use two letters, e.g. DE");
    }
    return c;
  }

  /** Asks on a terminal; an empty answer takes the default. */
  record Questions(BufferedReader in, PrintWriter out) {
    static final Questions NONE = new Questions(null, null);

    /** The option's value if given, else the answer, else {@code dflt} (null: leave a TODO). */
    String ask(String question, String option, String dflt) throws IOException {
      if (option != null || in == null) {
        return option != null ? option : dflt;
      }
      out.print(question + " [" + (dflt == null ? "TODO" : dflt) + "]: ");
      out.flush();
      String line = in.readLine();
      return line == null || line.isBlank() ? dflt : line.strip();
    }
  }
}
