package dev.candor.check;

import dev.candor.model.Access;
import dev.candor.model.Change;
import dev.candor.model.DataItem;
import dev.candor.model.Inventory;
import dev.candor.model.Purpose;
import dev.candor.model.Recipient;
import dev.candor.model.Retention;
import dev.candor.model.Right;
import dev.candor.model.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every free-text field of an inventory that ends up in a notice, with its source path. */
public record FreeText(String path, String text) {

  /** The fields in file order; empty fields are left out. */
  public static List<FreeText> of(Inventory inv) {
    List<FreeText> out = new ArrayList<>();
    if (inv.notice() != null) {
      add(out, "notice.title", inv.notice().title());
    }
    for (int i = 0; i < inv.data().size(); i++) {
      DataItem d = inv.data().get(i);
      String at = "data[" + i + "]";
      add(out, at + ".label", d.label());
      add(out, at + ".example", d.example());
      for (int j = 0; j < d.from().size(); j++) {
        add(out, at + ".from" + (d.from().size() > 1 ? "[" + j + "]" : ""), d.from().get(j));
      }
      add(out, at + ".how", d.how());
      add(out, at + ".without", d.without());
      if (d.retention() instanceof Retention.For f) {
        add(out, at + ".retention.after", f.after());
        add(out, at + ".retention.longer_while", f.longerWhile());
        add(out, at + ".retention.ends_when", f.endsWhen());
      } else if (d.retention() instanceof Retention.Rule r) {
        add(out, at + ".retention.rule", r.rule());
      } else if (d.retention() instanceof Retention.Forever f) {
        add(out, at + ".retention.reason", f.reason());
      } else if (d.retention() instanceof Retention.HeldBy h) {
        add(out, at + ".retention.rule", h.rule());
      }
      for (int j = 0; j < d.collectedAt().size(); j++) {
        add(out, at + ".collected_at[" + j + "]", d.collectedAt().get(j));
      }
    }
    for (int i = 0; i < inv.purposes().size(); i++) {
      Purpose p = inv.purposes().get(i);
      String at = "purposes[" + i + "]";
      add(out, at + ".label", p.label());
      add(out, at + ".description", p.description());
      add(out, at + ".interest", p.interest());
      if (p.choice() != null) {
        add(out, at + ".choice.how", p.choice().how());
      }
      if (p.automated() != null) {
        add(out, at + ".automated.description", p.automated().description());
        add(out, at + ".automated.logic", p.automated().logic());
        add(out, at + ".automated.effects", p.automated().effects());
      }
    }
    for (int i = 0; i < inv.stores().size(); i++) {
      Store s = inv.stores().get(i);
      add(out, "stores[" + i + "].location", s.location());
    }
    for (int i = 0; i < inv.recipients().size(); i++) {
      Recipient r = inv.recipients().get(i);
      add(out, "recipients[" + i + "].does", r.does());
    }
    for (int i = 0; i < inv.access().size(); i++) {
      Access a = inv.access().get(i);
      add(out, "access[" + i + "].team", a.team());
      add(out, "access[" + i + "].why", a.why());
    }
    if (inv.rights() != null) {
      add(out, "rights.verification", inv.rights().verification());
      for (Map.Entry<Right, String> e : inv.rights().selfService().entrySet()) {
        add(out, "rights.self_service." + e.getKey().key(), e.getValue());
      }
    }
    if (inv.emails() != null) {
      for (int j = 0; j < inv.emails().neverAsk().size(); j++) {
        add(out, "emails.never_ask[" + j + "]", inv.emails().neverAsk().get(j));
      }
    }
    for (int i = 0; i < inv.changes().size(); i++) {
      Change c = inv.changes().get(i);
      add(out, "changes[" + i + "].summary", c.summary());
    }
    return out;
  }

  private static void add(List<FreeText> out, String path, String text) {
    if (text != null && !text.isBlank()) {
      out.add(new FreeText(path, text));
    }
  }
}
