package dev.candor.problem;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;

/** A file that could not be read or written; exit {@link ExitCodes#IO}. */
public final class UnreadableException extends CandorException {
  private UnreadableException(String message, IOException cause) {
    super(message, cause);
  }

  /** The I/O failure in words: the file, and why. */
  public static UnreadableException of(IOException e) {
    if (e instanceof NoSuchFileException nf) {
      return new UnreadableException(
          "no such file: "
              + nf.getFile()
              + (nf.getReason() == null ? "" : " (" + nf.getReason() + ")"),
          e);
    }
    if (e instanceof FileSystemException fs) {
      String why =
          fs.getReason() != null
              ? fs.getReason()
              : fs.getClass()
                  .getSimpleName()
                  .replace("Exception", "")
                  .replaceAll("(?<=.)([A-Z])", " $1")
                  .toLowerCase(Locale.ROOT);
      return new UnreadableException(fs.getFile() + ": " + why, e);
    }
    return new UnreadableException(String.valueOf(e.getMessage()), e);
  }

  @Override
  public int exitCode() {
    return ExitCodes.IO;
  }

  @Override
  public List<String> explain() {
    return List.of("candor: " + getMessage());
  }
}
