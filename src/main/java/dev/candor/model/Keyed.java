package dev.candor.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** An enum whose constants are written in inventories as lower-case, hyphenated keys. */
public interface Keyed {

  /** The key as written in an inventory, e.g. {@code legitimate-interests}. */
  default String key() {
    return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant with the given key, if any. */
  static <E extends Enum<E> & Keyed> Optional<E> byKey(Class<E> type, String key) {
    for (E e : type.getEnumConstants()) {
      if (e.key().equals(key)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** Every key of an enum, in declaration order. */
  static <E extends Enum<E> & Keyed> List<String> keys(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Keyed::key).toList();
  }
}
