package dev.candor.load;

import dev.candor.model.Inventory;
import dev.candor.model.Jurisdiction;
import dev.candor.model.Notice;
import dev.candor.model.Outline;
import dev.candor.problem.InvalidInputException;
import dev.candor.problem.Problem;
import dev.candor.problem.SourceMap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Inventories read by an earlier run, kept by the name and bytes of the file each was read from:
 * the same bytes, read by the same Candor under the same limits, make the same inventory, so a site
 * rebuild need not parse and validate again the hundreds of files that did not change.
 *
 * <p>Kept in one file beside the site folder, written by the run that read them. A file that cannot
 * be read, was written by another Candor, or holds anything but inventories is ignored (each
 * inventory is then read from its file); only the classes of an inventory may be read back from it.
 */
public final class KeptInventories {
  private static final String HEADER = "candor-kept-inventories-2";

  /**
   * Only what an inventory is made of: its records, the collections and dates of {@code java.util}
   * and {@code java.time}, numbers and strings.
   */
  private static final ObjectInputFilter CLASSES =
      ObjectInputFilter.Config.createFilter(
          "maxdepth=40;maxarray=100000;dev.candor.model.*;dev.candor.problem.*;"
              + "dev.candor.load.KeptInventories$Kept;java.util.*;java.time.*;java.lang.Enum;"
              + "java.lang.Integer;java.lang.Long;java.lang.Boolean;java.lang.Number;"
              + "java.lang.Object;!*");

  /** What a file made: its inventory, where each part was written, and its warnings. */
  private record Kept(Inventory inventory, SourceMap source, List<Problem> warnings)
      implements Serializable {}

  private final String common;
  private final Map<String, byte[]> before;
  private final Map<String, byte[]> now = new ConcurrentHashMap<>();
  private final AtomicInteger readNow = new AtomicInteger();

  private KeptInventories(String common, Map<String, byte[]> before) {
    this.common = common;
    this.before = before;
  }

  /**
   * The inventories kept in {@code file} by a run of the same Candor ({@code engine}: a hash of its
   * code) under the same {@code limits}; none when there are none to trust.
   */
  public static KeptInventories read(Path file, String engine, Limits limits) {
    String common = engine + " " + limits;
    Map<String, byte[]> before = new HashMap<>();
    try {
      if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        try (DataInputStream in =
            new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
          if (in.readUTF().equals(HEADER) && in.readUTF().equals(common)) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
              String key = in.readUTF();
              int length = in.readInt();
              // A damaged length must not ask for more memory than the file holds.
              if (length < 0 || length > in.available()) {
                throw new IOException("damaged");
              }
              byte[] bytes = new byte[length];
              in.readFully(bytes);
              before.put(key, bytes);
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      before.clear();
    }
    return new KeptInventories(common, before);
  }

  /** Whether an earlier run kept any inventory here. */
  public boolean any() {
    return !before.isEmpty();
  }

  /** Whether this run kept other inventories than the earlier one, so the file must be written. */
  public boolean changed() {
    return readNow.get() > 0 || !now.keySet().equals(before.keySet());
  }

  /** How many files this run read that were not kept: new files, or files whose bytes changed. */
  public int readNow() {
    return readNow.get();
  }

  /**
   * The inventory that {@code bytes}, read from {@code name}, make: kept from the earlier run if it
   * read the same, else loaded now; either way kept for the next run. A kept one is read back whole
   * only when first needed, and from {@code bytes} again should what was kept be damaged.
   */
  LoadedInventory load(InventoryLoader loader, String name, byte[] bytes)
      throws InvalidInputException {
    String digest = InventoryLoader.digest(bytes);
    String key = name + "\0" + digest;
    byte[] entry = before.get(key);
    Optional<Entry> kept = entry == null ? Optional.empty() : Entry.of(entry);
    if (kept.isPresent()) {
      now.put(key, entry);
      Entry e = kept.get();
      return LoadedInventory.later(
          name,
          e.outline(),
          digest,
          () -> e.readBack().orElseGet(() -> again(loader, name, bytes)));
    }
    LoadedInventory li = loader.parse(name, bytes, digest);
    now.put(key, entry(li.outline(), serialized(li)));
    readNow.incrementAndGet();
    return li;
  }

  /** The whole of an inventory whose kept copy could not be read back, from its file's bytes. */
  private static LoadedInventory.Whole again(InventoryLoader loader, String name, byte[] bytes) {
    try {
      LoadedInventory li = loader.parse(name, bytes);
      return new LoadedInventory.Whole(li.inventory(), li.source(), li.warnings());
    } catch (InvalidInputException e) {
      // Only bytes that made a valid inventory are ever kept.
      throw new IllegalStateException("a kept inventory's file is no longer valid: " + name, e);
    }
  }

  /**
   * One kept inventory: its outline, written plainly so it is read at once, and the rest as a
   * serialized record, read back when needed.
   */
  private record Entry(Outline outline, byte[] rest) {
    static Optional<Entry> of(byte[] bytes) {
      try {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        Notice notice =
            new Notice(
                text(in), text(in), text(in), date(in), text(in), jurisdictions(in), texts(in));
        Outline outline = new Outline(notice, text(in), in.readBoolean());
        return Optional.of(new Entry(outline, in.readAllBytes()));
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      }
    }

    /** What was kept whole, if it is an inventory with this outline. */
    Optional<LoadedInventory.Whole> readBack() {
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(rest))) {
        in.setObjectInputFilter(CLASSES);
        if (in.readObject() instanceof Kept k && Outline.of(k.inventory()).equals(outline)) {
          return Optional.of(new LoadedInventory.Whole(k.inventory(), k.source(), k.warnings()));
        }
      } catch (IOException | ClassNotFoundException | RuntimeException e) {
        // Read from its file instead.
      }
      return Optional.empty();
    }

    private static String text(DataInputStream in) throws IOException {
      return in.readBoolean() ? in.readUTF() : null;
    }

    private static List<String> texts(DataInputStream in) throws IOException {
      int n = in.readUnsignedShort();
      List<String> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(in.readUTF());
      }
      return out;
    }

    private static LocalDate date(DataInputStream in) throws IOException {
      return in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
    }

    private static List<Jurisdiction> jurisdictions(DataInputStream in) throws IOException {
      return texts(in).stream().map(Jurisdiction::valueOf).toList();
    }
  }

  /** An entry as {@link Entry#of} reads it. */
  static byte[] entry(Outline outline, byte[] whole) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      Notice n = outline.notice();
      text(out, n.id());
      text(out, n.title());
      text(out, n.version());
      out.writeBoolean(n.effective() != null);
      if (n.effective() != null) {
        out.writeLong(n.effective().toEpochDay());
      }
      text(out, n.language());
      texts(out, n.jurisdictions().stream().map(Jurisdiction::name).toList());
      texts(out, n.languages());
      text(out, outline.controller());
      out.writeBoolean(outline.cookies());
      out.write(whole);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory does not fail", e);
    }
    return bytes.toByteArray();
  }

  private static void text(DataOutputStream out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      out.writeUTF(s);
    }
  }

  private static void texts(DataOutputStream out, List<String> list) throws IOException {
    out.writeShort(list.size());
    for (String s : list) {
      out.writeUTF(s);
    }
  }

  private static byte[] serialized(LoadedInventory li) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new Kept(li.inventory(), li.source(), List.copyOf(li.warnings())));
    } catch (IOException e) {
      throw new IllegalStateException("an inventory is made of serializable records", e);
    }
    return bytes.toByteArray();
  }

  /** The inventories this run read, and only those, as the next run reads them. */
  public byte[] bytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(HEADER);
      out.writeUTF(common);
      Map<String, byte[]> sorted = new TreeMap<>(now);
      out.writeInt(sorted.size());
      for (var e : sorted.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getValue().length);
        out.write(e.getValue());
      }
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory does not fail", e);
    }
    return bytes.toByteArray();
  }
}
