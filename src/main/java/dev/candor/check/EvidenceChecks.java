package dev.candor.check;

import dev.candor.evidence.Evidence;
import dev.candor.evidence.Finding;
import dev.candor.evidence.Finding.AccessedApi;
import dev.candor.evidence.Finding.Collected;
import dev.candor.evidence.Finding.PrivacyManifest;
import dev.candor.evidence.Finding.Sdk;
import dev.candor.model.Inventory;
import dev.candor.model.Recipient;
import dev.candor.problem.Location;
import dev.candor.vocab.Crosswalk;
import dev.candor.vocab.Vendor;
import dev.candor.vocab.Vendors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The rules that compare an inventory with evidence of what the product uses: SDKs whose vendor is
 * no recipient, data an SDK collects that the inventory does not list, and required-reason API
 * categories that SDK manifests declare and the app's own manifest lacks. Without evidence they
 * find nothing.
 */
final class EvidenceChecks {
  private EvidenceChecks() {}

  /** Every SDK's vendor is a recipient: by {@code vendor:} or by id. */
  static void recipients(Subject s, Findings out) {
    Map<String, List<Sdk>> byVendor = sdksByVendor(s);
    for (var e : byVendor.entrySet()) {
      if (recipient(s.inventory(), e.getKey()).isPresent()) {
        continue;
      }
      Sdk first = e.getValue().get(0);
      out.add(
          s.source().has("recipients") ? s.at("recipients") : Location.of(s.source().file()),
          "the product uses "
              + vendorName(e.getKey())
              + " ("
              + packages(e.getValue())
              + "), but no recipient is that vendor",
          "add a recipient with 'vendor: "
              + e.getKey()
              + "' and list it on the data it gets; seen at "
              + seen(first));
    }
  }

  /** What each SDK collects by default, and what its manifest declares, is in the inventory. */
  static void data(Subject s, Findings out) {
    Inventory inv = s.inventory();
    Crosswalk cw = Crosswalk.builtIn();
    for (var e : sdksByVendor(s).entrySet()) {
      OptionalInt r = recipient(inv, e.getKey());
      if (r.isEmpty()) {
        continue;
      }
      Recipient rec = inv.recipients().get(r.getAsInt());
      Set<String> categories = new LinkedHashSet<>();
      e.getValue().forEach(sdk -> categories.addAll(sdk.data()));
      for (String c : categories) {
        boolean listed =
            inv.data().stream()
                .anyMatch(d -> d.recipients().contains(rec.id()) && related(d.category(), c));
        if (!listed) {
          out.add(
              s.at("recipients[" + r.getAsInt() + "]"),
              vendorName(e.getKey())
                  + " collects "
                  + s.vocab().category(c).map(x -> x.label()).orElse(c)
                  + " ("
                  + c
                  + ") by default, but no data item that goes to recipient '"
                  + rec.id()
                  + "' is of that kind",
              "add '"
                  + rec.id()
                  + "' to the recipients of the item, or add an item of category "
                  + c
                  + "; if the SDK is set up not to collect it, switch this check off with that"
                  + " reason; seen at "
                  + seen(e.getValue().get(0)));
        }
      }
    }
    for (PrivacyManifest m : all(s, PrivacyManifest.class)) {
      if (m.app()) {
        continue;
      }
      OptionalInt r = m.vendor() == null ? OptionalInt.empty() : recipient(inv, m.vendor());
      if (m.vendor() != null && r.isEmpty()) {
        continue; // the missing recipient is reported once, by evidence-sdk-recipient
      }
      for (Collected c : m.collected()) {
        boolean listed =
            inv.data().stream()
                .filter(
                    d ->
                        r.isEmpty()
                            || d.recipients().contains(inv.recipients().get(r.getAsInt()).id()))
                .anyMatch(d -> c.type().equals(cw.dataType(Crosswalk.Target.APPLE, d).value()));
        if (!listed) {
          String label = cw.term("apple", "type", c.type()).map(t -> t.label()).orElse(c.type());
          out.add(
              r.isPresent() ? s.at("recipients[" + r.getAsInt() + "]") : s.at("data"),
              "the privacy manifest of "
                  + m.owner()
                  + " declares "
                  + label
                  + " ("
                  + c.type()
                  + "), but no data item"
                  + (r.isPresent()
                      ? " that goes to recipient '" + inv.recipients().get(r.getAsInt()).id() + "'"
                      : "")
                  + " is of that App Store type",
              "add a data item of that kind (or an apple: override saying which item it is); seen"
                  + " at "
                  + seen(m));
        }
      }
    }
  }

  /** Required-reason API categories an SDK manifest declares are in the app's own manifest. */
  static void requiredReasons(Subject s, Findings out) {
    List<PrivacyManifest> manifests = all(s, PrivacyManifest.class);
    if (manifests.isEmpty()) {
      return;
    }
    List<PrivacyManifest> apps = manifests.stream().filter(PrivacyManifest::app).toList();
    Set<String> declared = new LinkedHashSet<>();
    apps.forEach(a -> a.accessedApis().forEach(x -> declared.add(x.type())));
    Map<String, List<PrivacyManifest>> missing = new TreeMap<>();
    Map<String, Set<String>> reasons = new LinkedHashMap<>();
    for (PrivacyManifest m : manifests) {
      if (m.app()) {
        continue;
      }
      for (AccessedApi a : m.accessedApis()) {
        if (!declared.contains(a.type())) {
          missing.computeIfAbsent(a.type(), k -> new ArrayList<>()).add(m);
          reasons.computeIfAbsent(a.type(), k -> new LinkedHashSet<>()).addAll(a.reasons());
        }
      }
    }
    String own =
        apps.isEmpty()
            ? "the app has no PrivacyInfo.xcprivacy of its own"
            : "the app's own " + apps.get(0).source().file() + " lacks it";
    for (var e : missing.entrySet()) {
      PrivacyManifest first = e.getValue().get(0);
      List<String> owners = e.getValue().stream().map(PrivacyManifest::owner).distinct().toList();
      out.add(
          first.at() != null ? first.at() : Location.of(evidenceFile(s)),
          String.join(", ", owners)
              + (owners.size() == 1 ? " declares" : " declare")
              + " the required-reason API category "
              + e.getKey()
              + " (reasons "
              + String.join(", ", reasons.get(e.getKey()))
              + "), but "
              + own,
          "add it to the app's manifest with the reason your app has, or write a merged manifest"
              + " with candor export apple-privacy --evidence; seen in "
              + first.source().file());
    }
  }

  private static Map<String, List<Sdk>> sdksByVendor(Subject s) {
    Map<String, List<Sdk>> out = new TreeMap<>();
    for (Sdk sdk : all(s, Sdk.class)) {
      out.computeIfAbsent(sdk.vendor(), k -> new ArrayList<>()).add(sdk);
    }
    return out;
  }

  private static <T extends Finding> List<T> all(Subject s, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Evidence e : s.evidence()) {
      out.addAll(e.all(type));
    }
    return out;
  }

  /** The index of the recipient that is this vendor: named by {@code vendor:}, else by id. */
  private static OptionalInt recipient(Inventory inv, String vendor) {
    List<Recipient> rs = inv.recipients();
    OptionalInt named =
        IntStream.range(0, rs.size()).filter(i -> vendor.equals(rs.get(i).vendor())).findFirst();
    return named.isPresent()
        ? named
        : IntStream.range(0, rs.size()).filter(i -> vendor.equals(rs.get(i).id())).findFirst();
  }

  /** Two categories are related when one is the other or contains it. */
  private static boolean related(String a, String b) {
    return a != null && (a.equals(b) || a.startsWith(b + ".") || b.startsWith(a + "."));
  }

  private static String vendorName(String id) {
    return Vendors.builtIn().byId(id).map(Vendor::name).orElse(id);
  }

  private static String packages(List<Sdk> sdks) {
    List<String> out = new ArrayList<>();
    for (Sdk s : sdks) {
      out.add(s.ecosystem() + " " + s.name() + " in " + s.source());
    }
    return String.join("; ", out);
  }

  private static String seen(Finding f) {
    return f.source() + (f.at() == null ? "" : " (" + f.at() + ")");
  }

  private static String evidenceFile(Subject s) {
    return s.evidence().stream()
        .map(Evidence::file)
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse("evidence");
  }
}
