package org.citegraph.cli;

/** A problem with the input or output files; ends the run with {@link ExitCode#INPUT}. */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An input problem.
   *
   * @param message what is wrong, naming the file
   * @param cause the underlying failure, or null
   */
  InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
