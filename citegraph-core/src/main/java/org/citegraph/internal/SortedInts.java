package org.citegraph.internal;

/**
 * Merge walks over strictly increasing int sequences (paper lists of authors, term ids of documents): the one place
 * the intersection of two sorted runs is written. Each walk is O(n + m) and allocates nothing.
 */
public final class SortedInts {
  private SortedInts() {}

  /** Receives the positions of one common value: index {@code i} in the first run, {@code j} in the second. */
  @FunctionalInterface
  public interface CommonPositions {
    /**
     * Called once per common value, in increasing value order.
     *
     * @param i the value's index in the first array
     * @param j the value's index in the second array
     */
    void accept(int i, int j);
  }

  /**
   * Visits every value present in both {@code x[xFrom, xTo)} and {@code y[yFrom, yTo)}, each strictly increasing,
   * in increasing order.
   *
   * @param x the first array
   * @param xFrom start of the first run, inclusive
   * @param xTo end of the first run, exclusive
   * @param y the second array
   * @param yFrom start of the second run, inclusive
   * @param yTo end of the second run, exclusive
   * @param visitor receives the positions of each common value
   */
  public static void forEachCommon(int[] x, int xFrom, int xTo, int[] y, int yFrom, int yTo,
      CommonPositions visitor) {
    int i = xFrom;
    int j = yFrom;
    while (i < xTo && j < yTo) {
      int a = x[i];
      int b = y[j];
      if (a == b) {
        visitor.accept(i++, j++);
      } else if (a < b) {
        i++;
      } else {
        j++;
      }
    }
  }

  /**
   * Whether two strictly increasing arrays share a value; stops at the first one.
   *
   * @param x the first array
   * @param y the second array
   * @return true when some value is in both
   */
  public static boolean intersects(int[] x, int[] y) {
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      int a = x[i];
      int b = y[j];
      if (a == b) {
        return true;
      } else if (a < b) {
        i++;
      } else {
        j++;
      }
    }
    return false;
  }
}
