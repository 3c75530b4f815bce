package org.citegraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringWriter;
import java.util.List;

import org.citegraph.resolve.Decisions;
import org.citegraph.resolve.eval.ResolutionBenchmark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code evaluate-resolution}: author resolution measured against S2AND ground truth. */
@Command(name = "evaluate-resolution", description = "Author resolution measured against S2AND ground truth: "
    + "pairwise and B-cubed precision, recall and F1 beside the baselines 'one cluster per block', 'every "
    + "signature alone' and 'same full name', by block size, and the worst blocks.")
final class EvaluateResolutionCommand extends CliCommand {
  @Option(names = "--signatures", paramLabel = "FILE", required = true, description = "An S2AND signatures.json "
      + "(a papers.json beside it is used).")
  Path signatures;

  @Option(names = "--clusters", paramLabel = "FILE", required = true, description = "The S2AND clusters.json with "
      + "the true persons.")
  Path clusters;

  @Option(names = "--strict", description = "Stop at the first malformed record instead of reporting it.")
  boolean strict;

  @Option(names = "--decisions", paramLabel = "FILE", description = "Must-link / cannot-link name decisions.")
  Path decisions;

  @Option(names = "--top", paramLabel = "N", description = "Worst blocks shown (default: 10).")
  Integer top;

  @Option(names = {"-q", "--quiet"}, description = "No progress or summary lines on standard error.")
  boolean quiet;

  @Mixin
  FormatOptions output;

  @Override
  void execute() throws IOException {
    int rows = output.rows(top, 10);
    if (output.format() == FormatOptions.Format.CSV) {
      throw new UsageException("evaluate-resolution prints a table or JSON; --format csv is not supported");
    }
    for (Path p : List.of(signatures, clusters)) {
      if (!Files.isRegularFile(p)) {
        throw new UsageException("no such file: " + p);
      }
    }
    ResolutionBenchmark.Report report = ResolutionBenchmark.run(signatures, clusters,
        decisions == null ? Decisions.NONE : Decisions.read(decisions), strict, new ProgressPrinter(ctx, quiet));
    if (output.format() == FormatOptions.Format.JSON) {
      StringWriter w = new StringWriter();
      report.writeJson(w, rows);
      ctx.out().print(w);
      return;
    }
    ctx.out().print(report.table(rows));
  }
}
