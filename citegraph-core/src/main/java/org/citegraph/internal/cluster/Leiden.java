package org.citegraph.internal.cluster;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.Random;

import org.citegraph.internal.PhaseLog;

import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;

/**
 * Modularity-based community detection with the Leiden algorithm (Traag, Waltman &amp; van Eck 2019, "From Louvain to
 * Leiden: guaranteeing well-connected communities", Scientific Reports 9, 5233), using the CWTS reference
 * implementation. Modularity is optimised as CPM with node weights equal to strengths and resolution γ/(2m), as in
 * CWTS's own command-line tool. Each run costs roughly O(iterations · m) for m edges.
 *
 * <p>Deterministic for a given seed and edge list: cluster labels are renumbered by size (largest first), then by
 * smallest member, so they do not depend on the algorithm's internal numbering.
 */
public final class Leiden {
  /** Default number of Leiden iterations. */
  public static final int DEFAULT_ITERATIONS = 10;
  /** Default randomness of the refinement phase, as in the CWTS implementation. */
  public static final double DEFAULT_RANDOMNESS = 0.01;
  /**
   * A run that stops when stable also stops after an iteration that raised the quality by less than this share of
   * the quality reached: the first iteration or two do nearly all of the work (on the 100,000-paper synthetic
   * corpus the first run's quality went 0.5801, 0.5915, 0.59156, 0.59156 over four iterations), and each further
   * iteration over a million papers costs several seconds for a gain in the fifth decimal.
   */
  public static final double MIN_RELATIVE_GAIN = 1e-3;

  private Leiden() {}

  /**
   * The result: a cluster label per node (0 = largest cluster), the number of clusters and the modularity.
   *
   * @param membership cluster of each node
   * @param clusterCount number of clusters
   * @param modularity Newman–Girvan modularity of the partition at the given resolution
   */
  public record Result(int[] membership, int clusterCount, double modularity) {}

  /**
   * Clusters an undirected weighted graph given as an edge list with each edge once.
   *
   * @param n number of nodes
   * @param from edge sources
   * @param to edge targets
   * @param weight positive edge weights
   * @param resolution the modularity resolution γ (1 is classic modularity)
   * @param seed random seed
   * @param iterations Leiden iterations, at least 1
   */
  public static Result cluster(int n, int[] from, int[] to, double[] weight, double resolution, long seed,
      int iterations) {
    return cluster(n, from, to, weight, resolution, seed, iterations, false);
  }

  /**
   * As {@link #cluster(int, int[], int[], double[], double, long, int)}, optionally stopping before {@code
   * iterations} once an iteration leaves the partition unchanged (the criterion of the CWTS implementation's
   * "iterate until stable" mode) or raises the quality by less than {@link #MIN_RELATIVE_GAIN} of it. Without
   * stopping the result is the same as running all iterations at once: the iterations are run one by one with the
   * same random generator.
   *
   * @param stopWhenStable stop at the first iteration that changes nothing or gains less than {@link
   *     #MIN_RELATIVE_GAIN}
   */
  public static Result cluster(int n, int[] from, int[] to, double[] weight, double resolution, long seed,
      int iterations, boolean stopWhenStable) {
    return cluster(n, from, to, weight, resolution, seed, iterations, stopWhenStable, null);
  }

  /**
   * As {@link #cluster(int, int[], int[], double[], double, long, int, boolean)}, starting from a given partition
   * instead of singletons (a warm start: Leiden only improves it, so a start close to the optimum needs one or two
   * iterations).
   *
   * @param start a cluster label per node (any non-negative labels), or null for singletons
   */
  public static Result cluster(int n, int[] from, int[] to, double[] weight, double resolution, long seed,
      int iterations, boolean stopWhenStable, int[] start) {
    checkArgument(from.length == to.length && to.length == weight.length, "edge arrays differ in length");
    checkArgument(resolution > 0, "resolution must be positive, got %s", resolution);
    checkArgument(iterations >= 1, "iterations must be at least 1, got %s", iterations);
    if (n == 0) {
      return new Result(new int[0], 0, 0);
    }
    if (from.length == 0) {
      int[] singletons = new int[n];
      Arrays.setAll(singletons, i -> i);
      return new Result(singletons, n, 0);
    }
    Network network = network(n, from, to, weight);
    double cpmResolution = resolution / (2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks());
    LeidenAlgorithm leiden = new LeidenAlgorithm(cpmResolution, 1, DEFAULT_RANDOMNESS, new Random(seed));
    checkArgument(start == null || start.length == n, "start partition has %s labels for %s nodes",
        start == null ? 0 : start.length, n);
    Clustering clustering = start == null ? new Clustering(n) : new Clustering(canonical(start));
    if (stopWhenStable) {
      improveUntilStable(leiden, network, clustering, iterations, PhaseLog.start("leiden " + n));
    } else {
      for (int i = 0; i < iterations; i++) {
        leiden.improveClustering(network, clustering);
      }
    }
    return new Result(canonical(clustering.getClusters()), countDistinct(clustering.getClusters()),
        leiden.calcQuality(network, clustering));
  }

  /**
   * Runs up to {@code iterations} Leiden iterations, stopping after one that changes nothing or raises the quality
   * by less than {@link #MIN_RELATIVE_GAIN} of it.
   */
  private static void improveUntilStable(LeidenAlgorithm leiden, Network network, Clustering clustering,
      int iterations, PhaseLog log) {
    double quality = leiden.calcQuality(network, clustering);
    for (int i = 0; i < iterations; i++) {
      boolean changed = leiden.improveClustering(network, clustering);
      double before = quality;
      quality = leiden.calcQuality(network, clustering);
      log.phase("iteration " + (i + 1) + ", quality " + quality);
      if (!changed || quality - before < MIN_RELATIVE_GAIN * Math.abs(quality)) {
        break;
      }
    }
  }

  /**
   * Clusters the graph at each resolution of a decreasing sweep, starting each run from the previous partition
   * (a warm start: lowering γ only merges, so each run refines the last one). The first run is on the whole
   * network; the later ones run on the network aggregated by the first partition (its clusters as nodes, their
   * links summed; Blondel et al. 2008's aggregation step, as inside Leiden itself), so they move whole clusters of
   * the finest partition and cost a fraction of a run on the whole network.
   * The first run stops when stable or when an iteration gains less than {@link #MIN_RELATIVE_GAIN} of the quality.
   * Each result is as {@link #cluster(int, int[], int[], double[], double, long, int, boolean)} would describe it;
   * the same seed drives every run, so the sweep is deterministic. Stops early at the first resolution for which
   * {@code stop} answers true (that result is the last one returned). Cost: O(iterations · m) for the first
   * resolution plus O(resolutions · iterations · m') for the m' links of the aggregate.
   *
   * @param n number of nodes
   * @param from edge sources
   * @param to edge targets
   * @param weight positive edge weights
   * @param resolutions modularity resolutions, each positive, in decreasing order
   * @param seed random seed
   * @param iterations Leiden iterations per resolution, at least 1
   * @param stop decides after each resolution whether to stop the sweep
   * @return one result per resolution run, in sweep order
   * @throws IllegalArgumentException if the resolutions are not positive and decreasing
   */
  public static java.util.List<Result> sweep(int n, int[] from, int[] to, double[] weight, double[] resolutions,
      long seed, int iterations, java.util.function.Predicate<Result> stop) {
    checkArgument(from.length == to.length && to.length == weight.length, "edge arrays differ in length");
    checkArgument(iterations >= 1, "iterations must be at least 1, got %s", iterations);
    for (int i = 0; i < resolutions.length; i++) {
      checkArgument(resolutions[i] > 0 && (i == 0 || resolutions[i] < resolutions[i - 1]),
          "resolutions must be positive and decreasing: %s", Arrays.toString(resolutions));
    }
    java.util.List<Result> out = new java.util.ArrayList<>();
    if (n == 0 || from.length == 0) {
      Result r = cluster(n, from, to, weight, resolutions.length == 0 ? 1 : resolutions[0], seed, 1);
      out.add(r);
      return out;
    }
    PhaseLog log = PhaseLog.start("leiden sweep " + n);
    Network network = network(n, from, to, weight);
    double scale = 2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks();
    log.phase("network");
    Random random = new Random(seed);
    Clustering clustering = new Clustering(n);
    // After the first (finest) resolution, the network is aggregated by its partition and the sweep goes on over
    // the aggregate: each later run moves whole clusters of the first partition, not single nodes, so it costs
    // O(iterations · clusters' links) instead of O(iterations · m).
    Network reduced = null;
    Clustering coarse = null;
    int[] base = null;
    for (int r = 0; r < resolutions.length; r++) {
      double resolution = resolutions[r];
      LeidenAlgorithm leiden = new LeidenAlgorithm(resolution / scale, 1, DEFAULT_RANDOMNESS, random);
      int[] membership;
      if (r == 0) {
        improveUntilStable(leiden, network, clustering, iterations, log);
        membership = clustering.getClusters();
      } else {
        if (reduced == null) {
          base = canonical(clustering.getClusters());
          reduced = network.createReducedNetwork(new Clustering(base));
          coarse = new Clustering(reduced.getNNodes());
        }
        for (int i = 0; i < iterations; i++) {
          if (!leiden.improveClustering(reduced, coarse)) {
            break;
          }
        }
        membership = new int[n];
        for (int v = 0; v < n; v++) {
          membership[v] = coarse.getCluster(base[v]);
        }
      }
      int[] labels = canonical(membership);
      Result result = new Result(labels, countDistinct(labels), leiden.calcQuality(network, new Clustering(labels)));
      out.add(result);
      log.phase("resolution " + resolution);
      if (stop.test(result)) {
        break;
      }
    }
    return out;
  }

  /**
   * The CWTS network of an undirected edge list (each edge once), built directly in its compressed sparse row form:
   * both directions of each edge are placed by a counting sort (a graph with self-links goes through CWTS's own
   * edge-list constructor) on the node, each row is put in ascending neighbor
   * order (already the case, and only checked, when the edges come sorted by their smaller and then larger node, as
   * the callers give them), and repeated links of a pair are summed. The CWTS edge-list constructor instead
   * merge-sorts all 2m directed edges through its big-array sort, which dominated the cost of building the network.
   * O(n + m) for sorted input, O(n + m log d) otherwise (d the largest degree). Node weights are the strengths.
   */
  static Network network(int n, int[] from, int[] to, double[] weight) {
    int m = from.length;
    for (int e = 0; e < m; e++) {
      checkArgument(from[e] >= 0 && from[e] < n && to[e] >= 0 && to[e] < n,
          "edge %s links %s and %s, outside the nodes 0..%s", e, from[e], to[e], n - 1);
      if (from[e] == to[e]) {
        // Self-links are kept apart by CWTS (total self-link weight); its edge-list constructor handles them.
        return new Network(n, true, new LargeIntArray[] {new LargeIntArray(from), new LargeIntArray(to)},
            new LargeDoubleArray(weight), false, true);
      }
    }
    Adjacency rows = Adjacency.of(n, from, to, weight);
    int[] start = rows.start();
    int[] node = rows.node();
    double[] w = rows.weight();
    long[] first = new long[n + 1];
    int out = 0;
    for (int i = 0; i < n; i++) {
      first[i] = out;
      int lo = start[i];
      int hi = start[i + 1];
      boolean sorted = true;
      for (int q = lo + 1; q < hi && sorted; q++) {
        sorted = node[q - 1] < node[q];
      }
      if (!sorted) {
        // Neighbor in the high bits, slot in the low bits: sorting orders by neighbor, repeats by slot.
        long[] keys = new long[hi - lo];
        for (int q = lo; q < hi; q++) {
          keys[q - lo] = ((long) node[q] << 32) | q;
        }
        Arrays.sort(keys);
        double[] weights = new double[hi - lo];
        for (int x = 0; x < keys.length; x++) {
          weights[x] = w[(int) keys[x]];
        }
        for (int x = 0; x < keys.length; x++) {
          node[lo + x] = (int) (keys[x] >>> 32);
          w[lo + x] = weights[x];
        }
      }
      for (int q = lo; q < hi; q++) {
        if (out > first[i] && node[out - 1] == node[q]) {
          w[out - 1] += w[q];
        } else {
          node[out] = node[q];
          w[out++] = w[q];
        }
      }
    }
    first[n] = out;
    return new Network(n, true, first, new LargeIntArray(Arrays.copyOf(node, out)),
        new LargeDoubleArray(Arrays.copyOf(w, out)), false);
  }

  private static int countDistinct(int[] labels) {
    return (int) Arrays.stream(labels).distinct().count();
  }

  /** Renumbers labels: larger clusters first, ties by smallest member. */
  static int[] canonical(int[] labels) {
    int max = Arrays.stream(labels).max().orElse(-1) + 1;
    int[] size = new int[max];
    int[] first = new int[max];
    Arrays.fill(first, Integer.MAX_VALUE);
    for (int i = 0; i < labels.length; i++) {
      size[labels[i]]++;
      first[labels[i]] = Math.min(first[labels[i]], i);
    }
    long[] order = new long[max];
    int used = 0;
    for (int c = 0; c < max; c++) {
      if (size[c] > 0) {
        // Larger size first (negated), then smaller first member; packed to sort without boxing.
        order[used++] = ((long) (Integer.MAX_VALUE - size[c]) << 32) | first[c];
      }
    }
    long[] sorted = Arrays.copyOf(order, used);
    Arrays.sort(sorted);
    int[] newLabel = new int[max];
    for (int rank = 0; rank < used; rank++) {
      newLabel[labels[(int) sorted[rank]]] = rank;
    }
    int[] out = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      out[i] = newLabel[labels[i]];
    }
    return out;
  }
}
