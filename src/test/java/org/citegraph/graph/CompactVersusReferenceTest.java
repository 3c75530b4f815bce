package org.citegraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
      Set<Author> neighbours = new TreeSet<>();
      full.edgesOf(a).forEach(e -> neighbours.add(org.jgrapht.Graphs.getOppositeVertex(full, e, a)));
      assertEquals(List.copyOf(neighbours), compact.neighbors(a));
      double strength = 0;
      for (Author b : neighbours) {
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
      assertEquals(neighbours.size(), corpus.collaborators(a).size());
    }
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
