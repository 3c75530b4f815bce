package org.citegraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.citegraph.query.Collaborator;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The compact CSR co-authorship graph answers every query exactly as a reference graph built the obvious way: a
 * JGraphT {@link SimpleWeightedGraph} filled pair by pair from each paper's resolved authors.
 */
class CompactVersusReferenceTest {

  @Provide
  Arbitrary<List<Paper>> corpora() {
    return Fixtures.corpora();
  }

  @Property(seed = "42", tries = 150)
  void compactGraphEqualsTheReferenceGraph(@ForAll("corpora") List<Paper> records) {
    Corpus corpus = Fixtures.corpus(records);
    Graph<Author, DefaultWeightedEdge> full = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    Graph<Author, DefaultWeightedEdge> fractional = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    Map<Set<Author>, List<Paper>> behind = new HashMap<>();
    corpus.authors().forEach(a -> {
      full.addVertex(a);
      fractional.addVertex(a);
    });
    for (Paper p : corpus.papers()) {
      List<Author> authors = corpus.authorsOf(p);
      int n = authors.size();
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          Author a = authors.get(i);
          Author b = authors.get(j);
          add(full, a, b, 1.0);
          add(fractional, a, b, 1.0 / (n - 1));
          behind.computeIfAbsent(Set.of(a, b), k -> new ArrayList<>()).add(p);
        }
      }
    }
    CoauthorGraph compact = corpus.coauthorGraph();
    assertEquals(full.edgeSet().size(), compact.edgeCount());
    for (Author a : corpus.authors()) {
      Set<Author> neighbors = new TreeSet<>();
      full.edgesOf(a).forEach(e -> neighbors.add(org.jgrapht.Graphs.getOppositeVertex(full, e, a)));
      assertEquals(List.copyOf(neighbors), compact.neighbors(a));
      double strength = 0;
      for (Author b : neighbors) {
        assertEquals(full.getEdgeWeight(full.getEdge(a, b)), compact.weight(a, b, Counting.FULL), 1e-12);
        assertEquals(fractional.getEdgeWeight(fractional.getEdge(a, b)), compact.weight(a, b, Counting.FRACTIONAL),
            1e-12);
        assertEquals(behind.get(Set.of(a, b)), compact.papersBehind(a, b));
        strength += fractional.getEdgeWeight(fractional.getEdge(a, b));
      }
      assertEquals(strength, compact.strength(a, Counting.FRACTIONAL), 1e-9);
      // The collaborator ranking reads the incidence, not the graph: it must agree with both.
      for (Collaborator c : corpus.collaborators(a).rows()) {
        assertEquals(full.getEdgeWeight(full.getEdge(a, c.coauthor())), c.sharedPapers(), 1e-12);
      }
      assertEquals(neighbors.size(), corpus.collaborators(a).size());
    }
  }

  /**
   * The build splits the authors into ranges built on separate threads: any number of ranges (1 to more ranges than
   * authors, so some are empty) gives the same rows, counts and weights as one range.
   */
  @Property(seed = "42", tries = 100)
  void theGraphDoesNotDependOnTheNumberOfBuildThreads(@ForAll("corpora") List<Paper> records,
      @ForAll @IntRange(min = 2, max = 9) int threads, @ForAll @IntRange(min = 2, max = 6) int threshold) {
    Corpus corpus = Fixtures.corpus(records);
    CoauthorGraph one = CoauthorGraph.build(corpus.authors(), corpus.papers(), corpus.incidence(), threshold, 1);
    CoauthorGraph many = CoauthorGraph.build(corpus.authors(), corpus.papers(), corpus.incidence(), threshold, threads);
    assertEquals(one.edgeCount(), many.edgeCount());
    assertEquals(one.edges(), many.edges());
    for (Author a : corpus.authors()) {
      assertEquals(one.neighbors(a), many.neighbors(a));
      for (Author b : one.neighbors(a)) {
        assertEquals(one.weight(a, b, Counting.FULL), many.weight(a, b, Counting.FULL));
      }
    }
  }

  @Property(seed = "42", tries = 200)
  void rangesAreContiguousAndCoverEveryAuthor(@ForAll @IntRange(min = 0, max = 40) int n,
      @ForAll @IntRange(min = 1, max = 8) int parts, @ForAll("authorships") int[] perAuthor) {
    int[] offsets = new int[n + 1];
    for (int a = 0; a < n; a++) {
      offsets[a + 1] = offsets[a] + perAuthor[a % perAuthor.length];
    }
    int[] bounds = CoauthorGraph.ranges(offsets, n, parts);
    assertEquals(parts + 1, bounds.length);
    assertEquals(0, bounds[0]);
    assertEquals(n, bounds[parts]);
    for (int t = 0; t < parts; t++) {
      org.junit.jupiter.api.Assertions.assertTrue(bounds[t] <= bounds[t + 1], java.util.Arrays.toString(bounds));
    }
  }

  @Provide
  Arbitrary<int[]> authorships() {
    return net.jqwik.api.Arbitraries.integers().between(0, 5).array(int[].class).ofMinSize(1).ofMaxSize(10);
  }

  /**
   * Every counting scheme, with hyper-authored papers left out at a small threshold: the weights the compact graph
   * computes on demand (edge, weight, strength, edges) and the lazily built JGraphT views equal, to the last bit, a
   * reference that adds each paper's contribution pair by pair in paper order.
   */
  @Property(seed = "42", tries = 150)
  void everyCountingAndEveryViewEqualsTheReference(@ForAll("corpora") List<Paper> records,
      @ForAll @IntRange(min = 2, max = 6) int threshold) {
    Corpus corpus = Fixtures.corpus(records);
    Map<Counting, Graph<Author, DefaultWeightedEdge>> reference = new EnumMap<>(Counting.class);
    for (Counting c : Counting.values()) {
      Graph<Author, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
      corpus.authors().forEach(g::addVertex);
      reference.put(c, g);
    }
    for (Paper p : corpus.papers()) { // in paper index order, as the compact graph sums
      List<Author> authors = corpus.authorsOf(p);
      int n = authors.size();
      if (n > threshold) {
        continue;
      }
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          for (Counting c : Counting.values()) {
            add(reference.get(c), authors.get(i), authors.get(j), c.contribution(n));
          }
        }
      }
    }
    CoauthorGraph compact = CoauthorGraph.build(corpus.authors(), corpus.papers(), corpus.incidence(), threshold);
    Graph<Author, DefaultWeightedEdge> full = reference.get(Counting.FULL);
    List<CoauthorEdge> expectedEdges = new ArrayList<>();
    for (Author a : corpus.authors()) {
      List<Author> neighbors = new ArrayList<>(new TreeSet<>(org.jgrapht.Graphs.neighborListOf(full, a)));
      assertEquals(neighbors, compact.neighbors(a));
      for (Counting c : Counting.values()) {
        double strength = 0;
        for (Author b : neighbors) {
          double w = weightOf(reference.get(c), a, b);
          assertEquals(w, compact.weight(a, b, c), a + " " + b + " " + c);
          strength += w;
        }
        assertEquals(strength, compact.strength(a, c), a + " " + c);
      }
      for (Author b : neighbors) {
        Author first = a.id().compareTo(b.id()) < 0 ? a : b;
        Author second = first == a ? b : a;
        CoauthorEdge expected = new CoauthorEdge(first, second, (int) weightOf(full, a, b),
            weightOf(reference.get(Counting.FRACTIONAL), a, b), weightOf(reference.get(Counting.PAPER), a, b));
        assertEquals(Optional.of(expected), compact.edge(a, b));
        assertEquals(Optional.of(expected), compact.edge(b, a));
        if (first == a) {
          expectedEdges.add(expected);
        }
      }
    }
    assertEquals(expectedEdges, compact.edges());
    for (Counting c : Counting.values()) {
      Graph<Author, CoauthorEdge> view = compact.asGraph(c);
      assertSame(view, compact.asGraph(c), "built once");
      assertTrue(view.getType().isWeighted());
      assertEquals(Set.copyOf(corpus.authors()), view.vertexSet());
      assertEquals(Set.copyOf(expectedEdges), view.edgeSet());
      for (CoauthorEdge e : expectedEdges) {
        CoauthorEdge ve = view.getEdge(e.second(), e.first());
        assertEquals(e, ve);
        assertSame(ve, compact.asGraph(Counting.FULL).getEdge(e.first(), e.second()), "one base graph");
        assertEquals(weightOf(reference.get(c), e.first(), e.second()), view.getEdgeWeight(ve));
      }
    }
    // On-demand answers do not change once the views exist.
    for (Author a : corpus.authors()) {
      for (Counting c : Counting.values()) {
        double strength = 0;
        for (Author b : compact.neighbors(a)) {
          strength += weightOf(reference.get(c), a, b);
        }
        assertEquals(strength, compact.strength(a, c));
      }
    }
  }

  /**
   * Authors not sorted by id (a caller's own list) are looked up through a map instead of by binary search; the
   * graph is the same up to the renumbering.
   */
  @Property(seed = "42", tries = 100)
  void unsortedAuthorListsGiveTheSameGraph(@ForAll("corpora") List<Paper> records, @ForAll long seed) {
    Corpus corpus = Fixtures.corpus(records);
    int n = corpus.authors().size();
    List<Integer> perm = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      perm.add(i);
    }
    Collections.shuffle(perm, new Random(seed));
    int[] newIndex = new int[n];
    List<Author> shuffled = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      newIndex[perm.get(i)] = i;
      shuffled.add(corpus.authors().get(perm.get(i)));
    }
    Incidence inc = corpus.incidence();
    int[][] rows = new int[inc.paperCount()][];
    int[] placed = new int[inc.paperCount()];
    for (int p = 0; p < rows.length; p++) {
      rows[p] = inc.authorsOf(p).map(a -> newIndex[a]).toArray();
      placed[p] = inc.placedCount(p);
    }
    CoauthorGraph sorted = corpus.coauthorGraph();
    CoauthorGraph other = CoauthorGraph.build(shuffled, corpus.papers(), new Incidence(n, rows, placed));
    assertEquals(Set.copyOf(sorted.edges()), Set.copyOf(other.edges()));
    for (Author a : corpus.authors()) {
      assertTrue(other.contains(a));
      assertEquals(Set.copyOf(sorted.neighbors(a)), Set.copyOf(other.neighbors(a)));
      for (Author b : sorted.neighbors(a)) {
        assertEquals(sorted.edge(a, b), other.edge(a, b));
        assertEquals(sorted.papersBehind(a, b), other.papersBehind(a, b));
      }
    }
    Author stranger = new Author("zz-not-an-author", corpus.authors().get(0).name(),
        List.of(corpus.authors().get(0).name()));
    assertFalse(sorted.contains(stranger));
    assertFalse(other.contains(stranger));
    assertThrows(IllegalArgumentException.class, () -> sorted.degree(stranger));
    assertThrows(IllegalArgumentException.class, () -> other.degree(stranger));
  }

  private static double weightOf(Graph<Author, DefaultWeightedEdge> g, Author a, Author b) {
    DefaultWeightedEdge e = g.getEdge(a, b);
    return e == null ? 0 : g.getEdgeWeight(e);
  }

  private static void add(Graph<Author, DefaultWeightedEdge> g, Author a, Author b, double w) {
    DefaultWeightedEdge e = g.getEdge(a, b);
    if (e == null) {
      g.setEdgeWeight(g.addEdge(a, b), w);
    } else {
      g.setEdgeWeight(e, g.getEdgeWeight(e) + w);
    }
  }
}
