package dev.candor.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.candor.export.AppPrivacy.Entry;
import dev.candor.vocab.Crosswalk;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    StringBuilder x = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.append(
        "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\""
            + " \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n");
    x.append("<plist version=\"1.0\">\n<dict>\n");
    x.append("\t<key>NSPrivacyTracking</key>\n\t<").append(a.tracking()).append("/>\n");
    x.append("\t<key>NSPrivacyTrackingDomains</key>\n");
    array(x, "\t", a.trackingDomains());
    x.append("\t<key>NSPrivacyCollectedDataTypes</key>\n\t<array>\n");
    for (Entry e : a.entries()) {
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
      array(x, "\t\t\t", e.purposes());
      x.append("\t\t</dict>\n");
    }
    x.append("\t</array>\n</dict>\n</plist>\n");
    return x.toString();
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
