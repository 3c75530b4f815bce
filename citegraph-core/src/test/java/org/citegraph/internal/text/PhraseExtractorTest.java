package org.citegraph.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;

class PhraseExtractorTest {

  private static List<List<String>> segments(List<TermVectors.Document> docs) {
    Tokenizer tokenizer = Tokenizer.english();
    List<List<String>> all = new ArrayList<>();
    for (TermVectors.Document d : docs) {
      all.addAll(tokenizer.segments(d.title()));
      all.addAll(tokenizer.segments(d.abstractText()));
    }
    return all;
  }

  private static List<List<String>> segmentsOf(String... texts) {
    List<List<String>> all = new ArrayList<>();
    for (String t : texts) {
      all.addAll(Tokenizer.english().segments(t));
    }
    return all;
  }

  @Test
  void findsTheResearchPhrasesOfTheProfilePage() {
    PhraseSet phrases = PhraseExtractor.defaults().extract(segments(ProfilePage.documents()));
    for (String p : List.of("learned optimizer", "recurrent network", "neural network", "evolutionary strategy",
        "convolutional neural network", "hand-designed optimizer", "surrogate gradient", "natural scene")) {
      assertTrue(phrases.contains(p), p + " in " + phrases);
      assertTrue(phrases.score(p) >= PhraseExtractor.DEFAULT_THRESHOLD, p);
      assertTrue(phrases.count(p) >= PhraseExtractor.DEFAULT_MIN_COUNT, p);
    }
    assertTrue(phrases.count("learned optimizer") >= 30, "learned optimizer is the dominant phrase");
    // Frequent words that merely co-occur, and pairs seen fewer than minCount times, are not phrases.
    assertFalse(phrases.contains("optimizer learned"));
    assertFalse(phrases.contains("learned optimizer trained"), "seen once or twice only");
    assertFalse(phrases.contains("rnn architecture"), "below the NPMI threshold");
  }

  @Test
  void phrasesNeverSpanPunctuationOrStopWords() {
    List<List<String>> segs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      segs.addAll(segmentsOf("kernel lattice. spline vortex", "galaxy of quantum", "protein, tensor"));
    }
    PhraseSet phrases = PhraseExtractor.defaults().extract(segs);
    assertEquals(List.of("kernel lattice", "spline vortex"), List.copyOf(phrases.phrases()));
    assertEquals(5, phrases.count("kernel lattice"));
    assertEquals(1.0, phrases.score("kernel lattice"), 1e-12, "always together: NPMI 1");
  }

  @Test
  void trigramsAreScoredByTheirWeakerSplit() {
    List<List<String>> segs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      segs.addAll(segmentsOf("convolutional neural network", "graph kernel", "spline"));
    }
    segs.addAll(segmentsOf("neural graph", "network spline"));
    PhraseSet phrases = PhraseExtractor.defaults().extract(segs);
    assertTrue(phrases.contains("convolutional neural network"));
    assertTrue(phrases.contains("convolutional neural"));
    assertTrue(phrases.contains("neural network"));
    double expected = Math.min(
        PhraseExtractor.npmi(4, 5, 4, 28), // (convolutional neural) + network; 28 tokens in all
        PhraseExtractor.npmi(4, 4, 4, 28)); // convolutional + (neural network)
    assertEquals(expected, phrases.score("convolutional neural network"), 1e-12);
    assertFalse(PhraseExtractor.defaults().withMaxLength(2).extract(segs).contains("convolutional neural network"));
  }

  @Test
  void minCountAndThresholdAreApplied() {
    List<List<String>> segs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      segs.addAll(segmentsOf("kernel lattice"));
    }
    assertTrue(PhraseExtractor.defaults().extract(segs).contains("kernel lattice"));
    assertFalse(PhraseExtractor.defaults().withMinCount(4).extract(segs).contains("kernel lattice"));
    // "graph" is everywhere, so "graph kernel" is frequent but not cohesive.
    segs.clear();
    for (int i = 0; i < 20; i++) {
      segs.addAll(segmentsOf("graph spline", "graph vortex", "graph tensor", "kernel protein"));
    }
    for (int i = 0; i < 3; i++) {
      segs.addAll(segmentsOf("graph kernel"));
    }
    PhraseSet phrases = PhraseExtractor.defaults().extract(segs);
    assertFalse(phrases.contains("graph kernel"), String.valueOf(phrases.score("graph kernel")));
    assertTrue(PhraseExtractor.defaults().withThreshold(-1).extract(segs).contains("graph kernel"));
  }

  @Test
  void npmiHasItsDocumentedRange() {
    assertEquals(1.0, PhraseExtractor.npmi(5, 5, 5, 100), 1e-12);
    assertEquals(0.0, PhraseExtractor.npmi(10, 10, 1, 100), 1e-12);
    assertEquals(-1.0, PhraseExtractor.npmi(10, 10, 0, 100), 0.0);
    assertThrows(IllegalArgumentException.class, () -> PhraseExtractor.npmi(1, 10, 2, 100));
    assertThrows(IllegalArgumentException.class, () -> PhraseExtractor.defaults().withMaxLength(4));
  }

  @Test
  void occurrencesReportsOverlappingBigramsAndTrigrams() {
    PhraseSet set =
        PhraseSet.of(java.util.Set.of("learned optimizer", "randomly initialized", "initialized learned optimizer"));
    assertEquals(List.of("randomly initialized", "initialized learned optimizer", "learned optimizer"),
        set.occurrences(List.of("randomly", "initialized", "learned", "optimizer")));
    assertEquals(List.of(), set.occurrences(List.of("learned")));
    assertThrows(IllegalArgumentException.class, () -> PhraseSet.of(java.util.Set.of("single")));
  }

  @Provide
  Arbitrary<List<TermVectors.Document>> corpora() {
    return Corpora.corpora();
  }

  @Property(seed = "42", tries = 300)
  void phrasesAreFrequentCohesiveAndOrderIndependent(@ForAll("corpora") List<TermVectors.Document> docs) {
    List<List<String>> segs = segments(docs);
    PhraseExtractor extractor = PhraseExtractor.defaults().withMinCount(2).withThreshold(0.1);
    PhraseSet phrases = extractor.extract(segs);
    for (String p : phrases.phrases()) {
      List<String> words = List.of(p.split(" "));
      int count = 0;
      for (List<String> seg : segs) {
        count += Collections.frequency(windows(seg, words.size()), words);
      }
      assertEquals(count, phrases.count(p), p);
      assertTrue(count >= 2, p);
      assertTrue(phrases.score(p) >= 0.1 && phrases.score(p) <= 1.0, p);
    }
    List<List<String>> shuffled = new ArrayList<>(segs);
    Collections.shuffle(shuffled, new Random(7));
    PhraseSet again = extractor.extract(shuffled);
    assertEquals(phrases.phrases(), again.phrases());
    for (String p : phrases.phrases()) {
      assertEquals(phrases.score(p), again.score(p), 0.0);
    }
  }

  private static List<List<String>> windows(List<String> seg, int n) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i + n <= seg.size(); i++) {
      out.add(seg.subList(i, i + n));
    }
    return out;
  }
}
