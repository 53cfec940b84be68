package dev.candor.model;

import java.util.List;
import java.util.Optional;

/** Everything a product team states about the personal data it handles; emails may be null. */
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
    List<Change> changes) {
  public Inventory {
    data = List.copyOf(data);
    purposes = List.copyOf(purposes);
    stores = List.copyOf(stores);
    recipients = List.copyOf(recipients);
    access = List.copyOf(access);
    changes = List.copyOf(changes);
  }

  public Optional<Purpose> purpose(String id) {
    return purposes.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public Optional<Store> store(String id) {
    return stores.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public Optional<Recipient> recipient(String id) {
    return recipients.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  public Optional<DataItem> dataItem(String id) {
    return data.stream().filter(d -> d.id().equals(id)).findFirst();
  }
}
