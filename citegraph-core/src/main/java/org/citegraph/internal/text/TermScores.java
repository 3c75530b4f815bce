package org.citegraph.internal.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Distinctive terms of a subset of documents (a cluster, an author's research thread) against the rest of the
 * corpus, by Dunning's log-likelihood ratio (G²) test (Dunning 1993, "Accurate Methods for the Statistics of
 * Surprise and Coincidence", Computational Linguistics 19(1):61–74).
 *
 * <p>For a term, the 2×2 contingency table compares its raw count in the subset and in the rest with the total
 * number of term occurrences (words and phrases, see {@link TermVectors}) in each part. Only terms whose relative
 * frequency is higher inside the subset than outside are reported (G² itself is two-sided).
 *
 * <p>Instances are immutable and thread-safe. Construction is O(nnz + V).
 */
public final class TermScores {
  /**
   * {@link #distinctiveTerms} counts a subset's occurrences in a dense per-term array, rather than sorting them,
   * when they number at least the vocabulary size divided by this.
   */
  static final int DENSE_COUNT_MIN_RATIO = 4;

  /**
   * One scored term.
   *
   * @param termId the term id in the {@link TermVectors}
   * @param term the term string
   * @param score the G² statistic, non-negative
   * @param countInSubset raw occurrences in the subset
   * @param countInRest raw occurrences in the other documents
   */
  public record ScoredTerm(int termId, String term, double score, long countInSubset, long countInRest) {}

  /**
   * A label made of distinctive terms that belong together, with its coherence.
   *
   * @param terms the label terms, best first
   * @param coherence the mean normalised pointwise mutual information (NPMI, Bouma 2009) of the label terms' pairs
   *     over the documents of the subset, in [-1, 1]; 1 for a label of fewer than two terms
   */
  public record Label(List<String> terms, double coherence) {
    /** Copies the terms. */
    public Label {
      terms = List.copyOf(terms);
    }

    /** The terms joined by {@code " · "}; empty when there are none. */
    public String text() {
      return String.join(" \u00b7 ", terms);
    }
  }

  private final TermVectors vectors;
  private final long grandTotal;
  /** Per term, its occurrences in the background documents; null for the whole corpus (collection counts). */
  private final long[] background;

  /** Scores against the given corpus. O(nnz + V). */
  public TermScores(TermVectors vectors) {
    this.vectors = checkNotNull(vectors, "vectors");
    long total = 0;
    for (int t = 0; t < vectors.vocabularySize(); t++) {
      total += vectors.collectionCount(t);
    }
    this.grandTotal = total;
    this.background = null;
  }

  private TermScores(TermVectors vectors, long[] background, long total) {
    this.vectors = vectors;
    this.background = background;
    this.grandTotal = total;
  }

  /**
   * Scores against the given documents only: a subset later passed to this instance is compared with the other
   * documents of {@code docs} (e.g. a subtopic against the rest of its topic), and must lie within them.
   * O(V + occurrences in docs).
   *
   * @param docs document ids (duplicates counted once)
   * @return scores whose background is {@code docs}
   */
  public TermScores within(int[] docs) {
    long[] counts = new long[vectors.vocabularySize()];
    long total = 0;
    for (int d : java.util.Arrays.stream(docs).sorted().distinct().toArray()) {
      checkElementIndex(d, vectors.documentCount(), "document");
      for (int p = vectors.rowStart(d); p < vectors.rowEnd(d); p++) {
        counts[vectors.termAt(p)] += vectors.countAt(p);
        total += vectors.countAt(p);
      }
    }
    return new TermScores(vectors, counts, total);
  }

  private long backgroundCount(int term) {
    return background == null ? vectors.collectionCount(term) : background[term];
  }

  /**
   * Dunning's G² log-likelihood ratio for a term occurring {@code countInSubset} times among {@code totalInSubset}
   * term occurrences of a subset and {@code countInRest} times among {@code totalInRest} occurrences of the rest:
   * with the table {@code k11 = countInSubset, k12 = countInRest, k21 = totalInSubset - countInSubset, k22 =
   * totalInRest - countInRest}, {@code G² = 2 Σ k_ij ln(k_ij · N / (R_i · C_j))} over the non-zero cells, where R, C
   * are the row and column sums and N the grand total. Always ≥ 0; exactly 0 when the two relative frequencies are
   * equal (tested exactly as {@code k11 · k22 == k12 · k21}) or when a part is empty. Two-sided: large for under-
   * as well as over-representation. O(1).
   *
   * @throws IllegalArgumentException if a count is negative or exceeds its total
   */
  public static double logLikelihood(long countInSubset, long totalInSubset, long countInRest, long totalInRest) {
    checkArgument(countInSubset >= 0 && countInRest >= 0, "counts must be >= 0");
    checkArgument(countInSubset <= totalInSubset && countInRest <= totalInRest,
        "count exceeds total: %s/%s, %s/%s", countInSubset, totalInSubset, countInRest, totalInRest);
    long k11 = countInSubset;
    long k12 = countInRest;
    long k21 = totalInSubset - countInSubset;
    long k22 = totalInRest - countInRest;
    if (totalInSubset == 0 || totalInRest == 0 || k11 + k12 == 0 || k21 + k22 == 0) {
      return 0.0;
    }
    // Equal relative frequencies: k11 / (k11 + k21) == k12 / (k12 + k22)  <=>  k11 * k22 == k12 * k21.
    if (Math.multiplyHigh(k11, k22) == Math.multiplyHigh(k12, k21) && k11 * k22 == k12 * k21) {
      return 0.0;
    }
    double n = (double) totalInSubset + totalInRest;
    double row1 = k11 + k12;
    double row2 = k21 + k22;
    double g2 = cell(k11, row1, totalInSubset, n) + cell(k12, row1, totalInRest, n)
        + cell(k21, row2, totalInSubset, n) + cell(k22, row2, totalInRest, n);
    return Math.max(0.0, 2.0 * g2);
  }

  private static double cell(long observed, double row, double column, double n) {
    if (observed == 0) {
      return 0.0;
    }
    double o = observed;
    return o * Math.log(o * n / (row * column));
  }

  /** {@code distinctiveTerms(subsetDocIds, k, 1)}. */
  public List<ScoredTerm> distinctiveTerms(int[] subsetDocIds, int k) {
    return distinctiveTerms(subsetDocIds, k, 1);
  }

  /**
   * The at most {@code k} terms most over-represented in the subset: terms occurring at least {@code
   * minCountInSubset} times in the subset with a higher relative frequency inside than outside, by G² descending,
   * ties broken by term string ascending. Duplicate ids in the subset are counted once. If the subset is empty or
   * the whole corpus, the result is empty.
   *
   * <p>O(m log m + c log k) for m non-zero entries in the subset's rows and c candidate terms, independent of the
   * vocabulary size; O(m + V + c log k) when m is at least V / {@value #DENSE_COUNT_MIN_RATIO} for V terms (the
   * occurrences then counted in a dense array instead of sorted, with the same result).
   *
   * @throws IndexOutOfBoundsException for an id outside {@code 0..N-1}
   */
  public List<ScoredTerm> distinctiveTerms(int[] subsetDocIds, int k, int minCountInSubset) {
    checkNotNull(subsetDocIds, "subsetDocIds");
    checkArgument(k >= 0, "k must be >= 0: %s", k);
    int[] docs = subsetDocIds.clone();
    Arrays.sort(docs);
    int unique = 0;
    for (int i = 0; i < docs.length; i++) {
      checkElementIndex(docs[i], vectors.documentCount(), "document");
      if (i == 0 || docs[i] != docs[i - 1]) {
        docs[unique++] = docs[i];
      }
    }
    int m = 0;
    for (int i = 0; i < unique; i++) {
      m += vectors.termCount(docs[i]);
    }
    // (term id << 32 | count) sorted groups the subset's occurrences by term.
    long[] entries = new long[m];
    long subsetTotal = 0;
    int e = 0;
    for (int i = 0; i < unique; i++) {
      int d = docs[i];
      for (int p = vectors.rowStart(d); p < vectors.rowEnd(d); p++) {
        entries[e++] = ((long) vectors.termAt(p) << 32) | vectors.countAt(p);
        subsetTotal += vectors.countAt(p);
      }
    }
    long restTotal = grandTotal - subsetTotal;
    if (m == 0 || restTotal == 0 || k == 0) {
      return List.of();
    }
    // The subset's count of each term it holds, terms ascending.
    int[] terms = new int[m];
    long[] sums = new long[m];
    int distinct = 0;
    int v = vectors.vocabularySize();
    if (m >= v / DENSE_COUNT_MIN_RATIO) {
      // Many occurrences for the vocabulary: counted per term in a dense array, O(m + V), instead of sorted.
      long[] dense = new long[v];
      for (int i = 0; i < m; i++) {
        dense[(int) (entries[i] >>> 32)] += entries[i] & 0xffffffffL;
      }
      for (int t = 0; t < v; t++) {
        if (dense[t] != 0) {
          terms[distinct] = t;
          sums[distinct++] = dense[t];
        }
      }
    } else {
      Arrays.sort(entries);
      for (int i = 0; i < m; ) {
        int term = (int) (entries[i] >>> 32);
        long inside = 0;
        while (i < m && (int) (entries[i] >>> 32) == term) {
          inside += entries[i] & 0xffffffffL;
          i++;
        }
        terms[distinct] = term;
        sums[distinct++] = inside;
      }
    }
    int[] candidateTerm = new int[distinct];
    long[] candidateCount = new long[distinct];
    double[] candidateScore = new double[distinct];
    int c = 0;
    for (int x = 0; x < distinct; x++) {
      int term = terms[x];
      long inside = sums[x];
      long outside = backgroundCount(term) - inside;
      // Over-represented: inside / subsetTotal > outside / restTotal (exact in 128-bit arithmetic).
      if (inside < minCountInSubset || !greater(inside, restTotal, outside, subsetTotal)) {
        continue;
      }
      candidateTerm[c] = term;
      candidateCount[c] = inside;
      candidateScore[c] = logLikelihood(inside, subsetTotal, outside, restTotal);
      c++;
    }
    TopK top = new TopK(k, (a, b) -> {
      int cmp = Double.compare(candidateScore[b], candidateScore[a]);
      return cmp != 0 ? cmp : vectors.term(candidateTerm[a]).compareTo(vectors.term(candidateTerm[b]));
    });
    for (int i = 0; i < c; i++) {
      top.offer(i);
    }
    List<ScoredTerm> out = new ArrayList<>(top.size());
    for (int i : top.drainBestFirst()) {
      int term = candidateTerm[i];
      out.add(new ScoredTerm(term, vectors.term(term), candidateScore[i], candidateCount[i],
          backgroundCount(term) - candidateCount[i]));
    }
    return out;
  }

  /**
   * A short human-readable label of the subset: its distinctive terms joined by {@code " · "}, at most {@code k}
   * of them, with redundancy removed — a word (or bigram) contained in an already chosen phrase is skipped, and a
   * phrase replaces the already chosen terms it contains (e.g. {@code "learned optimizer · meta-training ·
   * hyperparameter"} rather than {@code "optimizer · learned · learned optimizer"}). Considers the best {@code 4k}
   * distinctive terms. Empty string if there are none. O(cost of {@link #distinctiveTerms} + k²).
   */
  public String label(int[] subsetDocIds, int k) {
    checkArgument(k >= 0, "k must be >= 0: %s", k);
    List<String> chosen = new ArrayList<>();
    for (ScoredTerm t : distinctiveTerms(subsetDocIds, 4 * k, 1)) {
      if (chosen.size() >= k) {
        break;
      }
      String term = t.term();
      boolean covered = false;
      for (String c : chosen) {
        if (containsWords(c, term)) {
          covered = true;
          break;
        }
      }
      if (covered) {
        continue;
      }
      int firstReplaced = -1;
      for (int i = chosen.size() - 1; i >= 0; i--) {
        if (containsWords(term, chosen.get(i))) {
          chosen.remove(i);
          firstReplaced = i;
        }
      }
      if (firstReplaced >= 0) {
        chosen.add(firstReplaced, term);
      } else {
        chosen.add(term);
      }
    }
    return String.join(" · ", chosen);
  }

  /**
   * A label of at most {@code k} distinctive terms that name one topic. Candidates are the best {@code 4k}
   * distinctive terms by G² ({@link #distinctiveTerms}); phrases replace the words they contain as in {@link
   * #label}. A candidate joins the label only if its normalised pointwise mutual information over the subset's
   * documents, {@code NPMI(a, b) = ln(p(a, b) / (p(a) p(b))) / −ln p(a, b)} with p the share of the subset's
   * documents holding the terms (Bouma 2009, "Normalized (pointwise) mutual information in collocation
   * extraction", GSCL), is at least {@code minNpmi} with every term already chosen: two terms that the subset's
   * documents do not use together (two topics sharing a cluster) are never joined, and the weaker one is left out
   * of the label. O(cost of {@link #distinctiveTerms} + s · k · log r) for s subset documents of r terms.
   *
   * @param subsetDocIds the subset's document ids
   * @param k the greatest number of terms, at least 0
   * @param minNpmi the least NPMI of a new term with each chosen one, in [-1, 1]
   * @return the label and its coherence (mean NPMI of its term pairs)
   */
  public Label coherentLabel(int[] subsetDocIds, int k, double minNpmi) {
    checkArgument(k >= 0, "k must be >= 0: %s", k);
    return coherentLabel(subsetDocIds, distinctiveTerms(subsetDocIds, 4 * k, 1), k, minNpmi);
  }

  /**
   * As {@link #coherentLabel(int[], int, double)} with its candidates given: the subset's best distinctive terms,
   * best first (the first {@code 4k} of {@link #distinctiveTerms} with a minimal count of 1 give the same label),
   * for a caller that also shows those terms and so computes them once.
   *
   * @param subsetDocIds the subset's document ids
   * @param bestTerms the subset's distinctive terms, best first
   * @param k the greatest number of terms, at least 0
   * @param minNpmi the least NPMI of a new term with each chosen one, in [-1, 1]
   * @return the label and its coherence (mean NPMI of its term pairs)
   */
  public Label coherentLabel(int[] subsetDocIds, List<ScoredTerm> bestTerms, int k, double minNpmi) {
    checkArgument(k >= 0, "k must be >= 0: %s", k);
    checkArgument(minNpmi >= -1 && minNpmi <= 1, "minNpmi must be in [-1, 1]: %s", minNpmi);
    List<ScoredTerm> candidates = bestTerms.subList(0, Math.min(bestTerms.size(), 4 * k));
    int[] docs = java.util.Arrays.stream(subsetDocIds).sorted().distinct().toArray();
    int c = candidates.size();
    // Which candidate terms each document holds: one bit set per candidate over the subset's documents.
    java.util.BitSet[] holds = new java.util.BitSet[c];
    for (int i = 0; i < c; i++) {
      holds[i] = new java.util.BitSet(docs.length);
    }
    for (int i = 0; i < docs.length; i++) {
      int d = docs[i];
      for (int j = 0; j < c; j++) {
        if (contains(d, candidates.get(j).termId())) {
          holds[j].set(i);
        }
      }
    }
    List<Integer> chosen = new ArrayList<>();
    for (int j = 0; j < c && chosen.size() < k; j++) {
      String term = candidates.get(j).term();
      boolean covered = false;
      for (int x : chosen) {
        covered |= containsWords(candidates.get(x).term(), term);
      }
      if (covered) {
        continue;
      }
      List<Integer> replaced = new ArrayList<>();
      for (int x : chosen) {
        if (containsWords(term, candidates.get(x).term())) {
          replaced.add(x);
        }
      }
      boolean fits = true;
      for (int x : chosen) {
        if (!replaced.contains(x) && npmi(holds[j], holds[x], docs.length) < minNpmi) {
          fits = false;
        }
      }
      if (!fits) {
        continue;
      }
      if (replaced.isEmpty()) {
        chosen.add(j);
      } else {
        int at = chosen.indexOf(replaced.get(0));
        chosen.removeAll(replaced);
        chosen.add(Math.min(at, chosen.size()), j);
      }
    }
    double sum = 0;
    int pairs = 0;
    for (int a = 0; a < chosen.size(); a++) {
      for (int b = a + 1; b < chosen.size(); b++) {
        sum += npmi(holds[chosen.get(a)], holds[chosen.get(b)], docs.length);
        pairs++;
      }
    }
    return new Label(chosen.stream().map(x -> candidates.get(x).term()).toList(), pairs == 0 ? 1.0 : sum / pairs);
  }

  /** Whether the document's row holds the term (rows are sorted by term id). O(log r). */
  private boolean contains(int doc, int term) {
    int lo = vectors.rowStart(doc);
    int hi = vectors.rowEnd(doc) - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int t = vectors.termAt(mid);
      if (t == term) {
        return true;
      } else if (t < term) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return false;
  }

  /** NPMI of two terms' document sets among n documents: -1 when they never co-occur, 1 when always together. */
  static double npmi(java.util.BitSet a, java.util.BitSet b, int n) {
    java.util.BitSet both = (java.util.BitSet) a.clone();
    both.and(b);
    int ab = both.cardinality();
    if (ab == 0 || n == 0) {
      return -1;
    }
    double pab = ab / (double) n;
    double pa = a.cardinality() / (double) n;
    double pb = b.cardinality() / (double) n;
    if (pab >= 1.0) {
      return 1;
    }
    return Math.log(pab / (pa * pb)) / -Math.log(pab);
  }

  /** Whether {@code part} occurs in {@code phrase} as a whole-word subsequence of consecutive words. */
  private static boolean containsWords(String phrase, String part) {
    if (phrase.equals(part)) {
      return true;
    }
    String padded = " " + phrase + " ";
    return padded.contains(" " + part + " ");
  }

  /** a / b > c / d for non-negative a, c and positive b, d, without overflow: a · d > c · b in 128 bits. */
  private static boolean greater(long a, long d, long c, long b) {
    long hi1 = Math.multiplyHigh(a, d);
    long hi2 = Math.multiplyHigh(c, b);
    if (hi1 != hi2) {
      return hi1 > hi2;
    }
    return Long.compareUnsigned(a * d, c * b) > 0;
  }
}
