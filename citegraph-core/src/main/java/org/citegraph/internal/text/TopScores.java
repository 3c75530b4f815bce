package org.citegraph.internal.text;

/**
 * The {@code k} best items by a {@code double} score, highest first, ties by smaller item: a bounded binary min-heap
 * over parallel primitive arrays, for hot loops where {@link TopK}'s comparator call (shared by many orders, so not
 * inlined) dominates. Same order as a {@link TopK} comparing {@code Double.compare(score[b], score[a])}, then the
 * items, for scores that are not NaN. {@link #offer} is O(log k), O(1) when the item cannot enter; reusable after
 * {@link #drainBestFirst} or {@link #clear}. The kept items can also be read in heap order ({@link #item}) without
 * sorting them. Shared by the corpus neighbor search and the timelines' pruned predecessor search. Not thread-safe.
 */
public final class TopScores {
  private final int k;
  private final double[] score;
  private final int[] item;
  private int size;

  /**
   * An empty heap.
   *
   * @param k how many items to keep, at least 0
   * @throws IllegalArgumentException if k is negative
   */
  public TopScores(int k) {
    if (k < 0) {
      throw new IllegalArgumentException("k must be >= 0: " + k);
    }
    this.k = k;
    this.score = new double[k];
    this.item = new int[k];
  }

  /**
   * Whether (s1, i1) ranks below (s2, i2): a lower score by {@link Double#compare}, or the same score and a larger
   * item.
   */
  private static boolean worse(double s1, int i1, double s2, int i2) {
    int c = Double.compare(s1, s2);
    return c < 0 || (c == 0 && i1 > i2);
  }

  /** Empties the heap (k stays). */
  public void clear() {
    size = 0;
  }

  /**
   * How many items are kept.
   *
   * @return at most k
   */
  public int size() {
    return size;
  }

  /**
   * The h-th kept item in heap order (the worst kept is item 0; the others in no useful order).
   *
   * @param h the heap position, {@code 0 <= h < size()}
   * @return the item
   */
  public int item(int h) {
    return item[h];
  }

  /**
   * Offers an item with its score; it is kept if fewer than k are kept or it beats the worst kept.
   *
   * @param s the score, not NaN
   * @param x the item
   */
  public void offer(double s, int x) {
    if (size < k) {
      int i = size++;
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        if (!worse(s, x, score[parent], item[parent])) {
          break;
        }
        score[i] = score[parent];
        item[i] = item[parent];
        i = parent;
      }
      score[i] = s;
      item[i] = x;
    } else if (k > 0 && worse(score[0], item[0], s, x)) {
      siftDown(s, x);
    }
  }

  /**
   * The score an offer must reach to be kept (ties decided by item): the worst kept, or -∞ while not full.
   *
   * @return the floor score
   */
  public double floor() {
    return size == k && k > 0 ? score[0] : Double.NEGATIVE_INFINITY;
  }

  /** Places (s, x) at the root and sifts it down. */
  private void siftDown(double s, int x) {
    int i = 0;
    int half = size >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      int right = child + 1;
      if (right < size && worse(score[right], item[right], score[child], item[child])) {
        child = right;
      }
      if (!worse(score[child], item[child], s, x)) {
        break;
      }
      score[i] = score[child];
      item[i] = item[child];
      i = child;
    }
    score[i] = s;
    item[i] = x;
  }

  /**
   * The kept items, best first, and empties the heap. O(k log k).
   *
   * @return the items
   */
  public int[] drainBestFirst() {
    int[] out = new int[size];
    for (int i = size - 1; i >= 0; i--) {
      out[i] = item[0];
      double s = score[size - 1];
      int x = item[size - 1];
      size--;
      if (size > 0) {
        siftDown(s, x);
      }
    }
    return out;
  }
}
