package org.citegraph.resolve.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.io.scholarly.S2andClusters;
import org.citegraph.io.scholarly.S2andSignature;
import org.citegraph.io.scholarly.S2andSignaturesReader;
import org.citegraph.resolve.Decisions;
import org.citegraph.table.TextTable;

/**
 * Runs author resolution on S2AND-format ground truth and scores it beside the baselines: reads {@code
 * signatures.json} (with the {@code papers.json} beside it when there is one: titles, venues, years and full author
 * lists), resolves the names with namesakes split by evidence ({@link CiteGraph.Builder#splitNamesakes()}), and
 * evaluates the result, the two trivial baselines and the same-full-name baseline with {@link ResolutionEvaluation},
 * overall and per block-size facet. Used by the command line's {@code evaluate-resolution}; the figures are in
 * {@code docs/resolution.md}.
 */
public final class ResolutionBenchmark {
  private ResolutionBenchmark() {}

  /** Upper bounds (inclusive) of the block-size facets, in signatures per block; the last facet is open. */
  public static final int[] FACET_BOUNDS = {9, 49, 199};

  /**
   * The evaluations of one block-size facet.
   *
   * @param name the facet, e.g. {@code blocks of 10-49 signatures}
   * @param evaluations citegraph and the baselines, restricted to the signatures of blocks of that size
   */
  public record Facet(String name, List<ResolutionEvaluation> evaluations) {
    /**
     * Copies the evaluations.
     *
     * @param name the facet's name
     * @param evaluations the evaluations on the facet's signatures, copied in order
     * @throws NullPointerException if {@code name} or an evaluation is null
     */
    public Facet {
      checkNotNull(name, "name");
      evaluations = ImmutableList.copyOf(evaluations);
    }
  }

  /**
   * Everything measured.
   *
   * @param withPapers whether a {@code papers.json} was read beside the signatures
   * @param evaluations citegraph first, then the baselines (one cluster per block, every signature alone, same
   *     full name)
   * @param facets the same per block-size facet, smallest blocks first; facets without signatures are left out
   */
  public record Report(boolean withPapers, List<ResolutionEvaluation> evaluations, List<Facet> facets) {
    /**
     * Copies the lists.
     *
     * @param withPapers whether a {@code papers.json} was read beside the signatures
     * @param evaluations citegraph's evaluation first, then the baselines; copied
     * @param facets the per-facet evaluations, copied in order
     * @throws IllegalArgumentException if {@code evaluations} is empty
     */
    public Report {
      checkArgument(!evaluations.isEmpty(), "a report needs citegraph's evaluation");
      evaluations = ImmutableList.copyOf(evaluations);
      facets = ImmutableList.copyOf(facets);
    }

    /**
     * citegraph's evaluation.
     *
     * @return the first evaluation
     */
    public ResolutionEvaluation citegraph() {
      return evaluations.get(0);
    }

    /**
     * The report as text tables: overall, per facet, and the {@code top} worst blocks.
     *
     * @param top how many worst blocks to list
     * @return the tables
     */
    public String table(int top) {
      StringBuilder sb = new StringBuilder();
      sb.append(withPapers ? "Paper metadata: papers.json read beside the signatures\n"
          : "Paper metadata: none (names and affiliations only)\n");
      sb.append(ResolutionEvaluation.table(evaluations));
      if (citegraph().unmatched() > 0) {
        sb.append(citegraph().unmatched()).append(" signatures not found in the corpus (each counted as its own ")
            .append("cluster)\n");
      }
      TextTable t = new TextTable("By block size (pairwise F1 / B-cubed F1)", facetHeader(),
          facetRight(evaluations.size()));
      for (Facet f : facets) {
        List<Object> row = new ArrayList<>();
        row.add(f.name());
        row.add(f.evaluations().get(0).signatures());
        row.add(f.evaluations().get(0).blocks());
        for (ResolutionEvaluation e : f.evaluations()) {
          row.add(String.format(Locale.ROOT, "%.3f / %.3f", e.pairwise().f1(), e.b3().f1()));
        }
        t.row(row.toArray());
      }
      sb.append('\n').append(t.render(Integer.MAX_VALUE));
      sb.append('\n').append(citegraph().worstBlocksTable(top));
      return sb.toString();
    }

    private List<String> facetHeader() {
      List<String> h = new ArrayList<>(List.of("facet", "signatures", "blocks"));
      for (ResolutionEvaluation e : evaluations) {
        h.add(e.name().replace("baseline: ", ""));
      }
      return h;
    }

    private static boolean[] facetRight(int n) {
      boolean[] right = new boolean[3 + n];
      java.util.Arrays.fill(right, true);
      right[0] = false;
      return right;
    }

    /**
     * Writes the report as one JSON object: {@code withPapers}, {@code evaluations} (name, counts, pairwise and b3
     * precision/recall/f1), {@code facets} (name and evaluations) and {@code worstBlocks}.
     *
     * @param out where to write; not closed
     * @param top how many worst blocks to list
     * @throws IOException if writing fails
     */
    public void writeJson(Writer out, int top) throws IOException {
      try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeBooleanField("withPapers", withPapers);
        g.writeArrayFieldStart("evaluations");
        for (ResolutionEvaluation e : evaluations) {
          writeEvaluation(g, e);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("facets");
        for (Facet f : facets) {
          g.writeStartObject();
          g.writeStringField("name", f.name());
          g.writeArrayFieldStart("evaluations");
          for (ResolutionEvaluation e : f.evaluations()) {
            writeEvaluation(g, e);
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("worstBlocks");
        for (ResolutionEvaluation.BlockScore s : citegraph().worstBlocks(top)) {
          g.writeStartObject();
          g.writeStringField("block", s.block());
          g.writeNumberField("signatures", s.signatures());
          g.writeNumberField("truePersons", s.truePersons());
          g.writeNumberField("predictedClusters", s.predictedAuthors());
          writeScores(g, "pairwise", s.pairwise());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      out.write('\n');
    }

    private static void writeEvaluation(JsonGenerator g, ResolutionEvaluation e) throws IOException {
      g.writeStartObject();
      g.writeStringField("name", e.name());
      g.writeNumberField("signatures", e.signatures());
      g.writeNumberField("blocks", e.blocks());
      g.writeNumberField("truePersons", e.truePersons());
      g.writeNumberField("predictedClusters", e.predictedAuthors());
      g.writeNumberField("unmatched", e.unmatched());
      writeScores(g, "pairwise", e.pairwise());
      writeScores(g, "b3", e.b3());
      g.writeEndObject();
    }

    private static void writeScores(JsonGenerator g, String field, ResolutionEvaluation.Scores s)
        throws IOException {
      g.writeObjectFieldStart(field);
      g.writeNumberField("precision", s.precision());
      g.writeNumberField("recall", s.recall());
      g.writeNumberField("f1", s.f1());
      g.writeEndObject();
    }
  }

  /**
   * Reads the S2AND files, resolves and evaluates.
   *
   * @param signaturesFile an S2AND {@code signatures.json} (optionally compressed); a {@code papers.json} beside it
   *     is read too
   * @param clustersFile the S2AND {@code clusters.json} with the true persons
   * @param decisions must-link / cannot-link decisions to apply
   * @param strict whether to stop at the first input problem
   * @return the report
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException if a file does not exist
   */
  public static Report run(Path signaturesFile, Path clustersFile, Decisions decisions, boolean strict)
      throws IOException {
    return run(signaturesFile, clustersFile, decisions, strict, org.citegraph.Progress.Listener.NONE);
  }

  /**
   * Reads the S2AND files, resolves and evaluates, reporting the build's progress.
   *
   * @param signaturesFile an S2AND {@code signatures.json} (optionally compressed); a {@code papers.json} beside it
   *     is read too
   * @param clustersFile the S2AND {@code clusters.json} with the true persons
   * @param decisions must-link / cannot-link decisions to apply
   * @param strict whether to stop at the first input problem
   * @param progress receives the build's progress events
   * @return the report
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException if a file does not exist
   */
  public static Report run(Path signaturesFile, Path clustersFile, Decisions decisions, boolean strict,
      org.citegraph.Progress.Listener progress) throws IOException {
    checkNotNull(decisions, "decisions");
    checkNotNull(progress, "progress");
    for (Path p : List.of(checkNotNull(signaturesFile, "signaturesFile"), checkNotNull(clustersFile,
        "clustersFile"))) {
      checkArgument(Files.isRegularFile(p), "no such file: %s", p);
    }
    Map<String, String> truth = S2andClusters.read(clustersFile);
    Map<String, S2andSignature> signatures = S2andSignaturesReader.signatures(signaturesFile);
    CiteGraph.Builder b = CiteGraph.builder().add(signaturesFile).splitNamesakes().decisions(decisions)
        .progress(progress);
    if (strict) {
      b.strict();
    }
    Corpus corpus = b.build();
    boolean withPapers = corpus.papers().stream().anyMatch(p -> !p.title().endsWith("(no title in source)"));
    Map<String, String> blocks = ResolutionEvaluation.blocksOf(truth, signatures);
    Map<String, String> predicted = ResolutionEvaluation.predicted(corpus, truth, signatures);
    List<ResolutionEvaluation> all = evaluations(corpus, truth, signatures, blocks, predicted, true);
    // Facets by block size.
    Map<String, Integer> blockSize = new HashMap<>();
    blocks.values().forEach(x -> blockSize.merge(x, 1, Integer::sum));
    List<Facet> facets = new ArrayList<>();
    for (int f = 0; f <= FACET_BOUNDS.length; f++) {
      int lo = f == 0 ? 1 : FACET_BOUNDS[f - 1] + 1;
      int hi = f == FACET_BOUNDS.length ? Integer.MAX_VALUE : FACET_BOUNDS[f];
      Map<String, String> sub = new HashMap<>();
      for (Map.Entry<String, String> e : truth.entrySet()) {
        int size = blockSize.get(blocks.get(e.getKey()));
        if (size >= lo && size <= hi) {
          sub.put(e.getKey(), e.getValue());
        }
      }
      if (sub.isEmpty()) {
        continue;
      }
      String name = "blocks of " + lo + (hi == Integer.MAX_VALUE ? "+" : "-" + hi) + " signatures";
      facets.add(new Facet(name, evaluations(corpus, sub, signatures, blocks, predicted, false)));
    }
    return new Report(withPapers, all, facets);
  }

  private static List<ResolutionEvaluation> evaluations(Corpus corpus, Map<String, String> truth,
      Map<String, S2andSignature> signatures, Map<String, String> blocks, Map<String, String> predicted,
      boolean counted) {
    ResolutionEvaluation ours = counted ? ResolutionEvaluation.against(corpus, truth, signatures)
        : ResolutionEvaluation.of("citegraph", truth, predicted, blocks);
    return List.of(ours, ResolutionEvaluation.oneClusterPerBlock(truth, blocks),
        ResolutionEvaluation.singletons(truth, blocks), ResolutionEvaluation.exactName(truth, signatures, blocks));
  }
}
