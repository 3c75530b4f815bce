package org.citegraph.graph;

/**
 * How a co-authored paper counts towards the link between two of its n authors.
 *
 * <p>Full counting is the classic co-authorship count. Fractional counting (Newman 2001, "Scientific collaboration
 * networks. II", Phys. Rev. E 64, 016132) gives each paper a total weight of 1 per author, spread over their n−1
 * co-authors, so that an author's strength from one paper sums to 1. Paper-normalised counting (as in Perianes-
 * Rodriguez, Waltman and van Eck 2016, "Constructing bibliometric networks: A comparison between full and fractional
 * counting", J. Informetrics 10(4)) gives each paper a total weight of 1 over all its n(n−1)/2 links.
 */
public enum Counting {
  /** Each shared paper adds 1. */
  FULL,
  /** Each shared paper adds 1/(n−1) (Newman 2001). */
  FRACTIONAL,
  /** Each shared paper adds 2/(n(n−1)), so a paper's links sum to 1. */
  PAPER;

  /**
   * The contribution of one paper with {@code n ≥ 2} authors to one of its links. O(1).
   *
   * @param n the paper's number of authors; at least 2 (a paper with fewer makes no link, and the result for
   *     {@code n < 2} is meaningless)
   * @return 1 (full), 1/(n−1) (fractional) or 2/(n(n−1)) (paper-normalised); in (0, 1]
   */
  public double contribution(int n) {
    return switch (this) {
      case FULL -> 1.0;
      case FRACTIONAL -> 1.0 / (n - 1);
      case PAPER -> 2.0 / ((double) n * (n - 1));
    };
  }
}
