package dev.candor.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a product team states about the personal data it handles; emails may be null.
 *
 * <p>checks is never null: {@link CheckConfig#NONE} when the file has no {@code checks} section;
 * cookies lists the cookies and similar technologies, empty when the file declares none.
 */
public record Inventory(
    Notice notice,
    Controller controller,
    List<DataItem> data,
    List<Purpose> purposes,
    List<Store> stores,
    List<Recipient> recipients,
    List<Access> access,
    Rights rights,
    Emails emails,
    List<Change> changes,
    CheckConfig checks,
    List<Cookie> cookies)
    implements Serializable {
  public Inventory {
    data = List.copyOf(data);
    purposes = List.copyOf(purposes);
    stores = List.copyOf(stores);
    recipients = List.copyOf(recipients);
    access = List.copyOf(access);
    changes = List.copyOf(changes);
    checks = checks == null ? CheckConfig.NONE : checks;
    cookies = cookies == null ? List.of() : List.copyOf(cookies);
  }

  /** An inventory that declares no cookies. */
  public Inventory(
      Notice notice,
      Controller controller,
      List<DataItem> data,
      List<Purpose> purposes,
      List<Store> stores,
      List<Recipient> recipients,
      List<Access> access,
      Rights rights,
      Emails emails,
      List<Change> changes,
      CheckConfig checks) {
    this(
        notice,
        controller,
        data,
        purposes,
        stores,
        recipients,
        access,
        rights,
        emails,
        changes,
        checks,
        List.of());
  }

  /** An inventory without a {@code checks} section. */
  public Inventory(
      Notice notice,
      Controller controller,
      List<DataItem> data,
      List<Purpose> purposes,
      List<Store> stores,
      List<Recipient> recipients,
      List<Access> access,
      Rights rights,
      Emails emails,
      List<Change> changes) {
    this(
        notice,
        controller,
        data,
        purposes,
        stores,
        recipients,
        access,
        rights,
        emails,
        changes,
        CheckConfig.NONE,
        List.of());
  }

  /** The same inventory with its notice written in another language; itself in its own. */
  public Inventory inLanguage(String language) {
    if (language.equals(notice.language())) {
      return this;
    }
    Notice n =
        new Notice(
            notice.id(),
            notice.title(),
            notice.version(),
            notice.effective(),
            language,
            notice.jurisdictions(),
            notice.languages());
    return new Inventory(
        n,
        controller,
        data,
        purposes,
        stores,
        recipients,
        access,
        rights,
        emails,
        changes,
        checks,
        cookies);
  }

  // The lookups take an inventory that has not passed validation yet, whose entries may lack an id.

  public Optional<Purpose> purpose(String id) {
    return purposes.stream().filter(p -> Objects.equals(p.id(), id)).findFirst();
  }

  public Optional<Store> store(String id) {
    return stores.stream().filter(s -> Objects.equals(s.id(), id)).findFirst();
  }

  public Optional<Recipient> recipient(String id) {
    return recipients.stream().filter(r -> Objects.equals(r.id(), id)).findFirst();
  }

  public Optional<DataItem> dataItem(String id) {
    return data.stream().filter(d -> Objects.equals(d.id(), id)).findFirst();
  }
}
