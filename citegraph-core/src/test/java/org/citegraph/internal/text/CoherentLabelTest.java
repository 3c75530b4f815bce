package org.citegraph.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CoherentLabelTest {
  /** A background of unrelated documents so that the subset's terms are distinctive. */
  private static List<TermVectors.Document> corpus(List<TermVectors.Document> subset) {
    List<TermVectors.Document> docs = new ArrayList<>(subset);
    String[] filler = {"weather forecast rain", "football match goal", "cooking recipe pasta", "garden flower soil",
        "music concert guitar", "travel train ticket"};
    for (int i = 0; i < 30; i++) {
      docs.add(new TermVectors.Document(filler[i % filler.length], filler[(i + 1) % filler.length]));
    }
    return docs;
  }

  @Test
  void termsOfTwoThemesSharingAClusterAreNotJoined() {
    // Half the subset is about quantum circuits, half about creativity: no document uses both.
    List<TermVectors.Document> subset = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      subset.add(new TermVectors.Document("quantum circuit qubit", "quantum qubit entanglement circuit"));
      subset.add(new TermVectors.Document("creativity artist", "creativity artist imagination"));
    }
    TermVectors v = TermVectors.builder().phrases(PhraseSet.empty()).build(corpus(subset));
    int[] ids = new int[subset.size()];
    java.util.Arrays.setAll(ids, i -> i);
    TermScores scores = new TermScores(v);
    TermScores.Label label = scores.coherentLabel(ids, 3, 0.0);
    boolean quantum = label.terms().stream().anyMatch(t -> t.startsWith("quantum") || t.startsWith("qubit")
        || t.startsWith("circuit") || t.startsWith("entanglement"));
    boolean creative = label.terms().stream().anyMatch(t -> t.startsWith("creativ") || t.startsWith("artist")
        || t.startsWith("imagination"));
    assertFalse(quantum && creative, label.terms().toString());
    assertTrue(label.coherence() >= 0, label.toString());
    // Without the check (NPMI floor -1) the plain G² order mixes the two themes.
    TermScores.Label unchecked = scores.coherentLabel(ids, 3, -1.0);
    assertEquals(3, unchecked.terms().size(), unchecked.toString());
  }

  @Test
  void npmiIsOneForTermsAlwaysTogetherAndMinusOneForTermsNeverTogether() {
    java.util.BitSet a = new java.util.BitSet();
    java.util.BitSet b = new java.util.BitSet();
    a.set(0, 3);
    b.set(0, 3);
    assertEquals(1.0, TermScores.npmi(a, b, 10), 1e-12);
    java.util.BitSet c = new java.util.BitSet();
    c.set(5, 8);
    assertEquals(-1.0, TermScores.npmi(a, c, 10), 1e-12);
  }

  @Test
  void aLabelFromGivenCandidatesEqualsTheLabelComputedAlone() {
    List<TermVectors.Document> subset = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      subset.add(new TermVectors.Document("quantum circuit qubit", "quantum qubit entanglement circuit noise"));
      subset.add(new TermVectors.Document("quantum error correction", "qubit error correction code circuit"));
    }
    TermVectors v = TermVectors.of(corpus(subset));
    TermScores scores = new TermScores(v);
    // Every subset size: the small ones sort their entries, the large ones count densely over the vocabulary.
    for (int size = 1; size <= subset.size() + 10; size++) {
      int[] ids = new int[size];
      java.util.Arrays.setAll(ids, i -> i);
      List<TermScores.ScoredTerm> twelve = scores.distinctiveTerms(ids, 12);
      assertEquals(scores.distinctiveTerms(ids, 8), twelve.subList(0, Math.min(8, twelve.size())));
      assertEquals(scores.coherentLabel(ids, 3, 0.0), scores.coherentLabel(ids, twelve, 3, 0.0));
      // The dense and the sorted count agree with a direct count of each term over the subset.
      for (TermScores.ScoredTerm t : twelve) {
        long count = 0;
        for (int d : ids) {
          for (int p = v.rowStart(d); p < v.rowEnd(d); p++) {
            if (v.termAt(p) == t.termId()) {
              count += v.countAt(p);
            }
          }
        }
        assertEquals(count, t.countInSubset(), t.toString());
      }
    }
  }
}
