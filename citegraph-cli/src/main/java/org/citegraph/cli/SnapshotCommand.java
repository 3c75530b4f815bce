package org.citegraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.citegraph.Corpus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code snapshot}: binary snapshots of a built corpus. */
@Command(name = "snapshot", description = "Binary snapshots: build once, then every command loads the snapshot in "
    + "seconds.", subcommands = SnapshotCommand.Save.class)
final class SnapshotCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "snapshot needs a subcommand: save");
  }

  /** {@code snapshot save}: build the corpus and save it. */
  @Command(name = "save", description = "Build the corpus from FILEs and save it as a binary snapshot; every "
      + "command accepts a snapshot as its single FILE.")
  static final class Save extends CliCommand {
    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The snapshot file to write.")
    String out;

    @Mixin
    InputOptions input;

    @Override
    void execute() {
      if (Outputs.isStdout(out)) {
        throw new UsageException("snapshot save writes a file; '-' (standard output) is not supported");
      }
      Path file = Outputs.prepare(out);
      Corpus corpus = input.load(ctx);
      long start = System.nanoTime();
      try {
        corpus.save(file);
        ctx.out().printf(Locale.ROOT, "Saved %s to %s (%,d bytes) in %.1f s%n", corpus, out, Files.size(file),
            (System.nanoTime() - start) / 1e9);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
      }
    }
  }
}
