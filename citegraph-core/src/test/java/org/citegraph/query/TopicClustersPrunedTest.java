package org.citegraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Corpus clustering through the pruned similarity index, the path taken above {@link
 * TopicClusters#EXACT_SIMILARITY_MAX_PAPERS} papers, forced here on small corpora.
 */
class TopicClustersPrunedTest {
  private static final Corpus SAMPLES = CiteGraph.loadSamples();

  private static List<Set<PaperId>> partition(TopicClustering t) {
    List<Set<PaperId>> out = new ArrayList<>();
    for (TopicCluster c : t.clusters()) {
      Set<PaperId> ids = new HashSet<>();
      c.papers().forEach(p -> ids.add(p.id()));
      out.add(ids);
    }
    return out;
  }

  @Provide
  Arbitrary<List<Paper>> corpora() {
    return Fixtures.corpora();
  }

  @Property(seed = "42", tries = 40)
  void prunedClustersPartitionThePapersDeterministicallyWhateverTheInputOrder(
      @ForAll("corpora") List<Paper> records, @ForAll long shuffleSeed, @ForAll long seed) {
    Corpus corpus = Fixtures.corpus(records);
    TopicClustering t = TopicClusters.of(corpus).seed(seed).exactSimilarityMaxPapers(0).cluster();
    List<Set<PaperId>> parts = partition(t);
    Set<PaperId> union = new HashSet<>();
    int total = 0;
    for (Set<PaperId> part : parts) {
      assertTrue(!part.isEmpty());
      union.addAll(part);
      total += part.size();
    }
    assertEquals(corpus.papers().size(), total, "no paper twice");
    assertEquals(corpus.papers().size(), union.size(), "every paper once");
    assertEquals(parts, partition(TopicClusters.of(corpus).seed(seed).exactSimilarityMaxPapers(0).cluster()),
        "same seed, same clusters");
    List<Paper> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, new Random(shuffleSeed));
    assertEquals(parts, partition(TopicClusters.of(Fixtures.corpus(shuffled)).seed(seed)
        .exactSimilarityMaxPapers(0).cluster()), "independent of the input order");
  }

  @Test
  void onTheSamplesThePrunedIndexKeepsTheLearnedOptimizerCluster() {
    TopicClustering exact = TopicClusters.of(SAMPLES).cluster();
    TopicClustering pruned = TopicClusters.of(SAMPLES).exactSimilarityMaxPapers(0).cluster();
    TopicCluster optimizers = pruned.clusters().stream().filter(c -> c.label().contains("learned optimizer"))
        .findFirst().orElseThrow(() -> new AssertionError(pruned.toString()));
    for (Paper p : SAMPLES.papers()) {
      if (p.title().toLowerCase(java.util.Locale.ROOT).contains("learned optimizers")) {
        assertTrue(optimizers.papers().contains(p), p.title() + " missing from " + optimizers.label());
      }
    }
    assertEquals(exact.paperCount(), pruned.paperCount());
    assertTrue(pruned.modularity() > 0, "a partition better than random: " + pruned.modularity());
  }
}
