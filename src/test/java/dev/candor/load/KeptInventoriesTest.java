package dev.candor.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.candor.pipeline.Build;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inventories kept between site builds: used only for the same bytes, the same Candor, intact. */
class KeptInventoriesTest {
  private static final String ENGINE = "engine-1";

  @TempDir Path tmp;

  private final InventoryLoader loader = Build.loader(Limits.DEFAULTS);

  private Path copy(String example, String as) throws IOException {
    Path f = tmp.resolve(as);
    Files.copy(Path.of("notices", example + ".yaml"), f);
    return f;
  }

  private LoadedInventory load(Path kept, String engine, Path file) throws Exception {
    return loader.keeping(KeptInventories.read(kept, engine, Limits.DEFAULTS)).load(file);
  }

  /** Keeps what {@code from} makes, under the name and bytes of {@code as}. */
  private Path keptAs(Path from, Path as) throws Exception {
    Path kept = tmp.resolve("kept");
    KeptInventories k = KeptInventories.read(kept, ENGINE, Limits.DEFAULTS);
    k.load(loader, as.toString(), Files.readAllBytes(from));
    Files.write(kept, k.bytes());
    // The entry is keyed by the bytes it was made from: rename it to the other file's bytes.
    byte[] file = Files.readAllBytes(kept);
    String fromDigest = InventoryLoader.digest(Files.readAllBytes(from));
    String asDigest = InventoryLoader.digest(Files.readAllBytes(as));
    Files.write(
        kept,
        new String(file, java.nio.charset.StandardCharsets.ISO_8859_1)
            .replace(fromDigest, asDigest)
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    return kept;
  }

  @Test
  void aFileWithTheSameNameAndBytesIsTakenFromWhatWasKept() throws Exception {
    Path shop = copy("shop", "shop.yaml");
    Path saas = copy("saas", "saas.yaml");
    // What the saas file makes, kept under the shop file's name and bytes: a later read of the
    // shop file must give it, so the kept inventory is what is used.
    Path kept = keptAs(saas, shop);
    LoadedInventory li = load(kept, ENGINE, shop);
    assertEquals("saas", li.inventory().notice().id());
    assertEquals(InventoryLoader.digest(Files.readAllBytes(shop)), li.digest());
  }

  @Test
  void whatWasKeptIsTheSameAsWhatTheFileMakes() throws Exception {
    Path shop = copy("shop", "shop.yaml");
    Path kept = tmp.resolve("kept");
    KeptInventories first = KeptInventories.read(kept, ENGINE, Limits.DEFAULTS);
    LoadedInventory read = loader.keeping(first).load(shop);
    Files.write(kept, first.bytes());
    LoadedInventory again = load(kept, ENGINE, shop);
    assertEquals(read, again);
  }

  @Test
  void anotherCandorsKeptInventoriesAreNotUsed() throws Exception {
    Path shop = copy("shop", "shop.yaml");
    Path kept = keptAs(copy("saas", "saas.yaml"), shop);
    assertEquals("shop", load(kept, "engine-2", shop).inventory().notice().id());
  }

  @Test
  void aDamagedFileOfKeptInventoriesIsIgnored() throws Exception {
    Path shop = copy("shop", "shop.yaml");
    Path kept = keptAs(copy("saas", "saas.yaml"), shop);
    byte[] bytes = Files.readAllBytes(kept);
    Files.write(kept, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertEquals("shop", load(kept, ENGINE, shop).inventory().notice().id());
    Files.writeString(kept, "not kept inventories");
    assertEquals("shop", load(kept, ENGINE, shop).inventory().notice().id());
    // A length far beyond the file's end is damage, not a request for 2 GB.
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(file)) {
      out.writeUTF("candor-kept-inventories-2");
      out.writeUTF(ENGINE + " " + Limits.DEFAULTS);
      out.writeInt(1);
      out.writeUTF(shop + "\0" + InventoryLoader.digest(Files.readAllBytes(shop)));
      out.writeInt(Integer.MAX_VALUE);
    }
    Files.write(kept, file.toByteArray());
    assertEquals("shop", load(kept, ENGINE, shop).inventory().notice().id());
  }

  @Test
  void anEntryHoldingAnythingButAnInventoryIsNotReadBack() throws Exception {
    Path shop = copy("shop", "shop.yaml");
    Path kept = tmp.resolve("kept");
    ByteArrayOutputStream object = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(object)) {
      out.writeObject(new File("/etc/passwd"));
    }
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(file)) {
      out.writeUTF("candor-kept-inventories-2");
      out.writeUTF(ENGINE + " " + Limits.DEFAULTS);
      out.writeInt(1);
      out.writeUTF(shop + "\0" + InventoryLoader.digest(Files.readAllBytes(shop)));
      // A true outline, so that only reading the rest back finds the stranger.
      byte[] entry = KeptInventories.entry(loader.load(shop).outline(), object.toByteArray());
      out.writeInt(entry.length);
      out.write(entry);
    }
    Files.write(kept, file.toByteArray());
    LoadedInventory li = load(kept, ENGINE, shop);
    assertEquals("shop", li.notice().id());
    assertEquals(loader.load(shop).inventory(), li.inventory());
  }

  @Test
  void aChangedFileIsReadAgain() throws Exception {
    Path shop = copy("shop", "shop.yaml");
    Path kept = keptAs(copy("saas", "saas.yaml"), shop);
    Files.writeString(shop, Files.readString(shop) + "\n");
    LoadedInventory li = load(kept, ENGINE, shop);
    assertEquals("shop", li.inventory().notice().id());
    assertNotEquals(
        InventoryLoader.digest(Files.readAllBytes(tmp.resolve("saas.yaml"))), li.digest());
  }
}
