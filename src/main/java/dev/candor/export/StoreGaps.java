package dev.candor.export;

import dev.candor.model.DataItem;
import dev.candor.model.Inventory;
import dev.candor.model.Purpose;
import dev.candor.problem.Problem;
import dev.candor.problem.SourceMap;
import dev.candor.vocab.Crosswalk;
import dev.candor.vocab.Crosswalk.Target;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What would make a store's answers under-declare: a data item or purpose whose key is custom and
 * has no override, so no store term can be found for it. An export with any of these stops (exit 2)
 * rather than leave the data out unseen.
 */
public final class StoreGaps {
  private StoreGaps() {}

  /** Every gap in an inventory for one store ({@code APPLE} or {@code GOOGLE}), located. */
  public static List<Problem> of(Inventory inv, SourceMap src, Crosswalk cw, Target store) {
    String key = store == Target.APPLE ? "apple" : "google";
    String form =
        store == Target.APPLE
            ? "the App Privacy answers and PrivacyInfo.xcprivacy"
            : "the Data safety answers";
    List<Problem> out = new ArrayList<>();
    Set<String> declaredPurposes = new HashSet<>();
    for (int i = 0; i < inv.data().size(); i++) {
      DataItem d = inv.data().get(i);
      Crosswalk.Answer a = cw.dataType(store, d);
      if (a.value() != null) {
        declaredPurposes.addAll(d.purposes());
      }
      if (!a.unmapped()) {
        continue;
      }
      out.add(
          Problem.error(
              src.at("data[" + i + "].category"),
              "store-unmapped",
              "data item '"
                  + d.id()
                  + "' has the custom category '"
                  + d.category()
                  + "', which is no "
                  + storeName(store)
                  + " data type: "
                  + form
                  + " would leave it out",
              "add '"
                  + key
                  + ":' to the item with the data type it is, e.g. "
                  + key
                  + ": "
                  + catchAll(store)
                  + " when no other fits (candor docs exports lists them), or "
                  + key
                  + ": none if it never leaves the device"));
    }
    for (int i = 0; i < inv.purposes().size(); i++) {
      Purpose p = inv.purposes().get(i);
      if (!declaredPurposes.contains(p.id()) || !cw.purpose(store, p).unmapped()) {
        continue;
      }
      out.add(
          Problem.error(
              src.at("purposes[" + i + "].use"),
              "store-unmapped",
              "purpose '"
                  + p.id()
                  + "' has the custom use '"
                  + p.use()
                  + "', which is no "
                  + storeName(store)
                  + " purpose: "
                  + form
                  + " would not say why the data is collected",
              "add '"
                  + key
                  + ":' to the purpose with the store's purpose, e.g. "
                  + key
                  + ": "
                  + (store == Target.APPLE
                      ? "NSPrivacyCollectedDataTypePurposeAppFunctionality"
                      : "PSL_APP_FUNCTIONALITY")
                  + " (candor docs exports lists them)"));
    }
    return out;
  }

  private static String storeName(Target store) {
    return store == Target.APPLE ? "App Store" : "Google Play";
  }

  private static String catchAll(Target store) {
    return store == Target.APPLE
        ? "NSPrivacyCollectedDataTypeOtherDataTypes"
        : "PSL_OTHER_PERSONAL";
  }
}
