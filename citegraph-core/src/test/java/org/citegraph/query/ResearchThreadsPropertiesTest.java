package org.citegraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ResearchThreadsPropertiesTest {
  /** New names for {@link Fixtures#PEOPLE}, one each, with pairwise different family names. */
  private static final List<String> RENAMED = List.of("Ada Lovelace", "Alan Turing", "Grace Hopper",
      "Edsger Dijkstra", "Barbara Liskov", "Donald Knuth", "Frances Allen", "John Backus", "Leslie Lamport",
      "Radia Perlman", "Niklaus Wirth", "Shafi Goldwasser");

  @Provide
  Arbitrary<List<Paper>> corpora() {
    return Fixtures.topicalCorpora();
  }

  private static Timeline timeline(Corpus corpus, Author a) {
    return ResearchThreads.of(corpus).timeline(a);
  }

  @Property(seed = "42", tries = 200)
  void threadPapersAreInDateOrder(@ForAll("corpora") List<Paper> records) {
    Corpus corpus = Fixtures.corpus(records);
    for (Author a : corpus.authors()) {
      for (ResearchThread t : timeline(corpus, a).threads()) {
        for (int i = 1; i < t.size(); i++) {
          assertTrue(t.papers().get(i - 1).date().orElseThrow()
              .compareTo(t.papers().get(i).date().orElseThrow()) <= 0, t.titles().toString());
        }
        assertEquals(t.first().date(), t.start());
        assertEquals(t.last().date(), t.end());
      }
    }
  }

  @Property(seed = "42", tries = 200)
  void everyPaperOfTheAuthorIsInExactlyOneThread(@ForAll("corpora") List<Paper> records) {
    Corpus corpus = Fixtures.corpus(records);
    for (Author a : corpus.authors()) {
      Timeline t = timeline(corpus, a);
      List<Paper> all = new ArrayList<>();
      t.threads().forEach(th -> all.addAll(th.papers()));
      Set<Paper> distinct = new HashSet<>(all);
      assertEquals(all.size(), distinct.size(), "a paper is in two threads");
      assertEquals(new HashSet<>(corpus.papersOf(a)), distinct);
      int stops = 0;
      for (ResearchThread th : t.threads()) {
        assertEquals(1, th.events().stream().filter(e -> e.kind() == ThreadEvent.Kind.STARTS).count());
        stops += th.has(ThreadEvent.Kind.STOPS) ? 1 : 0;
      }
      assertTrue(stops < t.size(), "some thread reaches the author's last year");
    }
  }

  @Property(seed = "42", tries = 200)
  void theResultDoesNotDependOnTheRecordOrder(@ForAll("corpora") List<Paper> records, @ForAll Random random) {
    Corpus corpus = Fixtures.corpus(records);
    List<Paper> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, random);
    Corpus other = Fixtures.corpus(shuffled);
    for (Author a : corpus.authors()) {
      Timeline t1 = timeline(corpus, a);
      Timeline t2 = timeline(other, other.author(a.id()));
      assertEquals(t1, t2);
      assertEquals(t1.toText(), t2.toText());
      assertEquals(org.citegraph.render.TimelineSvg.render(t1), org.citegraph.render.TimelineSvg.render(t2));
    }
  }

  @Property(seed = "42", tries = 200)
  void renamingAuthorsConsistentlyKeepsTheThreads(@ForAll("corpora") List<Paper> records) {
    Map<String, String> rename = new HashMap<>();
    for (int i = 0; i < Fixtures.PEOPLE.size(); i++) {
      rename.put(PersonName.parse(Fixtures.PEOPLE.get(i)).key(), RENAMED.get(i));
    }
    List<Paper> renamed = new ArrayList<>();
    for (Paper p : records) {
      // Rebuilt from scratch, so the content-hash ids change with the first author's name.
      Paper.Builder b = Paper.builder().title(p.title()).date(p.date().orElseThrow())
          .primaryCategory(p.primaryCategory().orElseThrow()).abstractText(p.abstractText())
          .source(p.provenance().get(0));
      p.authors().forEach(n -> b.author(PersonName.parse(rename.get(n.key()))));
      renamed.add(b.build());
    }
    Corpus corpus = Fixtures.corpus(records);
    Corpus other = Fixtures.corpus(renamed);
    for (int i = 0; i < Fixtures.PEOPLE.size(); i++) {
      if (corpus.findAuthors(Fixtures.PEOPLE.get(i)).isEmpty()) {
        continue;
      }
      Timeline t1 = timeline(corpus, corpus.author(Fixtures.PEOPLE.get(i)));
      Timeline t2 = timeline(other, other.author(RENAMED.get(i)));
      assertEquals(structure(t1), structure(t2));
      assertEquals(t1.threads().stream().map(ResearchThread::label).toList(),
          t2.threads().stream().map(ResearchThread::label).toList());
    }
  }

  /** The threads as title lists, in timeline order. */
  private static List<List<String>> structure(Timeline t) {
    return t.threads().stream().map(ResearchThread::titles).toList();
  }

  @Property(seed = "42", tries = 200)
  void aThreadIsNeverSplitByMoreLinks(@ForAll("corpora") List<Paper> records) {
    // Allowing more links per paper can only merge threads: each thread of maxLinks(1) lies inside one of maxLinks(3).
    Corpus corpus = Fixtures.corpus(records);
    for (Author a : corpus.authors()) {
      Timeline few = ResearchThreads.of(corpus).maxLinks(1).timeline(a);
      Timeline many = ResearchThreads.of(corpus).maxLinks(3).timeline(a);
      for (ResearchThread t : few.threads()) {
        Set<List<String>> owners = new HashSet<>();
        t.papers().forEach(p -> owners.add(many.threadOf(p).orElseThrow().titles()));
        assertEquals(1, owners.size(), t.titles().toString());
      }
    }
  }
}
