package org.citegraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The optimised {@link ResearchThreads} (dense cosine rows, sorted co-author id arrays, category ids, partial
 * selection of the strongest predecessors) gives exactly the timelines and similarities of the previous
 * implementation, kept as {@link ResearchThreadsReference}, under the default and under varied settings.
 */
class ResearchThreadsOptimisedTest {
  @Provide
  Arbitrary<List<Paper>> corpora() {
    return Fixtures.topicalCorpora();
  }

  @Property(seed = "42", tries = 150)
  void sameTimelinesAsTheReference(@ForAll("corpora") List<Paper> records) {
    Corpus corpus = Fixtures.corpus(records);
    for (Author a : corpus.authors()) {
      assertEquals(ResearchThreadsReference.of(corpus).timeline(a), ResearchThreads.of(corpus).stories(false).timeline(a));
      // One link per paper and low thresholds make the choice (and tie-breaking) of predecessors decisive.
      assertEquals(ResearchThreadsReference.of(corpus).maxLinks(1).linkThreshold(0.01).branchThreshold(0.01)
          .timeline(a), ResearchThreads.of(corpus).stories(false).maxLinks(1).linkThreshold(0.01).branchThreshold(0.01).timeline(a));
      assertEquals(ResearchThreadsReference.of(corpus).maxLinks(3).weights(0, 1, 1).linkThreshold(0.05).timeline(a),
          ResearchThreads.of(corpus).stories(false).maxLinks(3).weights(0, 1, 1).linkThreshold(0.05).timeline(a));
      assertEquals(ResearchThreadsReference.of(corpus).weights(1, 0, 0).labelTerms(3).timeline(a),
          ResearchThreads.of(corpus).stories(false).weights(1, 0, 0).labelTerms(3).timeline(a));
    }
  }

  @Property(seed = "43", tries = 60)
  void sameSimilaritiesAsTheReference(@ForAll("corpora") List<Paper> records) {
    Corpus corpus = Fixtures.corpus(records);
    for (Author a : corpus.authors()) {
      List<Paper> papers = corpus.papersOf(a);
      for (Paper x : papers) {
        for (Paper y : papers) {
          assertEquals(ResearchThreadsReference.of(corpus).similarity(a, x, y),
              ResearchThreads.of(corpus).stories(false).similarity(a, x, y), 0.0);
        }
      }
    }
  }
}
