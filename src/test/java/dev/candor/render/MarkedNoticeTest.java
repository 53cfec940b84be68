package dev.candor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The marked-up notice on small bodies: what Candor's own notices never do (a section that comes or
 * goes whole, as a theme's template may make) and how words are marked.
 */
class MarkedNoticeTest {
  private static final MarkedNotice.Labels LABELS =
      new MarkedNotice.Labels(
          "added", "removed", "Changed.", "New section.", "Removed section.", "Same.", "Show.");

  private static Document marked(String before, String after, boolean fold) {
    return Jsoup.parseBodyFragment(
        MarkedNotice.of(
            "<div><main>" + before + "</main></div>",
            "<div><main>" + after + "</main></div>",
            LABELS,
            fold));
  }

  private static final String WHO =
      "<section id=\"who\" aria-labelledby=\"who-h\"><h2 id=\"who-h\">Who we are</h2>"
          + "<p>Birch Books is responsible.</p></section>";
  private static final String KIDS =
      "<section id=\"kids\" aria-labelledby=\"kids-h\"><h2 id=\"kids-h\">Children</h2>"
          + "<p>We do not knowingly collect data of children under 16.</p>"
          + "<ul><li>Ask us to delete it.</li></ul></section>";

  @Test
  void aNewSectionIsMarkedWholeAndNamedSo() {
    Document d = marked(WHO, WHO + KIDS, true);
    Element kids = d.getElementById("n-kids");
    assertNotNull(kids, d.outerHtml());
    assertTrue(kids.hasClass("rl-added"));
    assertEquals("Children", kids.selectFirst("h4 > ins").ownText(), "headings move two down");
    assertEquals("New section.", kids.selectFirst(".rl-note").text());
    assertEquals(
        "We do not knowingly collect data of children under 16.",
        kids.selectFirst("p:not(.rl-note) > ins").ownText());
    assertEquals("Ask us to delete it.", kids.selectFirst("li > ins").ownText());
    assertEquals("n-kids-h", kids.attr("aria-labelledby"));
  }

  @Test
  void aRemovedSectionStaysWhereItWasStruckThrough() {
    Document d = marked(KIDS + WHO, WHO, true);
    Element kids = d.getElementById("was-kids");
    assertNotNull(kids, d.outerHtml());
    assertTrue(kids.hasClass("rl-removed"));
    assertEquals("Removed section.", kids.selectFirst(".rl-note").text());
    assertEquals("Children", kids.selectFirst("h4 > del").ownText());
    assertEquals("was-kids-h", kids.attr("aria-labelledby"));
    assertEquals(kids, d.select("section").first(), "before the section that followed it");
  }

  @Test
  void anUnchangedSectionIsFoldedInHtmlAndShownInFullInPdf() {
    Element folded = marked(WHO, WHO, true).getElementById("n-who");
    assertEquals("Same. Show.", folded.selectFirst("details > summary").text());
    assertEquals("Birch Books is responsible.", folded.selectFirst("details > p").text());
    assertEquals("Who we are", folded.selectFirst("h4").text(), "its heading stays visible");
    Element shown = marked(WHO, WHO, false).getElementById("n-who");
    assertEquals(0, shown.select("details").size());
    assertEquals("Same.", shown.selectFirst(".rl-note").text());
    assertEquals("Birch Books is responsible.", shown.selectFirst("p:not(.rl-note)").text());
  }

  @Test
  void wordsAreMarkedInsideTheirInlineElementsAndALinkIsNeverEmpty() {
    Document d =
        marked(
            "<p>Write to <a href=\"#who\">our office</a> within <strong>30 days</strong>.</p>",
            "<p>Write to <a href=\"#who\">our privacy team</a> within <strong>14"
                + " days</strong>.</p>",
            true);
    Element p = d.selectFirst("p");
    assertEquals("office", p.selectFirst("del a").ownText());
    assertEquals("privacy team", p.selectFirst("ins a").ownText());
    assertEquals("30", p.selectFirst("del strong").ownText());
    assertEquals("14", p.selectFirst("ins strong").ownText());
    for (Element a : p.select("a")) {
      assertTrue(!a.text().isBlank(), a.outerHtml());
      assertEquals("#n-who", a.attr("href"), "links follow the ids' prefix");
    }
  }

  @Test
  void aChangedTableCellKeepsItsColumn() {
    String row = "<table><tbody><tr><th>Email</th><td>2 years</td><td>%s</td></tr></tbody></table>";
    Document d = marked(row.formatted("Postmark"), row.formatted("Mailgun"), true);
    Element tr = d.selectFirst("tr");
    assertEquals(3, tr.children().size(), tr.outerHtml());
    assertEquals("Postmark", tr.child(2).selectFirst("del").ownText());
    assertEquals("Mailgun", tr.child(2).selectFirst("ins").ownText());
  }
}
