package org.citegraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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

/**
 * {@link PaperDeduplicator.IntUnionFind} must pick the same root as JGraphT's {@code UnionFind}, which the
 * de-duplicator used before: merge reasons are stored at the root, so a different root choice changes the report.
 */
class IntUnionFindTest {

  @Property(seed = "42", tries = 300)
  void sameRootsAsJgraphtUnionFind(@ForAll @IntRange(min = 1, max = 60) int n,
      @ForAll("pairs") List<Integer> ops) {
    UnionFind<Integer> reference = new UnionFind<>(new TreeSet<>(ContiguousSet.closedOpen(0, n)));
    PaperDeduplicator.IntUnionFind fast = new PaperDeduplicator.IntUnionFind(n);
    for (int k = 0; k + 1 < ops.size(); k += 2) {
      int a = ops.get(k) % n;
      int b = ops.get(k + 1) % n;
      assertEquals(reference.inSameSet(a, b), fast.inSameSet(a, b));
      reference.union(a, b);
      fast.union(a, b);
      for (int i = 0; i < n; i++) {
        assertEquals(reference.find(i).intValue(), fast.find(i), "root of " + i + " after union(" + a + "," + b + ")");
      }
    }
    Set<Integer> roots = new TreeSet<>();
    for (int i = 0; i < n; i++) {
      roots.add(fast.find(i));
    }
    assertEquals(reference.numberOfSets(), roots.size());
  }

  @Provide
  Arbitrary<List<Integer>> pairs() {
    return Arbitraries.integers().between(0, 1000).list().ofMaxSize(200);
  }
}
