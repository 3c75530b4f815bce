package org.citegraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.jgrapht.Graph;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The JGraphT views are built lazily; threads that ask for them at the same time on a fresh graph all get the one
 * same view per counting, over one shared base graph, equal to the compact graph.
 */
class ConcurrentViewsTest {
  private static final int THREADS = 8;

  @Provide
  Arbitrary<List<Paper>> corpora() {
    return Fixtures.corpora();
  }

  @Property(seed = "42", tries = 40)
  void concurrentFirstUseBuildsOneConsistentView(@ForAll("corpora") List<Paper> records) throws Exception {
    Corpus corpus = Fixtures.corpus(records);
    // A fresh graph, so no view exists yet when the threads start.
    CoauthorGraph g = CoauthorGraph.build(corpus.authors(), corpus.papers(), corpus.incidence(),
        corpus.hyperAuthorshipThreshold());
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Graph<Author, CoauthorEdge>>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          start.await();
          List<Graph<Author, CoauthorEdge>> views = new ArrayList<>();
          for (int i = 0; i < Counting.values().length; i++) {
            views.add(null);
          }
          for (int i = 0; i < Counting.values().length; i++) { // each thread starts with a different counting
            Counting c = Counting.values()[(i + offset) % Counting.values().length];
            views.set(c.ordinal(), g.asGraph(c));
          }
          return views;
        }));
      }
      start.countDown();
      List<List<Graph<Author, CoauthorEdge>>> all = new ArrayList<>();
      for (Future<List<Graph<Author, CoauthorEdge>>> f : results) {
        all.add(f.get(60, TimeUnit.SECONDS));
      }
      Set<CoauthorEdge> edges = Set.copyOf(g.edges());
      for (Counting c : Counting.values()) {
        Graph<Author, CoauthorEdge> first = all.get(0).get(c.ordinal());
        for (List<Graph<Author, CoauthorEdge>> views : all) {
          assertSame(first, views.get(c.ordinal()), "one view per counting");
        }
        assertEquals(Set.copyOf(g.authors()), first.vertexSet());
        assertEquals(edges, first.edgeSet());
        for (CoauthorEdge e : first.edgeSet()) {
          assertEquals(e.weight(c), first.getEdgeWeight(e));
          // The views share one base graph: the same edge objects under every counting.
          assertSame(e, all.get(THREADS - 1).get(0).getEdge(e.first(), e.second()));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
