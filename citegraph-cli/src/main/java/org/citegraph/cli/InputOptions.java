package org.citegraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.citegraph.BuildStats;
import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.io.IngestIssue;
import org.citegraph.snapshot.SnapshotFormat;
import org.citegraph.graph.CoauthorGraph;
import org.citegraph.resolve.Decisions;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The inputs of a command and how the corpus is built from them: files, folders (their files, recursively), {@code
 * -} for standard input, or one snapshot; with none, the bundled samples. Also the year filter and progress.
 */
final class InputOptions {
  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Input files or folders (read recursively, format "
      + "detected per file), '-' for standard input, or one snapshot. Default: the bundled sample corpus.")
  List<String> files = new ArrayList<>();

  @Option(names = "--strict", description = "Stop at the first malformed record instead of reporting it.")
  boolean strict;

  @Option(names = "--decisions", paramLabel = "FILE", description = "Must-link / cannot-link name decisions "
      + "(tab-separated).")
  Path decisions;

  @Option(names = "--hyper-authorship", paramLabel = "N", description = "Papers with more than N authors add no "
      + "co-authorship links (default: " + CoauthorGraph.DEFAULT_HYPER_AUTHORSHIP_THRESHOLD + ").")
  Integer hyperAuthorship;

  @Option(names = "--from", paramLabel = "YEAR", description = "Only papers from this year on (undated papers are "
      + "left out when a year is given).")
  Integer from;

  @Option(names = "--to", paramLabel = "YEAR", description = "Only papers up to this year.")
  Integer to;

  @Option(names = {"-q", "--quiet"}, description = "No progress or summary lines on standard error.")
  boolean quiet;

  /**
   * Builds (or loads) the corpus, with progress on standard error.
   *
   * @param ctx the run's streams
   * @return the corpus
   */
  Corpus load(Context ctx) {
    ProgressPrinter progress = new ProgressPrinter(ctx, quiet);
    if (hyperAuthorship != null && hyperAuthorship < 2) {
      throw new UsageException("--hyper-authorship needs a number of authors of at least 2, got " + hyperAuthorship);
    }
    int fromYear = from == null ? Integer.MIN_VALUE : from;
    int toYear = to == null ? Integer.MAX_VALUE : to;
    if (fromYear > toYear) {
      throw new UsageException("--from " + from + " comes after --to " + to + "; give the earlier year to --from");
    }
    boolean years = from != null || to != null;
    List<Path> snapshots = new ArrayList<>();
    for (String f : files) {
      if (!f.equals("-")) {
        Path p = Path.of(f);
        if (!Files.exists(p)) {
          throw new UsageException("no such file or folder: " + f);
        }
        if (Files.isRegularFile(p) && SnapshotFormat.isSnapshot(p)) {
          snapshots.add(p);
        }
      }
    }
    if (!snapshots.isEmpty()) {
      if (files.size() > 1) {
        throw new UsageException("a snapshot must be the only input, got " + files);
      }
      if (strict || decisions != null || hyperAuthorship != null) {
        throw new UsageException("--strict, --decisions and --hyper-authorship apply when building a corpus; "
            + snapshots.get(0) + " is a snapshot of one already built");
      }
      Corpus loaded = progress.phase("load snapshot", () -> CiteGraph.loadSnapshot(snapshots.get(0)));
      if (!years) {
        return loaded;
      }
      // A snapshot holds resolved papers; the year filter re-resolves the authors of the papers kept.
      CiteGraph.Builder b = CiteGraph.builder().addRecords(loaded.papers()).years(fromYear, toYear)
          .hyperAuthorshipThreshold(loaded.hyperAuthorshipThreshold()).progress(progress);
      Corpus kept = b.build();
      yearSummary(ctx, b.lastStats().orElseThrow());
      return kept;
    }
    CiteGraph.Builder b = CiteGraph.builder().progress(progress);
    if (hyperAuthorship != null) {
      b.hyperAuthorshipThreshold(hyperAuthorship);
    }
    if (files.isEmpty()) {
      b.addSamples();
    }
    int stdin = 0;
    for (String f : files) {
      if (f.equals("-")) {
        if (stdin++ > 0) {
          throw new UsageException("'-' (standard input) may be given only once");
        }
        b.add("-", ctx.in());
      } else {
        b.add(Path.of(f));
      }
    }
    if (!quiet && !b.skipped().isEmpty()) {
      ctx.err().println("citegraph: skipped " + b.skipped().size() + (b.skipped().size() == 1 ? " file" : " files")
          + " of no known format:");
      b.skipped().forEach(p -> ctx.err().println("  " + p));
    }
    if (b.files().isEmpty() && stdin == 0 && !files.isEmpty()) {
      throw new UsageException("no readable input in " + files + ": every file was of no known format");
    }
    if (strict) {
      b.strict();
    }
    if (years) {
      b.years(fromYear, toYear);
    }
    if (decisions != null) {
      try {
        b.decisions(Decisions.read(decisions));
      } catch (IOException e) {
        throw new InputException("cannot read the decisions file " + decisions + ": " + e.getMessage(), e);
      }
    }
    Corpus corpus = b.build();
    nothingReadable(corpus);
    if (!quiet) {
      problemSummary(ctx, corpus);
    }
    if (years) {
      yearSummary(ctx, b.lastStats().orElseThrow());
    }
    return corpus;
  }

  /**
   * Says on standard error how many records were rejected, with the first rejection, so a lenient run that went on
   * past a bad record or file does not pass unnoticed; the whole list is in the {@code resolution} command's report.
   */
  static void problemSummary(Context ctx, Corpus corpus) {
    List<IngestIssue> rejected = corpus.report().rejected();
    if (rejected.isEmpty()) {
      return;
    }
    IngestIssue first = rejected.get(0);
    ctx.err().println("citegraph: " + rejected.size() + (rejected.size() == 1 ? " record or file" : " records or files")
        + " rejected; the first: " + first.where() + ": " + first.message());
    ctx.err().println("citegraph: every input problem is listed by the resolution command (--format csv for a"
        + " spreadsheet)");
  }

  /**
   * Ends the run with an input problem when the inputs gave no paper at all but were rejected (every file empty,
   * cut off or unreadable), naming the first problem: a lenient run reports problems and goes on, but there is
   * nothing to go on with.
   *
   * @throws InputException if the corpus has no paper and the report holds a rejection
   */
  private static void nothingReadable(Corpus corpus) {
    List<IngestIssue> rejected = corpus.report().rejected();
    if (corpus.papers().isEmpty() && !rejected.isEmpty()) {
      throw new InputException("nothing readable: every record was rejected (" + rejected.size() + "); the first: "
          + rejected.get(0), null);
    }
  }

  private void yearSummary(Context ctx, BuildStats stats) {
    if (!quiet) {
      ctx.err().println("citegraph: kept " + stats.papers() + " papers from " + (from == null ? "any year" : from)
          + " to " + (to == null ? "any year" : to) + "; left out " + stats.outsideYears()
          + " outside those years or undated");
    }
  }
}
