package dev.candor.problem;

import java.util.List;

/** A mistake in how Candor was called, explained in one line; exit {@link ExitCodes#BAD_INPUT}. */
public final class UsageException extends CandorException {
  public UsageException(String message) {
    super(message, null);
  }

  @Override
  public int exitCode() {
    return ExitCodes.BAD_INPUT;
  }

  @Override
  public List<String> explain() {
    return List.of("candor: " + getMessage());
  }
}
