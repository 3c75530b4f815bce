package org.citegraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;

import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The pruned predecessor search that {@link ResearchThreads} uses above {@link
 * ResearchThreads#EXACT_PREDECESSORS_MAX_PAPERS} papers, forced on the small generated corpora: with nothing pruned
 * it gives exactly the timelines of the all-pairs search, and with the default pruning it is deterministic, keeps
 * every paper exactly once and does not depend on the record order.
 */
class ResearchThreadsPrunedTest {
  /** Every term indexed, no posting list cut, every candidate re-scored: the pruned search must equal the exact. */
  private static final ResearchThreads.Pruning NOTHING_PRUNED =
      new ResearchThreads.Pruning(0, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);
  /** The default pruning, applied to every author (also the small ones). */
  private static final ResearchThreads.Pruning ALWAYS_PRUNED = new ResearchThreads.Pruning(0,
      ResearchThreads.INDEXED_TERMS_PER_PAPER, ResearchThreads.MAX_POSTINGS_PER_TERM,
      ResearchThreads.PREDECESSOR_CANDIDATES);
  /** A tight pruning so that the cuts bite on small corpora. */
  private static final ResearchThreads.Pruning TIGHT = new ResearchThreads.Pruning(0, 2, 3, 2);

  @Provide
  Arbitrary<List<Paper>> corpora() {
    return Fixtures.topicalCorpora();
  }

  @Property(seed = "42", tries = 150)
  void withNothingPrunedTheTimelinesEqualTheExactOnes(@ForAll("corpora") List<Paper> records) {
    Corpus corpus = Fixtures.corpus(records);
    for (Author a : corpus.authors()) {
      assertEquals(ResearchThreads.of(corpus).timeline(a),
          ResearchThreads.of(corpus).pruning(NOTHING_PRUNED).timeline(a));
      assertEquals(ResearchThreads.of(corpus).stories(false).maxLinks(1).linkThreshold(0.01).branchThreshold(0.01)
          .timeline(a), ResearchThreads.of(corpus).stories(false).maxLinks(1).linkThreshold(0.01)
          .branchThreshold(0.01).pruning(NOTHING_PRUNED).timeline(a));
      assertEquals(ResearchThreads.of(corpus).maxLinks(3).weights(0, 1, 1).linkThreshold(0.05).timeline(a),
          ResearchThreads.of(corpus).maxLinks(3).weights(0, 1, 1).linkThreshold(0.05).pruning(NOTHING_PRUNED)
              .timeline(a));
    }
  }

  @Property(seed = "43", tries = 150)
  void prunedTimelinesKeepEveryPaperOnceAndIgnoreTheRecordOrder(@ForAll("corpora") List<Paper> records,
      @ForAll Random random) {
    Corpus corpus = Fixtures.corpus(records);
    List<Paper> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, random);
    Corpus other = Fixtures.corpus(shuffled);
    for (ResearchThreads.Pruning pruning : List.of(ALWAYS_PRUNED, TIGHT)) {
      for (Author a : corpus.authors()) {
        Timeline t = ResearchThreads.of(corpus).pruning(pruning).timeline(a);
        assertEquals(t, ResearchThreads.of(other).pruning(pruning).timeline(other.author(a.id())));
        Set<String> seen = new HashSet<>();
        int count = 0;
        for (ResearchThread thread : t.threads()) {
          for (Paper p : thread.papers()) {
            seen.add(p.id().toString());
            count++;
          }
        }
        assertEquals(corpus.papersOf(a).size(), count);
        assertEquals(count, seen.size());
      }
    }
  }

  @Property(seed = "45", tries = 100)
  void timelinesDoNotDependOnTheThreadCountOrTheTaskSize(@ForAll("corpora") List<Paper> records) throws Exception {
    // The pruned search's rows, the story's similarity matrix, the threads' descriptions run as parallel tasks:
    // parallel for every author, with three papers per task, on one or four threads, the timelines equal those of
    // the sequential run (these small authors are below the size for parallel tasks by default).
    Corpus corpus = Fixtures.corpus(records);
    ResearchThreads.Pruning smallTasks = new ResearchThreads.Pruning(0, ResearchThreads.INDEXED_TERMS_PER_PAPER,
        ResearchThreads.MAX_POSTINGS_PER_TERM, ResearchThreads.PREDECESSOR_CANDIDATES, 3, 0);
    ResearchThreads.Pruning tightSmallTasks = new ResearchThreads.Pruning(0, 2, 3, 2, 3, 0);
    ResearchThreads.Pruning exactParallel = new ResearchThreads.Pruning(ResearchThreads.EXACT_PREDECESSORS_MAX_PAPERS,
        1, 1, 1, 3, 0);
    for (Author a : corpus.authors()) {
      Timeline one = ResearchThreads.of(corpus).pruning(ALWAYS_PRUNED).timeline(a);
      Timeline tight = ResearchThreads.of(corpus).pruning(TIGHT).timeline(a);
      for (int threads : new int[] {1, 4}) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
          assertEquals(one, pool.submit(() -> ResearchThreads.of(corpus).pruning(smallTasks).timeline(a)).get());
          assertEquals(tight, pool.submit(() -> ResearchThreads.of(corpus).pruning(tightSmallTasks).timeline(a))
              .get());
          assertEquals(ResearchThreads.of(corpus).timeline(a),
              pool.submit(() -> ResearchThreads.of(corpus).pruning(exactParallel).timeline(a)).get());
        } finally {
          pool.shutdown();
        }
      }
    }
  }

  @Property(seed = "44", tries = 100)
  void prunedLinksAreTrueLinks(@ForAll("corpora") List<Paper> records) {
    // The pruned search may miss links but keeps only true ones with their exact similarities: in a chain (no
    // story step), every paper but the first is linked to an earlier paper of the chain or from a later one at or
    // above the link threshold by the exact similarity.
    Corpus corpus = Fixtures.corpus(records);
    for (Author a : corpus.authors()) {
      ResearchThreads threads = ResearchThreads.of(corpus).stories(false);
      Timeline pruned = threads.pruning(TIGHT).timeline(a);
      for (ResearchThread thread : pruned.threads()) {
        List<Paper> papers = thread.papers();
        // Each later paper of a chain has an earlier paper of the same chain at or above the link threshold.
        for (int i = 1; i < papers.size(); i++) {
          double best = 0;
          for (int j = 0; j < i; j++) {
            best = Math.max(best, threads.similarity(a, papers.get(i), papers.get(j)));
          }
          boolean linkedLater = false;
          for (int j = i + 1; j < papers.size(); j++) {
            linkedLater |= threads.similarity(a, papers.get(i), papers.get(j))
                >= ResearchThreads.DEFAULT_LINK_THRESHOLD;
          }
          assertTrue(best >= ResearchThreads.DEFAULT_LINK_THRESHOLD || linkedLater,
              "paper " + papers.get(i).id() + " is in a chain without a link to it");
        }
      }
    }
  }
}
