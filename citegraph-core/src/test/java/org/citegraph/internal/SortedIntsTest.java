package org.citegraph.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;

/**
 * The merge walks against set intersection, on random sorted runs inside larger arrays; the merge of runs against a
 * sort.
 */
class SortedIntsTest {
  private static int[] sorted(Set<Integer> values) {
    return new TreeSet<>(values).stream().mapToInt(Integer::intValue).toArray();
  }

  @Property(seed = "7", tries = 300)
  void visitsExactlyTheCommonValuesInOrder(
      @ForAll @Size(max = 40) @UniqueElements List<@IntRange(min = -50, max = 50) Integer> xs,
      @ForAll @Size(max = 40) @UniqueElements List<@IntRange(min = -50, max = 50) Integer> ys,
      @ForAll @IntRange(max = 3) int padding) {
    int[] x = sorted(Set.copyOf(xs));
    int[] y = sorted(Set.copyOf(ys));
    // Embed y in a larger array so that the run bounds matter.
    int[] padded = new int[y.length + 2 * padding];
    System.arraycopy(y, 0, padded, padding, y.length);
    for (int k = 0; k < padding; k++) {
      padded[k] = Integer.MIN_VALUE + k;
      padded[padded.length - 1 - k] = Integer.MAX_VALUE - k;
    }
    List<Integer> seen = new ArrayList<>();
    SortedInts.forEachCommon(x, 0, x.length, padded, padding, padding + y.length, (i, j) -> {
      assertEquals(x[i], padded[j]);
      seen.add(x[i]);
    });
    TreeSet<Integer> expected = new TreeSet<>(xs);
    expected.retainAll(Set.copyOf(ys));
    assertEquals(new ArrayList<>(expected), seen);
    assertEquals(!expected.isEmpty(), SortedInts.intersects(x, y));
  }

  @Property(seed = "11", tries = 500)
  void mergedRunsAreTheSortedValues(
      @ForAll @Size(max = 9) List<@Size(max = 12) List<@IntRange(min = -20, max = 20) Integer>> rows) {
    // Each row sorted (repeats allowed, as a paper cites one paper under two identifiers), laid end to end.
    int n = rows.stream().mapToInt(List::size).sum();
    int[] a = new int[n + 3];
    int[] bounds = new int[rows.size() + 1];
    int runs = 0;
    int at = 0;
    for (List<Integer> row : rows) {
      // Empty runs are listed too: the resolver lists one for a mention whose only co-author is its own name.
      bounds[runs++] = at;
      for (int v : row.stream().sorted().mapToInt(Integer::intValue).toArray()) {
        a[at++] = v;
      }
    }
    bounds[runs] = at;
    int[] expected = Arrays.copyOf(a, n);
    Arrays.sort(expected);
    int[] b = new int[n];
    int[] out = SortedInts.mergeRuns(a, b, bounds, runs);
    assertTrue(out == a || out == b);
    assertArrayEquals(expected, Arrays.copyOf(out, n));
  }
}
