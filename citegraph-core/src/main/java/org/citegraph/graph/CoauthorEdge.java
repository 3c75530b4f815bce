package org.citegraph.graph;

import org.citegraph.model.Author;

/**
 * A link between two co-authors, with its weights under every {@link Counting} scheme. {@code first} sorts before
 * {@code second}.
 *
 * @param first the author with the smaller id
 * @param second the author with the larger id
 * @param papers number of shared papers (the full-counting weight)
 * @param fractional the fractional weight Σ 1/(n−1) over the shared papers
 * @param paperNormalised the paper-normalised weight Σ 2/(n(n−1)) over the shared papers
 */
public record CoauthorEdge(Author first, Author second, int papers, double fractional, double paperNormalised) {

  /**
   * The weight under a counting scheme.
   *
   * @param counting the scheme
   * @return {@link #papers()} for {@link Counting#FULL}, {@link #fractional()} for {@link Counting#FRACTIONAL},
   *     {@link #paperNormalised()} for {@link Counting#PAPER}; always positive
   */
  public double weight(Counting counting) {
    return switch (counting) {
      case FULL -> papers;
      case FRACTIONAL -> fractional;
      case PAPER -> paperNormalised;
    };
  }

  @Override
  public String toString() {
    return first + " -- " + second + " (" + papers + " papers)";
  }
}
