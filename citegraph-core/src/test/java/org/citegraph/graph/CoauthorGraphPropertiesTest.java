package org.citegraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;
import org.jgrapht.Graph;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.constraints.IntRange;

class CoauthorGraphPropertiesTest {

  @Provide
  Arbitrary<List<Paper>> corpora() {
    return Fixtures.corpora();
  }

  /** Brute force: the papers whose author lists contain both keys. */
  private static int sharedByBruteForce(List<Paper> records, Author a, Author b) {
    int n = 0;
    for (Paper p : records) {
      boolean hasA = p.authors().stream().map(PersonName::key).anyMatch(a.name().key()::equals);
      boolean hasB = p.authors().stream().map(PersonName::key).anyMatch(b.name().key()::equals);
      if (hasA && hasB) {
        n++;
      }
    }
    return n;
  }

  @Property(seed = "42", tries = 200)
  void fullWeightsEqualSharedPaperCountsAndAreSymmetric(@ForAll("corpora") List<Paper> records) {
    Corpus corpus = Fixtures.corpus(records);
    CoauthorGraph g = corpus.coauthorGraph();
    int edges = 0;
    for (Author a : g.authors()) {
      for (Author b : g.authors()) {
        int expected = a.equals(b) ? 0 : sharedByBruteForce(records, a, b);
        CoauthorEdge e = a.equals(b) ? null : g.edge(a, b).orElse(null);
        assertEquals(expected, e == null ? 0 : e.papers(), a + " / " + b);
        assertEquals(g.weight(a, b, Counting.FRACTIONAL), g.weight(b, a, Counting.FRACTIONAL), 1e-12);
        if (!a.equals(b)) {
          assertEquals(expected, g.papersBehind(a, b).size());
        }
        if (expected > 0 && a.compareTo(b) < 0) {
          edges++;
        }
      }
      assertTrue(g.edge(a, a).isEmpty(), "no self-loops");
    }
    assertEquals(edges, g.edgeCount());
    assertEquals(edges, g.edges().size());
  }

  @Property(seed = "42", tries = 200)
  void fractionalStrengthIsTheNumberOfMultiAuthorPapers(@ForAll("corpora") List<Paper> records) {
    Corpus corpus = Fixtures.corpus(records);
    CoauthorGraph g = corpus.coauthorGraph();
    for (Author a : corpus.authors()) {
      long multi = corpus.papersOf(a).stream().filter(p -> corpus.authorsOf(p).size() >= 2).count();
      assertEquals(multi, g.strength(a, Counting.FRACTIONAL), 1e-9, a.toString());
    }
    long multiAuthorPapers = corpus.papers().stream().filter(p -> corpus.authorsOf(p).size() >= 2).count();
    double paperNormalisedTotal = g.edges().stream().mapToDouble(e -> e.weight(Counting.PAPER)).sum();
    assertEquals(multiAuthorPapers, paperNormalisedTotal, 1e-9);
  }

  @Property(seed = "42", tries = 50)
  void onePaperWithNAuthorsGivesNChooseTwoEdgesAndUnitStrengths(@ForAll @IntRange(min = 1, max = 12) int n) {
    Paper p = Fixtures.record("One paper", Fixtures.PEOPLE.subList(0, n), 2020, "one.txt", 1);
    Corpus corpus = Fixtures.corpus(List.of(p));
    CoauthorGraph g = corpus.coauthorGraph();
    assertEquals(n * (n - 1) / 2, g.edgeCount());
    for (Author a : corpus.authors()) {
      assertEquals(n == 1 ? 0.0 : 1.0, g.strength(a, Counting.FRACTIONAL), 1e-12);
      assertEquals(n - 1, g.degree(a));
    }
  }

  @Property(seed = "42", tries = 100)
  void shufflingAndReingestingChangeNothing(@ForAll("corpora") List<Paper> records, @ForAll long seed) {
    Corpus base = Fixtures.corpus(records);
    List<Paper> shuffled = new ArrayList<>(records);
    shuffled.addAll(records.subList(0, records.size() / 2 + 1)); // the same records read again
    Collections.shuffle(shuffled, new Random(seed));
    Corpus other = Fixtures.corpus(shuffled);
    assertEquals(base.papers(), other.papers());
    assertEquals(base.authors(), other.authors());
    assertEquals(base.coauthorGraph().edges(), other.coauthorGraph().edges());
  }

  @Property(seed = "42", tries = 100)
  void paperCountsDoNotDependOnAuthorPositions(@ForAll("corpora") List<Paper> records, @ForAll long seed) {
    Corpus base = Fixtures.corpus(records);
    Random random = new Random(seed);
    List<Paper> permuted = new ArrayList<>();
    for (Paper p : records) {
      List<PersonName> authors = new ArrayList<>(p.authors());
      Collections.shuffle(authors, random);
      permuted.add(new Paper(p.id(), p.alternateIds(), p.title(), authors, p.authorListComplete(), p.unplacedAuthors(), p.date(), p.updated(),
          p.primaryCategory(), p.categories(), p.abstractText(), p.affiliations(), p.hasCode(), p.citationCount(),
          p.references(), p.provenance()));
    }
    Corpus other = Fixtures.corpus(permuted);
    for (Author a : base.authors()) {
      Author b = other.author(a.id());
      assertEquals(base.paperCount(a), other.paperCount(b), a.toString());
      assertEquals(base.coauthorGraph().strength(a, Counting.FULL), other.coauthorGraph().strength(b, Counting.FULL));
    }
  }

  @Property(seed = "42", tries = 50)
  void jgraphtViewMatchesTheCompactGraphAndIsUnmodifiable(@ForAll("corpora") List<Paper> records) {
    CoauthorGraph g = Fixtures.corpus(records).coauthorGraph();
    for (Counting c : Counting.values()) {
      Graph<Author, CoauthorEdge> view = g.asGraph(c);
      assertEquals(g.vertexCount(), view.vertexSet().size());
      assertEquals(g.edgeCount(), view.edgeSet().size());
      for (CoauthorEdge e : g.edges()) {
        CoauthorEdge ve = view.getEdge(e.second(), e.first());
        assertNotNull(ve);
        assertEquals(e.weight(c), view.getEdgeWeight(ve), 1e-12);
      }
      assertFalse(view.getType().isAllowingSelfLoops());
      Author any = g.authors().get(0);
      assertThrows(UnsupportedOperationException.class, () -> view.removeVertex(any));
    }
  }

  @Property(seed = "42", tries = 30)
  void unknownAuthorsAreRefusedWithTheirName(@ForAll("corpora") List<Paper> records) {
    CoauthorGraph g = Fixtures.corpus(records).coauthorGraph();
    Author stranger = new Author("nobody-here", PersonName.of("Nobody", "Here"), List.of(PersonName.of("Nobody", "Here")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.degree(stranger));
    assertTrue(e.getMessage().contains("Nobody Here"), e.getMessage());
  }
}
