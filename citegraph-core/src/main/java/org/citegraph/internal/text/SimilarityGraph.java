package org.citegraph.internal.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Throwables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The k nearest neighbors of every document by cosine similarity of its {@link TermVectors} vector, computed
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
 * are neighbors, so a document can have fewer than k.
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
 * keeps the topical neighbors. Use 1.0 (no pruning) for small corpora.
 *
 * <p>For large corpora, {@link #buildPruned} bounds the cost by indexing only each document's highest-weighted terms,
 * truncating posting lists to their highest weights and re-scoring the best candidates with the exact cosine; its
 * cost grows linearly with N (see there).
 *
 * <p>Both builders run the per-document searches on all available processors, each thread with its own scratch
 * (a dense accumulator reset through a touched list, never cleared in full); a document's row depends only on its
 * own search, so the result does not depend on the number of threads or their scheduling.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SimilarityGraph {

  private final int k;
  private final int[] offsets;
  private final int[] neighbors;
  private final double[] similarities;

  private SimilarityGraph(int k, int[] offsets, int[] neighbors, double[] similarities) {
    this.k = k;
    this.offsets = offsets;
    this.neighbors = neighbors;
    this.similarities = similarities;
  }

  /** The k nearest neighbors of every document, without pruning. See the class comment for the cost. */
  public static SimilarityGraph build(TermVectors vectors, int k) {
    return build(vectors, k, 1.0);
  }

  /**
   * The k nearest neighbors of every document, leaving out terms whose document frequency is above {@code
   * maxDocumentFraction} times the number of documents ({@code 1.0}: no pruning). See the class comment for the
   * algorithm and cost.
   *
   * @param k the maximal number of neighbors per document, at least 0
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
    boolean[] indexedTerm = new boolean[v];
    for (int t = 0; t < v; t++) {
      int df = vectors.documentFrequency(t);
      indexedTerm[t] = df >= 2 && df <= maxDf;
    }
    boolean[] indexed = new boolean[nnz(vectors)];
    for (int p = 0; p < indexed.length; p++) {
      indexed[p] = indexedTerm[vectors.termAt(p)];
    }
    Index index = Index.of(vectors, indexed, Integer.MAX_VALUE);
    return search(vectors, index, indexed, k, 0);
  }

  /**
   * An approximate k-nearest-neighbor graph that scales to millions of documents: candidates come from a
   * statically pruned inverted index, and every reported similarity is the exact cosine ({@link
   * TermVectors#cosine}).
   *
   * <p>Approximation (static index pruning; document-centric pruning keeps each document's highest-weighted terms,
   * Büttcher &amp; Clarke 2006, "A document-centric approach to static index pruning in text retrieval systems",
   * CIKM; impact-ordered posting lists truncated to their highest weights, Anh &amp; Moffat 2006, "Pruned query
   * evaluation using pre-computed impacts", SIGIR):
   * <ol>
   *   <li>each document is indexed under, and queries with, only its {@code termsPerDocument} highest TF-IDF
   *       weights among its terms of at least two documents (ties by smaller term id);
   *   <li>each posting list keeps its {@code maxPostings} highest weights (ties by smaller document id);
   *   <li>for a document, the dot products over these indexed terms are accumulated term-at-a-time (a lower bound
   *       of the cosine), the {@code candidates} best partial scores are re-scored with the exact cosine, and the
   *       best k by exact cosine (ties by smaller id) are kept.
   * </ol>
   * A neighbor is therefore always a true neighbor with its exact similarity; what may be missed is a document
   * whose similarity comes mostly from terms that are not among the top terms of both. When nothing is pruned
   * ({@code termsPerDocument} and {@code maxPostings} at least the longest row and posting list, {@code candidates
   * >= k}), the result equals {@link #build(TermVectors, int)} exactly.
   *
   * <p>Running time: O(Σ<sub>t</sub> p(t)² + N · candidates · r) with p(t) ≤ {@code maxPostings} the pruned
   * posting-list lengths (Σ p(t) ≤ N · termsPerDocument) and r the average row length, plus O(nnz log) to build
   * the index; it runs on all available processors, each document's row computed independently, so the result
   * does not depend on the scheduling. Memory O(nnz + N · k) plus O(N + V) scratch per thread.
   *
   * @param k the maximal number of neighbors per document, at least 0
   * @param termsPerDocument how many of each document's terms are indexed, at least 1
   * @param maxPostings the maximal length of a posting list, at least 1
   * @param candidates how many candidates by partial score are re-scored exactly, at least k
   */
  public static SimilarityGraph buildPruned(TermVectors vectors, int k, int termsPerDocument, int maxPostings,
      int candidates) {
    checkNotNull(vectors, "vectors");
    checkArgument(k >= 0, "k must be >= 0: %s", k);
    checkArgument(termsPerDocument >= 1, "termsPerDocument must be >= 1: %s", termsPerDocument);
    checkArgument(maxPostings >= 1, "maxPostings must be >= 1: %s", maxPostings);
    checkArgument(candidates >= k, "candidates must be >= k: %s < %s", candidates, k);
    int n = vectors.documentCount();
    boolean[] indexed = new boolean[nnz(vectors)];
    // Each document's choice is its own, so blocks of documents choose in parallel, one heap per block.
    int block = 4_096;
    IntStream.range(0, (n + block - 1) / block).parallel().forEach(b -> {
      // Highest weight first, ties by smaller position (= smaller term id within a row).
      TopK top = new TopK(termsPerDocument, (x, y) -> {
        int c = Double.compare(vectors.weightAt(y), vectors.weightAt(x));
        return c != 0 ? c : Integer.compare(x, y);
      });
      for (int d = b * block; d < Math.min(n, (b + 1) * block); d++) {
        // Only terms of at least two documents can link documents, so the top terms are chosen among those.
        for (int p = vectors.rowStart(d); p < vectors.rowEnd(d); p++) {
          if (vectors.documentFrequency(vectors.termAt(p)) >= 2) {
            top.offer(p);
          }
        }
        for (int p : top.drainBestFirst()) {
          indexed[p] = true;
        }
      }
    });
    Index index = Index.of(vectors, indexed, maxPostings);
    return search(vectors, index, indexed, k, candidates);
  }

  private static int nnz(TermVectors vectors) {
    int n = vectors.documentCount();
    return n == 0 ? 0 : vectors.rowEnd(n - 1);
  }

  /** An inverted index (compressed sparse columns): per term, documents ascending with their weights. */
  private record Index(int[] start, int[] doc, double[] weight) {
    static Index of(TermVectors vectors, boolean[] indexed, int maxPostings) {
      int n = vectors.documentCount();
      int v = vectors.vocabularySize();
      int[] start = new int[v + 1];
      for (int p = 0; p < indexed.length; p++) {
        if (indexed[p]) {
          start[vectors.termAt(p) + 1]++;
        }
      }
      for (int t = 0; t < v; t++) {
        start[t + 1] += start[t];
      }
      int[] doc = new int[start[v]];
      double[] weight = new double[start[v]];
      int[] fill = Arrays.copyOf(start, v);
      for (int d = 0; d < n; d++) {
        for (int p = vectors.rowStart(d); p < vectors.rowEnd(d); p++) {
          if (indexed[p]) {
            int t = vectors.termAt(p);
            doc[fill[t]] = d;
            weight[fill[t]] = vectors.weightAt(p);
            fill[t]++;
          }
        }
      }
      boolean truncate = false;
      for (int t = 0; t < v && !truncate; t++) {
        truncate = start[t + 1] - start[t] > maxPostings;
      }
      if (!truncate) {
        return new Index(start, doc, weight);
      }
      // Keep each list's maxPostings highest weights (ties by smaller document), then restore document order.
      int[] newStart = new int[v + 1];
      for (int t = 0; t < v; t++) {
        newStart[t + 1] = newStart[t] + Math.min(maxPostings, start[t + 1] - start[t]);
      }
      int[] newDoc = new int[newStart[v]];
      double[] newWeight = new double[newDoc.length];
      // Each list is cut on its own into its own range, so the lists are cut in parallel.
      IntStream.range(0, v).parallel().forEach(t -> {
        int len = start[t + 1] - start[t];
        int out = newStart[t];
        if (len <= maxPostings) {
          System.arraycopy(doc, start[t], newDoc, out, len);
          System.arraycopy(weight, start[t], newWeight, out, len);
        } else {
          int[] kept = bestPostings(doc, weight, start[t], len, maxPostings);
          for (int i = 0; i < kept.length; i++) {
            newDoc[out] = doc[kept[i]];
            newWeight[out] = weight[kept[i]];
            out++;
          }
        }
      });
      return new Index(newStart, newDoc, newWeight);
    }
  }

  /** Positions of the {@code keep} highest weights of a posting list (ties by smaller document), ascending. */
  private static int[] bestPostings(int[] doc, double[] weight, int start, int len, int keep) {
    TopK top = new TopK(keep, (a, b) -> {
      int c = Double.compare(weight[b], weight[a]);
      return c != 0 ? c : Integer.compare(doc[a], doc[b]);
    });
    for (int q = start; q < start + len; q++) {
      top.offer(q);
    }
    int[] kept = top.drainBestFirst();
    Arrays.sort(kept);
    return kept;
  }

  /**
   * Term-at-a-time kNN over the index for every document, querying with its indexed positions. With {@code
   * candidates == 0} the accumulated scores are the similarities; otherwise the best {@code candidates} by
   * accumulated score are re-scored with the exact cosine.
   */
  private static SimilarityGraph search(TermVectors vectors, Index index, boolean[] indexed, int k,
      int candidates) {
    int n = vectors.documentCount();
    int[][] ids = new int[n][];
    double[][] sims = new double[n][];
    int chunk = 256;
    int chunks = (n + chunk - 1) / chunk;
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), chunks));
    AtomicInteger next = new AtomicInteger();
    Runnable worker = () -> {
      Searcher s = new Searcher(vectors, index, indexed, k, candidates);
      for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
        for (int d = c * chunk; d < Math.min(n, (c + 1) * chunk); d++) {
          s.search(d, ids, sims);
        }
      }
    };
    if (threads == 1) {
      worker.run();
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "citegraph-knn");
        t.setDaemon(true);
        return t;
      });
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          futures.add(pool.submit(worker));
        }
        for (Future<?> f : futures) {
          f.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        Throwables.throwIfUnchecked(e.getCause());
        throw new IllegalStateException(e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    int[] offsets = new int[n + 1];
    for (int d = 0; d < n; d++) {
      offsets[d + 1] = offsets[d] + ids[d].length;
    }
    int[] allIds = new int[offsets[n]];
    double[] allSims = new double[offsets[n]];
    for (int d = 0; d < n; d++) {
      System.arraycopy(ids[d], 0, allIds, offsets[d], ids[d].length);
      System.arraycopy(sims[d], 0, allSims, offsets[d], sims[d].length);
    }
    return new SimilarityGraph(k, offsets, allIds, allSims);
  }

  /** Per-thread scratch: a dense accumulator with a touched list (never cleared in full) and a dense query row. */
  private static final class Searcher {
    private final TermVectors vectors;
    private final Index index;
    private final boolean[] indexed;
    private final int candidates;
    private final double[] acc;
    private final int[] touched;
    private final double[] exact;
    private final double[] query;
    private final TopScores partialTop;
    private final TopScores exactTop;

    Searcher(TermVectors vectors, Index index, boolean[] indexed, int k, int candidates) {
      this.vectors = vectors;
      this.index = index;
      this.indexed = indexed;
      this.candidates = candidates;
      int n = vectors.documentCount();
      this.acc = new double[n];
      this.touched = new int[n];
      this.exact = candidates > 0 ? new double[n] : null;
      this.query = candidates > 0 ? new double[vectors.vocabularySize()] : null;
      this.partialTop = new TopScores(candidates > 0 ? candidates : k);
      this.exactTop = new TopScores(k);
    }

    void search(int d, int[][] ids, double[][] sims) {
      int touchedCount = 0;
      int[] postingStart = index.start();
      int[] postingDoc = index.doc();
      double[] postingWeight = index.weight();
      for (int p = vectors.rowStart(d); p < vectors.rowEnd(d); p++) {
        if (!indexed[p]) {
          continue;
        }
        int t = vectors.termAt(p);
        double w = vectors.weightAt(p);
        for (int q = postingStart[t]; q < postingStart[t + 1]; q++) {
          int e = postingDoc[q];
          if (e == d) {
            continue;
          }
          // Every weight is positive, so a zero accumulator marks a document not reached yet (one array read per
          // posting instead of two).
          double before = acc[e];
          if (before == 0) {
            touched[touchedCount++] = e;
          }
          acc[e] = before + w * postingWeight[q];
        }
      }
      // Once the heap is full, a candidate scoring below its worst cannot enter: skip it without a heap step.
      double floor = 0;
      for (int i = 0; i < touchedCount; i++) {
        double s = acc[touched[i]];
        if (s > 0 && s >= floor) {
          partialTop.offer(s, touched[i]);
          floor = Math.max(0, partialTop.floor());
        }
      }
      int[] best = partialTop.drainBestFirst();
      double[] bestSims;
      if (candidates == 0) {
        bestSims = new double[best.length];
        for (int i = 0; i < best.length; i++) {
          bestSims[i] = Math.min(1.0, acc[best[i]]);
        }
      } else {
        for (int p = vectors.rowStart(d); p < vectors.rowEnd(d); p++) {
          query[vectors.termAt(p)] = vectors.weightAt(p);
        }
        for (int e : best) {
          exact[e] = dot(e);
          if (exact[e] > 0) {
            exactTop.offer(exact[e], e);
          }
        }
        for (int p = vectors.rowStart(d); p < vectors.rowEnd(d); p++) {
          query[vectors.termAt(p)] = 0;
        }
        best = exactTop.drainBestFirst();
        bestSims = new double[best.length];
        for (int i = 0; i < best.length; i++) {
          bestSims[i] = exact[best[i]];
        }
      }
      for (int i = 0; i < touchedCount; i++) {
        acc[touched[i]] = 0;
      }
      ids[d] = best;
      sims[d] = bestSims;
    }

    /**
     * The cosine of the query document with e, adding the products of shared terms in ascending term id order like
     * {@link TermVectors#cosine}, so the value is bit-identical to it.
     */
    private double dot(int e) {
      double sum = 0;
      for (int p = vectors.rowStart(e); p < vectors.rowEnd(e); p++) {
        double w = query[vectors.termAt(p)];
        if (w != 0) {
          sum += w * vectors.weightAt(p);
        }
      }
      return Math.min(1.0, sum);
    }
  }

  /** Number of documents. O(1). */
  public int documentCount() {
    return offsets.length - 1;
  }

  /** The requested maximal number of neighbors per document. O(1). */
  public int k() {
    return k;
  }

  /** Number of neighbors of a document (at most {@link #k()}). O(1). */
  public int neighborCount(int doc) {
    checkElementIndex(doc, documentCount(), "document");
    return offsets[doc + 1] - offsets[doc];
  }

  /** A copy of the neighbor ids of a document, most similar first, ties by smaller id. O(k). */
  public int[] neighbors(int doc) {
    checkElementIndex(doc, documentCount(), "document");
    return Arrays.copyOfRange(neighbors, offsets[doc], offsets[doc + 1]);
  }

  /** A copy of the similarities aligned with {@link #neighbors(int)}, non-increasing, in (0, 1]. O(k). */
  public double[] similarities(int doc) {
    checkElementIndex(doc, documentCount(), "document");
    return Arrays.copyOfRange(similarities, offsets[doc], offsets[doc + 1]);
  }

  /** The {@code rank}-th neighbor of a document (0 = nearest). O(1), no allocation. */
  public int neighbor(int doc, int rank) {
    checkElementIndex(rank, neighborCount(doc), "rank");
    return neighbors[offsets[doc] + rank];
  }

  /** The similarity of the {@code rank}-th neighbor of a document. O(1), no allocation. */
  public double similarity(int doc, int rank) {
    checkElementIndex(rank, neighborCount(doc), "rank");
    return similarities[offsets[doc] + rank];
  }

  /**
   * The similarity of {@code other} when it is among the neighbors of {@code doc}, else -1. O(k), no allocation.
   * The value is bit-identical to {@link TermVectors#cosine} when the graph was built without pruning or by {@link
   * #buildPruned}.
   */
  public double similarityOf(int doc, int other) {
    checkElementIndex(doc, documentCount(), "document");
    for (int p = offsets[doc]; p < offsets[doc + 1]; p++) {
      if (neighbors[p] == other) {
        return similarities[p];
      }
    }
    return -1;
  }

  /** Whether {@code other} is among the neighbors of {@code doc}. O(k). */
  public boolean isNeighbor(int doc, int other) {
    checkElementIndex(doc, documentCount(), "document");
    for (int p = offsets[doc]; p < offsets[doc + 1]; p++) {
      if (neighbors[p] == other) {
        return true;
      }
    }
    return false;
  }
}
