package dev.candor.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.candor.model.DataItem;
import dev.candor.model.Inventory;
import dev.candor.model.Purpose;
import dev.candor.model.Recipient;
import dev.candor.model.Retention;
import dev.candor.model.Right;
import dev.candor.model.Store;
import dev.candor.vocab.Countries;
import dev.candor.vocab.Crosswalk;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The notice's facts as JSON-LD in W3C Data Privacy Vocabulary terms: who is responsible, and for
 * each kind of data its purposes, legal bases, recipients, storage places and duration, and the
 * rights people have. Labels are the notice's own words, so the page and the data agree.
 */
public final class NoticeJsonLd {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final NoticeComposer composer;
  private final Messages msg;
  private final Crosswalk cw;

  public NoticeJsonLd(NoticeComposer composer, Messages msg, Crosswalk cw) {
    this.composer = composer;
    this.msg = msg;
    this.cw = cw;
  }

  /** The document as a map of plain values, in a fixed order. */
  public Map<String, Object> document(Inventory inv) {
    Map<String, Object> doc = new LinkedHashMap<>();
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("dpv", "https://w3id.org/dpv#");
    context.put("pd", "https://w3id.org/dpv/pd#");
    context.put("dct", "http://purl.org/dc/terms/");
    context.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
    context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
    doc.put("@context", context);
    doc.put("@id", "#notice");
    doc.put("@type", "dpv:Process");
    doc.put("dct:title", inv.notice().title());
    doc.put("dct:language", msg.language());
    doc.put("dct:hasVersion", inv.notice().version());
    doc.put("dct:valid", typed(inv.notice().effective().toString(), "xsd:date"));
    Map<String, Object> controller =
        node("#controller", "dpv:DataController", inv.controller().name());
    controller.put("dpv:hasLocation", country(inv.controller().country()));
    controller.put("dpv:hasContact", "mailto:" + inv.controller().email());
    doc.put("dpv:hasDataController", controller);
    List<Object> processes = new ArrayList<>();
    for (DataItem d : inv.data()) {
      processes.add(process(inv, d));
    }
    for (int i = 0; i < inv.cookies().size(); i++) {
      processes.add(cookie(inv, inv.cookies().get(i), i));
    }
    doc.put("dpv:hasProcess", processes);
    List<Object> rights = new ArrayList<>();
    for (Right r : inv.rights().available()) {
      Map<String, Object> right =
          node(null, "dpv:DataSubjectRight", msg.get("right." + r.key() + ".name"));
      right.put("dct:description", msg.get("right." + r.key()));
      rights.add(right);
    }
    doc.put("dpv:hasRight", rights);
    return doc;
  }

  /** The document as JSON that is safe inside an HTML script element: no {@code <} appears. */
  public String json(Inventory inv) {
    try {
      String s = JSON.writeValueAsString(document(inv)).replace("\r\n", "\n");
      return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Object> process(Inventory inv, DataItem d) {
    Map<String, Object> p =
        node("#data-" + d.id(), "dpv:Process", NoticeComposer.capitalise(composer.label(d)));
    Map<String, Object> data = new LinkedHashMap<>();
    Optional<String> term = cw.dpvData(d);
    data.put("@type", term.orElse("dpv:PersonalData"));
    data.put("rdfs:label", NoticeComposer.capitalise(composer.label(d)));
    if (composer.isSensitive(inv, d)) {
      data.put("@type", List.of(term.orElse("dpv:PersonalData"), "dpv:SensitivePersonalData"));
    }
    p.put("dpv:hasPersonalData", data);
    List<Object> purposes = new ArrayList<>();
    for (String id : d.purposes()) {
      inv.purpose(id).ifPresent(x -> purposes.add(purpose(x)));
    }
    p.put("dpv:hasPurpose", purposes);
    List<Object> recipients = new ArrayList<>();
    for (String id : d.recipients()) {
      inv.recipient(id).ifPresent(r -> recipients.add(recipient(r)));
    }
    p.put("dpv:hasRecipient", recipients);
    List<Object> storage = new ArrayList<>();
    for (String id : d.stores()) {
      inv.store(id).ifPresent(s -> storage.add(store(s)));
    }
    storage.add(duration(inv, d));
    p.put("dpv:hasStorageCondition", storage);
    return p;
  }

  /**
   * A cookie or similar technology, as the process of storing it on the device: its kind, its
   * purposes, who sets it when not us, and how long it lasts.
   */
  private Map<String, Object> cookie(Inventory inv, dev.candor.model.Cookie c, int i) {
    Map<String, Object> p = node("#cookie-" + (i + 1), "dpv:Process", c.name());
    p.put("dct:type", msg.get("cookies.kind." + c.kind().key()));
    List<Object> purposes = new ArrayList<>();
    for (String id : c.purposes()) {
      inv.purpose(id).ifPresent(x -> purposes.add(purpose(x)));
    }
    p.put("dpv:hasPurpose", purposes);
    if (c.setBy() != null) {
      inv.recipient(c.setBy()).ifPresent(r -> p.put("dpv:hasRecipient", List.of(recipient(r))));
    }
    Map<String, Object> d =
        node(null, "dpv:StorageDuration", CookieDeclaration.duration(c, composer));
    if (c.duration() != null) {
      d.put("dpv:hasDuration", typed(c.duration().iso(), "xsd:duration"));
    }
    p.put("dpv:hasStorageCondition", List.of(d));
    return p;
  }

  private Map<String, Object> purpose(Purpose x) {
    Map<String, Object> p =
        node(
            "#purpose-" + x.id(),
            cw.dpvPurpose(x).orElse("dpv:Purpose"),
            NoticeComposer.capitalise(composer.label(x)));
    p.put(
        "dpv:hasLegalBasis",
        id(
            switch (x.basis()) {
              case CONSENT -> "dpv:Consent";
              case CONTRACT -> "dpv:Contract";
              case LEGAL_OBLIGATION -> "dpv:LegalObligation";
              case VITAL_INTERESTS -> "dpv:VitalInterest";
              case PUBLIC_TASK -> "dpv:PublicInterest";
              case LEGITIMATE_INTERESTS -> "dpv:LegitimateInterest";
            }));
    return p;
  }

  private Map<String, Object> recipient(Recipient r) {
    List<String> types =
        r.roles().stream()
            .map(
                role ->
                    switch (role.role()) {
                      case PROCESSOR -> "dpv:DataProcessor";
                      case CONTROLLER -> "dpv:ThirdParty";
                      case JOINT_CONTROLLER -> "dpv:JointDataControllers";
                      case AUTHORITY -> "dpv:Authority";
                    })
            .distinct()
            .toList();
    Map<String, Object> m = node("#recipient-" + r.id(), types.get(0), r.name());
    if (types.size() > 1) {
      m.put("@type", types);
    }
    m.put("dpv:hasLocation", location(r.place()));
    return m;
  }

  private Map<String, Object> store(Store s) {
    Map<String, Object> m = node(null, "dpv:StorageLocation", s.provider());
    m.put("dpv:hasLocation", location(s.place()));
    return m;
  }

  private Map<String, Object> duration(Inventory inv, DataItem d) {
    Retention r = d.retention();
    Map<String, Object> m = node(null, "dpv:StorageDuration", composer.retention(inv, d));
    if (r instanceof Retention.For f) {
      m.put("dpv:hasDuration", typed(f.duration().iso(), "xsd:duration"));
    }
    return m;
  }

  /** One country, a list of countries, or a location that is any country, with the reason. */
  private Object location(dev.candor.model.Place place) {
    if (place.any()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("@type", "dpv:Location");
      m.put("rdfs:label", composer.places(place));
      return m;
    }
    List<Map<String, Object>> all = place.countries().stream().map(this::country).toList();
    return all.size() == 1 ? all.get(0) : all;
  }

  private Map<String, Object> country(String code) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("@type", "dpv:Country");
    m.put("dct:identifier", code);
    m.put("rdfs:label", Countries.name(code, msg.language()));
    return m;
  }

  /** A typed literal; maps here keep their order, so the output is the same on every run. */
  private static Map<String, Object> typed(String value, String type) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("@value", value);
    m.put("@type", type);
    return m;
  }

  private static Map<String, Object> id(String id) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("@id", id);
    return m;
  }

  private static Map<String, Object> node(String id, String type, String label) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (id != null) {
      m.put("@id", id);
    }
    m.put("@type", type);
    m.put("rdfs:label", label);
    return m;
  }
}
