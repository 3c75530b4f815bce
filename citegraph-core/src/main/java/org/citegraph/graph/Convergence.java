package org.citegraph.graph;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;

/**
 * How an iterative computation ended: the number of iterations run, the change of the last one, the tolerance it was
 * run to, and whether the change fell below the tolerance before the iteration limit.
 *
 * @param iterations the iterations run (at least 1 for a non-empty graph, 0 for an empty one)
 * @param change the L1 norm of the change of the last iteration (0 for an empty graph)
 * @param tolerance the L1 change below which the computation stops
 * @param converged whether it stopped because the change fell below the tolerance
 */
public record Convergence(int iterations, double change, double tolerance, boolean converged) {
  /**
   * Validates the values.
   *
   * @param iterations the iterations run
   * @param change the L1 norm of the change of the last iteration
   * @param tolerance the L1 change below which the computation stops
   * @param converged whether the change fell below the tolerance
   * @throws IllegalArgumentException if a count or norm is negative or not a number
   */
  public Convergence {
    checkArgument(iterations >= 0, "iterations must be >= 0, got %s", iterations);
    checkArgument(change >= 0, "change must be >= 0, got %s", change);
    checkArgument(tolerance > 0, "tolerance must be > 0, got %s", tolerance);
  }

  /**
   * A one-line description, e.g. {@code "converged in 57 iterations (L1 change 6.2e-13 < 1e-12)"}.
   *
   * @return the description
   */
  public String describe() {
    return String.format(Locale.ROOT, "%s %d iterations (L1 change %.1e %s %.0e)",
        converged ? "converged in" : "NOT converged after", iterations, change, converged ? "<" : ">=", tolerance);
  }

  @Override
  public String toString() {
    return describe();
  }
}
