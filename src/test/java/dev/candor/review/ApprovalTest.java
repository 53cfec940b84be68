package dev.candor.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.Candor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --require-approval} and {@code site --require-approval}: a current version with a
 * material change since the archived version before it needs {@code approved} in its changelog
 * entry.
 */
class ApprovalTest {
  private static final Path BASE = Path.of("src/test/resources/diff/base.yaml");
  private static final String FIRST =
      "  - version: \"1.0\"\n    date: 2026-01-01\n    summary: First version.\n";

  @TempDir Path tmp;

  /**
   * A project whose archive holds version 1.0 of the diff corpus's base inventory and whose current
   * notice is version 1.1 with {@code change} applied and {@code entry} added to its changelog.
   */
  private Path project(String from, String to, String entry) throws IOException {
    // The base case lists too few rights to pass every check; the diff corpus does not need them.
    String base =
        Files.readString(BASE)
            .replace("available: [access,", "available: [access, portability, restriction,");
    Path notices = Files.createDirectories(tmp.resolve("notices"));
    Files.writeString(
        Files.createDirectories(notices.resolve("archive/base")).resolve("1.0.yaml"), base);
    String current =
        base.replace(
                "version: \"1.0\"\n  effective: 2026-01-01",
                "version: \"1.1\"\n  effective: 2026-02-01")
            .replace(from, to)
            .replace("changes:\n" + FIRST, "changes:\n" + entry + FIRST);
    assertFalse(current.equals(base));
    Files.writeString(notices.resolve("base.yaml"), current);
    return notices;
  }

  private static final String NEW_RECIPIENT_FROM = "    recipients: [mailer]\n";
  private static final String NEW_RECIPIENT_TO = "    recipients: [mailer, support-desk]\n";
  private static final String SUPPORT_DESK =
      "  - id: support-desk\n    name: Zendesk\n    role: processor\n    does: runs our help desk\n"
          + "    country: IE\n    contract_reviewed: 2026-01-15\n";

  /** Version 1.1 shares email addresses with a new recipient: a material change. */
  private Path material(String entry) throws IOException {
    Path n = project(NEW_RECIPIENT_FROM, NEW_RECIPIENT_TO, entry);
    Path f = n.resolve("base.yaml");
    String s = Files.readString(f);
    Files.writeString(
        f,
        s.replace(
            "recipients:\n  - id: mailer", "recipients:\n" + SUPPORT_DESK + "  - id: mailer"));
    return n;
  }

  private static String entry(String approved) {
    return "  - version: \"1.1\"\n    date: 2026-02-01\n    summary: Zendesk now runs our help desk.\n"
        + approved;
  }

  private static final String APPROVED =
      "    approved:\n      by: Jana Roth, data protection officer\n      date: 2026-01-28\n";

  @Test
  void aMaterialChangeWithoutApprovalFailsTheCheckAtItsChangelogEntry() throws IOException {
    Path n = material(entry(""));
    Candor r = Candor.run("check", "--require-approval", n.resolve("base.yaml").toString());
    assertEquals(1, r.code(), r::toString);
    int line = lineOf(n.resolve("base.yaml"), "- version: \"1.1\"");
    assertTrue(
        r.out()
            .contains(
                n.resolve("base.yaml")
                    + ":"
                    + line
                    + ":5: error[approval]: version 1.1 has 1 material change since version 1.0,"
                    + " and its entry in 'changes' has no approval"),
        r::toString);
    assertTrue(r.out().contains("hint: once someone has reviewed them"), r::toString);
  }

  @Test
  void theSameChangeApprovedPasses() throws IOException {
    Path n = material(entry(APPROVED));
    Candor r = Candor.run("check", "--require-approval", n.resolve("base.yaml").toString());
    assertEquals(0, r.code(), r::toString);
    assertFalse(r.out().contains("[approval]"), r::toString);
  }

  @Test
  void withoutTheOptionAnUnapprovedChangeIsNoFinding() throws IOException {
    Path n = material(entry(""));
    Candor r = Candor.run("check", n.resolve("base.yaml").toString());
    assertEquals(0, r.code(), r::toString);
    assertFalse(r.out().contains("[approval]"), r::toString);
  }

  @Test
  void aMinorChangeNeedsNoApproval() throws IOException {
    Path n =
        project(
            "label: take and deliver your orders",
            "label: take, deliver and support your orders",
            entry(""));
    Candor r = Candor.run("check", "--require-approval", n.resolve("base.yaml").toString());
    assertEquals(0, r.code(), r::toString);
  }

  @Test
  void aVersionWithNoChangelogEntryIsReportedAtItsVersion() throws IOException {
    Path n = material("");
    Candor r = Candor.run("check", "--require-approval", n.resolve("base.yaml").toString());
    assertEquals(1, r.code(), r::toString);
    int line = lineOf(n.resolve("base.yaml"), "version: \"1.1\"");
    assertTrue(
        r.out()
            .contains(
                ":"
                    + line
                    + ":12: error[approval]: version 1.1 has 1 material change since version 1.0,"
                    + " and no entry in 'changes' records its approval"),
        r::toString);
  }

  @Test
  void theSiteRefusesToPublishAnUnapprovedVersionAndWritesNothing() throws IOException {
    Path n = material(entry(""));
    Path out = tmp.resolve("out");
    Candor r =
        Candor.run(
            "site",
            "--require-approval",
            "--notices",
            n.toString(),
            "--site",
            englishSite().toString(),
            "--out",
            out.toString());
    assertEquals(1, r.code(), r::toString);
    assertTrue(r.err().contains("error[approval]: version 1.1 has 1 material change"), r::toString);
    assertTrue(
        r.err().contains("1 version has material changes and no approval; nothing was written."),
        r::toString);
    assertFalse(Files.exists(out), "no site");
  }

  @Test
  void theSitePublishesAnApprovedVersion() throws IOException {
    Path n = material(entry(APPROVED));
    Path out = tmp.resolve("out");
    Candor r =
        Candor.run(
            "site",
            "--require-approval",
            "--notices",
            n.toString(),
            "--site",
            englishSite().toString(),
            "--out",
            out.toString());
    assertEquals(0, r.code(), r::toString);
    assertTrue(Files.isRegularFile(out.resolve("base/1.1/index.html")));
  }

  /** The example site's settings without its further languages: these notices are English only. */
  private Path englishSite() throws IOException {
    Path site = dev.candor.testing.Snapshot.copyTree(Path.of("site"), tmp.resolve("site"));
    Path yaml = site.resolve("site.yaml");
    Files.writeString(yaml, Files.readString(yaml).replaceFirst("(?m)^languages:.*\n", ""));
    return site;
  }

  private static int lineOf(Path file, String text) throws IOException {
    var lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }
}
