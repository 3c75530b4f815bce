package org.citegraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Author;
import org.citegraph.model.Paper;

/** {@link CiteGraph#resolved}: a corpus assembled from authors resolved elsewhere answers as the original. */
class ResolvedCorpusTest {

  private static List<List<String>> authorIds(Corpus c) {
    List<List<String>> out = new ArrayList<>();
    for (Paper p : c.papers()) {
      out.add(c.authorsOf(p).stream().map(Author::id).toList());
    }
    return out;
  }

  private static int[] placed(Corpus c) {
    int[] out = new int[c.papers().size()];
    for (int i = 0; i < out.length; i++) {
      Paper p = c.papers().get(i);
      out[i] = (int) c.authorsOf(p).stream().filter(a -> c.positionOf(a, p).isPresent()).count();
    }
    return out;
  }

  @Test
  void reassemblingABuiltCorpusKeepsItsAuthorsGraphAndRankings() {
    Corpus built = CiteGraph.loadSamples();
    // Papers handed over in reverse order: the corpus sorts them by id again.
    List<Paper> papers = new ArrayList<>(built.papers());
    List<List<String>> ids = authorIds(built);
    int[] placed = placed(built);
    java.util.Collections.reverse(papers);
    java.util.Collections.reverse(ids);
    int[] reversed = new int[placed.length];
    for (int i = 0; i < placed.length; i++) {
      reversed[i] = placed[placed.length - 1 - i];
    }
    Corpus again = CiteGraph.resolved(papers, built.authors(), ids, reversed, built.hyperAuthorshipThreshold());
    assertEquals(built.papers(), again.papers());
    assertEquals(built.authors(), again.authors());
    assertEquals(authorIds(built), authorIds(again));
    assertEquals(built.coauthorGraph().edgeCount(), again.coauthorGraph().edgeCount());
    Author niru = built.author("Niru Maheswaranathan");
    assertEquals(built.collaborators(niru).rows(), again.collaborators(niru).rows());
  }

  @Test
  void anUnknownAuthorIdIsRefusedByName() {
    Corpus built = CiteGraph.loadSamples();
    List<List<String>> ids = new ArrayList<>(authorIds(built));
    ids.set(0, List.of("nobody-here"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CiteGraph.resolved(built.papers(), built.authors(), ids, new int[ids.size()], 100));
    assertEquals(true, e.getMessage().contains("nobody-here"), e.getMessage());
  }
}
