package org.citegraph.graph;

/**
 * An independent PageRank for tests: push-style power iteration over an edge list (each edge sends its share of the
 * source's score to the target; vertices without out-links spread their score evenly), run for a fixed number of
 * iterations, enough that d^k is below 1e-18, so that it has converged far below the tolerance of the code under
 * test. Written from the definition, sharing no code with {@link PageRank}.
 */
public final class PowerIterationOracle {
  private PowerIterationOracle() {}

  /**
   * @param n the vertices
   * @param from the source of each edge
   * @param to the target of each edge
   * @param weight the weight of each edge
   * @param damping the damping factor
   * @return the scores
   */
  public static double[] pageRank(int n, int[] from, int[] to, double[] weight, double damping) {
    double[] outWeight = new double[n];
    for (int e = 0; e < from.length; e++) {
      outWeight[from[e]] += weight[e];
    }
    int iterations = (int) Math.ceil(Math.log(1e-18) / Math.log(damping));
    double[] x = new double[n];
    java.util.Arrays.fill(x, 1.0 / n);
    for (int it = 0; it < iterations; it++) {
      double[] next = new double[n];
      double dangling = 0;
      for (int v = 0; v < n; v++) {
        if (outWeight[v] == 0) {
          dangling += x[v];
        }
      }
      for (int e = 0; e < from.length; e++) {
        next[to[e]] += damping * x[from[e]] * weight[e] / outWeight[from[e]];
      }
      for (int v = 0; v < n; v++) {
        next[v] += (1 - damping) / n + damping * dangling / n;
      }
      x = next;
    }
    return x;
  }

  /** Unweighted edges. */
  public static double[] pageRank(int n, int[] from, int[] to, double damping) {
    double[] w = new double[from.length];
    java.util.Arrays.fill(w, 1.0);
    return pageRank(n, from, to, w, damping);
  }
}
