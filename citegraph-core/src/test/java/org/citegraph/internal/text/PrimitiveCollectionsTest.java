package org.citegraph.internal.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The package's primitive helpers against their boxed JDK equivalents. */
class PrimitiveCollectionsTest {

  @Property(seed = "42")
  void longIntCounterCountsLikeAHashMap(
      @ForAll @Size(max = 300) List<@LongRange(min = -40, max = 40) Long> smallKeys,
      @ForAll @Size(max = 50) List<Long> anyKeys) {
    LongIntCounter counter = new LongIntCounter(1);
    Map<Long, Integer> expected = new HashMap<>();
    for (List<Long> keys : List.of(smallKeys, anyKeys)) {
      for (long k : keys) {
        int now = counter.add(k, 1);
        expected.merge(k, 1, Integer::sum);
        assertEquals(expected.get(k), now);
      }
    }
    assertEquals(expected.size(), counter.size());
    for (Map.Entry<Long, Integer> e : expected.entrySet()) {
      assertEquals(e.getValue(), counter.get(e.getKey()));
    }
    assertEquals(0, counter.get(1_000_000L));
    Map<Long, Integer> visited = new HashMap<>();
    counter.forEach((k, v) -> visited.put(k, v));
    assertEquals(expected, visited);
  }

  @Property(seed = "42")
  void putIfAbsentKeepsTheFirstValue(@ForAll @Size(max = 300) List<@LongRange(min = -40, max = 40) Long> smallKeys,
      @ForAll @Size(max = 50) List<Long> anyKeys) {
    LongIntCounter counter = new LongIntCounter(1);
    Map<Long, Integer> expected = new HashMap<>();
    int value = 0;
    for (List<Long> keys : List.of(smallKeys, anyKeys, List.of(Long.MIN_VALUE, Long.MIN_VALUE))) {
      for (long k : keys) {
        value++;
        Integer before = expected.putIfAbsent(k, value);
        assertEquals(before == null ? 0 : before, counter.putIfAbsent(k, value));
      }
    }
    assertEquals(expected.size(), counter.size());
    for (Map.Entry<Long, Integer> e : expected.entrySet()) {
      assertEquals(e.getValue(), counter.get(e.getKey()));
    }
  }

  @Property(seed = "42")
  void topKKeepsTheBestInOrder(@ForAll @Size(max = 60) List<@IntRange(min = 0, max = 20) Integer> scores,
      @ForAll @IntRange(min = 0, max = 10) int k) {
    int[] s = scores.stream().mapToInt(Integer::intValue).toArray();
    // Better = higher score, ties by smaller index.
    TopK top = new TopK(k, (a, b) -> s[a] != s[b] ? Integer.compare(s[b], s[a]) : Integer.compare(a, b));
    for (int i = 0; i < s.length; i++) {
      top.offer(i);
    }
    int[] expected = IntStream.range(0, s.length).boxed()
        .sorted(Comparator.<Integer>comparingInt(i -> -s[i]).thenComparingInt(i -> i))
        .limit(k).mapToInt(Integer::intValue).toArray();
    assertArrayEquals(expected, top.drainBestFirst());
    assertEquals(0, top.size());
  }
}
