package org.citegraph.cli;

/** The command line's exit codes. */
public final class ExitCode {
  /** Success. */
  public static final int OK = 0;
  /** A problem with the input: a file that cannot be read, a malformed record in strict mode, a corrupt snapshot. */
  public static final int INPUT = 1;
  /** A problem with the command line: an unknown command or option, a bad value, a missing option. */
  public static final int USAGE = 2;
  /** The Java heap was too small for the input. */
  public static final int OUT_OF_MEMORY = 3;

  private ExitCode() {}
}
