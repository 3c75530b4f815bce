package org.citegraph.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.citegraph.internal.cluster.Leiden;
import org.junit.jupiter.api.Test;

class LeidenCanonicalTest {
  @Test
  void twoTrianglesJoinedByOneEdgeGiveTwoClustersNumberedCanonically() {
    int[] from = {0, 0, 1, 3, 3, 4, 2};
    int[] to = {1, 2, 2, 4, 5, 5, 3};
    double[] w = {1, 1, 1, 1, 1, 1, 1};
    Leiden.Result r = Leiden.cluster(6, from, to, w, 1.0, 42, Leiden.DEFAULT_ITERATIONS);
    assertEquals(2, r.clusterCount());
    assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1}, r.membership());
    // Modularity of this partition: 2 * (3/7 - (7/14)^2) = 0.357...
    assertEquals(2 * (3.0 / 7 - 0.25), r.modularity(), 1e-9);
  }

  @Test
  void aGraphWithoutEdgesGivesSingletons() {
    Leiden.Result r = Leiden.cluster(3, new int[0], new int[0], new double[0], 1.0, 42, 10);
    assertArrayEquals(new int[] {0, 1, 2}, r.membership());
  }
}
