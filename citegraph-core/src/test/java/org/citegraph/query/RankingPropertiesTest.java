package org.citegraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.graph.CoauthorGraph;
import org.citegraph.graph.Counting;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;
import org.citegraph.model.SourceRef;
import org.citegraph.query.CentralAuthors.Measure;
import org.citegraph.query.CollaboratorSuggestions.Index;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class RankingPropertiesTest {
  private static final double EPS = 1e-9;

  @Provide
  Arbitrary<List<Paper>> corpora() {
    return Fixtures.corpora();
  }

  private static List<AuthorRanking> allRankings(Corpus corpus) {
    List<AuthorRanking> out = new ArrayList<>();
    for (Measure m : Measure.values()) {
      for (Counting c : Counting.values()) {
        out.add(CentralAuthors.of(corpus).measure(m).counting(c).rank());
      }
      out.add(CentralAuthors.of(corpus).measure(m).inCategory("cs.LG").rank());
    }
    return out;
  }

  @Property(seed = "42", tries = 100)
  void rankingsAreSortedNonNegativeAndComplete(@ForAll("corpora") List<Paper> records) {
    Corpus corpus = Fixtures.corpus(records);
    for (AuthorRanking r : allRankings(corpus)) {
      for (int i = 0; i < r.size(); i++) {
        RankedAuthor row = r.rows().get(i);
        assertEquals(i + 1, row.rank());
        assertTrue(row.score() >= 0 && Double.isFinite(row.score()), r.settings() + " " + row);
        if (i > 0) {
          RankedAuthor prev = r.rows().get(i - 1);
          assertTrue(prev.score() > row.score()
              || (prev.score() == row.score() && prev.author().id().compareTo(row.author().id()) < 0),
              r.settings() + ": " + prev + " before " + row);
        }
      }
      if (!r.settings().contains("papers in")) {
        assertEquals(corpus.authors().size(), r.size());
      }
    }
    AuthorRanking pr = CentralAuthors.of(corpus).measure(Measure.PAGERANK).rank();
    assertEquals(1.0, pr.rows().stream().mapToDouble(RankedAuthor::score).sum(), 1e-6);
  }

  /** Weighted degree and the columns, against the records themselves, in the corpus and in a category. */
  @Property(seed = "42", tries = 100)
  void degreesMatchBruteForceOverTheRecords(@ForAll("corpora") List<Paper> records) {
    Corpus corpus = Fixtures.corpus(records);
    for (String category : new String[] {null, "cs.LG", "q-bio.NC"}) {
      Map<String, Double> strength = new HashMap<>();
      Map<String, Integer> papers = new HashMap<>();
      Map<String, Set<String>> coauthors = new HashMap<>();
      for (Paper p : records) {
        if (category != null && !p.primaryCategory().get().code().equals(category)) {
          continue;
        }
        List<String> keys = p.authors().stream().map(PersonName::key).toList();
        for (String k : keys) {
          strength.merge(k, (double) (keys.size() - 1), Double::sum);
          papers.merge(k, 1, Integer::sum);
          Set<String> others = coauthors.computeIfAbsent(k, x -> new HashSet<>());
          keys.stream().filter(o -> !o.equals(k)).forEach(others::add);
        }
      }
      CentralAuthors q = CentralAuthors.of(corpus);
      AuthorRanking r = category == null ? q.rank() : q.inCategory(category).rank();
      assertEquals(papers.size(), r.size(), "authors in scope of " + category);
      for (RankedAuthor row : r.rows()) {
        String k = row.author().name().key();
        assertEquals(strength.get(k), row.score(), EPS, row.toString());
        assertEquals(papers.get(k), row.papers(), row.toString());
        assertEquals(coauthors.get(k).size(), row.coauthors(), row.toString());
      }
    }
  }

  @Property(seed = "42", tries = 60)
  void rankingsDoNotDependOnRecordOrder(@ForAll("corpora") List<Paper> records,
      @ForAll @IntRange(min = 0, max = 10_000) int seed) {
    List<Paper> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, new Random(seed));
    List<AuthorRanking> a = allRankings(Fixtures.corpus(records));
    List<AuthorRanking> b = allRankings(Fixtures.corpus(shuffled));
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).size(), b.get(i).size());
      for (int j = 0; j < a.get(i).size(); j++) {
        RankedAuthor x = a.get(i).rows().get(j);
        RankedAuthor y = b.get(i).rows().get(j);
        assertEquals(x.author().id(), y.author().id(), a.get(i).settings());
        assertEquals(x.score(), y.score(), EPS, a.get(i).settings());
        assertEquals(x.papers(), y.papers());
        assertEquals(x.coauthors(), y.coauthors());
      }
    }
    Corpus ca = Fixtures.corpus(records);
    Corpus cb = Fixtures.corpus(shuffled);
    for (Author author : ca.authors()) {
      assertEquals(describe(CollaboratorSuggestions.of(ca).suggest(author)),
          describe(CollaboratorSuggestions.of(cb).suggest(cb.author(author.id()))));
    }
  }

  private static List<String> describe(SuggestionRanking s) {
    return s.rows().stream().map(r -> r.rank() + " " + r.candidate().id() + " " + Math.round(r.score() * 1e9) + " "
        + r.via().stream().map(c -> c.author().id()).toList()).toList();
  }

  @Property(seed = "42", tries = 100)
  void suggestionsAreTheAuthorsAtDistanceTwoWithTheirCommonNeighbors(@ForAll("corpora") List<Paper> records) {
    Corpus corpus = Fixtures.corpus(records);
    CoauthorGraph g = corpus.coauthorGraph();
    for (Author x : corpus.authors()) {
      Set<Author> nx = new HashSet<>(g.neighbors(x));
      // Brute force: every author other than x and x's co-authors with a non-empty common neighborhood.
      Map<String, Set<Author>> expected = new TreeMap<>();
      for (Author y : corpus.authors()) {
        if (y.equals(x) || nx.contains(y)) {
          continue;
        }
        Set<Author> common = new HashSet<>(g.neighbors(y));
        common.retainAll(nx);
        if (!common.isEmpty()) {
          expected.put(y.id(), common);
        }
      }
      for (Index index : Index.values()) {
        SuggestionRanking s = CollaboratorSuggestions.of(corpus).index(index).suggest(x);
        assertEquals(expected.keySet(), new java.util.TreeSet<>(s.rows().stream().map(r -> r.candidate().id())
            .toList()), x + " " + index);
        for (int i = 0; i < s.size(); i++) {
          Suggestion sug = s.rows().get(i);
          assertEquals(i + 1, sug.rank());
          assertFalse(sug.candidate().equals(x));
          assertFalse(nx.contains(sug.candidate()), sug.candidate() + " already co-wrote with " + x);
          assertEquals(expected.get(sug.candidate().id()),
              new HashSet<>(sug.via().stream().map(CommonNeighbor::author).toList()), "common neighbors");
          assertEquals(sug.via().size(), new HashSet<>(sug.via()).size(), "no common neighbor twice");
          double sum = 0;
          for (CommonNeighbor c : sug.via()) {
            int k = g.degree(c.author());
            sum += index == Index.ADAMIC_ADAR ? 1 / Math.log(k) : 1.0 / k;
            assertEquals(g.papersBehind(x, c.author()).size(), c.papersWithAuthor());
            assertEquals(g.papersBehind(sug.candidate(), c.author()).size(), c.papersWithCandidate());
          }
          assertEquals(sum, sug.score(), EPS, "score is the index over the common neighbors");
          assertTrue(sug.score() > 0);
          if (i > 0) {
            Suggestion prev = s.rows().get(i - 1);
            assertTrue(prev.score() > sug.score() || (prev.score() == sug.score()
                && prev.candidate().id().compareTo(sug.candidate().id()) < 0), prev + " before " + sug);
          }
        }
      }
    }
  }

  /** Renames every person through a permutation of {@link Fixtures#PEOPLE}. */
  private static List<Paper> relabel(List<Paper> records, Map<String, PersonName> rename) {
    List<Paper> out = new ArrayList<>();
    for (Paper p : records) {
      // A fresh record rather than toBuilder(): the content-hash id depends on the first author's name.
      List<String> names = p.authors().stream().map(n -> rename.get(n.key()).toString()).toList();
      SourceRef src = p.provenance().get(0);
      out.add(Fixtures.record(p.title(), names, p.date().get().year(), src.source(), (int) src.line()));
    }
    return out;
  }

  private static List<Double> sortedScores(AuthorRanking r) {
    List<Double> s = new ArrayList<>(r.rows().stream().map(RankedAuthor::score).toList());
    Collections.sort(s);
    return s;
  }

  private static void assertSameMultiset(List<Double> a, List<Double> b, String what) {
    assertEquals(a.size(), b.size(), what);
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i), b.get(i), 1e-7, what + " at " + i + ": " + a + " vs " + b);
    }
  }

  @Property(seed = "42", tries = 60)
  void relabellingAuthorsDoesNotChangeTheScores(@ForAll("corpora") List<Paper> records,
      @ForAll @IntRange(min = 0, max = 10_000) int seed) {
    List<String> image = new ArrayList<>(Fixtures.PEOPLE);
    Collections.shuffle(image, new Random(seed));
    Map<String, PersonName> rename = new HashMap<>();
    for (int i = 0; i < image.size(); i++) {
      rename.put(PersonName.parse(Fixtures.PEOPLE.get(i)).key(), PersonName.parse(image.get(i)));
    }
    Corpus original = Fixtures.corpus(records);
    Corpus renamed = Fixtures.corpus(relabel(records, rename));
    List<AuthorRanking> a = allRankings(original);
    List<AuthorRanking> b = allRankings(renamed);
    for (int i = 0; i < a.size(); i++) {
      assertSameMultiset(sortedScores(a.get(i)), sortedScores(b.get(i)), a.get(i).settings());
    }
    for (Author x : original.authors()) {
      Author y = renamed.author(rename.get(x.name().key()).toString());
      RankedAuthor rx = CentralAuthors.of(original).measure(Measure.BETWEENNESS).rank().rowOf(x.id()).orElseThrow();
      RankedAuthor ry = CentralAuthors.of(renamed).measure(Measure.BETWEENNESS).rank().rowOf(y.id()).orElseThrow();
      assertEquals(rx.score(), ry.score(), 1e-7, x + " -> " + y);
      assertEquals(rx.coauthors(), ry.coauthors());
      List<Double> sx = new ArrayList<>(CollaboratorSuggestions.of(original).suggest(x).rows().stream()
          .map(Suggestion::score).toList());
      List<Double> sy = new ArrayList<>(CollaboratorSuggestions.of(renamed).suggest(y).rows().stream()
          .map(Suggestion::score).toList());
      Collections.sort(sx);
      Collections.sort(sy);
      assertSameMultiset(sx, sy, "suggestions for " + x);
    }
  }
}
