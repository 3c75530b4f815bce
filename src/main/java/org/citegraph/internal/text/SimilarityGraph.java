package org.citegraph.internal.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;

/**
 * The k nearest neighbours of every document by cosine similarity of its {@link TermVectors} vector, computed
 * without comparing all pairs.
 *
 * <p>Algorithm (term-at-a-time scoring over an inverted index; Turtle &amp; Flood 1995, "Query evaluation:
 * strategies and optimizations", Information Processing &amp; Management 31(6)): an inverted index maps each term to
 * its postings (document id, weight) in ascending document order. Terms whose document frequency exceeds {@code
 * maxDocumentFraction · N} are left out of the index (they are shared by too many documents to discriminate, and
 * they dominate the cost), as are terms of a single document. For each document d, the dot products with every
 * document sharing at least one indexed term are accumulated in a dense array, visiting d's terms in ascending term
 * id order; the best k candidates are then selected with a bounded heap. Candidates are ranked by similarity,
 * descending, ties by smaller document id, so the result is deterministic. Only documents with positive similarity
 * are neighbours, so a document can have fewer than k.
 *
 * <p>Because both directions add the same products in the same (term id) order, a similarity computed from a and
 * from b is bit-identical; without pruning it also equals {@link TermVectors#cosine}. With pruning, similarities
 * ignore the pruned terms (they are lower bounds of the cosine).
 *
 * <p>Running time: O(Σ<sub>t indexed</sub> df(t)² + Σ<sub>d</sub> c(d) log k) where c(d) is the number of
 * candidates of d (at most N−1), plus O(nnz) to build the index; memory O(nnz + N·k). With pruning every df(t) is
 * at most {@code maxDocumentFraction · N}. All-pairs comparison would cost O(N² · average terms).
 *
 * <p>Choosing the pruning fraction: in a large mixed corpus, terms in more than a few percent of the documents carry
 * little signal and pruning them bounds the cost. In a small focused corpus (one author's papers) the main topic
 * itself can occur in half of the documents: on the 19-paper profile used in the tests, pruning at 0.5 drops
 * "optimizer" and pulls a paper on learned optimizers next to an unrelated "reverse engineering" paper, while 0.75
 * keeps the topical neighbours. Use 1.0 (no pruning) for small corpora.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SimilarityGraph {

  private final int k;
  private final int[] offsets;
  private final int[] neighbours;
  private final double[] similarities;

  private SimilarityGraph(int k, int[] offsets, int[] neighbours, double[] similarities) {
    this.k = k;
    this.offsets = offsets;
    this.neighbours = neighbours;
    this.similarities = similarities;
  }

  /** The k nearest neighbours of every document, without pruning. See the class comment for the cost. */
  public static SimilarityGraph build(TermVectors vectors, int k) {
    return build(vectors, k, 1.0);
  }

  /**
   * The k nearest neighbours of every document, leaving out terms whose document frequency is above {@code
   * maxDocumentFraction} times the number of documents ({@code 1.0}: no pruning). See the class comment for the
   * algorithm and cost.
   *
   * @param k the maximal number of neighbours per document, at least 0
   * @param maxDocumentFraction in (0, 1]
   */
  public static SimilarityGraph build(TermVectors vectors, int k, double maxDocumentFraction) {
    checkNotNull(vectors, "vectors");
    checkArgument(k >= 0, "k must be >= 0: %s", k);
    checkArgument(maxDocumentFraction > 0 && maxDocumentFraction <= 1,
        "maxDocumentFraction must be in (0, 1]: %s", maxDocumentFraction);
    int n = vectors.documentCount();
    int v = vectors.vocabularySize();
    double maxDf = maxDocumentFraction * n;

    // Inverted index (compressed sparse columns), documents ascending within each term.
    boolean[] indexed = new boolean[v];
    int[] postingStart = new int[v + 1];
    for (int t = 0; t < v; t++) {
      int df = vectors.documentFrequency(t);
      indexed[t] = df >= 2 && df <= maxDf;
      postingStart[t + 1] = postingStart[t] + (indexed[t] ? df : 0);
    }
    int[] postingDoc = new int[postingStart[v]];
    double[] postingWeight = new double[postingStart[v]];
    int[] fill = Arrays.copyOf(postingStart, v);
    for (int d = 0; d < n; d++) {
      for (int p = vectors.rowStart(d); p < vectors.rowEnd(d); p++) {
        int t = vectors.termAt(p);
        if (indexed[t]) {
          postingDoc[fill[t]] = d;
          postingWeight[fill[t]] = vectors.weightAt(p);
          fill[t]++;
        }
      }
    }

    double[] acc = new double[n];
    boolean[] seen = new boolean[n];
    int[] touched = new int[n];
    TopK top = new TopK(k, (a, b) -> {
      int c = Double.compare(acc[b], acc[a]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    int[] offsets = new int[n + 1];
    int[][] ids = new int[n][];
    double[][] sims = new double[n][];
    for (int d = 0; d < n; d++) {
      int touchedCount = 0;
      for (int p = vectors.rowStart(d); p < vectors.rowEnd(d); p++) {
        int t = vectors.termAt(p);
        if (!indexed[t]) {
          continue;
        }
        double w = vectors.weightAt(p);
        for (int q = postingStart[t]; q < postingStart[t + 1]; q++) {
          int e = postingDoc[q];
          if (e == d) {
            continue;
          }
          if (!seen[e]) {
            seen[e] = true;
            touched[touchedCount++] = e;
          }
          acc[e] += w * postingWeight[q];
        }
      }
      for (int i = 0; i < touchedCount; i++) {
        int e = touched[i];
        if (acc[e] > 0) {
          top.offer(e);
        }
      }
      int[] best = top.drainBestFirst();
      double[] bestSims = new double[best.length];
      for (int i = 0; i < best.length; i++) {
        bestSims[i] = Math.min(1.0, acc[best[i]]);
      }
      for (int i = 0; i < touchedCount; i++) {
        acc[touched[i]] = 0;
        seen[touched[i]] = false;
      }
      ids[d] = best;
      sims[d] = bestSims;
      offsets[d + 1] = offsets[d] + best.length;
    }
    int[] allIds = new int[offsets[n]];
    double[] allSims = new double[offsets[n]];
    for (int d = 0; d < n; d++) {
      System.arraycopy(ids[d], 0, allIds, offsets[d], ids[d].length);
      System.arraycopy(sims[d], 0, allSims, offsets[d], sims[d].length);
    }
    return new SimilarityGraph(k, offsets, allIds, allSims);
  }

  /** Number of documents. O(1). */
  public int documentCount() {
    return offsets.length - 1;
  }

  /** The requested maximal number of neighbours per document. O(1). */
  public int k() {
    return k;
  }

  /** Number of neighbours of a document (at most {@link #k()}). O(1). */
  public int neighbourCount(int doc) {
    checkElementIndex(doc, documentCount(), "document");
    return offsets[doc + 1] - offsets[doc];
  }

  /** A copy of the neighbour ids of a document, most similar first, ties by smaller id. O(k). */
  public int[] neighbours(int doc) {
    checkElementIndex(doc, documentCount(), "document");
    return Arrays.copyOfRange(neighbours, offsets[doc], offsets[doc + 1]);
  }

  /** A copy of the similarities aligned with {@link #neighbours(int)}, non-increasing, in (0, 1]. O(k). */
  public double[] similarities(int doc) {
    checkElementIndex(doc, documentCount(), "document");
    return Arrays.copyOfRange(similarities, offsets[doc], offsets[doc + 1]);
  }

  /** The {@code rank}-th neighbour of a document (0 = nearest). O(1), no allocation. */
  public int neighbour(int doc, int rank) {
    checkElementIndex(rank, neighbourCount(doc), "rank");
    return neighbours[offsets[doc] + rank];
  }

  /** The similarity of the {@code rank}-th neighbour of a document. O(1), no allocation. */
  public double similarity(int doc, int rank) {
    checkElementIndex(rank, neighbourCount(doc), "rank");
    return similarities[offsets[doc] + rank];
  }

  /** Whether {@code other} is among the neighbours of {@code doc}. O(k). */
  public boolean isNeighbour(int doc, int other) {
    checkElementIndex(doc, documentCount(), "document");
    for (int p = offsets[doc]; p < offsets[doc + 1]; p++) {
      if (neighbours[p] == other) {
        return true;
      }
    }
    return false;
  }
}
