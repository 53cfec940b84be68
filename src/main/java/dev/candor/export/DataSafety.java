package dev.candor.export;

import dev.candor.model.DataItem;
import dev.candor.model.Inventory;
import dev.candor.model.Protection;
import dev.candor.model.Recipient;
import dev.candor.model.RecipientRole;
import dev.candor.model.Right;
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
 * Google Play's Data safety answers for an inventory.
 *
 * @param title the notice's title
 * @param encryptedInTransit every store lists {@code encryption-in-transit}
 * @param deletion people can ask for their data to be deleted ({@code erasure} or {@code delete})
 * @param entries one per Play data type, in the form's order
 * @param leftOut the items that are no Play data type, each with the reason
 */
public record DataSafety(
    String title,
    boolean encryptedInTransit,
    boolean deletion,
    List<Entry> entries,
    List<AppPrivacy.LeftOut> leftOut) {

  public DataSafety {
    entries = List.copyOf(entries);
    leftOut = List.copyOf(leftOut);
  }

  /**
   * One Play data type.
   *
   * @param type the response id, e.g. {@code PSL_EMAIL}
   * @param question the question id of its section, e.g. {@code PSL_DATA_TYPES_PERSONAL}
   * @param section the form's section, e.g. "Personal info"
   * @param label the form's name of the type
   * @param shared whether any item goes to a third party that is not a service provider
   * @param ephemeral whether every item is only held in memory: never stored, never sent on
   * @param optional whether people can choose not to give every item of this type
   * @param collectionPurposes Play purposes for collecting, in the form's order
   * @param sharingPurposes Play purposes for sharing, in the form's order (empty when not shared):
   *     those of the items that are shared, not of every item of the type
   * @param data the inventory's labels of the items of this type
   * @param sharedWith the names of the third parties the type is shared with, in inventory order
   */
  public record Entry(
      String type,
      String question,
      String section,
      String label,
      boolean shared,
      boolean ephemeral,
      boolean optional,
      List<String> collectionPurposes,
      List<String> sharingPurposes,
      List<String> data,
      List<String> sharedWith) {
    public Entry {
      collectionPurposes = List.copyOf(collectionPurposes);
      sharingPurposes = List.copyOf(sharingPurposes);
      data = List.copyOf(data);
      sharedWith = List.copyOf(sharedWith);
    }
  }

  /** The answers for an inventory; {@code label} names a data item as the notice does. */
  public static DataSafety of(Inventory inv, Crosswalk cw, Function<DataItem, String> label) {
    Map<String, List<DataItem>> byType = new LinkedHashMap<>();
    for (StoreTerm t : cw.terms("google", "type")) {
      byType.put(t.value(), new ArrayList<>());
    }
    List<AppPrivacy.LeftOut> leftOut = new ArrayList<>();
    for (DataItem d : inv.data()) {
      Crosswalk.Answer a = cw.dataType(Crosswalk.Target.GOOGLE, d);
      if (a.value() != null) {
        byType.get(a.value()).add(d);
      } else {
        leftOut.add(
            new AppPrivacy.LeftOut(
                label.apply(d), a.unmapped() ? AppPrivacy.UNMAPPED : a.whyNone()));
      }
    }
    List<String> order = cw.terms("google", "purpose").stream().map(StoreTerm::value).toList();
    List<Entry> entries = new ArrayList<>();
    for (var e : byType.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      StoreTerm term = cw.term("google", "type", e.getKey()).orElseThrow();
      String[] group = term.group().split("\\|", 2);
      Set<String> purposes = new LinkedHashSet<>();
      Set<String> sharing = new LinkedHashSet<>();
      Set<String> sharedWith = new LinkedHashSet<>();
      boolean ephemeral = true;
      boolean optional = true;
      for (DataItem d : e.getValue()) {
        ephemeral &= d.stores().isEmpty() && d.recipients().isEmpty();
        optional &= !d.required();
        List<String> own =
            d.purposes().stream()
                .map(inv::purpose)
                .flatMap(Optional::stream)
                .map(cw::googlePurpose)
                .flatMap(Optional::stream)
                .toList();
        purposes.addAll(own);
        List<Recipient> third = thirdParties(inv, d);
        if (!third.isEmpty()) {
          // Only what is shared counts for sharing: an item that goes to a service provider
          // alone adds nothing here, even when another item of the same type is shared.
          sharing.addAll(own);
          if (third.stream().anyMatch(Recipient::advertising)) {
            sharing.add(ADVERTISING);
          }
          third.forEach(r -> sharedWith.add(r.name()));
        }
      }
      boolean shared = !sharedWith.isEmpty();
      List<String> ordered = order.stream().filter(purposes::contains).toList();
      entries.add(
          new Entry(
              term.value(),
              group[0],
              group[1],
              term.label(),
              shared,
              ephemeral,
              optional,
              ordered,
              order.stream().filter(sharing::contains).toList(),
              e.getValue().stream().map(label).toList(),
              List.copyOf(sharedWith)));
    }
    boolean encrypted =
        !inv.stores().isEmpty()
            && inv.stores().stream()
                .allMatch(s -> s.protections().contains(Protection.ENCRYPTION_IN_TRANSIT));
    boolean deletion =
        inv.rights().available().contains(Right.ERASURE)
            || inv.rights().available().contains(Right.DELETE);
    return new DataSafety(inv.notice().title(), encrypted, deletion, entries, leftOut);
  }

  /** Play's purpose for advertising or marketing. */
  static final String ADVERTISING = "PSL_ADVERTISING";

  /**
   * The recipients of an item that Play counts as sharing, in the item's order. Play counts a
   * transfer as sharing unless it goes to a service provider working for you or is required by law,
   * so processors and authorities are not sharing.
   */
  static List<Recipient> thirdParties(Inventory inv, DataItem d) {
    return d.recipients().stream()
        .map(inv::recipient)
        .flatMap(Optional::stream)
        .filter(
            r -> r.role() == RecipientRole.CONTROLLER || r.role() == RecipientRole.JOINT_CONTROLLER)
        .toList();
  }

  /** Play's label for a purpose id. */
  static String purposeLabel(Crosswalk cw, String value) {
    return cw.term("google", "purpose", value).map(StoreTerm::label).orElse(value);
  }
}
