package dev.candor.cli;

import dev.candor.model.Project;
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
      description =
          "The inventories, with their archive/ (default: notices, or 'notices' and 'archive'"
              + " in candor.yaml).")
  Path notices;

  @Option(
      names = "--site",
      paramLabel = "DIR",
      description =
          "The folder with site.yaml and the logo (default: site, or 'site' in candor.yaml).")
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

  @Option(
      names = "--require-approval",
      description =
          "Refuse to publish (exit 1) a current version that has a material change and no"
              + " approval.")
  boolean requireApproval;

  @Mixin CheckOptions checks;

  @Mixin LimitOptions limits;

  @Mixin ProjectOptions project;

  /** The settings, options first, then candor.yaml; {@code out} null means the project's. */
  SiteBuilder.Settings settings(Path out)
      throws UsageException, java.io.IOException, dev.candor.problem.InvalidInputException {
    SiteCommand.requireFolder(notices, "--notices");
    Project p = project.project();
    return new SiteBuilder.Settings(
        notices != null ? notices : p.notices(),
        site != null ? site : p.site(),
        out != null ? out : p.siteOut(),
        SiteCommand.folder(templates, "--templates"),
        limits.limits(),
        checks.settings(),
        gitHistory,
        notices != null ? notices.resolve("archive") : p.archive(),
        requireApproval,
        p.file().isPresent() ? p.languages() : java.util.List.of());
  }
}
