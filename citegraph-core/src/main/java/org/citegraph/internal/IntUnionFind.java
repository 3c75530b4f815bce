package org.citegraph.internal;

import java.util.Arrays;

/**
 * Disjoint sets over {@code 0..n-1} on int arrays (union-find; Galler and Fischer 1964, Tarjan 1975), with the merge
 * reasons recorded per merged pair.
 *
 * <p>The representative of every set is its <b>smallest element</b>: a union links the larger root under the smaller
 * one. So {@link #find} is a canonical label of the set, the same whatever the order of the unions, and anything
 * keyed by it (a cluster's profile, a group's order) is deterministic. Each union that joins two sets may carry a
 * caller-defined reason code; the reasons are kept per merged pair, in call order, so they never depend on which
 * root won ({@link #firstReasons()}).
 *
 * <p>Running time: {@link #find} compresses paths by halving; with linking by index instead of by rank a sequence
 * of m operations on n elements costs O(m log n) in the worst case and near-linear time in practice (Tarjan and van
 * Leeuwen 1984, "Worst-case analysis of set union algorithms", JACM). Memory: one int per element plus three ints
 * per recorded merge. Not thread-safe: confine an instance to one thread.
 */
public final class IntUnionFind {
  /** A reason code meaning "no reason recorded". */
  public static final int NO_REASON = -1;

  private final int[] parent;
  private int sets;
  private int[] merged = new int[0];
  private int merges;

  /**
   * {@code n} singleton sets {0}, {1}, ..., {n-1}.
   *
   * @param n the number of elements, at least 0
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public IntUnionFind(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("the number of elements must be at least 0, got " + n);
    }
    parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    sets = n;
  }

  /**
   * The number of elements.
   *
   * @return n, as given to the constructor
   */
  public int size() {
    return parent.length;
  }

  /**
   * The number of disjoint sets.
   *
   * @return n minus the number of unions that joined two sets
   */
  public int sets() {
    return sets;
  }

  /**
   * The representative of {@code x}'s set: its smallest element. Amortised near-constant time (path halving).
   *
   * @param x an element
   * @return the smallest element of the set holding {@code x}
   * @throws ArrayIndexOutOfBoundsException if {@code x} is not in {@code 0..n-1}
   */
  public int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /**
   * Whether two elements are in one set.
   *
   * @param a an element
   * @param b an element
   * @return true if {@code find(a) == find(b)}
   */
  public boolean connected(int a, int b) {
    return find(a) == find(b);
  }

  /**
   * Joins the sets of {@code a} and {@code b}, recording no reason.
   *
   * @param a an element
   * @param b an element
   * @return true if two sets were joined, false if they were already one
   */
  public boolean union(int a, int b) {
    return union(a, b, NO_REASON);
  }

  /**
   * Joins the sets of {@code a} and {@code b}; when that joins two sets and {@code reason} is not {@link
   * #NO_REASON}, records the pair and the reason.
   *
   * @param a an element
   * @param b an element
   * @param reason a caller-defined reason code (at least 0), or {@link #NO_REASON}
   * @return true if two sets were joined, false if they were already one
   */
  public boolean union(int a, int b, int reason) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return false;
    }
    if (ra < rb) {
      parent[rb] = ra;
    } else {
      parent[ra] = rb;
    }
    sets--;
    if (reason != NO_REASON) {
      if (3 * merges + 3 > merged.length) {
        merged = Arrays.copyOf(merged, Math.max(24, merged.length * 2));
      }
      merged[3 * merges] = a;
      merged[3 * merges + 1] = b;
      merged[3 * merges + 2] = reason;
      merges++;
    }
    return true;
  }

  /**
   * The number of recorded merges (unions with a reason that joined two sets).
   *
   * @return the count, in call order
   */
  public int merges() {
    return merges;
  }

  /**
   * One element of the {@code i}-th recorded merge, as passed to {@link #union(int, int, int)}.
   *
   * @param i the merge, {@code 0..merges()-1}
   * @param second false for the first argument, true for the second
   * @return the element
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public int mergeElement(int i, boolean second) {
    checkMerge(i);
    return merged[3 * i + (second ? 1 : 0)];
  }

  /**
   * The reason of the {@code i}-th recorded merge.
   *
   * @param i the merge, {@code 0..merges()-1}
   * @return its reason code
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public int mergeReason(int i) {
    checkMerge(i);
    return merged[3 * i + 2];
  }

  /**
   * For every element, the reason of the earliest recorded merge inside its set: the set's reason, independent of
   * which element is its root. O(n + merges) time.
   *
   * @return an array of length n: the reason code, or {@link #NO_REASON} for a set without a recorded merge
   */
  public int[] firstReasons() {
    int n = parent.length;
    int[] ofRoot = new int[n];
    Arrays.fill(ofRoot, NO_REASON);
    for (int i = 0; i < merges; i++) {
      int root = find(merged[3 * i]);
      if (ofRoot[root] == NO_REASON) {
        ofRoot[root] = merged[3 * i + 2];
      }
    }
    int[] out = new int[n];
    for (int x = 0; x < n; x++) {
      out[x] = ofRoot[find(x)];
    }
    return out;
  }

  private void checkMerge(int i) {
    if (i < 0 || i >= merges) {
      throw new IndexOutOfBoundsException("merge " + i + " of " + merges + " recorded merges");
    }
  }
}
