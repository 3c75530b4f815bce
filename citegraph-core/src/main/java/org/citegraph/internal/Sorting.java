package org.citegraph.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * A stable sort of object arrays on all cores, also on machines where {@link Arrays#parallelSort(Object[],
 * Comparator)} sorts on one: the JDK's parallel sort runs sequentially when the common pool's parallelism is 1, which
 * it is on two cores (the pool keeps one core for the calling thread), although parallel streams there run on both.
 * This sort then sorts one part per core as a parallel stream does (the caller and the pool's worker), and {@link
 * Arrays#sort(Object[], Comparator)} merges the sorted parts: its merge sort finds each part as one run, so the last
 * pass is a stable merge of a few runs, O(n log parts) comparisons. With more cores it is the JDK's parallel sort.
 *
 * <p>Both sorts are stable, so the result is the same array as a sequential {@link Arrays#sort(Object[],
 * Comparator)} gives, for any number of cores.
 */
public final class Sorting {
  /** Arrays shorter than this are sorted on the calling thread (splitting them costs more than it saves). */
  public static final int MIN_PARALLEL_LENGTH = 1 << 13;

  private Sorting() {}

  /**
   * Sorts {@code a} by {@code order}, stably, on all cores.
   *
   * @param a the array, sorted in place
   * @param order the order; null for the elements' natural order
   * @param <T> the element type
   */
  public static <T> void parallelSort(T[] a, Comparator<? super T> order) {
    int cores = Runtime.getRuntime().availableProcessors();
    if (a.length < MIN_PARALLEL_LENGTH || cores == 1) {
      Arrays.sort(a, order);
      return;
    }
    if (ForkJoinPool.getCommonPoolParallelism() > 1) {
      Arrays.parallelSort(a, order);
      return;
    }
    int parts = Math.min(cores, a.length / (MIN_PARALLEL_LENGTH / 2));
    int n = a.length;
    IntStream.range(0, parts).parallel().forEach(k ->
        Arrays.sort(a, (int) ((long) n * k / parts), (int) ((long) n * (k + 1) / parts), order));
    Arrays.sort(a, order);
  }
}
