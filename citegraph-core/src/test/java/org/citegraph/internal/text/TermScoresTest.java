package org.citegraph.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class TermScoresTest {

  private static int[] titlesContaining(List<TermVectors.Document> docs, String word) {
    List<Integer> ids = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      if (docs.get(d).title().toLowerCase(Locale.ROOT).contains(word)) {
        ids.add(d);
      }
    }
    return ids.stream().mapToInt(Integer::intValue).toArray();
  }

  @Test
  void logLikelihoodMatchesReferenceValues() {
    // Reference values from scipy.stats.chi2_contingency(table, correction=False, lambda_="log-likelihood").
    assertEquals(29.89795378268578, TermScores.logLikelihood(10, 1000, 5, 10000), 1e-9);
    assertEquals(444.26908464565736, TermScores.logLikelihood(110, 2000, 1400, 500000), 1e-8);
    assertEquals(4 * Math.log(2), TermScores.logLikelihood(1, 1, 0, 1), 1e-12);
    assertEquals(0.0, TermScores.logLikelihood(3, 30, 7, 70));
    assertEquals(0.0, TermScores.logLikelihood(0, 0, 7, 70), "empty subset");
    assertThrows(IllegalArgumentException.class, () -> TermScores.logLikelihood(5, 4, 0, 10));
    assertThrows(IllegalArgumentException.class, () -> TermScores.logLikelihood(-1, 4, 0, 10));
  }

  @Test
  void learnedOptimizerIsATopDistinctiveTermOfTheOptimizerPapers() {
    List<TermVectors.Document> docs = ProfilePage.documents();
    TermVectors tv = TermVectors.of(docs);
    TermScores scores = new TermScores(tv);
    int[] subset = titlesContaining(docs, "optimizer");
    assertEquals(7, subset.length);
    List<TermScores.ScoredTerm> top = scores.distinctiveTerms(subset, 3);
    assertEquals(3, top.size());
    assertTrue(top.stream().anyMatch(t -> t.term().equals("learned optimizer")), top.toString());
    TermScores.ScoredTerm phrase =
        top.stream().filter(t -> t.term().equals("learned optimizer")).findFirst().orElseThrow();
    assertEquals(0, phrase.countInRest(), "the phrase only occurs in these papers");
    assertTrue(scores.label(subset, 3).startsWith("learned optimizer · "), scores.label(subset, 3));
  }

  @Test
  void retinaPapersAreLabelledByTheirTopic() {
    List<TermVectors.Document> docs = ProfilePage.documents();
    TermScores scores = new TermScores(TermVectors.of(docs));
    int[] subset = titlesContaining(docs, "retina");
    assertEquals(2, subset.length);
    List<String> terms = scores.distinctiveTerms(subset, 5).stream().map(TermScores.ScoredTerm::term).toList();
    assertTrue(terms.contains("retinal") || terms.contains("retina"), terms.toString());
    assertFalse(terms.contains("optimizer"));
  }

  @Test
  void onlyOverRepresentedTermsTiesAlphabeticalDuplicatesIgnored() {
    List<TermVectors.Document> docs = List.of(
        new TermVectors.Document("", "vortex kernel"), new TermVectors.Document("", "lattice kernel"),
        new TermVectors.Document("", "spline kernel kernel"), new TermVectors.Document("", "spline galaxy"));
    TermScores scores = new TermScores(TermVectors.builder().phrases(PhraseSet.empty()).build(docs));
    List<TermScores.ScoredTerm> top = scores.distinctiveTerms(new int[] {1, 0, 1}, 10);
    // Subset {0, 1}: vortex 1, lattice 1, kernel 2 of 4 tokens; rest: kernel 2, spline 2, galaxy 1 of 5 tokens.
    assertEquals(List.of("lattice", "vortex", "kernel"), top.stream().map(TermScores.ScoredTerm::term).toList());
    assertEquals(top.get(0).score(), top.get(1).score(), 0.0, "tie broken alphabetically");
    assertEquals(TermScores.logLikelihood(2, 4, 2, 5), top.get(2).score(), 0.0);
    assertEquals(List.of("lattice"), scores.distinctiveTerms(new int[] {0, 1}, 1).stream()
        .map(TermScores.ScoredTerm::term).toList());
    assertEquals(List.of(), scores.distinctiveTerms(new int[] {0, 1, 2, 3}, 5), "whole corpus");
    assertEquals(List.of(), scores.distinctiveTerms(new int[0], 5));
    assertEquals(List.of("kernel"), scores.distinctiveTerms(new int[] {0, 1}, 5, 2).stream()
        .map(TermScores.ScoredTerm::term).toList());
    assertThrows(IndexOutOfBoundsException.class, () -> scores.distinctiveTerms(new int[] {4}, 5));
  }

  @Test
  void identicalDistributionsHaveNoDistinctiveTerms() {
    List<TermVectors.Document> docs = List.of(new TermVectors.Document("Kernel lattice", "spline kernel"),
        new TermVectors.Document("Kernel lattice", "spline kernel"));
    TermScores scores = new TermScores(TermVectors.of(docs));
    assertEquals(List.of(), scores.distinctiveTerms(new int[] {0}, 5));
    assertEquals("", scores.label(new int[] {1}, 3));
  }

  @Test
  void labelRemovesWordsCoveredByPhrases() {
    List<TermVectors.Document> docs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      docs.add(new TermVectors.Document("Learned optimizers", "learned optimizers and meta-training"));
      docs.add(new TermVectors.Document("Retina", "retinal neurons spike"));
    }
    TermScores scores = new TermScores(TermVectors.of(docs));
    String label = scores.label(new int[] {0, 2, 4, 6}, 2);
    assertEquals("learned optimizer · meta-training", label);
  }

  // ---------------------------------------------------------------- properties

  /** Dunning's formula in its entropy form, a different computation than the implementation's cell sums. */
  private static double entropyForm(long a, long c, long b, long d) {
    long[] k = {a, b, c - a, d - b};
    double n = c + d;
    return 2 * (xlogx(n) + xlogx(k[0]) + xlogx(k[1]) + xlogx(k[2]) + xlogx(k[3])
        - xlogx(k[0] + k[1]) - xlogx(k[2] + k[3]) - xlogx(c) - xlogx(d));
  }

  private static double xlogx(double x) {
    return x == 0 ? 0 : x * Math.log(x);
  }

  @Property(seed = "42")
  void logLikelihoodIsNonNegativeSymmetricAndMatchesTheEntropyForm(
      @ForAll @LongRange(min = 0, max = 100_000) long a, @ForAll @LongRange(min = 0, max = 100_000) long extraC,
      @ForAll @LongRange(min = 0, max = 100_000) long b, @ForAll @LongRange(min = 0, max = 100_000) long extraD) {
    long c = a + extraC;
    long d = b + extraD;
    double g2 = TermScores.logLikelihood(a, c, b, d);
    assertTrue(g2 >= 0, "G2 >= 0: " + g2);
    assertEquals(g2, TermScores.logLikelihood(b, d, a, c), 1e-9 * Math.max(1, g2));
    if (c > 0 && d > 0) {
      assertEquals(entropyForm(a, c, b, d), g2, 1e-6 + 1e-9 * g2);
    }
  }

  @Property(seed = "42")
  void logLikelihoodIsZeroForIdenticalRelativeFrequencies(
      @ForAll @IntRange(min = 0, max = 10_000) int a, @ForAll @IntRange(min = 0, max = 10_000) int extra,
      @ForAll @IntRange(min = 1, max = 10_000) int p, @ForAll @IntRange(min = 1, max = 10_000) int q) {
    long c = (long) a + extra;
    assertEquals(0.0, TermScores.logLikelihood((long) a * p, c * p, (long) a * q, c * q), 0.0);
  }

  @Provide
  Arbitrary<List<TermVectors.Document>> corpora() {
    return Corpora.corpora();
  }

  @Provide
  Arbitrary<List<Integer>> subsets() {
    return Arbitraries.integers().between(0, 24).list().ofMaxSize(12);
  }

  @Property(seed = "42", tries = 300)
  void distinctiveTermsMatchAFullScan(@ForAll("corpora") List<TermVectors.Document> docs,
      @ForAll("subsets") List<Integer> rawSubset, @ForAll @IntRange(min = 0, max = 8) int k) {
    TermVectors tv = TermVectors.of(docs);
    int[] subset = rawSubset.stream().mapToInt(Integer::intValue).filter(i -> i < docs.size()).toArray();
    boolean[] in = new boolean[docs.size()];
    for (int d : subset) {
      in[d] = true;
    }
    long[] inside = new long[tv.vocabularySize()];
    long[] outside = new long[tv.vocabularySize()];
    long totalIn = 0;
    long totalOut = 0;
    for (int d = 0; d < docs.size(); d++) {
      for (int p = tv.rowStart(d); p < tv.rowEnd(d); p++) {
        if (in[d]) {
          inside[tv.termAt(p)] += tv.countAt(p);
          totalIn += tv.countAt(p);
        } else {
          outside[tv.termAt(p)] += tv.countAt(p);
          totalOut += tv.countAt(p);
        }
      }
    }
    List<TermScores.ScoredTerm> expected = new ArrayList<>();
    for (int t = 0; t < tv.vocabularySize(); t++) {
      if (inside[t] > 0 && totalOut > 0 && (double) inside[t] / totalIn > (double) outside[t] / totalOut) {
        expected.add(new TermScores.ScoredTerm(t, tv.term(t),
            TermScores.logLikelihood(inside[t], totalIn, outside[t], totalOut), inside[t], outside[t]));
      }
    }
    expected.sort(Comparator.comparingDouble((TermScores.ScoredTerm s) -> -s.score())
        .thenComparing(TermScores.ScoredTerm::term));
    List<TermScores.ScoredTerm> actual = new TermScores(tv).distinctiveTerms(subset, k);
    assertEquals(expected.subList(0, Math.min(k, expected.size())), actual, Arrays.toString(subset));
  }
}
