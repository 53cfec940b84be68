package dev.candor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.load.Limits;
import dev.candor.model.Inventory;
import dev.candor.pipeline.Build;
import dev.candor.vocab.Vocabulary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sentences a notice says, from the facts: it never claims what the facts don't show. */
class NoticeComposerTest {
  private static final NoticeComposer COMPOSER =
      new NoticeComposer(Messages.forLanguage("en").orElseThrow(), Vocabulary.english());

  private static NoticeView compose(String... replacements) throws Exception {
    String yaml = Files.readString(Path.of("src/test/resources/compose/base.yaml"));
    for (int i = 0; i < replacements.length; i += 2) {
      assertTrue(yaml.contains(replacements[i]), replacements[i]);
      yaml = yaml.replace(replacements[i], replacements[i + 1]);
    }
    Inventory inv =
        Build.loader(Limits.DEFAULTS)
            .parse("base.yaml", yaml.getBytes(StandardCharsets.UTF_8))
            .inventory();
    return COMPOSER.compose(inv);
  }

  @Test
  void saysNothingIsSoldOnlyWhenNoRecipientBuysOrAdvertises() throws Exception {
    NoticeView plain = compose();
    assertEquals(
        "We do not sell your data, and we do not share it for advertising.",
        plain.selling().statement());
    assertFalse(plain.selling().sells() || plain.selling().advertising());

    NoticeView sold = compose("    safeguard: dpf", "    safeguard: dpf\n    sells: true");
    assertEquals("We sell some of your data.", sold.selling().statement());
    assertEquals("We sell email address to Mailer Inc.", sold.selling().details().get(0));
    assertFalse(sold.selling().optOut().isEmpty(), "says how to stop the sale");

    NoticeView ads = compose("    safeguard: dpf", "    safeguard: dpf\n    advertising: true");
    assertEquals("We share some of your data for advertising.", ads.selling().statement());
    assertTrue(ads.selling().details().get(0).startsWith("We share email address with Mailer"));
  }

  @Test
  void aTransferNamesItsSafeguardAndDomesticDataHasNone() throws Exception {
    NoticeView v = compose();
    assertEquals(1, v.transfers().size(), "Ireland is inside the EEA; only the US is told");
    assertEquals("United States", v.transfers().get(0).label());
    assertEquals(
        "Mailer Inc. has signed up to the EU-US Data Privacy Framework, which protects your data.",
        v.transfers().get(0).text(),
        "under one law, every country told is outside the region the glance names");
    assertEquals(
        "Mailer Inc. has signed up to the EU-US Data Privacy Framework and its UK Extension, which"
            + " protect your data.",
        compose("jurisdictions: [gdpr]", "jurisdictions: [gdpr, uk-gdpr]").transfers().stream()
            .filter(l -> l.label().equals("United States"))
            .findFirst()
            .orElseThrow()
            .text(),
        "under two, a country outside both regions needs no saying so: its safeguards say it");
    assertEquals(
        "United States; Ireland (outside the United Kingdom only)",
        compose("jurisdictions: [gdpr]", "jurisdictions: [gdpr, uk-gdpr]").glance().lines().stream()
            .filter(l -> l.label().equals("Where it goes outside your region"))
            .findFirst()
            .orElseThrow()
            .text(),
        "the glance tells a country outside the UK only apart, for readers in the EU");
    assertEquals("Where: United States.", v.recipients().get(0).recipients().get(0).where());
    NoticeView swiss = compose("    country: US\n    safeguard: dpf", "    country: CH");
    assertTrue(
        swiss.transfers().get(0).text().contains("protects personal data as well"),
        swiss.transfers().get(0).text());
  }

  @Test
  void aUsNoticeThatSellsSaysWhatHappensToTheDataOfUnderSixteens() throws Exception {
    String us = "jurisdictions: [ccpa]";
    String seller = "    role: controller\n    sells: true";
    NoticeView anyAge = compose("jurisdictions: [gdpr]", us, "    role: processor", seller);
    assertTrue(
        anyAge
            .selling()
            .optOut()
            .contains(
                "We do not sell or share the data of anyone we know is under 16 unless they agree"
                    + " to it, or, for a child under 13, a parent agrees."),
        anyAge.selling().optOut().toString());
    NoticeView adults =
        compose(
            "jurisdictions: [gdpr]",
            us,
            "    role: processor",
            seller + "\n    scope:\n      min_age: 18");
    assertTrue(
        adults.selling().optOut().contains("We do not sell or share the data of anyone under 18."),
        adults.selling().optOut().toString());
    NoticeView eu = compose("    role: processor", seller);
    assertTrue(
        eu.selling().optOut().stream().noneMatch(x -> x.contains("under 16")),
        "the rule is US law's: " + eu.selling().optOut());
  }

  @Test
  void aGlanceOfTwentyFiveItemsAndFifteenPurposesFitsIn250Words() throws Exception {
    String[] categories = {
      "user.contact.email",
      "user.contact.phone_number",
      "user.device.ip_address",
      "user.behavior.browsing_history",
      "user.financial.bank_account"
    };
    String[] uses = {
      "essential.service",
      "analytics.reporting",
      "marketing.communications.email",
      "essential.service.security",
      "functional.service.improve"
    };
    StringBuilder data = new StringBuilder();
    StringBuilder purposes = new StringBuilder();
    for (int i = 0; i < 15; i++) {
      purposes.append(
          "  - id: p"
              + i
              + "\n    use: "
              + uses[i % uses.length]
              + "\n    label: do the thing number "
              + i
              + " that our product needs to do well\n"
              + "    basis: contract\n");
    }
    for (int i = 0; i < 25; i++) {
      data.append(
          "  - id: d"
              + i
              + "\n    category: "
              + categories[i % categories.length]
              + "\n    label: piece of data number "
              + i
              + "\n    source: person\n"
              + "    required: true\n    purposes: [p"
              + (i % 15)
              + "]\n"
              + "    retention:\n      duration: P"
              + (i + 1)
              + "M\n    stores: [db]\n");
    }
    NoticeView v =
        compose(
            "data:\n  - id: email",
            "data:\n" + data + "  - id: email",
            "purposes:\n",
            "purposes:\n" + purposes);
    List<String> words = new ArrayList<>();
    v.glance().lines().forEach(l -> words.add(l.label() + " " + l.text()));
    words.add(v.selling().statement());
    int count = String.join(" ", words).split("\\s+").length;
    assertTrue(count <= 247, count + " words at a glance: " + words);
    String why = v.glance().lines().get(1).text();
    assertTrue(why.endsWith("Each one is told under \"Legal basis for each use\"."), why);
    assertTrue(why.contains("understand how the service is used"), why);
  }

  @Test
  void aStoreRunByARecipientIsOneEntry() throws Exception {
    NoticeView v = compose("    provider: Base Hosting", "    provider: Mailer Inc.");
    assertEquals("Sends our emails.", v.stores().get(0).does(), "under its own name's heading");
    assertTrue(v.recipients().isEmpty(), "Mailer Inc. is told about under its store only");
    assertEquals(
        "The company that keeps data for us gets it too, as told under \"Where we keep it, and"
            + " for how long\".",
        v.shareNote());
  }

  @Test
  void theCompaniesThatKeepDataAndTheOtherProcessorsAreSaidToWorkForUsOnce() throws Exception {
    String host =
        "  - id: host\n    name: Base Hosting\n    role: processor\n    does: hosts our database\n"
            + "    country: IE\n";
    String sms =
        "  - id: sms\n    name: Texter Ltd\n    role: processor\n    does: sends our texts\n"
            + "    country: IE\n";
    NoticeView v =
        compose(
            "recipients:\n",
            "recipients:\n" + host + sms,
            "    recipients: [mailer]",
            "    recipients: [mailer, host, sms]");
    assertEquals(null, v.storesRole(), "the stores do not say it");
    assertEquals(null, v.shareNote(), "nor does a note of its own");
    assertEquals(
        "Like the company that keeps data for us, these organisations work for us and may use"
            + " your data only as we tell them:",
        v.recipients().get(0).role());
    assertEquals(2, v.recipients().get(0).recipients().size());

    NoticeView elsewhere =
        compose(
            "recipients:\n",
            "recipients:\n" + host + sms,
            "    recipients: [mailer]",
            "    recipients: [mailer, host, sms]",
            "stores:\n",
            "stores:\n  - id: cloud\n    provider: Other Cloud\n    country: IE\n");
    assertEquals(
        "Like Base Hosting, these organisations work for us and may use your data only as we tell"
            + " them:",
        elsewhere.recipients().get(0).role(),
        "Other Cloud keeps data too, so the company meant is named");

    NoticeView alone =
        compose(
            "recipients:\n",
            "recipients:\n" + host,
            "    recipients: [mailer]",
            "    recipients: [mailer, host]");
    assertEquals(
        "Base Hosting works for us and may use your data only as we tell it.",
        alone.storesRole(),
        "with one other processor, nothing to say it together with");
    assertTrue(alone.shareNote() != null);
  }

  @Test
  void retentionIsSaidInWordsWithItsStartingPoint() throws Exception {
    assertEquals(
        "1 year and 6 months after your last order.",
        compose().retention().get(0).sentence(),
        "in the list under its heading, a set time needs no \"We keep it for\"");
    assertTrue(
        compose()
            .glance()
            .lines()
            .get(2)
            .text()
            .startsWith("1 year and 6 months after your last order: "),
        compose().glance().lines().get(2).text());
    assertEquals(
        "We keep it with no end date. The law requires a permanent record.",
        compose(
                "      duration: P1Y6M\n      after: your last order",
                "      forever: true\n      reason: the law requires a permanent record")
            .retention()
            .get(0)
            .sentence());
  }

  @Test
  void theGlanceNamesWhatIsKeptLongestOnlyWhenFewItemsAre() throws Exception {
    StringBuilder data = new StringBuilder();
    String[] after = {"you close your account", "your last order", "your last visit", "you ask"};
    for (int i = 0; i < 4; i++) {
      data.append(
          "  - id: d"
              + i
              + "\n    category: user.contact.phone_number\n    label: item number "
              + i
              + "\n    source: person\n    required: true\n    purposes: [receipts]\n"
              + "    retention:\n      duration: P2Y\n      after: "
              + after[i]
              + "\n    stores: [db]\n");
    }
    NoticeView most = compose("data:\n", "data:\n" + data);
    assertEquals(
        "From 1 year and 6 months to 2 years, depending on the data.",
        most.glance().lines().get(2).text(),
        "four of five items are kept 2 years: the range says it, and no item is named longest");
    NoticeView few =
        compose(
            "data:\n",
            "data:\n" + data.toString().replace("P2Y", "P6M").replaceFirst("P6M", "P2Y"));
    assertTrue(
        few.glance().lines().get(2).text().endsWith("We keep item number 0 longest."),
        few.glance().lines().get(2).text());
  }

  @ParameterizedTest
  @CsvSource({
    "P1Y,1 year",
    "P2Y,2 years",
    "P13M,1 year and 1 month",
    "P14D,14 days",
    "P4W,28 days",
    "P1Y2M3D,'1 year, 2 months and 3 days'",
    "P0D,0 days"
  })
  void durationsReadAsWords(String iso, String words) {
    assertEquals(words, COMPOSER.duration(Period.parse(iso).normalized()));
  }

  @Test
  void sensitiveDataIsFlaggedWithItsCondition() throws Exception {
    NoticeView v =
        compose(
            "category: user.contact.email",
            "category: user.health_and_medical",
            "    basis: contract",
            "    basis: consent\n    special_basis: explicit-consent");
    assertEquals(
        java.util.List.of(
            "These are sensitive data, and for them we rely on your explicit consent: health"
                + " information."),
        v.sensitive(),
        "every sensitive item rests on the same condition, so one sentence says both");
    assertTrue(compose().sensitive().isEmpty());
  }

  @Test
  void requiredDataSaysWhatHappensWithoutIt() throws Exception {
    assertEquals(
        java.util.List.of("You must give it."), compose().data().get(0).items().get(0).details());
    assertEquals(
        "You must give it. If you don't, we cannot send your receipts.",
        String.join(
            " ",
            compose(
                    "    required: true",
                    "    required: true\n    without: we cannot send your" + " receipts")
                .data()
                .get(0)
                .items()
                .get(0)
                .details()));
    assertEquals(
        "It's your choice.",
        compose("    required: true", "    required: false")
            .data()
            .get(0)
            .items()
            .get(0)
            .details()
            .get(0));
  }
}
