package org.citegraph.cli;

/** A problem with how the command line was written; ends the run with {@link ExitCode#USAGE}. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * A usage problem.
   *
   * @param message what is wrong and how to fix it, in the command line's words
   */
  UsageException(String message) {
    super(message);
  }
}
