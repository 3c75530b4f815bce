package org.citegraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicIntegerArray;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** {@link CacheRuns#forEach} touches and works on every item exactly once, each touched before it is worked on. */
class CacheRunsTest {

  @Property(seed = "42", tries = 200)
  void everyItemTouchedThenWorkedOnOnce(@ForAll @IntRange(max = 200) int n) {
    AtomicIntegerArray touches = new AtomicIntegerArray(n);
    AtomicIntegerArray works = new AtomicIntegerArray(n);
    AtomicIntegerArray touchedFirst = new AtomicIntegerArray(n);
    CacheRuns.forEach(n, i -> touches.incrementAndGet(i), i -> {
      works.incrementAndGet(i);
      touchedFirst.set(i, touches.get(i));
    });
    for (int i = 0; i < n; i++) {
      assertEquals(1, touches.get(i), "touches of " + i);
      assertEquals(1, works.get(i), "works on " + i);
      assertEquals(1, touchedFirst.get(i), "item " + i + " touched before its work");
    }
  }
}
