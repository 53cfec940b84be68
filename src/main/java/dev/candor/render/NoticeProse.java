package dev.candor.render;

import dev.candor.render.NoticeView.BasisGroup;
import dev.candor.render.NoticeView.DataGroup;
import dev.candor.render.NoticeView.DataView;
import dev.candor.render.NoticeView.PurposeView;
import dev.candor.render.NoticeView.RecipientGroup;
import dev.candor.render.NoticeView.RecipientView;
import dev.candor.render.NoticeView.RetentionView;
import dev.candor.render.NoticeView.RightView;
import dev.candor.render.NoticeView.StoreView;
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
    add(out, v.who().representativeText());
    for (DataGroup g : v.data()) {
      for (DataView d : g.items()) {
        add(out, d.example());
        d.details().forEach(x -> add(out, x));
        add(out, d.where());
      }
    }
    v.sensitive().forEach(x -> add(out, x));
    if (!v.usCategories().isEmpty()) {
      add(out, t.get("us.intro"));
    }
    v.automated().forEach(a -> a.sentences().forEach(x -> add(out, x)));
    for (BasisGroup g : v.purposes()) {
      add(out, g.explanation());
      for (PurposeView p : g.purposes()) {
        add(out, p.label());
        p.notes().forEach(x -> add(out, x));
        add(out, p.choice());
      }
    }
    v.protectedEverywhere().forEach(x -> add(out, x));
    for (StoreView s : v.stores()) {
      add(out, s.does());
      add(out, s.role());
      add(out, s.place());
      add(out, s.data());
      s.protections().forEach(x -> add(out, x));
    }
    add(out, v.storesRole());
    for (RetentionView r : v.retention()) {
      add(out, r.sentence());
    }
    v.selling().brief().forEach(x -> add(out, x));
    v.selling().optOut().forEach(x -> add(out, x));
    add(out, v.shareNote());
    if (v.recipients().isEmpty() && v.shareNote() == null) {
      add(out, t.get("share.none"));
    }
    for (RecipientGroup g : v.recipients()) {
      add(out, g.role());
      for (RecipientView r : g.recipients()) {
        add(out, r.does());
        add(out, r.role());
        add(out, r.data());
        add(out, r.where());
      }
    }
    v.transfers().forEach(l -> add(out, l.text()));
    if (v.access().isEmpty()) {
      add(out, t.get("inside.none"));
    }
    v.access().forEach(a -> add(out, a.why()));
    add(out, v.rights().choices());
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
