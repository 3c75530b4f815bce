package org.citegraph.internal.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** {@link Leiden#network}: the direct compressed-row build equals CWTS's own edge-list constructor. */
class LeidenNetworkTest {

  @Property(seed = "13", tries = 80)
  void directBuildEqualsTheCwtsEdgeListConstructor(@ForAll @IntRange(min = 1, max = 30) int n,
      @ForAll @IntRange(min = 0, max = 120) int m, @ForAll long seed, @ForAll boolean sortedInput) {
    Random r = new Random(seed);
    int[] from = new int[m];
    int[] to = new int[m];
    double[] w = new double[m];
    int k = 0;
    java.util.Set<Long> pairs = new java.util.HashSet<>();
    for (int e = 0; e < m; e++) {
      int a = r.nextInt(n);
      int b = r.nextInt(n);
      // Each pair once (CWTS rejects repeated links); unsorted input in random order and direction.
      if (a == b || !pairs.add(((long) Math.min(a, b) << 32) | Math.max(a, b))) {
        continue;
      }
      from[k] = sortedInput ? Math.min(a, b) : a;
      to[k] = sortedInput ? Math.max(a, b) : b;
      w[k++] = 0.25 + r.nextInt(8) / 4.0;
    }
    from = java.util.Arrays.copyOf(from, k);
    to = java.util.Arrays.copyOf(to, k);
    w = java.util.Arrays.copyOf(w, k);
    if (sortedInput) {
      long[] keys = new long[k];
      for (int e = 0; e < k; e++) {
        keys[e] = ((long) from[e] << 32) | to[e];
      }
      java.util.Arrays.sort(keys);
      from = new int[keys.length];
      to = new int[keys.length];
      for (int e = 0; e < keys.length; e++) {
        from[e] = (int) (keys[e] >>> 32);
        to[e] = (int) keys[e];
      }
    }
    Network expected = new Network(n, true, new LargeIntArray[] {new LargeIntArray(from), new LargeIntArray(to)},
        new LargeDoubleArray(w), false, true);
    Network actual = Leiden.network(n, from, to, w);
    actual.checkIntegrity();
    assertEquals(expected.getNEdges(), actual.getNEdges());
    for (int i = 0; i < n; i++) {
      assertArrayEquals(expected.getNeighbors(i), actual.getNeighbors(i), "neighbors of " + i);
      assertArrayEquals(expected.getEdgeWeights(i), actual.getEdgeWeights(i), 1e-12, "weights of " + i);
    }
    assertArrayEquals(expected.getNodeWeights(), actual.getNodeWeights(), 1e-12);
  }

  @Test
  void selfLinksAreKeptApartAsByCwts() {
    Network net = Leiden.network(3, new int[] {0, 1, 1}, new int[] {1, 1, 2}, new double[] {1, 2, 3});
    assertEquals(2.0, net.getTotalEdgeWeightSelfLinks());
    assertArrayEquals(new int[] {0, 2}, net.getNeighbors(1));
  }

  @Test
  void repeatedLinksOfAPairAreSummed() {
    Network net = Leiden.network(3, new int[] {0, 1, 2}, new int[] {1, 0, 1}, new double[] {1, 2, 4});
    net.checkIntegrity();
    assertArrayEquals(new int[] {1}, net.getNeighbors(0));
    assertArrayEquals(new double[] {3}, net.getEdgeWeights(0));
    assertArrayEquals(new int[] {0, 2}, net.getNeighbors(1));
    assertArrayEquals(new double[] {3, 4}, net.getEdgeWeights(1));
  }

  @Test
  void anEdgeOutsideTheNodesIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Leiden.network(2, new int[] {0}, new int[] {2}, new double[] {1}));
    assertEquals("edge 0 links 0 and 2, outside the nodes 0..1", e.getMessage());
  }
}
