package org.citegraph.internal;

/**
 * Merge walks over sorted int sequences (paper lists of authors, term ids of documents, a cluster's evidence values):
 * the one place the intersection of two sorted runs and the merge of sorted runs are written. Each walk is O(n + m)
 * and allocates nothing.
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

  /**
   * Sorts {@code a[bounds[0], bounds[runs])} when it is made of {@code runs} runs, each non-decreasing, the r-th at
   * {@code a[bounds[r], bounds[r + 1])}, by merging neighbouring runs pairwise, bottom up, between {@code a} and
   * {@code b} (natural merge sort without the run detection). O(n log runs) time for n values, where a general sort
   * takes O(n log n): the values of a few sorted rows gathered into one are merged in one or two passes.
   *
   * @param a the runs; overwritten
   * @param b a second buffer at least as long as the runs' end; overwritten
   * @param bounds the runs' starts then their end ({@code runs + 1} entries, non-decreasing); overwritten
   * @param runs the number of runs, 0 or more
   * @return whichever of {@code a} and {@code b} holds the sorted values at {@code [bounds[0], end)}
   */
  public static int[] mergeRuns(int[] a, int[] b, int[] bounds, int runs) {
    int[] from = a;
    int[] to = b;
    while (runs > 1) {
      int merged = 0;
      for (int r = 0; r < runs; r += 2) {
        int lo = bounds[r];
        int mid = bounds[Math.min(r + 1, runs)];
        int hi = bounds[Math.min(r + 2, runs)];
        int i = lo;
        int j = mid;
        int o = lo;
        while (i < mid && j < hi) {
          to[o++] = from[j] < from[i] ? from[j++] : from[i++];
        }
        System.arraycopy(from, i, to, o, mid - i);
        System.arraycopy(from, j, to, o + mid - i, hi - j);
        bounds[merged++] = lo;
      }
      bounds[merged] = bounds[runs];
      runs = merged;
      int[] t = from;
      from = to;
      to = t;
    }
    return from;
  }
}
