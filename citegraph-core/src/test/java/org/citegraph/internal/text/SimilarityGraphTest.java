package org.citegraph.internal.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SimilarityGraphTest {

  private static final String RETINA_1 = "Deep Learning Models of the Retinal Response to Natural Scenes";
  private static final String RETINA_2 =
      "From deep learning to mechanistic understanding in neuroscience: the structure of retinal prediction";

  private static List<Integer> optimizerPapers(List<TermVectors.Document> docs) {
    List<Integer> ids = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      if (docs.get(d).title().toLowerCase(Locale.ROOT).contains("optimizer")) {
        ids.add(d);
      }
    }
    return ids;
  }

  @ParameterizedTest
  @ValueSource(doubles = {1.0, 0.75})
  void learnedOptimizerPapersAreEachOthersNearestNeighbors(double maxDocumentFraction) {
    List<TermVectors.Document> docs = ProfilePage.documents();
    List<Integer> optimizers = optimizerPapers(docs);
    assertEquals(7, optimizers.size());
    SimilarityGraph g = SimilarityGraph.build(TermVectors.of(docs), 3, maxDocumentFraction);
    for (int d : optimizers) {
      assertTrue(optimizers.contains(g.neighbor(d, 0)),
          docs.get(d).title() + " -> " + docs.get(g.neighbor(d, 0)).title());
      int inTop3 = 0;
      for (int e : g.neighbors(d)) {
        inTop3 += optimizers.contains(e) ? 1 : 0;
      }
      assertTrue(inTop3 >= 2, docs.get(d).title());
    }
  }

  @ParameterizedTest
  @ValueSource(doubles = {1.0, 0.75})
  void retinaPapersAreMutualNearestNeighbors(double maxDocumentFraction) {
    List<TermVectors.Document> docs = ProfilePage.documents();
    int a = ProfilePage.indexOfTitle(docs, RETINA_1);
    int b = ProfilePage.indexOfTitle(docs, RETINA_2);
    SimilarityGraph g = SimilarityGraph.build(TermVectors.of(docs), 3, maxDocumentFraction);
    assertEquals(b, g.neighbor(a, 0));
    assertEquals(a, g.neighbor(b, 0));
    assertEquals(g.similarity(a, 0), g.similarity(b, 0), 0.0);
  }

  @Test
  void tiesAreBrokenBySmallerIdAndZeroSimilarityIsNoNeighbor() {
    List<TermVectors.Document> docs = List.of(
        new TermVectors.Document("kernel", ""), new TermVectors.Document("vortex", ""),
        new TermVectors.Document("kernel", ""), new TermVectors.Document("kernel", ""),
        new TermVectors.Document("", ""));
    SimilarityGraph g = SimilarityGraph.build(TermVectors.builder().phrases(PhraseSet.empty()).build(docs), 1);
    assertArrayEquals(new int[] {2}, g.neighbors(0));
    assertArrayEquals(new int[] {0}, g.neighbors(2));
    assertArrayEquals(new int[] {0}, g.neighbors(3));
    assertArrayEquals(new double[] {1.0}, g.similarities(3));
    assertEquals(0, g.neighborCount(1), "shares no term");
    assertEquals(0, g.neighborCount(4), "empty document");
    assertTrue(g.isNeighbor(3, 0));
    assertThrows(IllegalArgumentException.class, () -> SimilarityGraph.build(TermVectors.of(docs), 1, 0.0));
  }

  @Test
  void pruningIgnoresTermsInTooManyDocuments() {
    List<TermVectors.Document> docs = List.of(
        new TermVectors.Document("kernel lattice", ""), new TermVectors.Document("kernel spline", ""),
        new TermVectors.Document("kernel lattice", ""), new TermVectors.Document("vortex", ""));
    TermVectors tv = TermVectors.builder().phrases(PhraseSet.empty()).build(docs);
    assertEquals(2, SimilarityGraph.build(tv, 3).neighborCount(1));
    SimilarityGraph pruned = SimilarityGraph.build(tv, 3, 0.5); // kernel: df 3 > 2 is pruned
    assertEquals(0, pruned.neighborCount(1));
    assertArrayEquals(new int[] {2}, pruned.neighbors(0));
    assertTrue(pruned.similarity(0, 0) < tv.cosine(0, 2));
  }

  // ---------------------------------------------------------------- properties

  @Provide
  Arbitrary<List<TermVectors.Document>> corpora() {
    return Corpora.corpora();
  }

  @Provide
  Arbitrary<Double> fractions() {
    return Arbitraries.of(1.0, 0.75, 0.5, 0.2);
  }

  /** Brute force over all pairs, ignoring terms with document frequency above maxDf. */
  private static double bruteForce(TermVectors tv, int a, int b, double maxDf) {
    double dot = 0;
    int i = tv.rowStart(a);
    int j = tv.rowStart(b);
    while (i < tv.rowEnd(a) && j < tv.rowEnd(b)) {
      int ti = tv.termAt(i);
      int tj = tv.termAt(j);
      if (ti == tj) {
        if (tv.documentFrequency(ti) <= maxDf) {
          dot += tv.weightAt(i) * tv.weightAt(j);
        }
        i++;
        j++;
      } else if (ti < tj) {
        i++;
      } else {
        j++;
      }
    }
    return Math.min(1.0, dot);
  }

  /**
   * Enough documents (700) for the search to split into several chunks on several threads: the exact kNN still
   * equals the all-pairs brute force, document by document.
   */
  @Test
  void manyDocumentsSearchedOnSeveralThreadsMatchBruteForce() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(17);
    List<TermVectors.Document> docs = new ArrayList<>();
    for (int d = 0; d < 700; d++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 6 + rnd.nextInt(6); w++) {
        text.append(" term").append((char) ('a' + rnd.nextInt(20))).append((char) ('a' + rnd.nextInt(3)));
      }
      docs.add(new TermVectors.Document(text.toString(), ""));
    }
    TermVectors tv = TermVectors.of(docs);
    int k = 5;
    SimilarityGraph g = SimilarityGraph.build(tv, k, 1.0);
    int n = tv.documentCount();
    for (int d = 0; d < n; d++) {
      List<double[]> candidates = new ArrayList<>();
      for (int e = 0; e < n; e++) {
        double s = bruteForce(tv, d, e, n);
        if (e != d && s > 0) {
          candidates.add(new double[] {s, e});
        }
      }
      candidates.sort(Comparator.<double[]>comparingDouble(c -> -c[0]).thenComparingDouble(c -> c[1]));
      int expectedCount = Math.min(k, candidates.size());
      assertEquals(expectedCount, g.neighborCount(d), "document " + d);
      for (int r = 0; r < expectedCount; r++) {
        assertEquals((int) candidates.get(r)[1], g.neighbor(d, r), "document " + d + " rank " + r);
        assertEquals(candidates.get(r)[0], g.similarity(d, r), 0.0);
      }
    }
  }

  @Property(seed = "42", tries = 300)
  void matchesAllPairsBruteForce(@ForAll("corpora") List<TermVectors.Document> docs,
      @ForAll @IntRange(min = 0, max = 6) int k, @ForAll("fractions") double fraction) {
    TermVectors tv = TermVectors.of(docs);
    SimilarityGraph g = SimilarityGraph.build(tv, k, fraction);
    int n = tv.documentCount();
    for (int d = 0; d < n; d++) {
      List<double[]> candidates = new ArrayList<>();
      for (int e = 0; e < n; e++) {
        double s = bruteForce(tv, d, e, fraction * n);
        if (e != d && s > 0) {
          candidates.add(new double[] {s, e});
        }
      }
      candidates.sort(Comparator.<double[]>comparingDouble(c -> -c[0]).thenComparingDouble(c -> c[1]));
      int expectedCount = Math.min(k, candidates.size());
      assertEquals(expectedCount, g.neighborCount(d));
      for (int r = 0; r < expectedCount; r++) {
        assertEquals((int) candidates.get(r)[1], g.neighbor(d, r));
        assertEquals(candidates.get(r)[0], g.similarity(d, r), 0.0);
      }
      if (fraction == 1.0) {
        for (int r = 0; r < expectedCount; r++) {
          assertEquals(tv.cosine(d, g.neighbor(d, r)), g.similarity(d, r), 0.0);
        }
      }
    }
  }

  @Property(seed = "42", tries = 300)
  void similaritiesAreInUnitIntervalAndSymmetric(@ForAll("corpora") List<TermVectors.Document> docs,
      @ForAll("fractions") double fraction) {
    TermVectors tv = TermVectors.of(docs);
    int n = tv.documentCount();
    SimilarityGraph g = SimilarityGraph.build(tv, n, fraction);
    Map<Long, Double> sims = new HashMap<>();
    for (int d = 0; d < n; d++) {
      double previous = Double.POSITIVE_INFINITY;
      for (int r = 0; r < g.neighborCount(d); r++) {
        double s = g.similarity(d, r);
        assertTrue(s > 0 && s <= 1.0, "in (0, 1]: " + s);
        assertTrue(s <= previous, "non-increasing");
        previous = s;
        assertTrue(g.neighbor(d, r) != d, "no self loops");
        sims.put((long) d * n + g.neighbor(d, r), s);
      }
    }
    for (Map.Entry<Long, Double> e : sims.entrySet()) {
      long a = e.getKey() / n;
      long b = e.getKey() % n;
      Double back = sims.get(b * n + a);
      assertTrue(back != null, "with k = N the relation is symmetric");
      assertEquals(e.getValue(), back, 0.0);
    }
  }

  @Property(seed = "42", tries = 300)
  void independentOfDocumentOrder(@ForAll("corpora") List<TermVectors.Document> docs,
      @ForAll @IntRange(min = 1, max = 5) int k, @ForAll("fractions") double fraction,
      @ForAll long shuffleSeed) {
    int n = docs.size();
    List<Integer> perm = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      perm.add(i);
    }
    Collections.shuffle(perm, new Random(shuffleSeed));
    List<TermVectors.Document> permuted = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      permuted.add(docs.get(perm.get(i))); // new id i = old id perm[i]
    }
    SimilarityGraph g = SimilarityGraph.build(TermVectors.of(docs), k, fraction);
    SimilarityGraph h = SimilarityGraph.build(TermVectors.of(permuted), k, fraction);
    for (int i = 0; i < n; i++) {
      int old = perm.get(i);
      assertArrayEquals(g.similarities(old), h.similarities(i), 0.0, "same similarity profile");
      int count = g.neighborCount(old);
      double last = count == 0 ? 0 : g.similarity(old, count - 1);
      List<Integer> expected = new ArrayList<>();
      List<Integer> actual = new ArrayList<>();
      for (int r = 0; r < count; r++) {
        // Ties with the last kept similarity may be resolved differently (by the new ids); all others must agree.
        if (g.similarity(old, r) > last) {
          expected.add(g.neighbor(old, r));
          actual.add(perm.get(h.neighbor(i, r)));
        }
      }
      Collections.sort(expected);
      Collections.sort(actual);
      assertEquals(expected, actual);
    }
  }
}
