package org.citegraph.internal.text;

/**
 * Selects the k best of a stream of int items under a primitive comparator, without boxing: a bounded binary heap
 * whose root is the worst kept item. {@link #offer} is O(log k); {@link #drainBestFirst} is O(k log k). Not
 * thread-safe; reusable after draining.
 */
public final class TopK {

  /** Orders items; a negative result means {@code a} is better than {@code b}. Must be a strict total order. */
  @FunctionalInterface
  public interface IntOrder {
    int compare(int a, int b);
  }

  private final int k;
  private final IntOrder order;
  private final int[] heap;
  private int size;

  public TopK(int k, IntOrder order) {
    if (k < 0) {
      throw new IllegalArgumentException("k must be >= 0: " + k);
    }
    this.k = k;
    this.order = order;
    this.heap = new int[k];
  }

  /** Number of items currently kept. */
  public int size() {
    return size;
  }

  /** Offers an item; it is kept if fewer than k items are kept or it is better than the worst kept one. */
  public void offer(int item) {
    if (k == 0) {
      return;
    }
    if (size < k) {
      heap[size] = item;
      siftUp(size++);
    } else if (order.compare(item, heap[0]) < 0) {
      heap[0] = item;
      siftDown(0);
    }
  }

  /** Removes all kept items and returns them best first. */
  public int[] drainBestFirst() {
    int[] out = new int[size];
    for (int i = size - 1; i >= 0; i--) {
      out[i] = heap[0];
      heap[0] = heap[--size];
      siftDown(0);
    }
    return out;
  }

  /** Heap invariant: a parent is worse than (compares after) its children. */
  private boolean worse(int a, int b) {
    return order.compare(a, b) > 0;
  }

  private void siftUp(int i) {
    int item = heap[i];
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!worse(item, heap[parent])) {
        break;
      }
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = item;
  }

  private void siftDown(int i) {
    if (size == 0) {
      return;
    }
    int item = heap[i];
    int half = size >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      int right = child + 1;
      if (right < size && worse(heap[right], heap[child])) {
        child = right;
      }
      if (!worse(heap[child], item)) {
        break;
      }
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = item;
  }
}
