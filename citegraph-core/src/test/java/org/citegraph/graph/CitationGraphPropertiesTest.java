package org.citegraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;
import org.citegraph.query.Citations;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CitationGraphPropertiesTest {

  private static String arxiv(int i) {
    return String.format("2001.%05d", i);
  }

  /** Corpora of papers with arXiv ids citing each other, plus unresolved and self references. */
  @Provide
  Arbitrary<List<Paper>> citing() {
    return Arbitraries.integers().between(1, 30).flatMap(n -> Arbitraries.integers().between(-3, n + 2).list()
        .ofMaxSize(8).list().ofSize(n).map(refLists -> {
          List<Paper> out = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            Paper.Builder b = Paper.builder().title("Paper " + i).identifier(PaperId.arxiv(arxiv(i)))
                .author(org.citegraph.model.PersonName.parse(Fixtures.PEOPLE.get(i % Fixtures.PEOPLE.size())))
                .date(PubDate.ofMonth(2000 + i % 20, 1 + i % 12)).source(new SourceRef("refs.jsonl", i + 1))
                .venue(i % 3 == 0 ? "" : "Venue " + i % 4);
            for (int r : refLists.get(i)) {
              b.reference(r < 0 ? "unresolved:Somebody et al. " + (-r) : r >= n ? "doi:10.1/x" + r : "arxiv:" + arxiv(r));
            }
            out.add(b.build());
          }
          return out;
        }));
  }

  @Property(seed = "42", tries = 200)
  void everyReferenceIsAnEdgeOrCounted(@ForAll("citing") List<Paper> records) {
    Corpus corpus = Fixtures.corpus(records);
    CitationGraph g = corpus.citationGraph();
    int references = records.stream().mapToInt(p -> p.references().size()).sum();
    assertEquals(references,
        g.edgeCount() + g.unresolvedCount() + g.selfCitationCount() + g.duplicateReferenceCount());
    Set<PaperId> ids = new HashSet<>();
    corpus.papers().forEach(p -> ids.add(p.id()));
    for (CitationEdge e : g.edges()) {
      assertTrue(ids.contains(e.cited().id()), "edges never point to unknown papers");
      assertTrue(e.cited().identifiers().stream().anyMatch(i -> i.toString().equals(e.key())));
      assertTrue(e.citing().references().contains(e.key()));
      assertTrue(!e.citing().equals(e.cited()), "no self-loops");
    }
    int in = 0;
    for (Paper p : corpus.papers()) {
      in += g.citationCount(p);
      assertEquals(g.citing(p).size(), g.citationCount(p));
      for (Paper q : g.citing(p)) {
        assertTrue(g.cited(q).contains(p), "in and out rows agree");
      }
    }
    assertEquals(g.edgeCount(), in);
  }

  @Property(seed = "42", tries = 100)
  void shufflingTheRecordsChangesNothing(@ForAll("citing") List<Paper> records, @ForAll long seed) {
    List<Paper> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(Fixtures.corpus(records).citationGraph().edges(), Fixtures.corpus(shuffled).citationGraph().edges());
  }

  @Property(seed = "42", tries = 100)
  void hIndexMatchesItsDefinitionAndSimilaritiesAgree(@ForAll("citing") List<Paper> records) {
    Corpus corpus = Fixtures.corpus(records);
    Citations c = Citations.of(corpus);
    CitationGraph g = corpus.citationGraph();
    for (Author a : corpus.authors()) {
      List<Integer> counts = corpus.papersOf(a).stream().map(g::citationCount).sorted(Collections.reverseOrder())
          .toList();
      int h = 0;
      while (h < counts.size() && counts.get(h) >= h + 1) {
        h++;
      }
      assertEquals(h, c.hIndex(a));
      assertEquals(counts.stream().mapToInt(Integer::intValue).sum(), c.citationsOf(a));
    }
    for (Paper p : corpus.papers()) {
      for (Citations.Similarity kind : Citations.Similarity.values()) {
        for (Citations.SimilarPaper s : c.mostSimilar(p, kind, 5)) {
          assertEquals(c.similarity(p, s.paper(), kind), s.shared());
          assertEquals(c.similarity(s.paper(), p, kind), s.shared(), "symmetric");
          assertTrue(s.shared() > 0);
        }
      }
    }
    double total = corpus.papers().stream().mapToDouble(c::pageRank).sum();
    assertEquals(1.0, total, 1e-6);
  }

  @Test
  void referencesResolveThroughAlternateIdsAndForwardCitationsAreReported() {
    Paper cited = Paper.builder().title("Attention is all you need").identifier(PaperId.arxiv("1706.03762"))
        .identifier(PaperId.doi("10.5555/3295222")).author(org.citegraph.model.PersonName.parse("Ashish Vaswani"))
        .date(PubDate.ofMonth(2017, 6)).source(new SourceRef("a", 1)).build();
    Paper early = Paper.builder().title("An earlier paper").identifier(PaperId.arxiv("1501.00001"))
        .author(org.citegraph.model.PersonName.parse("Ada Lovelace")).date(PubDate.ofMonth(2015, 1))
        .reference("doi:10.5555/3295222").reference("unresolved:Knuth, The Art of Computer Programming")
        .source(new SourceRef("b", 1)).build();
    Corpus corpus = Fixtures.corpus(List.of(cited, early));
    CitationGraph g = corpus.citationGraph();
    assertEquals(1, g.edgeCount());
    assertEquals("doi:10.5555/3295222", g.edges().get(0).key());
    assertEquals(1, g.unresolvedReferences(corpus.paper(PaperId.arxiv("1501.00001"))));
    assertEquals(1, g.citationsForwardInTime().size(), "a 2015 paper citing a 2017 paper is reported");
    assertTrue(CitationGraph.laterAtCommonPrecision(PubDate.ofMonth(2017, 6), PubDate.ofYear(2016)));
    assertTrue(!CitationGraph.laterAtCommonPrecision(PubDate.ofMonth(2017, 6), PubDate.ofYear(2017)));
  }

  @Property(seed = "42", tries = 30)
  void theCitationExportRoundTripsThroughGraphml(@ForAll("citing") List<Paper> records) throws Exception {
    Corpus corpus = Fixtures.corpus(records);
    org.citegraph.export.ExportGraph exported = org.citegraph.export.ExportGraph.citations(corpus);
    assertTrue(exported.isDirected());
    assertEquals(corpus.papers().size(), exported.nodes().size());
    assertEquals(corpus.citationGraph().edgeCount(), exported.edges().size());
    Set<String> pairs = new HashSet<>();
    corpus.citationGraph().edges().forEach(e -> pairs.add(e.citing().id() + ">" + e.cited().id()));
    Set<String> exportedPairs = new HashSet<>();
    exported.edges().forEach(e -> exportedPairs.add(e.source() + ">" + e.target()));
    assertEquals(pairs, exportedPairs);
    for (Paper p : corpus.papers()) {
      int node = exported.indexOf(p.id().toString());
      assertEquals(p.venue().orElse(""), exported.nodes().get(node).attributes().get("venue"));
    }
  }

  @Test
  void arxivIdsOrderSubmissionsWithinAMonthAndSeries() {
    assertTrue(CitationGraph.arxivNewer(PaperId.arxiv("hep-th/9201061"), PaperId.arxiv("hep-th/9109016")));
    assertTrue(CitationGraph.arxivNewer(PaperId.arxiv("hep-th/9109017"), PaperId.arxiv("hep-th/9109016")));
    assertTrue(!CitationGraph.arxivNewer(PaperId.arxiv("hep-ph/9109017"), PaperId.arxiv("hep-th/9109016")),
        "sequence numbers of different archives do not compare");
    assertTrue(CitationGraph.arxivNewer(PaperId.arxiv("0709.1228"), PaperId.arxiv("alg-geom/9502006")));
    assertTrue(!CitationGraph.arxivNewer(PaperId.arxiv("9912.00001".replace("9912.", "1912.")),
        PaperId.arxiv("2001.00001")));
    Paper old = Paper.builder().title("Old").identifier(PaperId.arxiv("hep-th/9109016"))
        .author(org.citegraph.model.PersonName.parse("Ed Witten")).date(PubDate.ofMonth(1991, 9))
        .reference("arxiv:0709.1228").reference("arxiv:hep-th/9108001").source(new SourceRef("p", 1)).build();
    CitationGraph g = Fixtures.corpus(List.of(old)).citationGraph();
    assertEquals(1, g.unresolvedForwardReferences());
  }
}
