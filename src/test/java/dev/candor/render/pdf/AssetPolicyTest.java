package dev.candor.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetPolicyTest {

  private static final ExternalResourceType IMAGE = ExternalResourceType.IMAGE_RASTER;

  @Test
  void filesInsideTheAssetsFolderAreAllowed(@TempDir Path dir) throws IOException {
    Path assets = Files.createDirectory(dir.resolve("assets"));
    Path logo = Files.write(assets.resolve("logo.png"), new byte[] {1});
    AssetPolicy policy = AssetPolicy.forFolder(Optional.of(assets));
    assertTrue(policy.test(logo.toUri().toString(), IMAGE));
    assertEquals(Optional.of(assets.toRealPath().toUri().toString()), policy.baseUri());
  }

  @Test
  void filesOutsideTheAssetsFolderAreRefused(@TempDir Path dir) throws IOException {
    Path assets = Files.createDirectory(dir.resolve("assets"));
    Path secret = Files.write(dir.resolve("secret.txt"), new byte[] {1});
    AssetPolicy policy = AssetPolicy.forFolder(Optional.of(assets));
    assertFalse(policy.test(secret.toUri().toString(), IMAGE));
    assertFalse(policy.test(assets.toUri() + "../secret.txt", IMAGE));
    assertFalse(policy.test("file:///etc/passwd", IMAGE));
    assertFalse(policy.test(assets.resolve("missing.png").toUri().toString(), IMAGE));
  }

  @Test
  void symlinksCannotLeadOutOfTheAssetsFolder(@TempDir Path dir) throws IOException {
    Path assets = Files.createDirectory(dir.resolve("assets"));
    Path secret = Files.write(dir.resolve("secret.txt"), new byte[] {1});
    Path link = Files.createSymbolicLink(assets.resolve("logo.png"), secret);
    AssetPolicy policy = AssetPolicy.forFolder(Optional.of(assets));
    assertFalse(policy.test(link.toUri().toString(), IMAGE));
  }

  @Test
  void networkAndArchiveUrisAreRefused(@TempDir Path assets) {
    AssetPolicy policy = AssetPolicy.forFolder(Optional.of(assets));
    for (String uri :
        new String[] {
          "http://127.0.0.1/x.png",
          "https://example.com/x.css",
          "ftp://example.com/x",
          "jar:file:/tmp/a.jar!/x.png",
          "//example.com/x.png",
          "file://server/share/x.png",
          "not a uri"
        }) {
      assertFalse(policy.test(uri, IMAGE), uri);
    }
  }

  @Test
  void dataUrisAreAllowedAndNothingElseWithoutAnAssetsFolder() {
    AssetPolicy policy = AssetPolicy.forFolder(Optional.empty());
    assertTrue(policy.test("data:image/png;base64,iVBORw0KGgo=", IMAGE));
    assertFalse(policy.test("file:///etc/passwd", IMAGE));
    assertEquals(Optional.empty(), policy.baseUri());
  }
}
