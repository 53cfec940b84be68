package dev.candor.scan;

import dev.candor.evidence.Finding.AccessedApi;
import dev.candor.evidence.Finding.Collected;
import dev.candor.problem.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads {@code PrivacyInfo.xcprivacy} property lists safely: no DTD is loaded (the Apple DOCTYPE
 * every manifest has is left unread), no external entity or schema is fetched, and the JDK's
 * secure-processing limits bound entity expansion.
 */
final class PrivacyManifests {
  private PrivacyManifests() {}

  /** What one manifest declares. */
  record Declared(
      boolean tracking,
      List<String> trackingDomains,
      List<Collected> collected,
      List<AccessedApi> accessedApis) {}

  /** A manifest that is not a readable property list, with where and why. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Location at;

    Unreadable(Location at, String message) {
      super(message);
      this.at = at;
    }
  }

  static Declared read(String file, byte[] bytes) throws Unreadable {
    if (bytes.length >= 6
        && new String(bytes, 0, 6, java.nio.charset.StandardCharsets.ISO_8859_1).equals("bplist")) {
      throw new Unreadable(
          Location.of(file),
          "is a binary property list; convert it with plutil -convert xml1 to have it read");
    }
    Document doc;
    try {
      DocumentBuilder b = factory().newDocumentBuilder();
      b.setEntityResolver(
          (publicId, systemId) -> new InputSource(new ByteArrayInputStream(new byte[0])));
      b.setErrorHandler(null);
      doc = b.parse(new ByteArrayInputStream(bytes));
    } catch (SAXParseException e) {
      throw new Unreadable(
          new Location(file, Math.max(1, e.getLineNumber()), Math.max(1, e.getColumnNumber())),
          "is not a readable property list: " + e.getMessage());
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new Unreadable(Location.of(file), "is not a readable property list: " + e.getMessage());
    }
    Element plist = doc.getDocumentElement();
    Element dict = plist == null ? null : first(plist);
    if (plist == null
        || !plist.getTagName().equals("plist")
        || dict == null
        || !dict.getTagName().equals("dict")) {
      throw new Unreadable(Location.of(file), "is not a property list with a dict at its top");
    }
    Map<String, Element> root = dict(dict);
    List<Collected> collected = new ArrayList<>();
    for (Element e : items(root.get("NSPrivacyCollectedDataTypes"))) {
      Map<String, Element> d = dict(e);
      collected.add(
          new Collected(
              text(d.get("NSPrivacyCollectedDataType")),
              bool(d.get("NSPrivacyCollectedDataTypeLinked")),
              bool(d.get("NSPrivacyCollectedDataTypeTracking")),
              strings(d.get("NSPrivacyCollectedDataTypePurposes"))));
    }
    List<AccessedApi> apis = new ArrayList<>();
    for (Element e : items(root.get("NSPrivacyAccessedAPITypes"))) {
      Map<String, Element> d = dict(e);
      apis.add(
          new AccessedApi(
              text(d.get("NSPrivacyAccessedAPIType")),
              strings(d.get("NSPrivacyAccessedAPITypeReasons"))));
    }
    return new Declared(
        bool(root.get("NSPrivacyTracking")),
        strings(root.get("NSPrivacyTrackingDomains")),
        collected,
        apis);
  }

  private static DocumentBuilderFactory factory() throws ParserConfigurationException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    f.setNamespaceAware(false);
    f.setValidating(false);
    return f;
  }

  private static Map<String, Element> dict(Element dict) {
    Map<String, Element> out = new LinkedHashMap<>();
    if (dict == null || !dict.getTagName().equals("dict")) {
      return out;
    }
    List<Element> kids = children(dict);
    for (int i = 0; i + 1 < kids.size(); i += 2) {
      if (kids.get(i).getTagName().equals("key")) {
        out.put(kids.get(i).getTextContent().strip(), kids.get(i + 1));
      }
    }
    return out;
  }

  private static List<Element> items(Element array) {
    return array == null || !array.getTagName().equals("array") ? List.of() : children(array);
  }

  private static List<String> strings(Element array) {
    return items(array).stream()
        .filter(e -> e.getTagName().equals("string"))
        .map(e -> e.getTextContent().strip())
        .toList();
  }

  private static String text(Element e) {
    return e == null ? "" : e.getTextContent().strip();
  }

  private static boolean bool(Element e) {
    return e != null && e.getTagName().equals("true");
  }

  private static Element first(Element e) {
    List<Element> kids = children(e);
    return kids.isEmpty() ? null : kids.get(0);
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
}
