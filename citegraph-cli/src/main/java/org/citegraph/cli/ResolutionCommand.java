package org.citegraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code resolution}: the resolution report. */
@Command(name = "resolution", description = "The full resolution report: merged records and name variants, names "
    + "kept apart, input problems.")
final class ResolutionCommand extends CliCommand {
  @Mixin
  InputOptions input;

  @Override
  void execute() {
    ctx.out().print(input.load(ctx).report());
  }
}
