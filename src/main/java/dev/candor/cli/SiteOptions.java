package dev.candor.cli;

import dev.candor.pipeline.SiteBuilder;
import dev.candor.problem.UsageException;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the site's inputs are, shared by {@code site} and {@code serve}. */
final class SiteOptions {
  @Option(
      names = "--notices",
      paramLabel = "DIR",
      defaultValue = "notices",
      description = "The inventories and their archive/ (default: ${DEFAULT-VALUE}).")
  Path notices;

  @Option(
      names = "--site",
      paramLabel = "DIR",
      defaultValue = "site",
      description = "The folder with site.yaml and the logo (default: ${DEFAULT-VALUE}).")
  Path site;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description = "A theme folder whose templates override the built-in ones.")
  Path templates;

  @Option(
      names = "--git-history",
      description = "Also take earlier versions from each notice file's git history.")
  boolean gitHistory;

  @Mixin CheckOptions checks;

  @Mixin LimitOptions limits;

  SiteBuilder.Settings settings(Path out) throws UsageException {
    SiteCommand.requireFolder(notices, "--notices");
    SiteCommand.requireFolder(site, "--site");
    return new SiteBuilder.Settings(
        notices,
        site,
        out,
        SiteCommand.folder(templates, "--templates"),
        limits.limits(),
        checks.settings(),
        gitHistory);
  }
}
