package org.citegraph.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.junit.jupiter.api.Test;

/** {@link PageRank} converges to the PageRank of an independent power iteration, whatever the graph and threads. */
class PageRankTest {

  /** A random graph: n vertices and distinct weighted edges without self-loops. */
  record RandomGraph(int n, int[] from, int[] to, double[] weight, boolean weighted) {
    static RandomGraph of(int n, int edges, long seed, boolean weighted) {
      Random r = new Random(seed);
      Set<Long> seen = new LinkedHashSet<>();
      for (int i = 0; i < edges && n > 1; i++) {
        int a = r.nextInt(n);
        int b = r.nextInt(n);
        if (a != b) {
          seen.add((long) a * n + b);
        }
      }
      int[] from = new int[seen.size()];
      int[] to = new int[seen.size()];
      double[] w = new double[seen.size()];
      int k = 0;
      for (long e : seen) {
        from[k] = (int) (e / n);
        to[k] = (int) (e % n);
        w[k] = weighted ? 0.1 + r.nextInt(50) / 10.0 : 1;
        k++;
      }
      return new RandomGraph(n, from, to, w, weighted);
    }

    /** In-link rows, as the graphs hand them to PageRank. */
    PageRank.Input input() {
      int[] offsets = new int[n + 1];
      for (int t : to) {
        offsets[t + 1]++;
      }
      for (int v = 0; v < n; v++) {
        offsets[v + 1] += offsets[v];
      }
      int[] fill = offsets.clone();
      int[] sources = new int[to.length];
      double[] weights = new double[to.length];
      double[] out = new double[n];
      for (int e = 0; e < to.length; e++) {
        int slot = fill[to[e]]++;
        sources[slot] = from[e];
        weights[slot] = weight[e];
        out[from[e]] += weight[e];
      }
      return new PageRank.Input(offsets, sources, weighted ? weights : null, out);
    }
  }

  @Provide
  Arbitrary<RandomGraph> graphs() {
    return Combinators.combine(Arbitraries.integers().between(1, 400), Arbitraries.integers().between(0, 4),
        Arbitraries.longs(), Arbitraries.of(true, false))
        .as((n, density, seed, weighted) -> RandomGraph.of(n, n * density, seed, weighted));
  }

  static void assertClose(double[] expected, double[] actual, double relative) {
    assertEquals(expected.length, actual.length);
    for (int v = 0; v < expected.length; v++) {
      double err = Math.abs(actual[v] - expected[v]) / expected[v];
      int at = v;
      assertTrue(err <= relative, () -> "vertex " + at + ": " + actual[at] + " vs " + expected[at] + ", relative error "
          + err);
    }
  }

  @Property(seed = "1212", tries = 60)
  void convergesToThePowerIteration(@ForAll("graphs") RandomGraph g,
      @ForAll("dampings") double damping) {
    PageRankScores scores = PageRank.withDefaults().damping(damping).run(g.input());
    double[] expected = g.weighted() ? PowerIterationOracle.pageRank(g.n(), g.from(), g.to(), g.weight(), damping)
        : PowerIterationOracle.pageRank(g.n(), g.from(), g.to(), damping);
    Convergence c = scores.convergence();
    assertTrue(c.converged(), c::describe);
    assertTrue(c.change() < PageRank.DEFAULT_TOLERANCE, c::describe);
    // The L1 contraction bounds the iterations: 2·d^(k-1) < t once k > 1 + log(t/2)/log(d).
    assertTrue(c.iterations() <= 2 + Math.log(PageRank.DEFAULT_TOLERANCE / 2) / Math.log(damping), c::describe);
    // Documented bound t·d·n/(1-d)^2 on each score's relative error, far inside the 1% target.
    assertClose(expected, scores.toArray(), Math.max(1e-9, 1e-12 * damping * g.n() / Math.pow(1 - damping, 2)));
    double sum = 0;
    for (double s : scores.toArray()) {
      sum += s;
    }
    assertEquals(1.0, sum, 1e-9);
  }

  @Provide
  Arbitrary<Double> dampings() {
    return Arbitraries.of(0.5, 0.85, 0.95);
  }

  @Test
  void scoresDoNotDependOnTheThreads() throws Exception {
    RandomGraph g = RandomGraph.of(3 * PageRank.CHUNK + 123, 12 * PageRank.CHUNK, 99, true);
    PageRank.Input input = g.input();
    double[] one = new ForkJoinPool(1).submit(() -> PageRank.withDefaults().run(input).toArray()).get();
    double[] three = new ForkJoinPool(3).submit(() -> PageRank.withDefaults().run(input).toArray()).get();
    assertArrayEquals(one, three);
    assertArrayEquals(one, PageRank.withDefaults().run(input).toArray());
  }

  @Test
  void theIterationLimitIsReportedNotHidden() {
    RandomGraph g = RandomGraph.of(200, 800, 5, false);
    PageRankScores few = PageRank.withDefaults().maxIterations(4).run(g.input());
    assertEquals(4, few.convergence().iterations());
    assertTrue(!few.convergence().converged());
    assertTrue(few.convergence().describe().startsWith("NOT converged after 4 iterations"), few.toString());
  }

  @Test
  void emptyAndEdgelessGraphs() {
    PageRankScores empty = PageRank.withDefaults().run(RandomGraph.of(0, 0, 1, false).input());
    assertEquals(0, empty.size());
    PageRankScores lonely = PageRank.withDefaults().run(RandomGraph.of(7, 0, 1, false).input());
    for (int v = 0; v < 7; v++) {
      assertEquals(1.0 / 7, lonely.score(v), 1e-15);
    }
  }

  @Property(seed = "31", tries = 30)
  void citationGraphScoresAreThePowerIterationOfItsEdges(@ForAll @IntRange(min = 1, max = 60) int n,
      @ForAll long seed) {
    Random r = new Random(seed);
    List<Paper> records = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Paper.Builder b = Fixtures.record("Paper " + i, List.of(Fixtures.PEOPLE.get(i % Fixtures.PEOPLE.size())),
          2000, "gen.txt", i + 1).toBuilder().id(PaperId.arxiv(String.format("2001.%05d", i)));
      int refs = r.nextInt(5);
      for (int k = 0; k < refs; k++) {
        b.reference("arxiv:" + String.format("2001.%05d", r.nextInt(n)));
      }
      records.add(b.build());
    }
    CitationGraph graph = Fixtures.corpus(records).citationGraph();
    List<CitationEdge> edges = graph.edges();
    int[] from = edges.stream().mapToInt(e -> graph.indexOf(e.citing())).toArray();
    int[] to = edges.stream().mapToInt(e -> graph.indexOf(e.cited())).toArray();
    double[] expected = PowerIterationOracle.pageRank(graph.papers().size(), from, to, PageRank.DEFAULT_DAMPING);
    assertClose(expected, PageRank.withDefaults().of(graph).toArray(), 1e-9);
  }

  @Property(seed = "37", tries = 30)
  void coauthorGraphScoresAreThePowerIterationOfItsLinksBothWays(@ForAll("corpora") List<Paper> records,
      @ForAll("countings") Counting counting) {
    Corpus corpus = Fixtures.corpus(records);
    CoauthorGraph graph = corpus.coauthorGraph();
    List<Author> authors = graph.authors();
    List<CoauthorEdge> edges = graph.edges();
    int m = edges.size();
    int[] from = new int[2 * m];
    int[] to = new int[2 * m];
    double[] w = new double[2 * m];
    for (int e = 0; e < m; e++) {
      int a = authors.indexOf(edges.get(e).first());
      int b = authors.indexOf(edges.get(e).second());
      double weight = graph.weight(edges.get(e).first(), edges.get(e).second(), counting);
      from[2 * e] = a;
      to[2 * e] = b;
      from[2 * e + 1] = b;
      to[2 * e + 1] = a;
      w[2 * e] = weight;
      w[2 * e + 1] = weight;
    }
    double[] expected = PowerIterationOracle.pageRank(authors.size(), from, to, w, PageRank.DEFAULT_DAMPING);
    assertClose(expected, PageRank.withDefaults().of(graph, counting).toArray(), 1e-9);
  }

  @Provide
  Arbitrary<List<Paper>> corpora() {
    return Fixtures.corpora();
  }

  @Provide
  Arbitrary<Counting> countings() {
    return Arbitraries.of(Counting.class);
  }

  @Test
  void samplesCoauthorPageRankConverges() {
    Corpus samples = CiteGraph.loadSamples();
    PageRankScores s = PageRank.withDefaults().of(samples.coauthorGraph(), Counting.FULL);
    assertTrue(s.convergence().converged(), s::toString);
    assertEquals(samples.coauthorGraph().authors().size(), s.size());
  }
}
