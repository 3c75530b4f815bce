package org.citegraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.graph.Counting;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.citegraph.model.PubDate;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

class CollaboratorsPropertiesTest {

  @Provide
  Arbitrary<List<Paper>> corpora() {
    return Fixtures.corpora();
  }

  private static List<String> shape(CollaboratorRanking r) {
    List<String> out = new ArrayList<>();
    for (Collaborator c : r.rows()) {
      out.add(c.coauthor().id() + "=" + c.sharedPapers() + "/" + Math.round(c.score() * 1e9));
    }
    return out;
  }

  @Property(seed = "42", tries = 100)
  void rankingsAreSortedNonNegativeAndIndependentOfRecordOrder(@ForAll("corpora") List<Paper> records,
      @ForAll Counting counting, @ForAll long seed) {
    Corpus corpus = Fixtures.corpus(records);
    List<Paper> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, new Random(seed));
    Corpus other = Fixtures.corpus(shuffled);
    for (Author a : corpus.authors()) {
      CollaboratorRanking r = Collaborators.of(corpus).counting(counting).rank(a);
      for (int i = 0; i < r.rows().size(); i++) {
        Collaborator c = r.rows().get(i);
        assertEquals(i + 1, c.rank());
        assertTrue(c.score() >= 0);
        if (i > 0) {
          assertTrue(r.rows().get(i - 1).score() >= c.score(), "sorted by score");
        }
      }
      assertEquals(shape(r), shape(Collaborators.of(other).counting(counting).rank(other.author(a.id()))));
    }
  }

  @Property(seed = "42", tries = 100)
  void explanationsSumToTheScore(@ForAll("corpora") List<Paper> records, @ForAll Counting counting,
      @ForAll @DoubleRange(min = 0.5, max = 20) double halfLife) {
    Corpus corpus = Fixtures.corpus(records);
    Collaborators query = Collaborators.of(corpus).counting(counting).recency(halfLife, PubDate.ofYear(2025));
    for (Author a : corpus.authors()) {
      for (Collaborator c : query.rank(a).rows()) {
        Explanation e = query.explain(a, c.coauthor());
        assertEquals(c.sharedPapers(), e.rows().size());
        assertEquals(c.score(), e.score(), 1e-9);
        assertEquals(c.papers(), e.rows().stream().map(Contribution::paper).toList());
      }
    }
  }

  @Property(seed = "42", tries = 100)
  void anInfiniteHalfLifeEqualsPlainCounting(@ForAll("corpora") List<Paper> records, @ForAll Counting counting) {
    Corpus corpus = Fixtures.corpus(records);
    for (Author a : corpus.authors()) {
      CollaboratorRanking plain = Collaborators.of(corpus).counting(counting).rank(a);
      CollaboratorRanking infinite = Collaborators.of(corpus).counting(counting)
          .recency(Double.POSITIVE_INFINITY, PubDate.ofYear(2025)).rank(a);
      assertEquals(shape(plain), shape(infinite));
      // Full counting without recency: the score is the shared-paper count.
      if (counting == Counting.FULL) {
        plain.rows().forEach(c -> assertEquals(c.sharedPapers(), c.score(), 1e-12));
      }
    }
  }

  @Property(seed = "42", tries = 60)
  void relabellingAuthorsKeepsTheStructureOfTheRankings(@ForAll("corpora") List<Paper> records) {
    // A bijection on the people: reverse the list.
    List<String> people = Fixtures.PEOPLE;
    List<Paper> renamed = new ArrayList<>();
    for (Paper p : records) {
      List<String> names = new ArrayList<>();
      p.authors().forEach(n -> names.add(people.get(people.size() - 1 - people.indexOf(n.displayName()))));
      renamed.add(Fixtures.record(p.title(), names, p.year().getAsInt(), p.provenance().get(0).source(),
          (int) p.provenance().get(0).line()));
    }
    Corpus a = Fixtures.corpus(records);
    Corpus b = Fixtures.corpus(renamed);
    for (String person : people) {
      if (a.findAuthors(person).isEmpty()) {
        continue;
      }
      String image = people.get(people.size() - 1 - people.indexOf(person));
      List<Double> scoresA = a.collaborators(person).rows().stream().map(Collaborator::score).toList();
      List<Double> scoresB = b.collaborators(image).rows().stream().map(Collaborator::score).toList();
      assertEquals(scoresA, scoresB);
    }
  }
}
