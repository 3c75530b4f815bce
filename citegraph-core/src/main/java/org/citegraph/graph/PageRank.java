package org.citegraph.graph;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.stream.IntStream;

/**
 * PageRank (Brin &amp; Page 1998, "The anatomy of a large-scale hypertextual Web search engine", Computer Networks
 * 30) by power iteration, run until it has converged: the iteration stops when the L1 norm of the change of the
 * score vector, Σ_v |x_{k+1}(v) − x_k(v)|, falls below the tolerance (default {@value #DEFAULT_TOLERANCE}), and the
 * result reports the iterations run. Scores sum to 1; a vertex without out-links (a paper citing no corpus paper, an
 * author without co-authors) spreads its score over all vertices, as in JGraphT and networkx.
 *
 * <p>Accuracy: the PageRank map is a contraction of factor d (the damping) in L1, so when the change of an iteration
 * is below t the scores are within t·d/(1 − d) of the exact PageRank in L1 (5.7·t at d = 0.85), and every score is
 * at least (1 − d)/n; so each score's relative error is at most t·d·n/(1 − d)², under 4e-11·n with the defaults —
 * below 0.001% for a corpus of 250,000 papers. JGraphT's default (stop when no score changes by more than 1e-4)
 * stopped after about 4 iterations on citation graphs whose scores are near 2e-5, with errors up to 50%.
 *
 * <p>Cost: O(iterations · (V + E)) time (at most {@code 2 + log(t/2)/log(d)}, about 177 iterations at the defaults,
 * fewer in practice), O(V) space besides the graph's own compressed rows. Each iteration pulls the scores along the
 * in-links of fixed chunks of {@value #CHUNK} vertices on all cores; sums are taken per chunk and added in chunk
 * order, so the scores do not depend on the number of threads.
 */
public final class PageRank {
  /** The damping factor (the probability of following a link rather than jumping), as in Brin &amp; Page. */
  public static final double DEFAULT_DAMPING = 0.85;

  /** The default stopping tolerance on the L1 change of one iteration (scores sum to 1). */
  public static final double DEFAULT_TOLERANCE = 1e-12;

  /** The default limit on iterations; the result says when it was reached before convergence. */
  public static final int DEFAULT_MAX_ITERATIONS = 1_000;

  /** Vertices per task of an iteration. */
  static final int CHUNK = 1 << 12;

  private static final PageRank DEFAULTS = new PageRank(DEFAULT_DAMPING, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS);

  private final double damping;
  private final double tolerance;
  private final int maxIterations;

  private PageRank(double damping, double tolerance, int maxIterations) {
    this.damping = damping;
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
  }

  /**
   * PageRank with damping {@value #DEFAULT_DAMPING}, tolerance {@value #DEFAULT_TOLERANCE} and at most {@value
   * #DEFAULT_MAX_ITERATIONS} iterations.
   *
   * @return the default configuration
   */
  public static PageRank withDefaults() {
    return DEFAULTS;
  }

  /**
   * Uses another damping factor.
   *
   * @param value the probability of following a link, in [0, 1)
   * @return a new configuration
   * @throws IllegalArgumentException if the value is outside [0, 1)
   */
  public PageRank damping(double value) {
    checkArgument(value >= 0 && value < 1, "damping must be in [0, 1), got %s", value);
    return new PageRank(value, tolerance, maxIterations);
  }

  /**
   * Uses another stopping tolerance.
   *
   * @param value the L1 change below which the iteration stops; positive
   * @return a new configuration
   * @throws IllegalArgumentException if the value is not positive
   */
  public PageRank tolerance(double value) {
    checkArgument(value > 0, "tolerance must be positive, got %s", value);
    return new PageRank(damping, value, maxIterations);
  }

  /**
   * Uses another iteration limit.
   *
   * @param value the most iterations to run; at least 1
   * @return a new configuration
   * @throws IllegalArgumentException if the value is below 1
   */
  public PageRank maxIterations(int value) {
    checkArgument(value >= 1, "maxIterations must be at least 1, got %s", value);
    return new PageRank(damping, tolerance, value);
  }

  /**
   * The damping factor.
   *
   * @return the damping
   */
  public double damping() {
    return damping;
  }

  /**
   * PageRank of the papers of a citation graph: a citing paper passes its score to the papers it cites.
   *
   * @param graph the citation graph
   * @return scores by paper index ({@link CitationGraph#papers()} order)
   */
  public PageRankScores of(CitationGraph graph) {
    return run(checkNotNull(graph, "graph").pageRankInput());
  }

  /**
   * PageRank of the authors of a co-authorship graph, each link followed both ways with probability proportional to
   * its weight under a counting scheme.
   *
   * @param graph the co-authorship graph
   * @param counting how links are weighted
   * @return scores by author index ({@link CoauthorGraph#authors()} order)
   */
  public PageRankScores of(CoauthorGraph graph, Counting counting) {
    return run(checkNotNull(graph, "graph").pageRankInput(checkNotNull(counting, "counting")));
  }

  /**
   * A graph as PageRank reads it: the in-links of each vertex in compressed rows, and the total out-weight of each
   * vertex (0 for a vertex without out-links).
   *
   * @param offsets row starts, n + 1 entries
   * @param sources the source vertex of each in-link
   * @param weights the weight of each in-link, or null when all weigh 1
   * @param outWeight the total weight of each vertex's out-links
   */
  record Input(int[] offsets, int[] sources, double[] weights, double[] outWeight) {
    int n() {
      return outWeight.length;
    }
  }

  PageRankScores run(Input g) {
    int n = g.n();
    if (n == 0) {
      return new PageRankScores(new double[0], new Convergence(0, 0, tolerance, true));
    }
    double[] invOut = new double[n];
    for (int v = 0; v < n; v++) {
      invOut[v] = g.outWeight()[v] > 0 ? 1 / g.outWeight()[v] : 0;
    }
    double[] x = new double[n];
    double[] next = new double[n];
    // share[v] = x[v] / outWeight[v]: what v passes along each unit of link weight.
    double[] share = new double[n];
    double[] nextShare = new double[n];
    java.util.Arrays.fill(x, 1.0 / n);
    double dangling = 0;
    for (int v = 0; v < n; v++) {
      share[v] = x[v] * invOut[v];
      if (invOut[v] == 0) {
        dangling += x[v];
      }
    }
    int chunks = (n + CHUNK - 1) / CHUNK;
    double[] chunkChange = new double[chunks];
    double[] chunkDangling = new double[chunks];
    int iterations = 0;
    double change = Double.POSITIVE_INFINITY;
    while (iterations < maxIterations && !(change < tolerance)) {
      double base = (1 - damping) / n + damping * dangling / n;
      double[] cur = x;
      double[] nxt = next;
      double[] sh = share;
      double[] nsh = nextShare;
      IntStream range = IntStream.range(0, chunks);
      (chunks > 1 ? range.parallel() : range).forEach(c -> {
        int from = c * CHUNK;
        int to = Math.min(n, from + CHUNK);
        double diff = 0;
        double dang = 0;
        int[] offsets = g.offsets();
        int[] sources = g.sources();
        double[] weights = g.weights();
        for (int v = from; v < to; v++) {
          double s = 0;
          if (weights == null) {
            for (int k = offsets[v]; k < offsets[v + 1]; k++) {
              s += sh[sources[k]];
            }
          } else {
            for (int k = offsets[v]; k < offsets[v + 1]; k++) {
              s += sh[sources[k]] * weights[k];
            }
          }
          double value = base + damping * s;
          nxt[v] = value;
          nsh[v] = value * invOut[v];
          diff += Math.abs(value - cur[v]);
          if (invOut[v] == 0) {
            dang += value;
          }
        }
        chunkChange[c] = diff;
        chunkDangling[c] = dang;
      });
      change = 0;
      dangling = 0;
      for (int c = 0; c < chunks; c++) {
        change += chunkChange[c];
        dangling += chunkDangling[c];
      }
      x = nxt;
      next = cur;
      share = nsh;
      nextShare = sh;
      iterations++;
    }
    return new PageRankScores(x, new Convergence(iterations, change, tolerance, change < tolerance));
  }
}
