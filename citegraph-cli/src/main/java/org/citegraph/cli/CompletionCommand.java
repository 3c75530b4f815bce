package org.citegraph.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code completion}: prints a bash (and zsh) completion script for every command and option, made by picocli's
 * {@link AutoComplete}. Use: {@code source <(java -jar citegraph-cli.jar completion)} with an alias or script named
 * {@code citegraph} that runs the jar.
 */
@Command(name = "completion", description = "Print a bash/zsh completion script for the 'citegraph' command; "
    + "load it with: source <(java -jar citegraph-cli.jar completion)")
final class CompletionCommand extends CliCommand {
  @Spec
  CommandSpec spec;

  @Override
  void execute() {
    ctx.out().print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
  }
}
