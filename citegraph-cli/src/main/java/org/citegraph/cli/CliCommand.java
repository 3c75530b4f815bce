package org.citegraph.cli;

import java.util.concurrent.Callable;

/**
 * A subcommand: picocli fills its options, {@link Main}'s factory gives it the {@link Context}, and {@link #call()}
 * runs it and returns the exit code.
 */
abstract class CliCommand implements Callable<Integer> {
  /** Set by {@link Main}'s factory before the options are parsed. */
  Context ctx;

  @Override
  public final Integer call() throws Exception {
    execute();
    ctx.out().flush();
    return ExitCode.OK;
  }

  /**
   * Runs the command.
   *
   * @throws Exception any failure; {@link Main} turns it into a message and an exit code
   */
  abstract void execute() throws Exception;
}
