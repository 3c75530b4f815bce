package org.citegraph.internal.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** {@link SimilarityGraph#buildPruned}: the scalable approximation with exact re-scoring. */
class SimilarityGraphPrunedTest {

  @Provide
  Arbitrary<List<TermVectors.Document>> corpora() {
    return Corpora.corpora();
  }

  private static int longestRow(TermVectors tv) {
    int max = 1;
    for (int d = 0; d < tv.documentCount(); d++) {
      max = Math.max(max, tv.termCount(d));
    }
    return max;
  }

  /** Exact similarities of d to every other document with a positive cosine, best first (ties by smaller id). */
  private static double[] exactRanking(TermVectors tv, int d) {
    List<Double> sims = new ArrayList<>();
    for (int e = 0; e < tv.documentCount(); e++) {
      if (e != d && tv.cosine(d, e) > 0) {
        sims.add(tv.cosine(d, e));
      }
    }
    sims.sort(Collections.reverseOrder());
    return sims.stream().mapToDouble(Double::doubleValue).toArray();
  }

  @Property(seed = "42", tries = 300)
  void withoutPruningEqualsTheExactGraph(@ForAll("corpora") List<TermVectors.Document> docs,
      @ForAll @IntRange(min = 0, max = 6) int k, @ForAll @IntRange(min = 0, max = 4) int extraCandidates) {
    TermVectors tv = TermVectors.of(docs);
    SimilarityGraph exact = SimilarityGraph.build(tv, k);
    SimilarityGraph pruned = SimilarityGraph.buildPruned(tv, k, longestRow(tv), tv.documentCount(),
        k + extraCandidates);
    for (int d = 0; d < tv.documentCount(); d++) {
      assertArrayEquals(exact.neighbors(d), pruned.neighbors(d), "document " + d);
      assertArrayEquals(exact.similarities(d), pruned.similarities(d), 0.0, "document " + d);
    }
  }

  @Property(seed = "42", tries = 300)
  void prunedNeighborsAreTrueNeighborsWithTheirExactCosine(@ForAll("corpora") List<TermVectors.Document> docs,
      @ForAll @IntRange(min = 0, max = 5) int k, @ForAll @IntRange(min = 1, max = 4) int termsPerDocument,
      @ForAll @IntRange(min = 1, max = 5) int maxPostings, @ForAll @IntRange(min = 0, max = 4) int extra) {
    TermVectors tv = TermVectors.of(docs);
    SimilarityGraph g = SimilarityGraph.buildPruned(tv, k, termsPerDocument, maxPostings, k + extra);
    for (int d = 0; d < tv.documentCount(); d++) {
      double[] best = exactRanking(tv, d);
      assertTrue(g.neighborCount(d) <= k);
      for (int e = 0; e < tv.documentCount(); e++) {
        assertEquals(g.isNeighbor(d, e), g.similarityOf(d, e) >= 0, "a non-neighbor is looked up as -1");
      }
      Set<Integer> seen = new HashSet<>();
      for (int r = 0; r < g.neighborCount(d); r++) {
        int e = g.neighbor(d, r);
        double s = g.similarity(d, r);
        assertTrue(e != d, "no self loop");
        assertTrue(seen.add(e), "no duplicate neighbor");
        assertEquals(tv.cosine(d, e), s, 0.0, "the exact cosine, bit for bit");
        assertEquals(tv.cosine(e, d), g.similarityOf(d, e), 0.0, "the look-up gives the cosine, bit for bit");
        assertTrue(s > 0, "only documents sharing a term");
        // The r-th found neighbor cannot beat the r-th true nearest neighbor.
        assertTrue(s <= best[r], "no better than the exact kNN");
        if (r > 0) {
          double previous = g.similarity(d, r - 1);
          assertTrue(s < previous || s == previous && g.neighbor(d, r - 1) < e, "best first, ties by id");
        }
      }
    }
  }

  @Property(seed = "42", tries = 200)
  void termPruningDoesNotDependOnTheDocumentOrder(@ForAll("corpora") List<TermVectors.Document> docs,
      @ForAll @IntRange(min = 1, max = 4) int k, @ForAll @IntRange(min = 1, max = 4) int termsPerDocument,
      @ForAll long shuffleSeed) {
    int n = docs.size();
    List<Integer> perm = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      perm.add(i);
    }
    Collections.shuffle(perm, new Random(shuffleSeed));
    List<TermVectors.Document> permuted = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      permuted.add(docs.get(perm.get(i)));
    }
    // Posting lists and candidates untruncated: only the per-document term selection prunes, and it ranks terms
    // by weight and term string, never by document number.
    SimilarityGraph g = SimilarityGraph.buildPruned(TermVectors.of(docs), k, termsPerDocument, n,
        Math.max(n, k));
    SimilarityGraph h = SimilarityGraph.buildPruned(TermVectors.of(permuted), k, termsPerDocument, n,
        Math.max(n, k));
    for (int i = 0; i < n; i++) {
      assertArrayEquals(g.similarities(perm.get(i)), h.similarities(i), 0.0, "same similarity profile");
    }
  }

  @Test
  void aDocumentIsFoundThroughItsHighestWeightedTermsOnly() {
    // "retina" is rare (high idf) and is the top term of documents 0 and 1; "graph" is shared by all four.
    List<TermVectors.Document> docs = List.of(new TermVectors.Document("retina graph", ""),
        new TermVectors.Document("retina graph", ""), new TermVectors.Document("graph kernel", ""),
        new TermVectors.Document("graph kernel", ""));
    TermVectors tv = TermVectors.builder().phrases(PhraseSet.empty()).build(docs);
    SimilarityGraph top1 = SimilarityGraph.buildPruned(tv, 3, 1, 4, 3);
    assertArrayEquals(new int[] {1}, top1.neighbors(0), "only the document sharing its top term");
    assertEquals(tv.cosine(0, 1), top1.similarity(0, 0), 0.0);
    SimilarityGraph all = SimilarityGraph.buildPruned(tv, 3, 2, 4, 3);
    assertArrayEquals(new int[] {1, 2, 3}, all.neighbors(0), "with both terms every document is found");
  }

  @Test
  void truncatedPostingsKeepTheHighestWeights() {
    // "graph" occurs in all documents; with one posting kept, only the document where it weighs most is found.
    List<TermVectors.Document> docs = List.of(new TermVectors.Document("graph", ""),
        new TermVectors.Document("graph kernel retina", ""), new TermVectors.Document("graph", ""));
    TermVectors tv = TermVectors.builder().phrases(PhraseSet.empty()).build(docs);
    SimilarityGraph g = SimilarityGraph.buildPruned(tv, 2, 1, 1, 2);
    // Documents 0 and 2 weigh "graph" 1.0 (their only term); the tie is broken by the smaller id, so 0 is kept.
    assertArrayEquals(new int[] {0}, g.neighbors(1));
    assertArrayEquals(new int[] {0}, g.neighbors(2));
    assertEquals(0, g.neighborCount(0), "its only posting is itself");
  }

  @Test
  void rejectsInvalidArguments() {
    TermVectors tv = TermVectors.of(List.of(new TermVectors.Document("graph", "")));
    assertThrows(IllegalArgumentException.class, () -> SimilarityGraph.buildPruned(tv, 3, 1, 1, 2));
    assertThrows(IllegalArgumentException.class, () -> SimilarityGraph.buildPruned(tv, 1, 0, 1, 2));
    assertThrows(IllegalArgumentException.class, () -> SimilarityGraph.buildPruned(tv, 1, 1, 0, 2));
  }
}
