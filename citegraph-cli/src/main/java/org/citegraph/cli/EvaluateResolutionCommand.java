package org.citegraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.io.S2andClusters;
import org.citegraph.io.S2andSignature;
import org.citegraph.io.S2andSignaturesReader;
import org.citegraph.resolve.Decisions;
import org.citegraph.resolve.eval.ResolutionEvaluation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code evaluate-resolution}: author resolution measured against S2AND ground truth. */
@Command(name = "evaluate-resolution", description = "Author resolution measured against S2AND ground truth: "
    + "pairwise and B-cubed precision, recall and F1 beside the baselines 'one cluster per block' and 'every "
    + "signature alone', and the worst blocks.")
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
    Map<String, String> truth = S2andClusters.read(clusters);
    Map<String, S2andSignature> sigs = S2andSignaturesReader.signatures(signatures);
    CiteGraph.Builder b = CiteGraph.builder().add(signatures).progress(new ProgressPrinter(ctx, quiet));
    if (strict) {
      b.strict();
    }
    if (decisions != null) {
      b.decisions(Decisions.read(decisions));
    }
    Corpus corpus = b.build();
    Map<String, String> blocks = ResolutionEvaluation.blocksOf(truth, sigs);
    ResolutionEvaluation ours = ResolutionEvaluation.against(corpus, truth, sigs);
    List<ResolutionEvaluation> all = List.of(ours, ResolutionEvaluation.oneClusterPerBlock(truth, blocks),
        ResolutionEvaluation.singletons(truth, blocks));
    if (output.format() == FormatOptions.Format.JSON) {
      ctx.out().print(Json.of(g -> {
        g.writeStartObject();
        g.writeArrayFieldStart("evaluations");
        for (ResolutionEvaluation e : all) {
          g.writeStartObject();
          g.writeStringField("name", e.name());
          g.writeNumberField("signatures", e.signatures());
          g.writeNumberField("blocks", e.blocks());
          g.writeNumberField("truePersons", e.truePersons());
          g.writeNumberField("predictedClusters", e.predictedAuthors());
          g.writeNumberField("unmatched", e.unmatched());
          Json.scores(g, "pairwise", e.pairwise());
          Json.scores(g, "b3", e.b3());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("worstBlocks");
        for (ResolutionEvaluation.BlockScore s : ours.worstBlocks(rows)) {
          g.writeStartObject();
          g.writeStringField("block", s.block());
          g.writeNumberField("signatures", s.signatures());
          g.writeNumberField("truePersons", s.truePersons());
          g.writeNumberField("predictedClusters", s.predictedAuthors());
          Json.scores(g, "pairwise", s.pairwise());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }));
      return;
    }
    ctx.out().print(ResolutionEvaluation.table(all));
    if (ours.unmatched() > 0) {
      ctx.out().println(ours.unmatched() + " signatures not found in the corpus (each counted as its own cluster)");
    }
    ctx.out().println();
    ctx.out().print(ours.worstBlocksTable(rows));
  }
}
