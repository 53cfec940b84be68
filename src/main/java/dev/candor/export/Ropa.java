package dev.candor.export;

import dev.candor.model.Contact;
import dev.candor.model.Controller;
import dev.candor.model.DataItem;
import dev.candor.model.Inventory;
import dev.candor.model.Jurisdiction;
import dev.candor.model.Keyed;
import dev.candor.model.Purpose;
import dev.candor.model.Recipient;
import dev.candor.model.RecipientRole;
import dev.candor.model.Right;
import dev.candor.model.Safeguard;
import dev.candor.model.Store;
import dev.candor.render.Messages;
import dev.candor.render.NoticeComposer;
import dev.candor.vocab.Countries;
import dev.candor.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The record of processing activities (GDPR Art. 30) of one inventory, as sheets of text cells laid
 * out like the UK ICO's documentation templates: the controller's details, one row per purpose the
 * company decides on (Art. 30(1)), and one row per purpose it carries out for another controller
 * (Art. 30(2)). Every format is written from these same rows.
 *
 * @param title the record's title
 * @param intro one paragraph on what it is made from
 * @param sheets the controller's details, the processing activities, and (when the company acts as
 *     a processor) the processor activities
 */
public record Ropa(String title, String intro, List<Sheet> sheets) {
  public Ropa {
    sheets = List.copyOf(sheets);
  }

  /**
   * One sheet: a header row and rows of cells. A cell with several facts has one per line.
   *
   * @param file a short name for the sheet's own file, e.g. {@code processing-activities}
   */
  public record Sheet(String name, String file, List<String> headers, List<List<String>> rows) {
    public Sheet {
      headers = List.copyOf(headers);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /** One column: its header's message key and how a purpose fills it. */
  private record Column(String key, Function<Purpose, String> cell) {}

  /** The record of an inventory, worded by the {@code ropa} messages and the notice's labels. */
  public static Ropa of(Inventory inv, NoticeComposer composer, Vocabulary vocab) {
    return new Builder(inv, composer, vocab).build();
  }

  private static final class Builder {
    private final Inventory inv;
    private final NoticeComposer composer;
    private final Vocabulary vocab;
    private final Messages msg = Messages.forBundle("ropa", "en").orElseThrow();

    Builder(Inventory inv, NoticeComposer composer, Vocabulary vocab) {
      this.inv = inv;
      this.composer = composer;
      this.vocab = vocab;
    }

    Ropa build() {
      List<Purpose> own = inv.purposes().stream().filter(p -> p.onBehalfOf() == null).toList();
      List<Purpose> forOthers =
          inv.purposes().stream().filter(p -> p.onBehalfOf() != null).toList();
      List<Sheet> sheets = new ArrayList<>();
      sheets.add(details());
      sheets.add(sheet("activities", "processing-activities", controllerColumns(), own));
      if (!forOthers.isEmpty()) {
        sheets.add(sheet("processor", "processor-activities", processorColumns(), forOthers));
      }
      String intro =
          msg.get(
              "intro",
              "title",
              inv.notice().title(),
              "version",
              inv.notice().version(),
              "date",
              inv.notice().effective().toString(),
              "processor",
              forOthers.isEmpty() ? "" : msg.get("intro.processor"));
      return new Ropa(msg.get("title", "name", inv.controller().name()), intro, sheets);
    }

    private Sheet sheet(String name, String file, List<Column> columns, List<Purpose> purposes) {
      List<List<String>> rows = new ArrayList<>();
      for (Purpose p : purposes) {
        rows.add(columns.stream().map(c -> c.cell().apply(p)).map(this::orEmpty).toList());
      }
      return new Sheet(
          msg.get("sheet." + name),
          file,
          columns.stream().map(c -> msg.get("col." + c.key())).toList(),
          rows);
    }

    private String orEmpty(String s) {
      return s == null ? "" : s;
    }

    private Sheet details() {
      Controller c = inv.controller();
      List<List<String>> rows = new ArrayList<>();
      rows.add(
          List.of(
              msg.get("detail.controller"),
              lines(
                  Stream.of(c.name(), c.address(), c.email(), c.phone(), c.website())
                      .filter(Objects::nonNull)
                      .toList())));
      rows.add(List.of(msg.get("detail.dpo"), contact(c.dpo())));
      rows.add(List.of(msg.get("detail.representative"), contact(c.representative())));
      rows.add(
          List.of(
              msg.get("detail.authority"),
              c.authority() == null
                  ? ""
                  : lines(
                      Stream.of(
                              c.authority().name(),
                              c.authority().address(),
                              c.authority().email(),
                              c.authority().website())
                          .filter(Objects::nonNull)
                          .toList())));
      return new Sheet(
          msg.get("sheet.controller"),
          "controller",
          List.of(msg.get("detail.item"), msg.get("detail.value")),
          rows);
    }

    private String contact(Contact c) {
      return c == null
          ? ""
          : lines(Stream.of(c.name(), c.email(), c.address()).filter(Objects::nonNull).toList());
    }

    private List<Column> controllerColumns() {
      return List.of(
          new Column("function", this::function),
          new Column("purpose", this::purpose),
          new Column("joint", this::joint),
          new Column("individuals", this::individuals),
          new Column("data", this::data),
          new Column("recipients", this::recipients),
          new Column("contract", this::contracts),
          new Column("countries", this::countries),
          new Column("safeguards", this::safeguards),
          new Column("retention", this::retention),
          new Column("security", this::security),
          new Column("basis", p -> msg.get("basis." + p.basis().key())),
          new Column(
              "special",
              p -> p.specialBasis() == null ? null : msg.get("special." + p.specialBasis().key())),
          new Column("interests", Purpose::interest),
          new Column("lia", p -> null),
          new Column("rights", p -> rights()),
          new Column("automated", this::automated),
          new Column("source", this::source),
          new Column("consent", p -> null),
          new Column("location", this::location),
          new Column("dpia", p -> null),
          new Column("dpia-link", p -> null),
          new Column("breach", p -> null),
          new Column("breach-link", p -> null));
    }

    private List<Column> processorColumns() {
      return List.of(
          new Column("controller", Purpose::onBehalfOf),
          new Column(
              "processing",
              p -> msg.get("processing", "purpose", purpose(p), "data", dataLabels(p))),
          new Column("individuals", this::individuals),
          new Column("countries", this::countries),
          new Column("safeguards", this::safeguards),
          new Column("security", this::security));
    }

    // ---- cells -----------------------------------------------------------------------------

    private String function(Purpose p) {
      String root = p.use().split("\\.")[0];
      String key = "function." + root;
      return msg.has(key) ? msg.get(key) : msg.get("function.custom");
    }

    private String purpose(Purpose p) {
      String label = NoticeComposer.capitalise(composer.label(p));
      return p.description() == null ? label : label + ". " + p.description();
    }

    private String joint(Purpose p) {
      return lines(
          recipientsOf(p).stream()
              .filter(r -> r.role() == RecipientRole.JOINT_CONTROLLER)
              .map(
                  r ->
                      Stream.of(r.name(), composer.places(r.place()), r.privacyUrl())
                          .filter(Objects::nonNull)
                          .reduce((a, b) -> a + ", " + b)
                          .orElse(r.name()))
              .toList());
    }

    private String individuals(Purpose p) {
      if (p.subjects().isEmpty()) {
        return msg.get("not-stated");
      }
      return lines(
          p.subjects().stream().map(vocab::subjectLabel).map(NoticeComposer::capitalise).toList());
    }

    private String data(Purpose p) {
      return lines(
          items(p).stream()
              .map(
                  d -> {
                    String label = NoticeComposer.capitalise(composer.label(d));
                    return special(d) ? msg.get("special-category", "data", label) : label;
                  })
              .toList());
    }

    private String dataLabels(Purpose p) {
      return composer.and(items(p).stream().map(composer::label).toList());
    }

    private boolean special(DataItem d) {
      return vocab.category(d.category()).map(c -> c.special()).orElse(false)
          || Boolean.TRUE.equals(d.sensitive()) && Vocabulary.isCustom(d.category());
    }

    private String recipients(Purpose p) {
      List<String> out = new ArrayList<>();
      for (Recipient r : recipientsOf(p)) {
        out.add(
            msg.get(
                "recipient",
                "name",
                r.name(),
                "role",
                msg.get("role." + r.role().key()),
                "does",
                NoticeComposer.trimStop(r.does())));
      }
      Set<String> named = new java.util.HashSet<>();
      recipientsOf(p).forEach(r -> named.add(r.name()));
      for (Store s : storesOf(p)) {
        // A recipient that also stores the data is named once, with what it does.
        if (!named.contains(s.provider())) {
          out.add(msg.get("store", "provider", s.provider()));
        }
      }
      return lines(distinct(out));
    }

    private String contracts(Purpose p) {
      return lines(
          recipientsOf(p).stream()
              .filter(r -> r.role() == RecipientRole.PROCESSOR)
              .map(
                  r ->
                      r.contractReviewed() == null
                          ? msg.get("contract.none", "name", r.name())
                          : msg.get(
                              "contract",
                              "name",
                              r.name(),
                              "date",
                              r.contractReviewed().toString()))
              .toList());
    }

    /** A recipient or store abroad: its name, country and safeguard. */
    private record Abroad(String name, String country, Safeguard safeguard) {}

    private List<Abroad> abroad(Purpose p) {
      List<Abroad> out = new ArrayList<>();
      for (Recipient r : recipientsOf(p)) {
        for (String c : r.place().countries()) {
          if (isAbroad(c)) {
            out.add(new Abroad(r.name(), c, r.safeguard()));
          }
        }
      }
      for (Store s : storesOf(p)) {
        for (String c : s.place().countries()) {
          if (isAbroad(c)) {
            out.add(new Abroad(s.provider(), c, s.safeguard()));
          }
        }
      }
      return out;
    }

    private boolean isAbroad(String country) {
      if (country == null) {
        return false;
      }
      for (Jurisdiction law : inv.notice().jurisdictions()) {
        if (law.gdprFamily() && Countries.transfer(law, country) != Countries.Transfer.NONE) {
          return true;
        }
      }
      return false;
    }

    private String countries(Purpose p) {
      return lines(
          distinct(
              abroad(p).stream()
                  .map(
                      a ->
                          msg.get(
                              "transfer", "name", a.name(), "country", Countries.name(a.country())))
                  .toList()));
    }

    private String safeguards(Purpose p) {
      return lines(
          distinct(
              abroad(p).stream()
                  .map(
                      a ->
                          a.safeguard() == null
                              ? msg.get(
                                  "transfer.none",
                                  "name",
                                  a.name(),
                                  "country",
                                  Countries.name(a.country()))
                              : msg.get(
                                  "transfer.safeguard",
                                  "name",
                                  a.name(),
                                  "country",
                                  Countries.name(a.country()),
                                  "safeguard",
                                  msg.get("safeguard." + a.safeguard().key())))
                  .toList()));
    }

    private String retention(Purpose p) {
      return lines(
          items(p).stream()
              .filter(d -> d.retention() != null)
              .map(
                  d ->
                      msg.get(
                          "kept",
                          "data",
                          NoticeComposer.capitalise(composer.label(d)),
                          "retention",
                          composer.retention(d.retention())))
              .toList());
    }

    private String security(Purpose p) {
      return lines(
          storesOf(p).stream()
              .filter(s -> !s.protections().isEmpty())
              .map(
                  s ->
                      msg.get(
                          "security",
                          "provider",
                          s.provider(),
                          "measures",
                          String.join(
                              ", ",
                              s.protections().stream()
                                  .map(x -> msg.get("protection." + x.key()))
                                  .toList())))
              .toList());
    }

    private String rights() {
      if (inv.rights() == null) {
        return "";
      }
      return lines(
          inv.rights().available().stream()
              .map(Right::key)
              .map(k -> msg.get("right." + k))
              .toList());
    }

    private String automated(Purpose p) {
      if (p.automated() == null) {
        return null;
      }
      return lines(
          Stream.of(p.automated().description(), p.automated().logic(), p.automated().effects())
              .filter(Objects::nonNull)
              .toList());
    }

    private String source(Purpose p) {
      return lines(
          items(p).stream()
              .flatMap(
                  d ->
                      d.sources().stream()
                          .map(
                              src ->
                                  msg.get(
                                      "source." + ((Keyed) src).key(),
                                      "data",
                                      NoticeComposer.capitalise(composer.label(d)),
                                      "from",
                                      composer.and(d.from()),
                                      "how",
                                      d.how() == null ? "" : NoticeComposer.trimStop(d.how()),
                                      "name",
                                      d.givenTo() == null
                                          ? ""
                                          : inv.recipient(d.givenTo())
                                              .map(Recipient::name)
                                              .orElse(d.givenTo()))))
              .toList());
    }

    private String location(Purpose p) {
      return lines(
          storesOf(p).stream()
              .map(
                  s ->
                      msg.get(
                          "location",
                          "provider",
                          s.provider(),
                          "place",
                          s.location() == null
                              ? composer.places(s.place())
                              : s.location() + ", " + composer.places(s.place())))
              .toList());
    }

    // ---- what a purpose touches --------------------------------------------------------------

    private List<DataItem> items(Purpose p) {
      return inv.data().stream().filter(d -> d.purposes().contains(p.id())).toList();
    }

    private List<Recipient> recipientsOf(Purpose p) {
      Set<String> ids = new LinkedHashSet<>();
      items(p).forEach(d -> ids.addAll(d.recipients()));
      return inv.recipients().stream().filter(r -> ids.contains(r.id())).toList();
    }

    private List<Store> storesOf(Purpose p) {
      Set<String> ids = new LinkedHashSet<>();
      items(p).forEach(d -> ids.addAll(d.stores()));
      return inv.stores().stream().filter(s -> ids.contains(s.id())).toList();
    }

    private static List<String> distinct(List<String> l) {
      return List.copyOf(new LinkedHashSet<>(l));
    }

    private static String lines(List<String> l) {
      return String.join("\n", l);
    }
  }
}
