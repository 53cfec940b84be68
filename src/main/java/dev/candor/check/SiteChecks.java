package dev.candor.check;

import dev.candor.evidence.Evidence;
import dev.candor.evidence.Finding;
import dev.candor.evidence.Finding.Host;
import dev.candor.evidence.Finding.Phase;
import dev.candor.evidence.Finding.Storage;
import dev.candor.model.Cookie;
import dev.candor.model.Inventory;
import dev.candor.model.Span;
import dev.candor.model.Technology;
import dev.candor.problem.Location;
import dev.candor.vocab.KnownCookies;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * The rules that compare an inventory's cookies and recipients with what a site scan saw: cookies
 * and storage keys nobody declared, hosts that belong to no recipient, cookies set before consent
 * that need it, cookies that outlive what the inventory says, and declared cookies no scan saw.
 * Each finding is located in the evidence file, with the inventory entry as its other place, or the
 * other way round. Without site evidence they find nothing.
 */
final class SiteChecks {
  private SiteChecks() {}

  /** Every cookie and storage key seen is declared. */
  static void undeclared(Subject s, Findings out) {
    Inventory inv = s.inventory();
    for (Finding.Cookie c : all(s, Finding.Cookie.class)) {
      if (declared(inv, Technology.COOKIE, c.name()).isEmpty()) {
        out.add(
            at(s, c),
            cookiesAt(s),
            "the site sets cookie '"
                + c.name()
                + "' ("
                + c.domain()
                + (c.thirdParty() ? ", a third party's" : "")
                + ", "
                + c.phase().key()
                + "), but no entry of 'cookies' declares it",
            "declare it under cookies:"
                + known(c.name())
                + "; candor import evidence prints the entry to paste; seen on "
                + c.source().file());
      }
    }
    for (Storage k : all(s, Storage.class)) {
      Technology kind =
          k.area().equals("session-storage")
              ? Technology.SESSION_STORAGE
              : Technology.LOCAL_STORAGE;
      if (declared(inv, kind, k.key()).isEmpty()) {
        out.add(
            at(s, k),
            cookiesAt(s),
            "the site keeps '"
                + k.key()
                + "' in "
                + k.area().replace('-', ' ')
                + " ("
                + k.origin()
                + "), but no entry of 'cookies' declares it",
            "declare it under cookies: with kind: "
                + kind.key()
                + known(k.key())
                + "; seen on "
                + k.source().file());
      }
    }
  }

  /** Every third-party host the pages contact is one of a recipient's domains. */
  static void hosts(Subject s, Findings out) {
    Inventory inv = s.inventory();
    for (Host h : all(s, Host.class)) {
      if (inv.recipients().stream().noneMatch(r -> r.serves(h.host()))) {
        out.add(
            at(s, h),
            s.source().has("recipients") ? s.at("recipients") : Location.of(s.source().file()),
            "the site's pages contact "
                + h.host()
                + " ("
                + String.join(", ", h.types())
                + ", "
                + h.phase().key()
                + "), but it is a domain of no recipient",
            "add it to the 'domains' of the recipient that serves it, or add that recipient; if"
                + " the host gets no personal data, say why when you switch this check off; seen"
                + " on "
                + h.source().file());
      }
    }
  }

  /** A cookie seen before consent is declared strictly necessary. */
  static void beforeConsent(Subject s, Findings out) {
    Inventory inv = s.inventory();
    for (Finding.Cookie c : all(s, Finding.Cookie.class)) {
      if (c.phase() != Phase.BEFORE_CONSENT) {
        continue;
      }
      OptionalInt d = declared(inv, Technology.COOKIE, c.name());
      if (d.isPresent() && !inv.cookies().get(d.getAsInt()).necessary()) {
        out.add(
            at(s, c),
            s.at("cookies[" + d.getAsInt() + "]"),
            "cookie '"
                + c.name()
                + "' is set before anyone consents, but the inventory says it needs consent",
            "set it only after the accept button is clicked; or, if the site cannot work without"
                + " it, say necessary: true at "
                + s.at("cookies[" + d.getAsInt() + "]")
                + "; seen on "
                + c.source().file());
      }
    }
  }

  /** No cookie lasts longer than its declaration says. */
  static void duration(Subject s, Findings out) {
    Inventory inv = s.inventory();
    for (Finding.Cookie c : all(s, Finding.Cookie.class)) {
      OptionalInt d = declared(inv, Technology.COOKIE, c.name());
      if (d.isEmpty() || c.expires().equals("session")) {
        continue;
      }
      Cookie decl = inv.cookies().get(d.getAsInt());
      long observed = minutes(c.expires());
      long said =
          decl.session() ? 0 : decl.duration() == null ? -1 : decl.duration().approximateMinutes();
      // A day's grace: expiry is rounded, and months and years differ in length.
      if (said >= 0 && observed > said + 1440) {
        String at = "cookies[" + d.getAsInt() + "]";
        out.add(
            s.source().has(at + ".duration") ? s.at(at + ".duration") : s.at(at),
            c.at(),
            "cookie '"
                + c.name()
                + "' is declared to last "
                + (decl.session() ? "the session" : decl.duration().iso())
                + ", but the site sets it to expire in "
                + c.expires(),
            "give the duration the site sets (duration: "
                + c.expires()
                + "), or make the site set a shorter one; seen on "
                + c.source().file()
                + (c.at() == null ? "" : " (" + c.at() + ")"));
      }
    }
  }

  /** A declared cookie or storage key that a site scan never saw: it may be stale. */
  static void unobserved(Subject s, Findings out) {
    List<Finding.Cookie> cookies = all(s, Finding.Cookie.class);
    List<Storage> keys = all(s, Storage.class);
    if (cookies.isEmpty() && keys.isEmpty() && all(s, Host.class).isEmpty()) {
      return; // no site evidence
    }
    List<Cookie> declared = s.inventory().cookies();
    for (int i = 0; i < declared.size(); i++) {
      Cookie c = declared.get(i);
      if (!c.kind().observable()) {
        continue;
      }
      boolean seen =
          c.kind() == Technology.COOKIE
              ? cookies.stream().anyMatch(x -> c.matches(x.name()))
              : keys.stream()
                  .filter(k -> k.area().equals(c.kind().key()))
                  .anyMatch(k -> c.matches(k.key()));
      if (!seen) {
        out.add(
            s.at("cookies[" + i + "]"),
            Location.of(evidenceFile(s)),
            "cookie '" + c.name() + "' is declared, but no scan saw it",
            "if the site no longer sets it, remove the entry; if it is set only on pages the scan"
                + " did not visit, or after a step it did not take, scan those pages too");
      }
    }
  }

  /** The index of the entry that declares an observed name of this kind, if any. */
  private static OptionalInt declared(Inventory inv, Technology kind, String name) {
    List<Cookie> cs = inv.cookies();
    return IntStream.range(0, cs.size())
        .filter(i -> cs.get(i).kind() == kind && cs.get(i).matches(name))
        .findFirst();
  }

  private static String known(String name) {
    Optional<KnownCookies.Known> k = KnownCookies.builtIn().find(name);
    return k.map(
            x ->
                " (the Open Cookie Database knows it: "
                    + x.platform()
                    + ", "
                    + x.category().toLowerCase(java.util.Locale.ROOT)
                    + ", "
                    + x.retention()
                    + ")")
        .orElse("");
  }

  /** An ISO duration of the evidence file (PT30M, PT24H, P365D) in minutes. */
  static long minutes(String iso) {
    try {
      if (iso.startsWith("PT")) {
        return java.time.Duration.parse(iso).toMinutes();
      }
      return Span.of(java.time.Period.parse(iso)).approximateMinutes();
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private static Location cookiesAt(Subject s) {
    return s.source().has("cookies") ? s.at("cookies") : Location.of(s.source().file());
  }

  private static Location at(Subject s, Finding f) {
    return f.at() != null ? f.at() : Location.of(evidenceFile(s));
  }

  private static <T extends Finding> List<T> all(Subject s, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Evidence e : s.evidence()) {
      out.addAll(e.all(type));
    }
    return out;
  }

  private static String evidenceFile(Subject s) {
    return s.evidence().stream()
        .map(Evidence::file)
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse("evidence");
  }
}
