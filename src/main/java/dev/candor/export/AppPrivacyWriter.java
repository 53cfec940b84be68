package dev.candor.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.candor.evidence.Finding.AccessedApi;
import dev.candor.evidence.Finding.Collected;
import dev.candor.evidence.Finding.PrivacyManifest;
import dev.candor.export.AppPrivacy.Entry;
import dev.candor.vocab.Crosswalk;
import dev.candor.vocab.Crosswalk.StoreTerm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Writes App Privacy answers as a Markdown checklist, as JSON, and as a privacy manifest. */
public final class AppPrivacyWriter {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Crosswalk cw;

  public AppPrivacyWriter(Crosswalk cw) {
    this.cw = cw;
  }

  /** A checklist to follow in App Store Connect, grouped as the App Store shows the answers. */
  public String markdown(AppPrivacy a) {
    StringBuilder md = new StringBuilder();
    md.append("# App Privacy answers: ").append(Text.md(a.title())).append("\n\n");
    md.append(
        "Answers for App Store Connect (App Privacy), made from the data inventory. Tick"
            + " each box once you have entered it.\n\n");
    md.append("- [ ] Do you or your third-party partners collect data from this app? **")
        .append(a.entries().isEmpty() ? "No" : "Yes")
        .append("**\n\n");
    section(md, "Data used to track you", a.usedToTrack());
    section(md, "Data linked to you", a.linked());
    section(md, "Data not linked to you", a.notLinked());
    leftOut(md, a.leftOut());
    md.append("## Tracking\n\n");
    md.append("- [ ] NSPrivacyTracking: **").append(a.tracking()).append("**\n");
    if (a.trackingDomains().isEmpty()) {
      md.append("- [ ] NSPrivacyTrackingDomains: none\n");
    }
    for (String d : a.trackingDomains()) {
      md.append("- [ ] NSPrivacyTrackingDomains: `").append(d).append("`\n");
    }
    return md.toString();
  }

  /** The items the answers leave out, with the reason, so nothing is dropped unseen. */
  static void leftOut(StringBuilder md, List<AppPrivacy.LeftOut> leftOut) {
    if (leftOut.isEmpty()) {
      return;
    }
    md.append("## Not a store data type\n\n");
    for (AppPrivacy.LeftOut l : leftOut) {
      md.append("- ").append(Text.md(l.data())).append(": ").append(Text.md(l.why())).append('\n');
    }
    md.append('\n');
  }

  private void section(StringBuilder md, String title, List<Entry> entries) {
    md.append("## ").append(title).append("\n\n");
    if (entries.isEmpty()) {
      md.append("None.\n\n");
      return;
    }
    for (Entry e : entries) {
      md.append("- [ ] **")
          .append(e.category())
          .append(" > ")
          .append(e.label())
          .append("**: ")
          .append(
              String.join(
                  ", ", e.purposes().stream().map(p -> AppPrivacy.purposeLabel(cw, p)).toList()))
          .append(" (")
          .append(Text.md(String.join("; ", e.data())))
          .append(")\n");
    }
    md.append('\n');
  }

  /** The same answers as JSON, for tools. */
  public String json(AppPrivacy a) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("title", a.title());
    root.put("collectsData", !a.entries().isEmpty());
    root.put("tracking", a.tracking());
    root.put("trackingDomains", a.trackingDomains());
    root.put("dataUsedToTrackYou", a.usedToTrack().stream().map(this::entry).toList());
    root.put("dataLinkedToYou", a.linked().stream().map(this::entry).toList());
    root.put("dataNotLinkedToYou", a.notLinked().stream().map(this::entry).toList());
    root.put("notAStoreDataType", a.leftOut());
    return Text.json(JSON, root);
  }

  private Map<String, Object> entry(Entry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", e.type());
    m.put("category", e.category());
    m.put("label", e.label());
    m.put("linked", e.linked());
    m.put("tracking", e.tracking());
    m.put(
        "purposes",
        e.purposes().stream()
            .map(
                p -> {
                  Map<String, Object> purpose = new LinkedHashMap<>();
                  purpose.put("value", p);
                  purpose.put("label", AppPrivacy.purposeLabel(cw, p));
                  return purpose;
                })
            .toList());
    m.put("data", e.data());
    return m;
  }

  /** A {@code PrivacyInfo.xcprivacy} property list with the collected data types. */
  public String plist(AppPrivacy a) {
    return plist(a, List.of(), false);
  }

  /**
   * A {@code PrivacyInfo.xcprivacy} that also merges what the given manifests declare (the app's
   * own and those its SDKs ship, as a scan found them): tracking if any tracks, every tracking
   * domain, every collected data type (linked or tracking if any says so, with every purpose), and
   * every required-reason API category with every reason.
   */
  public String plist(AppPrivacy a, List<PrivacyManifest> manifests) {
    return plist(a, manifests, true);
  }

  private String plist(AppPrivacy a, List<PrivacyManifest> manifests, boolean withApis) {
    boolean tracking = a.tracking();
    Set<String> domains = new LinkedHashSet<>(a.trackingDomains());
    Map<String, Collected> types = new LinkedHashMap<>();
    for (Entry e : a.entries()) {
      types.put(e.type(), new Collected(e.type(), e.linked(), e.tracking(), e.purposes()));
    }
    Map<String, Set<String>> apis = new TreeMap<>();
    for (PrivacyManifest m : manifests) {
      tracking |= m.tracking();
      domains.addAll(m.trackingDomains());
      for (Collected c : m.collected()) {
        types.merge(
            c.type(),
            c,
            (x, y) -> {
              Set<String> purposes = new LinkedHashSet<>(x.purposes());
              purposes.addAll(y.purposes());
              return new Collected(
                  x.type(),
                  x.linked() || y.linked(),
                  x.tracking() || y.tracking(),
                  List.copyOf(purposes));
            });
      }
      for (AccessedApi api : m.accessedApis()) {
        apis.computeIfAbsent(api.type(), k -> new TreeSet<>()).addAll(api.reasons());
      }
    }
    List<String> typeOrder = cw.terms("apple", "type").stream().map(StoreTerm::value).toList();
    List<String> purposeOrder =
        cw.terms("apple", "purpose").stream().map(StoreTerm::value).toList();
    List<Collected> ordered = new ArrayList<>(types.values());
    ordered.sort(Comparator.comparingInt(c -> order(typeOrder, c.type())));
    StringBuilder x = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.append(
        "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\""
            + " \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n");
    x.append("<plist version=\"1.0\">\n<dict>\n");
    x.append("\t<key>NSPrivacyTracking</key>\n\t<").append(tracking).append("/>\n");
    x.append("\t<key>NSPrivacyTrackingDomains</key>\n");
    array(x, "\t", List.copyOf(domains));
    x.append("\t<key>NSPrivacyCollectedDataTypes</key>\n\t<array>\n");
    for (Collected e : ordered) {
      x.append("\t\t<dict>\n");
      x.append("\t\t\t<key>NSPrivacyCollectedDataType</key>\n\t\t\t<string>")
          .append(Text.xml(e.type()))
          .append("</string>\n");
      x.append("\t\t\t<key>NSPrivacyCollectedDataTypeLinked</key>\n\t\t\t<")
          .append(e.linked())
          .append("/>\n");
      x.append("\t\t\t<key>NSPrivacyCollectedDataTypeTracking</key>\n\t\t\t<")
          .append(e.tracking())
          .append("/>\n");
      x.append("\t\t\t<key>NSPrivacyCollectedDataTypePurposes</key>\n");
      List<String> purposes = new ArrayList<>(e.purposes());
      purposes.sort(Comparator.comparingInt(p -> order(purposeOrder, p)));
      array(x, "\t\t\t", purposes);
      x.append("\t\t</dict>\n");
    }
    x.append("\t</array>\n");
    if (withApis) {
      x.append("\t<key>NSPrivacyAccessedAPITypes</key>\n");
      if (apis.isEmpty()) {
        x.append("\t<array/>\n");
      } else {
        x.append("\t<array>\n");
        for (var api : apis.entrySet()) {
          x.append("\t\t<dict>\n");
          x.append("\t\t\t<key>NSPrivacyAccessedAPIType</key>\n\t\t\t<string>")
              .append(Text.xml(api.getKey()))
              .append("</string>\n");
          x.append("\t\t\t<key>NSPrivacyAccessedAPITypeReasons</key>\n");
          array(x, "\t\t\t", List.copyOf(api.getValue()));
          x.append("\t\t</dict>\n");
        }
        x.append("\t</array>\n");
      }
    }
    x.append("</dict>\n</plist>\n");
    return x.toString();
  }

  /** A value's place in a store's order; values the store does not list go last. */
  private static int order(List<String> order, String value) {
    int i = order.indexOf(value);
    return i < 0 ? order.size() : i;
  }

  private static void array(StringBuilder x, String indent, List<String> values) {
    if (values.isEmpty()) {
      x.append(indent).append("<array/>\n");
      return;
    }
    x.append(indent).append("<array>\n");
    for (String v : values) {
      x.append(indent).append("\t<string>").append(Text.xml(v)).append("</string>\n");
    }
    x.append(indent).append("</array>\n");
  }
}
