package org.citegraph.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.internal.text.TermVectors;
import org.citegraph.model.Paper;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PaperTokensTest {

  @Provide
  Arbitrary<List<Paper>> corpora() {
    return Fixtures.topicalCorpora();
  }

  /** The vectors the builder makes from the papers' text, without the cache. */
  private static TermVectors uncached(List<Paper> papers) {
    return TermVectors.of(papers.stream().map(p -> new TermVectors.Document(p.title(), p.abstractText())).toList());
  }

  /** Every observable part of two vector sets is equal, the weights bit for bit. */
  static void assertSameVectors(TermVectors expected, TermVectors actual) {
    assertEquals(expected.documentCount(), actual.documentCount());
    assertEquals(expected.vocabularySize(), actual.vocabularySize());
    for (int t = 0; t < expected.vocabularySize(); t++) {
      assertEquals(expected.term(t), actual.term(t));
      assertEquals(expected.documentFrequency(t), actual.documentFrequency(t));
      assertEquals(expected.collectionCount(t), actual.collectionCount(t));
    }
    assertEquals(expected.phrases().phrases(), actual.phrases().phrases());
    for (int d = 0; d < expected.documentCount(); d++) {
      assertArrayEquals(expected.termIds(d), actual.termIds(d), "terms of document " + d);
      assertArrayEquals(expected.counts(d), actual.counts(d), "counts of document " + d);
      double[] e = expected.weights(d);
      double[] a = actual.weights(d);
      for (int q = 0; q < e.length; q++) {
        assertEquals(Double.doubleToRawLongBits(e[q]), Double.doubleToRawLongBits(a[q]), "weight of document " + d);
      }
    }
  }

  @Test
  void theSampleAuthorsVectorsEqualTheBuildersWithPhrasesFirstAndAgainFromTheCache() {
    Corpus corpus = CiteGraph.loadSamples();
    List<Paper> papers = new ArrayList<>(corpus.papers());
    TermVectors expected = uncached(papers);
    assertTrue(expected.termId("learned optimizer") >= 0, "the sample has phrases to find");
    for (int call = 0; call < 2; call++) {
      assertSameVectors(expected, PaperTokens.of(corpus).vectors(corpus, papers, call == 0));
    }
    Collections.reverse(papers);
    assertSameVectors(uncached(papers), PaperTokens.of(corpus).vectors(corpus, papers, false));
    assertSame(PaperTokens.of(corpus), PaperTokens.of(corpus), "one cache per corpus");
  }

  @Property(seed = "42", tries = 200)
  void anyPapersInAnyOrderGiveTheBuildersVectorsWhateverWasCachedBefore(
      @ForAll("corpora") List<Paper> records, @ForAll Random random) {
    Corpus corpus = Fixtures.corpus(records);
    List<Paper> all = corpus.papers();
    for (int round = 0; round < 3; round++) {
      // A random part of the corpus in a random order: some of it cached by earlier rounds, some not, and the
      // dictionary numbered by whichever papers came first.
      List<Paper> some = new ArrayList<>();
      for (Paper p : all) {
        if (random.nextInt(3) > 0) {
          some.add(p);
        }
      }
      Collections.shuffle(some, random);
      assertSameVectors(uncached(some), PaperTokens.of(corpus).vectors(corpus, some, random.nextBoolean()));
    }
  }

  @Test
  void concurrentCallsOnAFreshCorpusAllGetTheBuildersVectors() throws Exception {
    Corpus corpus = CiteGraph.loadSamples();
    List<Paper> all = corpus.papers();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int task = 0; task < 16; task++) {
        Random random = new Random(task);
        done.add(pool.submit(() -> {
          List<Paper> some = new ArrayList<>(all.subList(random.nextInt(all.size() / 2), all.size()));
          Collections.shuffle(some, random);
          assertSameVectors(uncached(some), PaperTokens.of(corpus).vectors(corpus, some, random.nextBoolean()));
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }
}
