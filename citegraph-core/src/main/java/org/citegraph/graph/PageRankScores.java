package org.citegraph.graph;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;

/**
 * PageRank scores by vertex index (paper index of a {@link CitationGraph}, author index of a {@link CoauthorGraph}),
 * summing to 1, with how the iteration ended. Immutable.
 */
public final class PageRankScores {
  private final double[] scores;
  private final Convergence convergence;

  PageRankScores(double[] scores, Convergence convergence) {
    this.scores = scores;
    this.convergence = checkNotNull(convergence, "convergence");
  }

  /**
   * The number of vertices.
   *
   * @return the number of scores
   */
  public int size() {
    return scores.length;
  }

  /**
   * The score of a vertex.
   *
   * @param index a vertex index
   * @return its PageRank
   * @throws IndexOutOfBoundsException if there is no such vertex
   */
  public double score(int index) {
    return scores[index];
  }

  /**
   * All scores, by vertex index.
   *
   * @return a copy
   */
  public double[] toArray() {
    return scores.clone();
  }

  /**
   * How the iteration ended: iterations, last change, tolerance.
   *
   * @return the convergence
   */
  public Convergence convergence() {
    return convergence;
  }

  @Override
  public String toString() {
    return "PageRankScores(" + scores.length + " vertices, " + convergence.describe() + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PageRankScores other && Arrays.equals(scores, other.scores)
        && convergence.equals(other.convergence);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(scores) + convergence.hashCode();
  }
}
