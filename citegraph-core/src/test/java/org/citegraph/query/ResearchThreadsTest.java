package org.citegraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.junit.jupiter.api.Test;

class ResearchThreadsTest {
  private static final Corpus SAMPLES = CiteGraph.loadSamples();
  private static final Author OWNER = SAMPLES.author("Niru Maheswaranathan");
  private static final Timeline TIMELINE = ResearchThreads.of(SAMPLES).timeline(OWNER);

  static final List<String> LEARNED_OPTIMIZERS = List.of(
      "Learned Optimizers that Scale and Generalize",
      "Understanding and correcting pathologies in the training of learned optimizers",
      "Using learned optimizers to make models robust to input noise",
      "Tasks, stability, architecture, and compute: Training more effective learned optimizers, and using them to "
          + "train themselves",
      "Reverse engineering learned optimizers reveals known and novel mechanisms",
      "Training Learned Optimizers with Randomly Initialized Learned Optimizers",
      "Practical tradeoffs between memory, compute, and performance in learned optimizers",
      "Using a thousand optimization tasks to learn hyperparameter search strategies",
      "Meta-Learning Update Rules for Unsupervised Representation Learning");
  static final List<String> RECURRENT = List.of(
      "Reverse engineering recurrent networks for sentiment classification reveals line attractor dynamics",
      "How recurrent networks implement contextual processing in sentiment analysis",
      "Universality and individuality in neural dynamics across large populations of recurrent networks",
      "The geometry of integration in text classification RNNs",
      "Understanding How Encoder-Decoder Architectures Attend");
  static final List<String> RETINA = List.of(
      "Deep Learning Models of the Retinal Response to Natural Scenes",
      "From deep learning to mechanistic understanding in neuroscience: the structure of retinal prediction");

  private static ResearchThread sameThread(Timeline t, List<String> titles) {
    ResearchThread thread = t.threadOfTitle(titles.get(0));
    for (String title : titles) {
      assertSame(thread, t.threadOfTitle(title), () -> "'" + title + "' is not with '" + titles.get(0) + "':\n" + t);
    }
    return thread;
  }

  @Test
  void theLearnedOptimizerPapersFormOneThread() {
    ResearchThread lo = sameThread(TIMELINE, LEARNED_OPTIMIZERS);
    assertTrue(lo.label().contains("learned optimizer"), lo.label());
    assertEquals("2017-03-14", lo.start().orElseThrow().toString());
    assertEquals("2022-03-22", lo.end().orElseThrow().toString());
    assertEquals("Luke Metz", lo.collaborators().get(0).coauthor().displayName());
    assertEquals("cs.LG", lo.categories().keySet().iterator().next());
  }

  @Test
  void theRecurrentNetworkPapersFormAnotherThread() {
    ResearchThread rnn = sameThread(TIMELINE, RECURRENT);
    assertNotEquals(TIMELINE.threadOfTitle(LEARNED_OPTIMIZERS.get(0)), rnn);
    assertEquals(RECURRENT.size(), rnn.size(), rnn.titles().toString());
  }

  @Test
  void theRetinaPapersFormAThirdThread() {
    ResearchThread retina = sameThread(TIMELINE, RETINA);
    assertEquals(RETINA, retina.titles());
    assertNotEquals(TIMELINE.threadOfTitle(LEARNED_OPTIMIZERS.get(0)), retina);
    assertNotEquals(TIMELINE.threadOfTitle(RECURRENT.get(0)), retina);
  }

  @Test
  void everyPaperIsInExactlyOneThreadAndThreadsAreOrderedByStart() {
    List<Paper> all = new ArrayList<>();
    TIMELINE.threads().forEach(t -> all.addAll(t.papers()));
    assertEquals(SAMPLES.papersOf(OWNER).size(), all.size());
    assertEquals(new HashSet<>(SAMPLES.papersOf(OWNER)), new HashSet<>(all));
    for (int i = 1; i < TIMELINE.size(); i++) {
      ResearchThread a = TIMELINE.threads().get(i - 1);
      ResearchThread b = TIMELINE.threads().get(i);
      int c = a.start().orElseThrow().compareTo(b.start().orElseThrow());
      assertTrue(c < 0 || (c == 0 && a.label().compareTo(b.label()) <= 0), TIMELINE.toString());
    }
  }

  @Test
  void eventsStartContinueAndStop() {
    for (ResearchThread t : TIMELINE.threads()) {
      assertEquals(ThreadEvent.Kind.STARTS, t.events().get(0).kind());
      assertEquals(t.first(), t.events().get(0).paper());
      assertEquals(t.size() - 1, t.events().stream().filter(e -> e.kind() == ThreadEvent.Kind.CONTINUES).count());
      boolean stopsEarly = t.last().date().orElseThrow().year() < 2022;
      assertEquals(stopsEarly, t.has(ThreadEvent.Kind.STOPS), t.toString());
      for (ThreadEvent e : t.events()) {
        if (e.kind() == ThreadEvent.Kind.BRANCHES_OFF) {
          Paper from = e.related().orElseThrow();
          assertFalse(t.papers().contains(from), "branches off its own thread: " + e);
          assertTrue(from.date().orElseThrow().compareTo(e.date().orElseThrow()) <= 0, e.toString());
        } else {
          assertTrue(e.related().isEmpty(), e.toString());
        }
      }
    }
    ResearchThread retina = TIMELINE.threadOfTitle(RETINA.get(0));
    assertEquals(List.of(ThreadEvent.Kind.STARTS, ThreadEvent.Kind.CONTINUES, ThreadEvent.Kind.STOPS),
        retina.events().stream().map(ThreadEvent::kind).toList());
    assertFalse(TIMELINE.threadOfTitle(LEARNED_OPTIMIZERS.get(0)).has(ThreadEvent.Kind.STOPS));
  }

  @Test
  void labelsAreDistinctiveTerms() {
    Set<String> labels = new HashSet<>();
    for (ResearchThread t : TIMELINE.threads()) {
      assertFalse(t.label().isBlank());
      assertTrue(labels.add(t.label()), "duplicate label " + t.label());
    }
  }

  @Test
  void similarityIsSymmetricAndBounded() {
    ResearchThreads rt = ResearchThreads.of(SAMPLES);
    List<Paper> ps = SAMPLES.papersOf(OWNER);
    for (Paper a : ps) {
      for (Paper b : ps) {
        double s = rt.similarity(OWNER, a, b);
        assertTrue(s >= 0 && s <= 1 + 1e-12, a + " " + b + " " + s);
        assertEquals(s, rt.similarity(OWNER, b, a), 1e-12);
      }
    }
  }

  @Test
  void aHighThresholdGivesSingletonsAndOnlyCoauthorsStillLinks() {
    Timeline singletons = ResearchThreads.of(SAMPLES).stories(false).linkThreshold(1.0).timeline(OWNER);
    assertEquals(SAMPLES.papersOf(OWNER).size(), singletons.size());
    singletons.threads().forEach(t -> assertEquals(1, t.size()));
    // Co-authors only: the two Williams-Golub papers share all co-authors.
    Timeline coauthors = ResearchThreads.of(SAMPLES).stories(false).weights(0, 1, 0).linkThreshold(0.99).timeline(OWNER);
    assertSame(coauthors.threadOfTitle(RECURRENT.get(0)), coauthors.threadOfTitle(RECURRENT.get(2)));
  }

  @Test
  void settingsAreValidated() {
    ResearchThreads rt = ResearchThreads.of(SAMPLES);
    assertThrows(IllegalArgumentException.class, () -> rt.weights(0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> rt.weights(-1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> rt.linkThreshold(0));
    assertThrows(IllegalArgumentException.class, () -> rt.maxLinks(0));
    assertThrows(IllegalArgumentException.class, () -> rt.labelTerms(0));
    assertThrows(IllegalArgumentException.class, () -> rt.timeline("Nobody Atall"));
  }

  @Test
  void printsAsTheTextTimeline() {
    String text = TIMELINE.toString();
    assertTrue(text.startsWith("Research threads of Niru Maheswaranathan (19 papers, "), text);
    assertTrue(text.contains("2015") && text.contains("2022"), text);
  }
}
