package org.citegraph.internal.cluster;

import java.util.Arrays;

/**
 * An undirected weighted graph in compressed sparse rows: row {@code i} is {@code node[start[i]..start[i + 1])} with
 * the matching {@code weight}s, both directions of every edge stored. Built by a counting sort on the node, so each
 * row lists its neighbors in the order of the edges given (ascending when the edges come sorted by their smaller and
 * then larger node). O(n + m).
 *
 * @param start row offsets, {@code n + 1} entries
 * @param node the neighbor of each entry
 * @param weight the weight of each entry
 */
public record Adjacency(int[] start, int[] node, double[] weight) {

  /**
   * The rows of an undirected edge list, each edge given once.
   *
   * @param n the number of nodes; every end point is in {@code 0..n-1}
   * @param from one end of each edge
   * @param to the other end of each edge
   * @param w the weight of each edge
   * @return the rows
   */
  public static Adjacency of(int n, int[] from, int[] to, double[] w) {
    int[] start = new int[n + 1];
    for (int e = 0; e < from.length; e++) {
      start[from[e] + 1]++;
      start[to[e] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      start[i + 1] += start[i];
    }
    int[] fill = Arrays.copyOf(start, n);
    int[] node = new int[start[n]];
    double[] weight = new double[start[n]];
    for (int e = 0; e < from.length; e++) {
      node[fill[from[e]]] = to[e];
      weight[fill[from[e]]++] = w[e];
      node[fill[to[e]]] = from[e];
      weight[fill[to[e]]++] = w[e];
    }
    return new Adjacency(start, node, weight);
  }
}
