package org.citegraph.resolve.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.io.S2andClusters;
import org.citegraph.io.S2andSignature;
import org.citegraph.io.S2andSignaturesReader;
import org.junit.jupiter.api.Test;

/** Hand-checked pairwise and B-cubed scores, the two baselines, and S2AND's dummy set end to end. */
class ResolutionEvaluationTest {
  private static final double EPS = 1e-9;
  // true persons: A = {1, 2, 3}, B = {4, 5}; one block
  private static final Map<String, String> TRUTH = Map.of("1", "A", "2", "A", "3", "A", "4", "B", "5", "B");
  private static final Map<String, String> ONE_BLOCK = Map.of();

  private static void assertScores(double p, double r, double f1, ResolutionEvaluation.Scores s) {
    assertEquals(p, s.precision(), EPS, s::toString);
    assertEquals(r, s.recall(), EPS, s::toString);
    assertEquals(f1, s.f1(), EPS, s::toString);
  }

  @Test
  void perfectClusteringScoresOne() {
    ResolutionEvaluation e = ResolutionEvaluation.of("perfect", TRUTH,
        Map.of("1", "x", "2", "x", "3", "x", "4", "y", "5", "y"), ONE_BLOCK);
    assertScores(1, 1, 1, e.pairwise());
    assertScores(1, 1, 1, e.b3());
    assertEquals(5, e.signatures());
    assertEquals(2, e.truePersons());
    assertEquals(2, e.predictedAuthors());
    assertEquals(1, e.blocks());
  }

  @Test
  void allInOneCluster() {
    ResolutionEvaluation e = ResolutionEvaluation.oneClusterPerBlock(TRUTH, ONE_BLOCK);
    // 10 predicted pairs, 3 + 1 true pairs, all found
    assertScores(0.4, 1, 2 * 0.4 / 1.4, e.pairwise());
    // B³ precision: three signatures with 3/5, two with 2/5 -> (9/5 + 4/5) / 5 = 13/25
    double p = 13.0 / 25;
    assertScores(p, 1, 2 * p / (p + 1), e.b3());
    assertEquals(ResolutionEvaluation.ONE_PER_BLOCK, e.name());
  }

  @Test
  void allSingletons() {
    ResolutionEvaluation e = ResolutionEvaluation.singletons(TRUTH, ONE_BLOCK);
    assertScores(1, 0, 0, e.pairwise()); // no predicted pair: precision 1 by convention
    // B³ recall: three signatures with 1/3, two with 1/2 -> 2 / 5
    assertScores(1, 0.4, 2 * 0.4 / 1.4, e.b3());
    assertEquals(5, e.predictedAuthors());
  }

  @Test
  void workedExample() {
    // predicted X = {1, 2}, Y = {3, 4, 5}; cells (X,A)=2, (Y,A)=1, (Y,B)=2
    ResolutionEvaluation e = ResolutionEvaluation.of("worked", TRUTH,
        Map.of("1", "X", "2", "X", "3", "Y", "4", "Y", "5", "Y"), ONE_BLOCK);
    // correct pairs 1 + 0 + 1 = 2 of 1 + 3 = 4 predicted and 3 + 1 = 4 true
    assertScores(0.5, 0.5, 0.5, e.pairwise());
    // B³ P = (2²/2 + 1²/3 + 2²/3) / 5 = 11/15; R = (2²/3 + 1²/3 + 2²/2) / 5 = 11/15
    assertScores(11.0 / 15, 11.0 / 15, 11.0 / 15, e.b3());
  }

  @Test
  void pairsAcrossBlocksDoNotCountButBCubedDoes() {
    Map<String, String> truth = Map.of("1", "A", "2", "B", "3", "B");
    Map<String, String> blocks = Map.of("1", "a smith", "2", "a smith", "3", "b jones");
    ResolutionEvaluation e = ResolutionEvaluation.of("x", truth, Map.of("1", "X", "2", "X", "3", "X"), blocks);
    // block 'a smith': one predicted pair, wrong; block 'b jones': no pairs. The true pair 2-3 spans blocks.
    assertScores(0, 1, 0, e.pairwise());
    assertEquals(2, e.blocks());
    assertEquals("a smith", e.worstBlocks(1).get(0).block());
    assertEquals(new ResolutionEvaluation.BlockScore("a smith", 2, 2, 1, ResolutionEvaluation.Scores.of(0, 1)),
        e.worstBlocks(5).get(0));
    assertEquals(2, e.worstBlocks(5).size());
    // B³ P: each of the 3 signatures shares its predicted cluster of 3 with 1, 2, 2 true mates -> (1 + 4 + 4) / 9
    assertEquals(1.0 / 3 * (1.0 / 3 + 2.0 / 3 + 2.0 / 3), e.b3().precision(), EPS);
  }

  @Test
  void tableNamesEveryEvaluation() {
    String table = ResolutionEvaluation.table(List.of(ResolutionEvaluation.oneClusterPerBlock(TRUTH, ONE_BLOCK),
        ResolutionEvaluation.singletons(TRUTH, ONE_BLOCK)));
    assertTrue(table.contains(ResolutionEvaluation.ONE_PER_BLOCK) && table.contains(ResolutionEvaluation.SINGLETONS)
        && table.contains("0.400"), table);
    String single = ResolutionEvaluation.singletons(TRUTH, ONE_BLOCK).toString();
    assertTrue(single.contains("Worst blocks"), single);
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ResolutionEvaluationTest.class.getResource("/org/citegraph/io/s2and/" + name).toURI());
  }

  @Test
  void dummySetEndToEnd() throws IOException, URISyntaxException {
    Path sigFile = resource("signatures.json");
    Map<String, String> truth = S2andClusters.read(resource("clusters.json"));
    Map<String, S2andSignature> signatures = S2andSignaturesReader.signatures(sigFile);
    Corpus corpus = CiteGraph.builder().add(sigFile).build();
    // papers 21094749 and 1 share title, year and author, but their different corpus ids keep them apart
    assertEquals(7, corpus.papers().size());
    ResolutionEvaluation e = ResolutionEvaluation.against(corpus, truth, signatures);
    assertEquals(5, e.signatures());
    assertEquals(0, e.unmatched());
    assertEquals(2, e.blocks());
    assertEquals(3, e.truePersons());
    // Signatures 0-2 are all "Abdul Sattar" with the same co-author: one author, but two true persons.
    // 3-4 are one "Alexander Konovalov", as in the truth.
    assertEquals(2, e.predictedAuthors());
    assertScores(0.5, 1, 2.0 / 3, e.pairwise());
    double p = (2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1 + 1) / 5;
    assertScores(p, 1, 2 * p / (p + 1), e.b3());
    assertEquals("a sattary", e.worstBlocks(1).get(0).block());
    Map<String, String> blocks = ResolutionEvaluation.blocksOf(truth, signatures);
    assertEquals(e.pairwise(), ResolutionEvaluation.oneClusterPerBlock(truth, blocks).pairwise());
    assertScores(1, 0, 0, ResolutionEvaluation.singletons(truth, blocks).pairwise());
  }
}
