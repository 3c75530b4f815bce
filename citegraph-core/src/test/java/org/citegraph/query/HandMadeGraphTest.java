package org.citegraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.model.Paper;
import org.citegraph.query.CentralAuthors.Measure;
import org.citegraph.query.CollaboratorSuggestions.Index;
import org.junit.jupiter.api.Test;

/** Small graphs whose scores can be worked out on paper. */
class HandMadeGraphTest {
  private static final String A = "Olga Wichrowska";
  private static final String B = "Luke Metz";
  private static final String C = "Ruoxi Sun";
  private static final String D = "David Sussillo";

  private static Corpus corpus(String[][] authorLists) {
    List<Paper> records = new ArrayList<>();
    for (int i = 0; i < authorLists.length; i++) {
      records.add(
          Fixtures.record("Hand paper number " + i, List.of(authorLists[i]), 2000 + i, "hand.txt", i + 1));
    }
    return Fixtures.corpus(records);
  }

  private static double score(AuthorRanking r, Corpus c, String name) {
    return r.rowOf(c.author(name).id()).orElseThrow().score();
  }

  @Test
  void betweennessReadsStrongLinksAsShort() {
    // A–B and B–C share 3 papers each, A–C one: A–B–C has length 1/3 + 1/3 < 1, so every A–C path runs via B.
    Corpus c = corpus(new String[][] {{A, B}, {A, B}, {A, B}, {B, C}, {B, C}, {B, C}, {A, C}});
    AuthorRanking r = CentralAuthors.of(c).measure(Measure.BETWEENNESS).rank();
    assertEquals(1.0, score(r, c, B), 1e-12);
    assertEquals(0.0, score(r, c, A), 1e-12);
    assertEquals(0.0, score(r, c, C), 1e-12);
    // With one paper each, the triangle has no intermediaries.
    Corpus flat = corpus(new String[][] {{A, B}, {B, C}, {A, C}});
    AuthorRanking f = CentralAuthors.of(flat).measure(Measure.BETWEENNESS).rank();
    assertEquals(0.0, score(f, flat, B), 1e-12);
  }

  @Test
  void betweennessOfAPathCountsEachPairOnce() {
    // Path A–B–C–D: B lies on A–C and A–D, C on A–D and B–D.
    Corpus c = corpus(new String[][] {{A, B}, {B, C}, {C, D}});
    AuthorRanking r = CentralAuthors.of(c).measure(Measure.BETWEENNESS).rank();
    assertEquals(2.0, score(r, c, B), 1e-12);
    assertEquals(2.0, score(r, c, C), 1e-12);
    assertEquals(0.0, score(r, c, A), 1e-12);
  }

  @Test
  void pageRankFollowsTheWeights() {
    // A star around A: B shares 3 papers with A, C one. Unweighted they would tie.
    Corpus c = corpus(new String[][] {{A, B}, {A, B}, {A, B}, {A, C}});
    AuthorRanking r = CentralAuthors.of(c).measure(Measure.PAGERANK).rank();
    assertEquals(List.of(A, B, C), r.rows().stream().map(x -> x.author().displayName()).toList());
    assertTrue(score(r, c, B) > score(r, c, C) + 0.05);
    AuthorRanking deg = CentralAuthors.of(c).rank();
    assertEquals(4.0, score(deg, c, A), 1e-12);
    assertEquals(3.0, score(deg, c, B), 1e-12);
  }

  @Test
  void suggestionIndicesOnASquareWithADiagonal() {
    // A–B, A–C, B–D, C–D, B–C: for A the only candidate is D, via B and C, each with 3 co-authors.
    Corpus c = corpus(new String[][] {{A, B}, {A, C}, {B, D}, {C, D}, {B, C}});
    SuggestionRanking aa = CollaboratorSuggestions.of(c).suggest(c.author(A));
    assertEquals(1, aa.size());
    assertEquals(D, aa.rows().get(0).candidate().displayName());
    assertEquals(2 / Math.log(3), aa.rows().get(0).score(), 1e-12);
    SuggestionRanking ra = CollaboratorSuggestions.of(c).index(Index.RESOURCE_ALLOCATION).suggest(c.author(A));
    assertEquals(2 / 3.0, ra.rows().get(0).score(), 1e-12);
    assertEquals(0, CollaboratorSuggestions.of(c).suggest(c.author(B)).size(), "B already knows everyone");
  }
}
