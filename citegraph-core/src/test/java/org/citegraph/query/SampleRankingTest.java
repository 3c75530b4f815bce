package org.citegraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.graph.CoauthorGraph;
import org.citegraph.graph.Counting;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.citegraph.query.CentralAuthors.Measure;
import org.citegraph.query.CollaboratorSuggestions.Index;
import org.junit.jupiter.api.Test;

/** Facts about the bundled samples that a reader can check by hand against the co-author lists. */
class SampleRankingTest {
  private static final Corpus CORPUS = CiteGraph.loadSamples();
  private static final Author OWNER = CORPUS.author("Niru Maheswaranathan");
  private static final Author LUKE = CORPUS.author("Luke Metz");

  @Test
  void ownerFirstAndLukeMetzSecondByWeightedDegree() {
    AuthorRanking r = CentralAuthors.of(CORPUS).rank();
    assertEquals(CORPUS.authors().size(), r.size(), "every author is ranked");
    assertEquals(OWNER, r.rows().get(0).author());
    assertEquals(LUKE, r.rows().get(1).author());
    // Weighted degree under full counting: Σ over co-authors of shared papers; Luke shares 9 with the owner.
    CoauthorGraph g = CORPUS.coauthorGraph();
    double lukeStrength = 0;
    for (Author b : g.neighbors(LUKE)) {
      lukeStrength += g.papersBehind(LUKE, b).size();
    }
    assertEquals(lukeStrength, r.rows().get(1).score(), 1e-12);
    assertEquals(9, g.edge(OWNER, LUKE).orElseThrow().papers());
    assertEquals(CORPUS.paperCount(LUKE), r.rows().get(1).papers());
    assertEquals(g.degree(LUKE), r.rows().get(1).coauthors());
    assertEquals(2, r.top(2).size());
    assertTrue(r.toString().startsWith("Authors by weighted degree (full counting, whole corpus)\n"), r.toString());
  }

  @Test
  void theOwnerIsACoauthorOfEveryoneAndRanksFirstUnderEveryMeasure() {
    CoauthorGraph g = CORPUS.coauthorGraph();
    assertEquals(CORPUS.authors().size() - 1, g.degree(OWNER), "the owner co-wrote with every other author");
    for (Measure m : Measure.values()) {
      AuthorRanking r = CentralAuthors.of(CORPUS).measure(m).rank();
      assertEquals(OWNER, r.rows().get(0).author(), m.toString());
      assertTrue(r.rows().get(0).score() > r.rows().get(1).score(), m + ": the owner is strictly first");
    }
    assertEquals(LUKE, CentralAuthors.of(CORPUS).measure(Measure.PAGERANK).rank().rows().get(1).author());
  }

  @Test
  void pageRankIsADistribution() {
    AuthorRanking r = CentralAuthors.of(CORPUS).measure(Measure.PAGERANK).rank();
    assertEquals(1.0, r.rows().stream().mapToDouble(RankedAuthor::score).sum(), 1e-6);
  }

  @Test
  void singlePaperAuthorsLieOnNoShortestPath() {
    // Under full counting an author z with one paper has links of length 1/1 = 1, so a path x–z–y has length 2,
    // while x and y, both authors of z's only paper, are linked directly with length at most 1.
    AuthorRanking r = CentralAuthors.of(CORPUS).measure(Measure.BETWEENNESS).rank();
    int single = 0;
    for (RankedAuthor row : r.rows()) {
      assertTrue(row.score() >= 0);
      if (row.papers() == 1) {
        single++;
        assertEquals(0.0, row.score(), 1e-12, row.author().toString());
      }
    }
    assertTrue(single > 0, "the samples have authors with a single paper");
    assertTrue(r.rowOf(LUKE.id()).orElseThrow().score() > 0, "Luke Metz bridges some of his co-authors");
  }

  @Test
  void categoryRankingCountsOnlyThePapersOfTheCategory() {
    String code = "q-bio.NC";
    AuthorRanking r = CentralAuthors.of(CORPUS).inCategory(code).measure(Measure.COAUTHORS).rank();
    assertFalse(r.rows().isEmpty());
    Set<Author> inCategory = new HashSet<>();
    for (Paper p : CORPUS.papers()) {
      if (p.categories().stream().anyMatch(c -> c.code().equals(code))) {
        inCategory.addAll(CORPUS.authorsOf(p));
      }
    }
    assertEquals(inCategory.size(), r.size(), "exactly the authors of the category's papers are ranked");
    for (RankedAuthor row : r.rows()) {
      List<Paper> theirs = CORPUS.papersOf(row.author()).stream()
          .filter(p -> p.categories().stream().anyMatch(c -> c.code().equals(code))).toList();
      Set<Author> coauthors = new HashSet<>();
      theirs.forEach(p -> coauthors.addAll(CORPUS.authorsOf(p)));
      coauthors.remove(row.author());
      assertEquals(theirs.size(), row.papers(), row.author().toString());
      assertEquals(coauthors.size(), row.coauthors(), row.author().toString());
      assertEquals(coauthors.size(), row.score(), 1e-12);
    }
    assertTrue(r.toString().contains("papers in q-bio.NC"));
    // The whole-corpus degree of the owner is larger than within one category.
    double whole = CentralAuthors.of(CORPUS).rank().rowOf(OWNER.id()).orElseThrow().score();
    double inCat = CentralAuthors.of(CORPUS).inCategory("q-bio.NC").rank().rowOf(OWNER.id()).orElseThrow().score();
    assertTrue(inCat < whole);
  }

  @Test
  void noSuggestionsForTheOwnerSinceEveryoneIsAtDistanceOne() {
    assertEquals(0, CollaboratorSuggestions.of(CORPUS).suggest(OWNER).size());
  }

  @Test
  void suggestionsForOlgaWichrowskaAreJustifiedByCommonCoauthors() {
    Author olga = CORPUS.author("Olga Wichrowska");
    CoauthorGraph g = CORPUS.coauthorGraph();
    Set<Author> hers = new HashSet<>(g.neighbors(olga));
    for (Index index : Index.values()) {
      SuggestionRanking s = CollaboratorSuggestions.of(CORPUS).index(index).suggest(olga);
      // Everyone but Olga and her co-authors is reachable through the owner, who co-wrote with all.
      assertEquals(CORPUS.authors().size() - 1 - hers.size(), s.size(), index.toString());
      for (Suggestion sug : s.rows()) {
        assertFalse(hers.contains(sug.candidate()), sug.candidate() + " is already a co-author");
        assertFalse(sug.candidate().equals(olga));
        double sum = 0;
        for (CommonNeighbor c : sug.via()) {
          assertTrue(hers.contains(c.author()), c.author() + " is not a co-author of Olga");
          assertTrue(g.neighbors(sug.candidate()).contains(c.author()));
          assertEquals(g.papersBehind(olga, c.author()).size(), c.papersWithAuthor());
          assertEquals(g.papersBehind(sug.candidate(), c.author()).size(), c.papersWithCandidate());
          double expected = index == Index.ADAMIC_ADAR ? 1 / Math.log(g.degree(c.author()))
              : 1.0 / g.degree(c.author());
          assertEquals(expected, c.contribution(), 1e-12);
          sum += c.contribution();
        }
        assertEquals(sum, sug.score(), 1e-9);
      }
      // The one candidate with two common co-authors (Jascha Sohl-Dickstein and the owner) comes first.
      Suggestion first = s.rows().get(0);
      assertEquals("Eric A. Weiss", first.candidate().displayName());
      assertEquals(List.of("Jascha Sohl-Dickstein", "Niru Maheswaranathan"),
          first.via().stream().map(c -> c.author().displayName()).toList());
      assertEquals(1, s.rows().get(1).via().size());
    }
    assertEquals(1 / Math.log(7) + 1 / Math.log(27),
        CollaboratorSuggestions.of(CORPUS).suggest(olga).rows().get(0).score(), 1e-12);
    SuggestionRanking top3 = CollaboratorSuggestions.of(CORPUS).top(3).suggest(olga);
    assertEquals(3, top3.size());
    assertTrue(top3.toString().startsWith("Suggested collaborators of Olga Wichrowska (Adamic-Adar"));
  }

  @Test
  void badArgumentsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Measure.parse("closeness"));
    assertThrows(IllegalArgumentException.class, () -> Index.parse("jaccard"));
    assertEquals(Index.RESOURCE_ALLOCATION, Index.parse("resource-allocation"));
    assertEquals(Measure.PAGERANK, Measure.parse("PageRank"));
    assertThrows(IllegalArgumentException.class, () -> CentralAuthors.of(CORPUS).top(0));
    assertThrows(IllegalArgumentException.class, () -> Index.ADAMIC_ADAR.contribution(1));
    assertEquals(Counting.FULL, CentralAuthors.DEFAULT_COUNTING);
    assertEquals(0.85, CentralAuthors.PAGERANK_DAMPING);
  }
}
