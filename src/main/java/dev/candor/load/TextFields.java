package dev.candor.load;

import dev.candor.model.Access;
import dev.candor.model.Authority;
import dev.candor.model.Change;
import dev.candor.model.Choice;
import dev.candor.model.Contact;
import dev.candor.model.Controller;
import dev.candor.model.Cookie;
import dev.candor.model.DataItem;
import dev.candor.model.Emails;
import dev.candor.model.Inventory;
import dev.candor.model.Notice;
import dev.candor.model.Place;
import dev.candor.model.ProcessorFor;
import dev.candor.model.Purpose;
import dev.candor.model.Recipient;
import dev.candor.model.Retention;
import dev.candor.model.Right;
import dev.candor.model.Rights;
import dev.candor.model.Scope;
import dev.candor.model.Store;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inventory's own text, field by field: the one list of what a translation must give.
 *
 * <p>Each field has the path its value was written at in the inventory ({@code data[0].without},
 * for locations) and a key made of ids ({@code data/email/without}), so a translation survives
 * reordering. Lists of text without ids ({@code emails.never_ask}) are keyed by position. Names of
 * organisations and people, and postal addresses, may be translated but need not be: they are the
 * same in every language more often than not.
 */
public final class TextFields {
  private TextFields() {}

  /**
   * One field of text.
   *
   * @param path where it is in the inventory, as a {@link dev.candor.problem.SourceMap} path
   * @param key its id-based key, segments joined with {@code /}
   * @param text its text
   * @param required whether a translation must give it (false for names and addresses)
   */
  public record Field(String path, String key, String text, boolean required) {}

  /** Gives each field's text in a language, or its own text to keep it. */
  @FunctionalInterface
  public interface Wording {
    String text(Field field);
  }

  /** Every non-blank field, in file order. */
  public static List<Field> of(Inventory inv) {
    List<Field> out = new ArrayList<>();
    map(
        inv,
        f -> {
          out.add(f);
          return f.text();
        });
    return out;
  }

  /** The inventory with every non-blank field's text as {@code wording} gives it. */
  public static Inventory map(Inventory inv, Wording wording) {
    return new Walk(wording).inventory(inv);
  }

  private record Walk(Wording w) {
    private String t(String path, String key, String text, boolean required) {
      if (text == null || text.isBlank()) {
        return text;
      }
      return w.text(new Field(path, key, text, required));
    }

    private String t(String path, String key, String text) {
      return t(path, key, text, true);
    }

    private List<String> list(String path, String key, List<String> texts) {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        out.add(t(path + "[" + i + "]", key + "/" + i, texts.get(i)));
      }
      return out;
    }

    Inventory inventory(Inventory inv) {
      Notice n = inv.notice();
      Notice notice =
          n == null
              ? null
              : new Notice(
                  n.id(),
                  t("notice.title", "notice/title", n.title()),
                  n.version(),
                  n.effective(),
                  n.language(),
                  n.jurisdictions(),
                  n.languages());
      List<DataItem> data = new ArrayList<>();
      for (int i = 0; i < inv.data().size(); i++) {
        data.add(data(inv.data().get(i), "data[" + i + "]"));
      }
      List<Purpose> purposes = new ArrayList<>();
      for (int i = 0; i < inv.purposes().size(); i++) {
        purposes.add(purpose(inv.purposes().get(i), "purposes[" + i + "]"));
      }
      List<Store> stores = new ArrayList<>();
      for (int i = 0; i < inv.stores().size(); i++) {
        Store s = inv.stores().get(i);
        String at = "stores[" + i + "]";
        String key = "stores/" + s.id();
        stores.add(
            new Store(
                s.id(),
                t(at + ".provider", key + "/provider", s.provider(), false),
                t(at + ".location", key + "/location", s.location()),
                place(s.place(), at, key),
                s.safeguard(),
                s.protections()));
      }
      List<Recipient> recipients = new ArrayList<>();
      for (int i = 0; i < inv.recipients().size(); i++) {
        Recipient r = inv.recipients().get(i);
        String at = "recipients[" + i + "]";
        String key = "recipients/" + r.id();
        recipients.add(
            new Recipient(
                r.id(),
                t(at + ".name", key + "/name", r.name(), false),
                r.roles(),
                t(at + ".does", key + "/does", r.does()),
                place(r.place(), at, key),
                r.safeguard(),
                r.contractReviewed(),
                r.privacyUrl(),
                r.trackingDomains(),
                scope(r.scope(), at, key),
                r.vendor(),
                r.domains()));
      }
      List<Access> access = new ArrayList<>();
      for (int i = 0; i < inv.access().size(); i++) {
        Access a = inv.access().get(i);
        String at = "access[" + i + "]";
        String key = "access/" + a.id();
        access.add(
            new Access(
                a.id(),
                t(at + ".team", key + "/team", a.team()),
                a.data(),
                t(at + ".why", key + "/why", a.why())));
      }
      Rights r = inv.rights();
      Rights rights = null;
      if (r != null) {
        Map<Right, String> self = new LinkedHashMap<>();
        r.selfService()
            .forEach(
                (right, text) ->
                    self.put(
                        right,
                        t(
                            "rights.self_service." + right.key(),
                            "rights/self_service/" + right.key(),
                            text)));
        rights =
            new Rights(
                r.available(),
                r.email(),
                r.url(),
                r.respondWithin(),
                t("rights.verification", "rights/verification", r.verification()),
                self,
                r.optOutUrl(),
                r.limitUrl());
      }
      Emails e = inv.emails();
      Emails emails =
          e == null
              ? null
              : new Emails(
                  e.domains(),
                  list("emails.never_ask", "emails/never_ask", e.neverAsk()),
                  e.report());
      List<Change> changes = new ArrayList<>();
      for (int i = 0; i < inv.changes().size(); i++) {
        Change c = inv.changes().get(i);
        changes.add(
            new Change(
                c.version(),
                c.date(),
                t("changes[" + i + "].summary", "changes/" + c.version() + "/summary", c.summary()),
                c.approved()));
      }
      List<Cookie> cookies = new ArrayList<>();
      for (int i = 0; i < inv.cookies().size(); i++) {
        Cookie c = inv.cookies().get(i);
        cookies.add(
            new Cookie(
                c.name(),
                c.kind(),
                c.setBy(),
                c.purposes(),
                c.duration(),
                c.session(),
                c.necessary(),
                t(
                    "cookies[" + i + "].description",
                    "cookies/" + c.name() + "/description",
                    c.description())));
      }
      return new Inventory(
          notice,
          controller(inv.controller()),
          data,
          purposes,
          stores,
          recipients,
          access,
          rights,
          emails,
          changes,
          inv.checks(),
          cookies);
    }

    private Controller controller(Controller c) {
      if (c == null) {
        return null;
      }
      List<ProcessorFor> pf = new ArrayList<>();
      for (int i = 0; i < c.processorFor().size(); i++) {
        ProcessorFor p = c.processorFor().get(i);
        String at = "controller.processor_for[" + i + "]";
        String key = "controller/processor_for/" + i;
        pf.add(
            new ProcessorFor(
                t(at + ".people", key + "/people", p.people()),
                t(at + ".ask", key + "/ask", p.ask())));
      }
      Authority a = c.authority();
      Authority authority =
          a == null
              ? null
              : new Authority(
                  t("controller.authority.name", "controller/authority/name", a.name()),
                  a.website(),
                  t(
                      "controller.authority.address",
                      "controller/authority/address",
                      a.address(),
                      false),
                  a.email());
      return new Controller(
          t("controller.name", "controller/name", c.name(), false),
          t("controller.address", "controller/address", c.address(), false),
          c.country(),
          c.email(),
          c.website(),
          c.phone(),
          contact(c.dpo(), "dpo"),
          contact(c.representative(), "representative"),
          authority,
          pf);
    }

    private Contact contact(Contact c, String name) {
      if (c == null) {
        return null;
      }
      String at = "controller." + name;
      String key = "controller/" + name;
      return new Contact(
          t(at + ".name", key + "/name", c.name(), false),
          c.email(),
          t(at + ".address", key + "/address", c.address(), false));
    }

    private DataItem data(DataItem d, String at) {
      String key = "data/" + d.id();
      return new DataItem(
          d.id(),
          d.category(),
          t(at + ".label", key + "/label", d.label()),
          t(at + ".example", key + "/example", d.example()),
          d.sources(),
          list(at + ".from", key + "/from", d.from()),
          t(at + ".how", key + "/how", d.how()),
          d.givenTo(),
          d.required(),
          t(at + ".without", key + "/without", d.without()),
          d.purposes(),
          retention(d.retention(), at + ".retention", key + "/retention"),
          d.stores(),
          d.recipients(),
          d.sensitive(),
          list(at + ".collected_at", key + "/collected_at", d.collectedAt()),
          d.linked(),
          d.apple(),
          d.google(),
          d.specialBasis(),
          d.specialBasisFor(),
          scope(d.scope(), at, key),
          d.plural());
    }

    private Retention retention(Retention r, String at, String key) {
      if (r instanceof Retention.For f) {
        return new Retention.For(
            f.duration(),
            t(at + ".after", key + "/after", f.after()),
            t(at + ".longer_while", key + "/longer_while", f.longerWhile()),
            t(at + ".ends_when", key + "/ends_when", f.endsWhen()));
      }
      if (r instanceof Retention.Rule rule) {
        return new Retention.Rule(t(at + ".rule", key + "/rule", rule.rule()));
      }
      if (r instanceof Retention.Forever f) {
        return new Retention.Forever(t(at + ".reason", key + "/reason", f.reason()));
      }
      if (r instanceof Retention.HeldBy h) {
        return new Retention.HeldBy(h.recipient(), t(at + ".rule", key + "/rule", h.rule()));
      }
      return r;
    }

    private Purpose purpose(Purpose p, String at) {
      String key = "purposes/" + p.id();
      Choice c = p.choice();
      var a = p.automated();
      return new Purpose(
          p.id(),
          p.use(),
          t(at + ".label", key + "/label", p.label()),
          t(at + ".description", key + "/description", p.description()),
          p.basis(),
          t(at + ".interest", key + "/interest", p.interest()),
          p.specialBasis(),
          c == null
              ? null
              : new Choice(t(at + ".choice.how", key + "/choice/how", c.how()), c.url()),
          a == null
              ? null
              : new dev.candor.model.Automated(
                  t(at + ".automated.description", key + "/automated/description", a.description()),
                  t(at + ".automated.logic", key + "/automated/logic", a.logic()),
                  t(at + ".automated.effects", key + "/automated/effects", a.effects())),
          p.apple(),
          p.google(),
          scope(p.scope(), at, key),
          p.subjects(),
          t(at + ".on_behalf_of", key + "/on_behalf_of", p.onBehalfOf()));
    }

    private Place place(Place p, String at, String key) {
      if (p == null || p.anywhere() == null) {
        return p;
      }
      return new Place(p.countries(), t(at + ".anywhere", key + "/anywhere", p.anywhere()));
    }

    private Scope scope(Scope s, String at, String key) {
      if (s == null || s.people().isEmpty()) {
        return s;
      }
      return new Scope(
          s.regions(),
          s.minAge(),
          s.maxAge(),
          list(at + ".scope.people", key + "/scope/people", s.people()));
    }
  }
}
