package dev.candor.render;

import dev.candor.render.NoticeView.ChoiceView;
import dev.candor.render.NoticeView.DataView;
import dev.candor.render.NoticeView.PurposeView;
import dev.candor.render.NoticeView.RecipientView;
import dev.candor.render.NoticeView.RetentionView;
import dev.candor.render.NoticeView.RightView;
import dev.candor.render.NoticeView.StoreView;
import dev.candor.render.NoticeView.UseView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The running text of a composed notice, as a reader meets it: every sentence and list item, in
 * notice order. Headings, names, addresses, links and the at-a-glance table (which repeats the
 * text) are left out. Each entry ends a sentence, so it can be scored for readability.
 */
public final class NoticeProse {
  private NoticeProse() {}

  /** The prose of a notice. */
  public static List<String> of(NoticeView v) {
    List<String> out = new ArrayList<>();
    Map<String, String> t = v.t();
    add(out, v.intro());
    add(out, v.selling().statement());
    add(out, v.who().sentence());
    add(out, v.who().dpoText());
    add(out, v.who().representativeText());
    add(out, t.get("collect.intro"));
    for (DataView d : v.data()) {
      add(out, d.example());
      add(out, d.source());
      add(out, d.required());
      add(out, d.sensitive());
      add(out, t.get("collect.uses"));
      for (UseView u : d.uses()) {
        add(out, u.purpose());
      }
      add(out, d.retention());
      add(out, d.where());
    }
    for (PurposeView p : v.purposes()) {
      p.automated().forEach(a -> add(out, a));
      add(out, p.label());
      add(out, p.basis());
      add(out, p.specialBasis());
      add(out, p.description());
    }
    if (!v.stores().isEmpty()) {
      add(out, t.get("keep.stores.intro"));
    }
    for (StoreView s : v.stores()) {
      add(out, s.sentence());
      add(out, s.transfer());
      add(out, s.data());
      s.protections().forEach(x -> add(out, x));
    }
    for (RetentionView r : v.retention()) {
      add(out, r.sentence());
    }
    v.selling().details().forEach(x -> add(out, x));
    v.selling().optOut().forEach(x -> add(out, x));
    add(out, t.get(v.recipients().isEmpty() ? "share.none" : "share.intro"));
    for (RecipientView r : v.recipients()) {
      add(out, r.does());
      add(out, r.role());
      add(out, r.data());
      add(out, r.country());
      add(out, r.transfer());
    }
    add(out, t.get(v.access().isEmpty() ? "inside.none" : "inside.intro"));
    v.access().forEach(a -> add(out, a.why()));
    if (!v.rights().choices().isEmpty()) {
      add(out, t.get("choices.intro"));
    }
    for (ChoiceView c : v.rights().choices()) {
      add(out, c.how());
    }
    add(out, t.get("rights.intro"));
    for (RightView r : v.rights().rights()) {
      add(out, r.text());
      add(out, r.self());
    }
    add(out, t.get("rights.how"));
    add(out, v.rights().respond());
    add(out, v.rights().free());
    add(out, v.rights().verify());
    if (v.emails() == null) {
      add(out, t.get("emails.none"));
    } else {
      add(out, v.emails().domains().isEmpty() ? null : t.get("emails.domains"));
      add(out, v.emails().neverAsk().isEmpty() ? null : t.get("emails.never"));
      v.emails().neverAsk().forEach(x -> add(out, x));
      add(out, v.emails().report() == null ? null : t.get("emails.report"));
    }
    add(out, t.get("changes.intro"));
    if (v.changes().isEmpty()) {
      add(out, t.get("changes.none"));
    }
    v.changes().forEach(c -> add(out, c.summary()));
    v.complain().sentences().forEach(x -> add(out, x));
    add(out, v.complain().authorityText());
    return out;
  }

  private static void add(List<String> out, String s) {
    if (s == null || s.isBlank()) {
      return;
    }
    String t = s.strip();
    char last = t.charAt(t.length() - 1);
    out.add(last == '.' || last == '!' || last == '?' || last == ':' ? t : t + ".");
  }
}
