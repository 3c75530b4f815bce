package org.citegraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;
import org.junit.jupiter.api.Test;

/** The hyper-authorship policy: consortium papers keep their authors but add no clique. */
class HyperAuthorshipTest {

  private static Paper consortium(int n) {
    Paper.Builder b = Paper.builder().title("Observation of a new particle").date(PubDate.ofYear(2012))
        .source(new SourceRef("atlas.jsonl", 1));
    for (int i = 0; i < n; i++) {
      b.author(PersonName.of("Physicist", "Number" + Integer.toString(i, 26).replace('0', 'z')));
    }
    return b.build();
  }

  @Test
  void aFiveThousandAuthorPaperAddsNoCliqueButKeepsItsAuthors() {
    List<Paper> records = new ArrayList<>();
    records.add(consortium(5000));
    records.add(Fixtures.record("A small paper", List.of("Luke Metz", "Olga Wichrowska"), 2017, "s.txt", 1));
    Corpus corpus = Fixtures.corpus(records);
    CoauthorGraph g = corpus.coauthorGraph();
    assertEquals(1, g.edgeCount(), "only the small paper's pair; 12.5 million pairs avoided");
    assertEquals(List.of(corpus.papers().stream().filter(p -> p.authors().size() == 5000).findFirst().orElseThrow()),
        g.hyperAuthoredPapers());
    Author someone = corpus.author("Physicist Number1");
    assertEquals(1, corpus.paperCount(someone), "authorship is kept");
    assertEquals(0, g.degree(someone));
    assertEquals(0, corpus.collaborators(someone).size(), "rankings follow the graph");
  }

  @Test
  void theThresholdIsConfigurable() {
    Paper p = Fixtures.record("Five authors", Fixtures.PEOPLE.subList(0, 5), 2020, "f.txt", 1);
    Corpus loose = Fixtures.corpus(List.of(p));
    Corpus tight = CiteGraph.builder().addRecords(List.of(p)).hyperAuthorshipThreshold(4).build();
    assertEquals(10, loose.coauthorGraph().edgeCount());
    assertEquals(0, tight.coauthorGraph().edgeCount());
    assertEquals(1, tight.coauthorGraph().hyperAuthoredPapers().size());
    Author a = tight.author(Fixtures.PEOPLE.get(0));
    Author b = tight.author(Fixtures.PEOPLE.get(1));
    assertTrue(tight.coauthorGraph().papersBehind(a, b).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> CiteGraph.builder().hyperAuthorshipThreshold(1));
  }
}
