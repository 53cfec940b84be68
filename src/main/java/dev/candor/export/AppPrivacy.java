package dev.candor.export;

import dev.candor.model.DataItem;
import dev.candor.model.Inventory;
import dev.candor.vocab.Crosswalk;
import dev.candor.vocab.Crosswalk.StoreTerm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The App Store's App Privacy answers for an inventory: each Apple data type collected, whether it
 * is linked to the person and used to track them, and Apple's purposes.
 *
 * @param title the notice's title
 * @param tracking whether any data is used to track people (NSPrivacyTracking)
 * @param trackingDomains the domains recipients use for tracking (NSPrivacyTrackingDomains)
 * @param entries one per Apple data type, in Apple's order
 * @param leftOut the items that are no App Store data type, each with the reason
 */
public record AppPrivacy(
    String title,
    boolean tracking,
    List<String> trackingDomains,
    List<Entry> entries,
    List<LeftOut> leftOut) {

  public AppPrivacy {
    trackingDomains = List.copyOf(trackingDomains);
    entries = List.copyOf(entries);
    leftOut = List.copyOf(leftOut);
  }

  /**
   * An item a store's answers leave out, and why: never silently.
   *
   * @param data the inventory's label of the item
   * @param why the crosswalk's reason, or the inventory's own {@code none}
   */
  public record LeftOut(String data, String why) {}

  /**
   * One Apple data type.
   *
   * @param type the NSPrivacyCollectedDataType value
   * @param category the App Store Connect category, e.g. "Contact Info"
   * @param label the form's name of the type
   * @param linked whether any item of this type is linked to the person
   * @param tracking whether any item of this type is used to track the person
   * @param purposes NSPrivacyCollectedDataTypePurposes values, in Apple's order
   * @param data the inventory's labels of the items of this type
   */
  public record Entry(
      String type,
      String category,
      String label,
      boolean linked,
      boolean tracking,
      List<String> purposes,
      List<String> data) {
    public Entry {
      purposes = List.copyOf(purposes);
      data = List.copyOf(data);
    }
  }

  /** The answers for an inventory; {@code label} names a data item as the notice does. */
  public static AppPrivacy of(Inventory inv, Crosswalk cw, Function<DataItem, String> label) {
    Map<String, List<DataItem>> byType = new LinkedHashMap<>();
    for (StoreTerm t : cw.terms("apple", "type")) {
      byType.put(t.value(), new ArrayList<>());
    }
    List<LeftOut> leftOut = new ArrayList<>();
    for (DataItem d : inv.data()) {
      Crosswalk.Answer a = cw.dataType(Crosswalk.Target.APPLE, d);
      if (a.value() != null) {
        byType.get(a.value()).add(d);
      } else {
        leftOut.add(new LeftOut(label.apply(d), a.unmapped() ? UNMAPPED : a.whyNone()));
      }
    }
    List<String> purposeOrder =
        cw.terms("apple", "purpose").stream().map(StoreTerm::value).toList();
    List<Entry> entries = new ArrayList<>();
    for (var e : byType.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      StoreTerm term = cw.term("apple", "type", e.getKey()).orElseThrow();
      Set<String> purposes = new LinkedHashSet<>();
      boolean linked = false;
      boolean tracking = false;
      for (DataItem d : e.getValue()) {
        linked |= d.linked() == null || d.linked();
        tracking |= tracks(inv, d);
        d.purposes().stream()
            .map(inv::purpose)
            .flatMap(Optional::stream)
            .map(cw::applePurpose)
            .flatMap(Optional::stream)
            .forEach(purposes::add);
        if (advertises(inv, d)) {
          purposes.add(THIRD_PARTY_ADVERTISING);
        }
      }
      entries.add(
          new Entry(
              term.value(),
              term.group(),
              term.label(),
              linked,
              tracking,
              purposeOrder.stream().filter(purposes::contains).toList(),
              e.getValue().stream().map(label).toList()));
    }
    Set<String> domains = new LinkedHashSet<>();
    inv.recipients().forEach(r -> domains.addAll(r.trackingDomains()));
    boolean tracking = entries.stream().anyMatch(Entry::tracking) || !domains.isEmpty();
    return new AppPrivacy(inv.notice().title(), tracking, List.copyOf(domains), entries, leftOut);
  }

  /** Apple's purpose for data given to those who show ads with it. */
  static final String THIRD_PARTY_ADVERTISING =
      "NSPrivacyCollectedDataTypePurposeThirdPartyAdvertising";

  /** The reason for an item no answer covers; {@link StoreGaps} stops an export before. */
  static final String UNMAPPED = "its category matches no store data type and it has no override";

  /** Data given to a recipient that advertises with it is used for third-party advertising. */
  static boolean advertises(Inventory inv, DataItem d) {
    return d.recipients().stream()
        .map(inv::recipient)
        .flatMap(Optional::stream)
        .anyMatch(r -> r.advertising());
  }

  /** Data is used to track when it goes to a recipient that advertises with it or buys it. */
  static boolean tracks(Inventory inv, DataItem d) {
    return d.recipients().stream()
        .map(inv::recipient)
        .flatMap(Optional::stream)
        .anyMatch(r -> r.advertising() || r.sells());
  }

  /** The entries used to track. */
  public List<Entry> usedToTrack() {
    return entries.stream().filter(Entry::tracking).toList();
  }

  /** The entries linked to the person. */
  public List<Entry> linked() {
    return entries.stream().filter(Entry::linked).toList();
  }

  /** The entries not linked to the person. */
  public List<Entry> notLinked() {
    return entries.stream().filter(e -> !e.linked()).toList();
  }

  /** Apple's label for a purpose value. */
  static String purposeLabel(Crosswalk cw, String value) {
    return cw.term("apple", "purpose", value).map(StoreTerm::label).orElse(value);
  }
}
