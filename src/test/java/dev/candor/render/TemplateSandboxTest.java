package dev.candor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.candor.render.pdf.PdfChecks;
import dev.candor.testing.Candor;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A user's theme folder ({@code --templates}) can change how a notice looks, and nothing else: no
 * Java, no files outside the folder, no network.
 */
class TemplateSandboxTest {
  private static final Path SHOP = Path.of("notices/shop.yaml");

  @TempDir Path tmp;
  private Path theme;
  private Path secret;
  private String secretText;
  private HttpServer server;
  private final List<String> requests = new CopyOnWriteArrayList<>();

  @BeforeEach
  void setUp() throws IOException {
    theme = Files.createDirectories(tmp.resolve("theme"));
    secretText = "SECRET-" + UUID.randomUUID();
    secret = tmp.resolve("secret.txt");
    Files.writeString(secret, secretText);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
          byte[] body = ("body{color:red} " + secretText).getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  /** A hostile HTML template and why it must not work. */
  record Attempt(String name, String template) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Attempt> attempts() {
    return Stream.of(
        new Attempt(
            "new builds a Java object", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
        new Attempt(
            "new with ObjectConstructor",
            "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.io.File\", \"/\")}"),
        new Attempt("api reaches Java methods", "${title?api.getClass().getName()}"),
        new Attempt("api on the data model", "${.data_model?api.getClass()}"),
        new Attempt("data_model methods", "${.data_model.getClass().getName()}"),
        new Attempt("globals class", "${.globals.class.forName(\"java.lang.Runtime\")}"),
        new Attempt("include backs out of the folder", "<#include \"../secret.txt\">"),
        new Attempt("include two levels up", "<#include \"../../../../../../etc/passwd\">"),
        new Attempt("include an absolute path", "<#include \"SECRET_PATH\">"),
        new Attempt("include a file URL", "<#include \"file://SECRET_PATH\">"),
        new Attempt("import backs out", "<#import \"../secret.txt\" as s>"),
        new Attempt("include through a symlink", "<#include \"link.ftl\">"),
        new Attempt("eval of new", "${\"'freemarker.template.utility.Execute'?new()('id')\"?eval}"),
        new Attempt("interpret an include", "<@\"<#include '../secret.txt'>\"?interpret />"),
        new Attempt(
            "interpret new",
            "<@\"$\\{'freemarker.template.utility.Execute'?new()('id')}\"?interpret />"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attempts")
  void hostileTemplateFailsWithALocatedErrorAndReadsNothing(Attempt a) throws IOException {
    try {
      Files.createSymbolicLink(theme.resolve("link.ftl"), secret);
    } catch (UnsupportedOperationException | IOException e) {
      // no symlinks on this file system: that attempt then fails as "not found", which is fine
    }
    String template = a.template().replace("SECRET_PATH", secret.toAbsolutePath().toString());
    Files.writeString(theme.resolve("notice.html.ftlh"), "<p>" + template + "</p>\n");
    Path out = tmp.resolve("out");
    Candor r =
        Candor.run(
            "build",
            "--format",
            "html",
            "--templates",
            theme.toString(),
            "--out",
            out.toString(),
            SHOP.toString());
    String about = a.name() + "\n" + r;
    assertEquals(2, r.code(), about);
    assertTrue(
        Pattern.compile("notice\\.html\\.ftlh:\\d+:\\d+: error: ").matcher(r.err()).find(),
        () -> "no located template error: " + about);
    assertFalse(r.err().contains("\tat "), about);
    assertFalse(r.out().contains(secretText) || r.err().contains(secretText), about);
    assertFalse(Files.exists(out.resolve("shop.html")), about);
  }

  /** The parts of a notice a theme sees, and nothing else: no services, no Java objects. */
  private static final Set<String> MODEL_KEYS =
      Set.of(
          "id",
          "cookies",
          "language",
          "legalBases",
          "title",
          "controller",
          "version",
          "effective",
          "effectiveIso",
          "versionLine",
          "effectiveLine",
          "footer",
          "intro",
          "t",
          "sections",
          "glance",
          "who",
          "data",
          "sensitive",
          "usCategories",
          "automated",
          "purposes",
          "stores",
          "protectedEverywhere",
          "storesRole",
          "retention",
          "selling",
          "shareNote",
          "recipients",
          "transfers",
          "access",
          "rights",
          "emails",
          "changes",
          "complain",
          "recent",
          "jsonld");

  /** Renders shop.html with the given theme template and returns the text of its body. */
  private String renderWith(String template) throws IOException {
    Files.writeString(theme.resolve("notice.html.ftlh"), template);
    Path out = tmp.resolve("out");
    Candor r =
        Candor.run(
            "build",
            "--format",
            "html",
            "--templates",
            theme.toString(),
            "--out",
            out.toString(),
            SHOP.toString());
    assertEquals(0, r.code(), r::toString);
    return Files.readString(out.resolve("shop.html"));
  }

  @Test
  void theDataModelHoldsExactlyThePartsOfTheNotice() throws IOException {
    String html = renderWith("<#list .data_model?keys as k>${k}\n</#list>");
    assertEquals(new TreeSet<>(MODEL_KEYS), new TreeSet<>(List.of(html.strip().split("\n"))));
  }

  /**
   * Walks the whole data model: every value must be text, a number, a flag, a date, a list or a map
   * of those. An object wrapped as a bean would show up as methods or a {@code class} key.
   */
  @Test
  void theDataModelIsPlainValuesAllTheWayDown() throws IOException {
    String html =
        renderWith(
            """
        <#macro walk v path>
          <#if v?is_method || v?is_directive>JAVA ${path}
          <#elseif v?is_hash_ex>
            <#list v?keys as k>key
              <#if k == "class" || k?starts_with("get")>JAVA ${path}.${k}
              </#if><#if v[k]??><@walk v[k] path + "." + k/></#if>
            </#list>
          <#elseif v?is_sequence><#list v as item><@walk item path + "[]"/></#list>
          <#elseif !(v?is_string || v?is_number || v?is_boolean || v?is_date_like)>ODD ${path}
          </#if>
        </#macro>
        <#list .data_model?keys as k><#if .data_model[k]??><@walk .data_model[k] k/></#if></#list>
        """);
    List<String> odd =
        html.lines()
            .map(String::strip)
            .filter(l -> l.startsWith("JAVA") || l.startsWith("ODD"))
            .toList();
    assertEquals(List.of(), odd, "values in the data model that are not plain data");
    long keys = html.lines().filter(l -> l.strip().equals("key")).count();
    assertTrue(keys > 200, "the walk reached the whole model: " + keys + " keys");
  }

  /** Each way into Java from the data model is refused at render time, not just not printed. */
  @Test
  void noPartOfTheDataModelReachesJava() throws IOException {
    StringBuilder t = new StringBuilder();
    List<String> expected = new ArrayList<>();
    Map<String, String> global =
        Map.of(
            "new Execute",
            "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
            "new ObjectConstructor",
            "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.io.File\", \"/\")}",
            "statics",
            "${statics[\"java.lang.System\"].getProperty(\"user.home\")}",
            "enums",
            "${enums[\"java.time.DayOfWeek\"].MONDAY}",
            "data model api",
            "${.data_model?api.getClass().getName()}",
            "data model getClass",
            "${.data_model.getClass().getName()}",
            "globals class",
            "${.globals.class.getName()}",
            "string api",
            "${\"x\"?api.getClass().getName()}");
    global.forEach(
        (name, expr) -> {
          t.append(attempt(name, expr));
          expected.add(name);
        });
    for (String k : MODEL_KEYS) {
      for (String[] way :
          new String[][] {
            {"?api", "?api.getClass().getName()"},
            {".class", ".class.getName()"},
            {".getClass()", ".getClass().getName()"}
          }) {
        String name = k + way[0];
        t.append(attempt(name, "${.data_model[\"" + k + "\"]" + way[1] + "}"));
        expected.add(name);
      }
    }
    String html = renderWith(t.toString());
    List<String> allowed = html.lines().filter(l -> l.startsWith("ALLOWED ")).toList();
    assertEquals(List.of(), allowed, "ways into Java that a template could use");
    List<String> refused =
        html.lines()
            .filter(l -> l.startsWith("REFUSED "))
            .map(l -> l.substring("REFUSED ".length()))
            .sorted()
            .toList();
    assertEquals(expected.stream().sorted().toList(), refused, "every attempt ran and failed");
  }

  private static String attempt(String name, String expr) {
    return "<#attempt>"
        + expr
        + "\nALLOWED "
        + name
        + "\n<#recover>REFUSED "
        + name
        + "\n</#attempt>";
  }

  @Test
  void aPdfTemplateThatWritesBrokenXhtmlIsBadInputNotAnInternalError() throws IOException {
    Files.writeString(
        theme.resolve("notice.pdf.ftlx"),
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>${title}</body></html>\n");
    Candor r =
        Candor.run(
            "build",
            "--format",
            "pdf",
            "--templates",
            theme.toString(),
            "--out",
            tmp.resolve("out").toString(),
            SHOP.toString());
    assertEquals(2, r.code(), r::toString);
    assertTrue(
        r.err()
            .matches(
                "(?s)notice\\.pdf\\.ftlx:1:1: error: its output is not"
                    + " well-formed XHTML at line 1, column \\d+ of what it wrote .*"),
        r::toString);
  }

  /**
   * A theme whose page pulls resources from a server on this machine, in every way HTML and CSS
   * allow, built as HTML and PDF: the server must see no request and the PDF hold none of its text.
   * The notice's own text refers to the server too.
   */
  @Test
  void noResourceIsFetchedFromTheNetworkOrDisk() throws IOException {
    String url = base();
    String pdfTemplate =
        """
        <!DOCTYPE html [
          <!ENTITY remote SYSTEM "%1$sentity">
          <!ENTITY local SYSTEM "file://%2$s">
        ]>
        <html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
        <head>
        <title>${title}</title>
        <link rel="stylesheet" href="%1$slink.css"/>
        <style>
        @import url("%1$simport.css");
        @font-face { font-family: "X"; src: url(%1$sfont.ttf); }
        body { background-image: url(%1$sbackground.png); font-family: "X", "DejaVu Sans"; }
        </style>
        </head>
        <body>
        <h1>${title}</h1>
        <p>&remote; &local;</p>
        <img src="%1$simage.png" alt="image"/>
        <img src="file://%2$s" alt="file"/>
        <object data="%1$sobject.svg" type="image/svg+xml">object</object>
        <iframe src="%1$sframe.html">frame</iframe>
        <p style="background: url('%1$sinline.png')">${intro}</p>
        </body>
        </html>
        """
            .formatted(url, secret.toAbsolutePath());
    Files.writeString(theme.resolve("notice.pdf.ftlx"), pdfTemplate);
    String htmlTemplate =
        pdfTemplate
            .replaceAll("(?s)<!DOCTYPE html \\[.*?\\]>", "<!DOCTYPE html>")
            .replace("&remote; &local;", "");
    Files.writeString(theme.resolve("notice.html.ftlh"), htmlTemplate);
    Path inventory = tmp.resolve("remote.yaml");
    Files.writeString(
        inventory,
        Files.readString(SHOP)
            .replaceFirst("(?m)^  id: shop$", "  id: remote")
            .replace(
                "title: Privacy notice for Larch & Loom",
                "title: \"Privacy notice <img src='" + url + "title.png'>\"")
            .replace("website: https://larchandloom.example", "website: " + url + "site"));

    Path out = tmp.resolve("out");
    Candor r =
        Candor.run(
            "build",
            "--templates",
            theme.toString(),
            "--out",
            out.toString(),
            inventory.toString());
    List<String> seen = new ArrayList<>(requests);
    assertEquals(List.of(), seen, () -> "requests reached the server\n" + r);
    if (r.code() == 0) {
      String text = PdfChecks.extractText(Files.readAllBytes(out.resolve("remote.pdf")));
      assertFalse(text.contains(secretText), text);
      assertFalse(text.contains("color:red"), text);
    } else {
      assertEquals(2, r.code(), r::toString);
      assertTrue(r.err().contains("notice.pdf.ftlx"), r::toString);
      assertFalse(r.err().contains(secretText), r::toString);
    }
  }
}
