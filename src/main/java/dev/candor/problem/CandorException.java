package dev.candor.problem;

import java.util.List;

/**
 * The one family of errors Candor reports to the person running it. Each carries its exit code and
 * says, line by line, what went wrong and where; anything else that escapes is a bug (exit {@link
 * ExitCodes#INTERNAL}).
 */
public abstract sealed class CandorException extends Exception
    permits InvalidInputException, ChecksFailedException, UnreadableException, UsageException {
  protected CandorException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The exit code the command ends with. */
  public abstract int exitCode();

  /** What standard error shows, one entry a line, each located where a place is known. */
  public abstract List<String> explain();

  /**
   * The error as Candor reports it: itself, an I/O failure as {@link UnreadableException}, or
   * {@code null} when it is none of those (an internal error).
   */
  public static CandorException of(Throwable e) {
    if (e instanceof CandorException c) {
      return c;
    }
    if (e instanceof java.io.IOException io) {
      return UnreadableException.of(io);
    }
    if (e instanceof java.io.UncheckedIOException uio) {
      return UnreadableException.of(uio.getCause());
    }
    return null;
  }
}
