package org.citegraph.resolve.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.io.S2andClusters;
import org.citegraph.io.S2andSignature;
import org.citegraph.io.S2andSignaturesReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Author resolution measured on S2AND's Qian subset, when the shared data set is present next to the project
 * ({@code ../shared/data/s2and-disambiguation-qian/qian/}).
 */
@Tag("slow")
class S2andQianTest {
  private static final Path QIAN = org.citegraph.Fixtures.sharedData().resolve("s2and-disambiguation-qian").resolve("qian");
  private static final double EPS = 5e-7;

  @Test
  void qianSubset() throws IOException {
    Path sigFile = QIAN.resolve("signatures.json.xz");
    Path clusterFile = QIAN.resolve("clusters.json.xz");
    Assumptions.assumeTrue(Files.exists(sigFile) && Files.exists(clusterFile), "data set not present: " + QIAN);
    Map<String, S2andSignature> signatures = S2andSignaturesReader.signatures(sigFile);
    Map<String, String> truth = S2andClusters.read(clusterFile);
    // README: 6,542 signatures, each on its own paper; 1,188 persons; 606 blocks
    assertEquals(6542, signatures.size());
    assertEquals(6542, truth.size());
    assertEquals(1188, new HashSet<>(truth.values()).size());
    assertEquals(6542, signatures.values().stream().map(S2andSignature::paperId).distinct().count());
    Map<String, String> blocks = ResolutionEvaluation.blocksOf(truth, signatures);

    ResolutionEvaluation perBlock = ResolutionEvaluation.oneClusterPerBlock(truth, blocks);
    assertEquals(606, perBlock.blocks());
    // 70,512 true pairs within blocks, 268,303 pairs in all
    assertEquals(70512.0 / 268303, perBlock.pairwise().precision(), EPS);
    assertEquals(1.0, perBlock.pairwise().recall(), EPS);
    assertEquals(0.4162271, perBlock.pairwise().f1(), EPS);
    assertEquals(0.4980738, perBlock.b3().precision(), EPS);
    assertEquals(0.9904701, perBlock.b3().recall(), EPS);
    assertEquals(0.6628319, perBlock.b3().f1(), EPS);

    ResolutionEvaluation alone = ResolutionEvaluation.singletons(truth, blocks);
    assertEquals(0.0, alone.pairwise().recall(), EPS);
    assertEquals(1.0, alone.b3().precision(), EPS);
    assertEquals(0.1815958, alone.b3().recall(), EPS);
    assertEquals(0.3073739, alone.b3().f1(), EPS);

    Corpus corpus = CiteGraph.builder().add(sigFile).build();
    assertEquals(6542, corpus.papers().size());
    assertTrue(corpus.papers().stream().allMatch(p -> p.title().endsWith("(no title in source)")));
    ResolutionEvaluation ours = ResolutionEvaluation.against(corpus, truth, signatures);
    assertEquals(0, ours.unmatched());
    // citegraph must beat the one-cluster-per-block baseline on both F1 scores (measured: 0.483 and 0.716)
    assertTrue(ours.pairwise().f1() > perBlock.pairwise().f1(), ours::toString);
    assertTrue(ours.b3().f1() > perBlock.b3().f1(), ours::toString);
    assertEquals(0.483, ours.pairwise().f1(), 0.0005, ours::toString);
    assertEquals(0.716, ours.b3().f1(), 0.0005, ours::toString);
  }
}
