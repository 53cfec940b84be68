package dev.candor.cli;

import dev.candor.pipeline.SiteBuilder;
import dev.candor.problem.ExitCodes;
import dev.candor.serve.Preview;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code candor serve}: build the site, serve it on 127.0.0.1, rebuild on every change. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    header = "Previews the site on 127.0.0.1 and rebuilds it on every change.",
    description = {
      "Builds the site, serves it on 127.0.0.1 only, and rebuilds it whenever a file in"
          + " the notices, site or theme folder changes. Stop it with Ctrl-C."
    })
final class ServeCommand implements Callable<Integer> {
  @Option(
      names = {"-p", "--port"},
      defaultValue = "8080",
      paramLabel = "PORT",
      description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      description = "The site folder to build and serve (default: <out>/site).")
  Path out;

  @Mixin SiteOptions site;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter e = spec.commandLine().getErr();
    SiteBuilder.Settings s = site.settings(out);
    SiteBuilder.build(s, ProgressBar.forConsole(e));
    List<Path> watched =
        s.templates().isPresent()
            ? List.of(s.notices(), s.siteDir(), s.templates().get())
            : List.of(s.notices(), s.siteDir());
    try (Preview p = Preview.start(s.out(), port, watched, () -> rebuild(s, o, e))) {
      o.println("Serving " + p.address() + " (Ctrl-C to stop)");
      o.flush();
      new CountDownLatch(1).await();
    }
    return ExitCodes.OK;
  }

  private static void rebuild(SiteBuilder.Settings s, PrintWriter o, PrintWriter e) {
    int code = Cli.guard(e, () -> SiteBuilder.build(s, (w, d, t) -> {}));
    o.println(code == ExitCodes.OK ? "rebuilt" : "not rebuilt; the previous site is still served");
    o.flush();
  }
}
