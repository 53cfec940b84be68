package dev.candor.render.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Decides which resolved URIs a render may load: {@code data:} URIs and files under the assets
 * folder, nothing else.
 *
 * <p>Notices are built from user-supplied inventories and themes, so a stray {@code <img src>} or
 * {@code @import} must not become a network request or a way to copy local files into a PDF.
 */
record AssetPolicy(Optional<Path> assetsRoot) implements BiPredicate<String, ExternalResourceType> {

  /**
   * A policy for the given assets folder, resolved to its real path so symlinks cannot escape it.
   */
  static AssetPolicy forFolder(Optional<Path> assetsDir) {
    return new AssetPolicy(assetsDir.map(AssetPolicy::realFolder));
  }

  /** The base URI that relative references in the document resolve against, if any. */
  Optional<String> baseUri() {
    return assetsRoot.map(root -> root.toUri().toString());
  }

  @Override
  public boolean test(String uri, ExternalResourceType type) {
    if (uri == null) {
      return false;
    }
    URI parsed;
    try {
      parsed = new URI(uri);
    } catch (URISyntaxException e) {
      return false;
    }
    String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
    return switch (scheme) {
      case "data" -> true;
      case "file" -> isInsideAssets(parsed);
      default -> false;
    };
  }

  private boolean isInsideAssets(URI uri) {
    if (assetsRoot.isEmpty() || uri.getRawAuthority() != null) {
      return false;
    }
    try {
      Path requested = Path.of(uri).normalize();
      if (!requested.startsWith(assetsRoot.get()) || !Files.isRegularFile(requested)) {
        return false;
      }
      return requested.toRealPath().startsWith(assetsRoot.get());
    } catch (IllegalArgumentException | IOException | SecurityException e) {
      return false;
    }
  }

  private static Path realFolder(Path dir) {
    try {
      return dir.toRealPath();
    } catch (IOException e) {
      throw new IllegalArgumentException("assets folder does not exist: " + dir, e);
    }
  }
}
