package org.citegraph.resolve;

import java.util.function.IntConsumer;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

import org.citegraph.model.PersonName;

/**
 * Work over items that lie all over the heap (the names of a large corpus), on all cores, in runs of {@link #RUN}:
 * each run's items are first touched, with loads that do not wait for one another and that the processor overlaps,
 * then worked on from the cache. Working on one item at a time instead waits for each item's cache misses in turn.
 * Stateless.
 */
final class CacheRuns {
  private CacheRuns() {}

  /** How many items one run touches before working on them. */
  static final int RUN = 16;

  /** The sum of the touches of the last call; read by no one, written so that the touching loads are kept. */
  @SuppressWarnings("unused")
  private static volatile int touched;

  /**
   * Runs {@code work} on items {@code 0..n-1} in runs, on all cores, touching each run's items first.
   *
   * @param n the number of items
   * @param touch reads item i's scattered parts (for example their lengths) and returns any number made of them
   * @param work the work on item i; items of different runs are worked on concurrently
   */
  static void forEach(int n, IntUnaryOperator touch, IntConsumer work) {
    int runs = (n + RUN - 1) / RUN;
    touched = IntStream.range(0, runs).parallel().map(r -> {
      int from = r * RUN;
      int to = Math.min(n, from + RUN);
      int sum = 0;
      for (int i = from; i < to; i++) {
        sum += touch.applyAsInt(i);
      }
      for (int i = from; i < to; i++) {
        work.accept(i);
      }
      return sum;
    }).sum();
  }

  /** Touches a name's four parts: the name, its strings and their characters' arrays. */
  static int touch(PersonName name) {
    return name.given().length() + name.particle().length() + name.family().length() + name.suffix().length();
  }
}
