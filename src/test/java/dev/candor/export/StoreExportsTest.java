package dev.candor.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candor.load.Limits;
import dev.candor.load.LoadedInventory;
import dev.candor.model.DataItem;
import dev.candor.model.Inventory;
import dev.candor.pipeline.Build;
import dev.candor.render.NoticeComposer;
import dev.candor.render.NoticeJsonLd;
import dev.candor.render.NoticeRenderer;
import dev.candor.render.Templates;
import dev.candor.vocab.Crosswalk;
import dev.candor.vocab.Vocabulary;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** For every example: the App Store, Google Play and DPV outputs state what the inventory does. */
class StoreExportsTest {
  private static final Crosswalk CW = Crosswalk.builtIn();
  private static final NoticeRenderer RENDERER =
      new NoticeRenderer(new Templates(Optional.empty()), Vocabulary.english());

  static Stream<Inventory> examples() throws Exception {
    return Build.load(Build.defaultInputs(), Limits.DEFAULTS).stream()
        .map(LoadedInventory::inventory);
  }

  private static NoticeComposer composer(Inventory inv) {
    return RENDERER.composer(inv);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void appleAnswersListEveryMappedItemAndNothingElse(Inventory inv) {
    AppPrivacy a = AppPrivacy.of(inv, CW, composer(inv)::label);
    Set<String> expected = new TreeSet<>();
    for (DataItem d : inv.data()) {
      CW.appleType(d).ifPresent(expected::add);
    }
    assertEquals(
        expected,
        a.entries().stream()
            .map(AppPrivacy.Entry::type)
            .collect(Collectors.toCollection(TreeSet::new)),
        inv.notice().id());
    for (AppPrivacy.Entry e : a.entries()) {
      Set<String> purposes = new TreeSet<>();
      for (DataItem d : inv.data()) {
        if (CW.appleType(d).orElse("").equals(e.type())) {
          d.purposes()
              .forEach(p -> inv.purpose(p).flatMap(CW::applePurpose).ifPresent(purposes::add));
          if (d.recipients().stream()
              .anyMatch(r -> inv.recipient(r).map(x -> x.advertising()).orElse(false))) {
            purposes.add("NSPrivacyCollectedDataTypePurposeThirdPartyAdvertising");
          }
          assertTrue(e.data().contains(composer(inv).label(d)), e + " lists " + d.id());
        }
      }
      assertEquals(purposes, new TreeSet<>(e.purposes()), inv.notice().id() + " " + e.type());
    }
    String md = new AppPrivacyWriter(CW).markdown(a);
    a.entries().forEach(e -> assertTrue(md.contains(e.label()), e.label()));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyItemIsAnsweredOrLeftOutWithItsReasonInBothStores(Inventory inv) {
    NoticeComposer c = composer(inv);
    AppPrivacy a = AppPrivacy.of(inv, CW, c::label);
    DataSafety s = DataSafety.of(inv, CW, c::label);
    for (DataItem d : inv.data()) {
      String label = c.label(d);
      boolean apple = a.entries().stream().anyMatch(e -> e.data().contains(label));
      boolean play = s.entries().stream().anyMatch(e -> e.data().contains(label));
      boolean appleOut = a.leftOut().stream().anyMatch(l -> l.data().equals(label));
      boolean playOut = s.leftOut().stream().anyMatch(l -> l.data().equals(label));
      assertTrue(
          apple != appleOut, inv.notice().id() + " " + d.id() + " in the App Privacy answers");
      assertTrue(play != playOut, inv.notice().id() + " " + d.id() + " in the Data safety answers");
    }
    String md = new AppPrivacyWriter(CW).markdown(a) + new DataSafetyWriter(CW).markdown(s);
    a.leftOut().forEach(l -> assertTrue(md.contains(l.why()), l.toString()));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void trackingFollowsAdvertisingRecipients(Inventory inv) {
    AppPrivacy a = AppPrivacy.of(inv, CW, composer(inv)::label);
    boolean advertises = inv.recipients().stream().anyMatch(r -> r.advertising() || r.sells());
    assertEquals(advertises, a.tracking(), inv.notice().id());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void privacyManifestIsAPropertyListWithAppleKeys(Inventory inv) throws Exception {
    AppPrivacy a = AppPrivacy.of(inv, CW, composer(inv)::label);
    String xml = new AppPrivacyWriter(CW).plist(a);
    assertTrue(xml.contains("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\""), xml);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setExpandEntityReferences(false);
    Document doc =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    Element plist = doc.getDocumentElement();
    assertEquals("plist", plist.getTagName());
    assertEquals("1.0", plist.getAttribute("version"));
    List<Element> top = children(plist);
    assertEquals(1, top.size());
    Map<String, Element> root = dict(top.get(0));
    assertEquals(
        List.of("NSPrivacyTracking", "NSPrivacyTrackingDomains", "NSPrivacyCollectedDataTypes"),
        List.copyOf(root.keySet()));
    assertEquals(String.valueOf(a.tracking()), root.get("NSPrivacyTracking").getTagName());
    List<Element> types = children(root.get("NSPrivacyCollectedDataTypes"));
    assertEquals(a.entries().size(), types.size());
    for (int i = 0; i < types.size(); i++) {
      Map<String, Element> t = dict(types.get(i));
      assertEquals(
          List.of(
              "NSPrivacyCollectedDataType",
              "NSPrivacyCollectedDataTypeLinked",
              "NSPrivacyCollectedDataTypeTracking",
              "NSPrivacyCollectedDataTypePurposes"),
          List.copyOf(t.keySet()));
      String type = t.get("NSPrivacyCollectedDataType").getTextContent();
      assertTrue(CW.term("apple", "type", type).isPresent(), type);
      assertTrue(
          Set.of("true", "false").contains(t.get("NSPrivacyCollectedDataTypeLinked").getTagName()));
      for (Element p : children(t.get("NSPrivacyCollectedDataTypePurposes"))) {
        assertEquals("string", p.getTagName());
        assertTrue(CW.term("apple", "purpose", p.getTextContent()).isPresent(), p.getTextContent());
      }
    }
  }

  /** The keys and values of a plist dict, which alternate key, value, in order. */
  private static Map<String, Element> dict(Element dict) {
    assertEquals("dict", dict.getTagName());
    List<Element> kids = children(dict);
    assertEquals(0, kids.size() % 2, "a dict alternates key and value");
    Map<String, Element> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < kids.size(); i += 2) {
      assertEquals("key", kids.get(i).getTagName());
      assertTrue(
          Set.of("string", "true", "false", "array", "dict", "integer")
              .contains(kids.get(i + 1).getTagName()),
          kids.get(i + 1).getTagName());
      out.put(kids.get(i).getTextContent(), kids.get(i + 1));
    }
    return out;
  }

  private static List<Element> children(Element e) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element el) {
        out.add(el);
      }
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("examples")
  void playCsvAnswersEveryMappedItemAndNothingElse(Inventory inv) {
    DataSafety s = DataSafety.of(inv, CW, composer(inv)::label);
    String csv = new DataSafetyWriter(CW).csv(s);
    List<String> lines = csv.lines().toList();
    assertEquals(
        "Question ID (machine readable),Response ID (machine readable),Response value,"
            + "Answer requirement,Human-friendly question label",
        lines.get(0));
    Set<String> expected = new TreeSet<>();
    inv.data().forEach(d -> CW.googleType(d).ifPresent(expected::add));
    Set<String> collected = new TreeSet<>();
    for (String line : lines) {
      String[] f = line.split(",", -1);
      if (f[0].startsWith("PSL_DATA_TYPES_") && f[2].equals("true")) {
        collected.add(f[1]);
      }
    }
    assertEquals(expected, collected, inv.notice().id());
    for (DataSafety.Entry e : s.entries()) {
      Set<String> purposes = new LinkedHashSet<>();
      for (DataItem d : inv.data()) {
        if (CW.googleType(d).orElse("").equals(e.type())) {
          d.purposes()
              .forEach(p -> inv.purpose(p).flatMap(CW::googlePurpose).ifPresent(purposes::add));
        }
      }
      Set<String> inCsv = new TreeSet<>();
      for (String line : lines) {
        String[] f = line.split(",", -1);
        if (f[0].equals("PSL_DATA_USAGE_RESPONSES:" + e.type() + ":DATA_USAGE_COLLECTION_PURPOSE")
            && f[2].equals("true")) {
          inCsv.add(f[1]);
        }
      }
      assertEquals(new TreeSet<>(purposes), inCsv, e.type());
    }
    String md = new DataSafetyWriter(CW).markdown(s);
    s.entries().forEach(e -> assertTrue(md.contains(e.label()), e.label()));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void dpvDocumentHasEveryItemWithItsCrosswalkTerm(Inventory inv) throws Exception {
    NoticeComposer c = composer(inv);
    JsonNode doc = new ObjectMapper().readTree(new NoticeJsonLd(c, c.messages(), CW).json(inv));
    JsonNode processes = doc.get("dpv:hasProcess");
    // Each data item, then each cookie or similar technology.
    assertEquals(inv.data().size() + inv.cookies().size(), processes.size());
    for (int i = 0; i < inv.data().size(); i++) {
      DataItem d = inv.data().get(i);
      JsonNode p = processes.get(i);
      assertEquals("#data-" + d.id(), p.get("@id").asText());
      String type = CW.dpvData(d).orElse("dpv:PersonalData");
      assertTrue(
          p.get("dpv:hasPersonalData").get("@type").toString().contains("\"" + type + "\""),
          d.id());
      List<String> purposes = new ArrayList<>();
      p.get("dpv:hasPurpose").forEach(x -> purposes.add(x.get("@type").asText()));
      List<String> expected =
          d.purposes().stream()
              .map(inv::purpose)
              .flatMap(Optional::stream)
              .map(x -> CW.dpvPurpose(x).orElse("dpv:Purpose"))
              .toList();
      assertEquals(expected, purposes, d.id());
    }
    assertFalse(new NoticeJsonLd(c, c.messages(), CW).json(inv).contains("<"));
  }
}
