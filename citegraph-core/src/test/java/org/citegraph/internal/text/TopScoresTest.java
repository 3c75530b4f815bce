package org.citegraph.internal.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** {@link TopScores} keeps the same items in the same order as {@link TopK} with the score order. */
class TopScoresTest {

  @Property(seed = "7", tries = 200)
  void sameItemsAndOrderAsTopKWithTheScoreComparator(@ForAll @IntRange(min = 0, max = 12) int k,
      @ForAll @IntRange(min = 0, max = 200) int n, @ForAll long seed) {
    Random r = new Random(seed);
    double[] score = new double[n];
    for (int i = 0; i < n; i++) {
      // Few distinct values, so that ties by item are exercised.
      score[i] = r.nextInt(6) / 4.0;
    }
    TopK reference = new TopK(k, (a, b) -> {
      int c = Double.compare(score[b], score[a]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    TopScores top = new TopScores(k);
    for (int round = 0; round < 2; round++) {
      int[] order = new int[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      for (int i = n - 1; i > 0; i--) {
        int j = r.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int x : order) {
        reference.offer(x);
        top.offer(score[x], x);
      }
      if (k > 0 && n >= k) {
        int[] kept = reference.drainBestFirst();
        assertEquals(score[kept[k - 1]], top.floor());
        assertArrayEquals(kept, top.drainBestFirst());
      } else {
        assertArrayEquals(reference.drainBestFirst(), top.drainBestFirst(), "reused after draining");
      }
    }
  }
}
