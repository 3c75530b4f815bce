package org.citegraph.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The parallel sort gives the very array a sequential stable sort gives: the same order, and among equal elements
 * the order they came in (the elements compared here carry their first place, which the order ignores).
 */
class SortingTest {
  /** An element whose order looks at its key only; {@code place} tells equal keys apart. */
  record Item(int key, int place) implements Comparable<Item> {
    @Override
    public int compareTo(Item o) {
      return Integer.compare(key, o.key);
    }
  }

  private static Item[] items(int n, int keys, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Item[] a = new Item[n];
    for (int i = 0; i < n; i++) {
      a[i] = new Item(random.nextInt(keys), i);
    }
    return a;
  }

  @Property(seed = "11", tries = 40)
  void sameArrayAsTheSequentialStableSort(@ForAll @IntRange(max = 3 * Sorting.MIN_PARALLEL_LENGTH) int n,
      @ForAll @IntRange(min = 1, max = 5000) int keys, @ForAll long seed) {
    Item[] expected = items(n, keys, seed);
    Item[] actual = expected.clone();
    Arrays.sort(expected, Comparator.comparingInt(Item::key).reversed());
    Sorting.parallelSort(actual, Comparator.comparingInt(Item::key).reversed());
    assertArrayEquals(expected, actual);
  }

  @Property(seed = "12", tries = 20)
  void naturalOrderWhenNoComparatorIsGiven(@ForAll @IntRange(max = 3 * Sorting.MIN_PARALLEL_LENGTH) int n,
      @ForAll @IntRange(min = 1, max = 100) int keys, @ForAll long seed) {
    Item[] expected = items(n, keys, seed);
    Item[] actual = expected.clone();
    Arrays.sort(expected);
    Sorting.parallelSort(actual, null);
    assertArrayEquals(expected, actual);
  }

  @Test
  void largeArrayWithFewKeysKeepsEachKeysElementsInTheirFirstOrder() {
    Item[] a = items(200_000, 7, 3);
    Item[] sorted = a.clone();
    Sorting.parallelSort(sorted, null);
    Item[] expected = a.clone();
    Arrays.sort(expected);
    for (int i = 0; i < sorted.length; i++) {
      assertSame(expected[i], sorted[i], "element " + i);
    }
  }
}
