package org.citegraph.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import com.google.common.collect.ContiguousSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jgrapht.alg.util.UnionFind;
import org.junit.jupiter.api.Test;

/**
 * {@link IntUnionFind}: the partition and the labels do not depend on the order of the unions, match JGraphT's
 * {@code UnionFind}, and a set's reason is that of its earliest recorded merge whichever element is its root.
 */
class IntUnionFindTest {

  @Property(seed = "42", tries = 300)
  void unionOrderDoesNotChangeThePartitionOrTheLabels(@ForAll @IntRange(min = 1, max = 60) int n,
      @ForAll("pairs") List<Integer> ops, @ForAll long shuffleSeed) {
    List<int[]> pairs = new ArrayList<>();
    for (int k = 0; k + 1 < ops.size(); k += 2) {
      pairs.add(new int[] {ops.get(k) % n, ops.get(k + 1) % n});
    }
    IntUnionFind inOrder = new IntUnionFind(n);
    UnionFind<Integer> reference = new UnionFind<>(new TreeSet<>(ContiguousSet.closedOpen(0, n)));
    for (int[] p : pairs) {
      assertEquals(reference.inSameSet(p[0], p[1]), inOrder.connected(p[0], p[1]));
      assertEquals(!reference.inSameSet(p[0], p[1]), inOrder.union(p[0], p[1]));
      reference.union(p[0], p[1]);
    }
    List<int[]> shuffled = new ArrayList<>(pairs);
    Collections.shuffle(shuffled, new Random(shuffleSeed));
    IntUnionFind otherOrder = new IntUnionFind(n);
    for (int[] p : shuffled) {
      otherOrder.union(p[1], p[0]); // arguments swapped too
    }
    assertEquals(reference.numberOfSets(), inOrder.sets());
    assertEquals(inOrder.sets(), otherOrder.sets());
    for (int x = 0; x < n; x++) {
      int smallest = x;
      for (int y = 0; y < x; y++) {
        if (reference.inSameSet(x, y)) {
          smallest = y;
          break;
        }
      }
      assertEquals(smallest, inOrder.find(x), "label of " + x + " is the smallest element of its set");
      assertEquals(inOrder.find(x), otherOrder.find(x), "label of " + x + " in another union order");
    }
  }

  @Property(seed = "7", tries = 300)
  void aSetsReasonIsItsEarliestMergeWhateverTheRoot(@ForAll @IntRange(min = 1, max = 40) int n,
      @ForAll("pairs") List<Integer> ops) {
    IntUnionFind uf = new IntUnionFind(n);
    UnionFind<Integer> reference = new UnionFind<>(new TreeSet<>(ContiguousSet.closedOpen(0, n)));
    List<int[]> joined = new ArrayList<>(); // a, b, reason of each union that joined two sets
    for (int k = 0; k + 1 < ops.size(); k += 2) {
      int a = ops.get(k) % n;
      int b = ops.get(k + 1) % n;
      int reason = 100 + k;
      if (!reference.inSameSet(a, b)) {
        joined.add(new int[] {a, b, reason});
      }
      reference.union(a, b);
      uf.union(a, b, reason);
    }
    assertEquals(joined.size(), uf.merges());
    for (int i = 0; i < joined.size(); i++) {
      assertEquals(joined.get(i)[0], uf.mergeElement(i, false));
      assertEquals(joined.get(i)[1], uf.mergeElement(i, true));
      assertEquals(joined.get(i)[2], uf.mergeReason(i));
    }
    int[] reasons = uf.firstReasons();
    for (int x = 0; x < n; x++) {
      int expected = IntUnionFind.NO_REASON;
      for (int[] j : joined) {
        if (reference.inSameSet(x, j[0])) {
          expected = j[2];
          break;
        }
      }
      assertEquals(expected, reasons[x], "reason of the set of " + x);
    }
  }

  @Test
  void unionWithoutReasonRecordsNothingAndRepeatsAreNoOps() {
    IntUnionFind uf = new IntUnionFind(5);
    assertTrue(uf.union(4, 2));
    assertFalse(uf.union(2, 4, 9));
    assertTrue(uf.union(3, 4, 7));
    assertEquals(1, uf.merges());
    assertEquals(2, uf.find(3));
    assertEquals(3, uf.sets());
    assertArrayEquals(new int[] {-1, -1, 7, 7, 7}, uf.firstReasons());
    assertThrows(IndexOutOfBoundsException.class, () -> uf.mergeReason(1));
    assertThrows(IllegalArgumentException.class, () -> new IntUnionFind(-1));
    Set<Integer> labels = new TreeSet<>();
    for (int i = 0; i < 5; i++) {
      labels.add(uf.find(i));
    }
    assertEquals(Set.of(0, 1, 2), labels);
  }

  @Provide
  Arbitrary<List<Integer>> pairs() {
    return Arbitraries.integers().between(0, 1000).list().ofMaxSize(200);
  }
}
