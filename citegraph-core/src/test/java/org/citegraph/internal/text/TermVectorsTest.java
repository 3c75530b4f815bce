package org.citegraph.internal.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TermVectorsTest {

  private static TermVectors.Document doc(String title, String abstractText) {
    return new TermVectors.Document(title, abstractText);
  }

  @Test
  void profilePageHasPhraseTermsAndNormalisedRows() {
    List<TermVectors.Document> docs = ProfilePage.documents();
    assertEquals(19, docs.size());
    TermVectors tv = TermVectors.of(docs);
    assertEquals(19, tv.documentCount());
    int phrase = tv.termId("learned optimizer");
    assertTrue(phrase >= 0);
    assertEquals(7, tv.documentFrequency(phrase), "the seven papers with learned optimizers in the title");
    assertTrue(tv.termId("optimizers") < 0, "plural stemmed away");
    assertTrue(tv.termId("the") < 0, "stop word");
    for (int d = 0; d < tv.documentCount(); d++) {
      assertEquals(1.0, squaredNorm(tv, d), 1e-12);
    }
  }

  @Test
  void countsWeightsAndDocumentFrequencies() {
    TermVectors tv = TermVectors.builder().phrases(PhraseSet.empty()).titleWeight(3).build(List.of(
        doc("Kernel lattice", "kernel spline spline spline"),
        doc("", "kernel vortex"),
        doc(null, null)));
    assertEquals(List.of("kernel", "lattice", "spline", "vortex"), vocabulary(tv));
    int kernel = tv.termId("kernel");
    assertEquals(2, tv.documentFrequency(kernel));
    assertEquals(3, tv.collectionCount(kernel));
    assertArrayEquals(new int[] {tv.termId("kernel"), tv.termId("lattice"), tv.termId("spline")}, tv.termIds(0));
    assertArrayEquals(new int[] {2, 1, 3}, tv.counts(0), "raw counts, title not weighted");
    // kernel: tf = 3 (title) + 1, df 2; lattice: tf 3, df 1; spline: tf 3, df 1 (N = 3).
    double idf1 = 1 + Math.log(4.0 / 2);
    double idf2 = 1 + Math.log(4.0 / 3);
    double[] raw = {(1 + Math.log(4)) * idf2, (1 + Math.log(3)) * idf1, (1 + Math.log(3)) * idf1};
    double norm = Math.sqrt(raw[0] * raw[0] + raw[1] * raw[1] + raw[2] * raw[2]);
    double[] w = tv.weights(0);
    for (int i = 0; i < 3; i++) {
      assertEquals(raw[i] / norm, w[i], 1e-12);
    }
    assertEquals(0, tv.termCount(2));
    assertEquals(0.0, tv.cosine(0, 2));
    assertEquals(tv.cosine(0, 1), tv.cosine(1, 0));
    assertTrue(tv.cosine(0, 1) > 0 && tv.cosine(0, 1) < 1);
    assertEquals(1.0, tv.cosine(1, 1), 1e-12);
  }

  @Test
  void titleWeightRaisesTitleTerms() {
    List<TermVectors.Document> docs = List.of(doc("kernel", "spline"), doc("galaxy", "kernel spline"));
    TermVectors tv = TermVectors.builder().phrases(PhraseSet.empty()).titleWeight(2).build(docs);
    double[] w = tv.weights(0);
    assertTrue(w[0] > w[1], "kernel (title) outweighs spline (abstract) with equal df");
    TermVectors flat = TermVectors.builder().phrases(PhraseSet.empty()).titleWeight(1).build(docs);
    assertEquals(flat.weights(0)[0], flat.weights(0)[1], 1e-15);
  }

  @Test
  void minDocumentFrequencyDropsRareTerms() {
    List<TermVectors.Document> docs = List.of(doc("kernel lattice", ""), doc("kernel spline", ""));
    TermVectors tv = TermVectors.builder().minDocumentFrequency(2).build(docs);
    assertEquals(List.of("kernel"), vocabulary(tv));
    assertEquals(1.0, tv.weights(0)[0], 1e-12);
  }

  @Provide
  Arbitrary<List<TermVectors.Document>> corpora() {
    return Corpora.corpora();
  }

  @Property(seed = "42", tries = 300)
  void rowsAreSortedNormalisedAndConsistent(@ForAll("corpora") List<TermVectors.Document> docs) {
    TermVectors tv = TermVectors.of(docs);
    Tokenizer tokenizer = Tokenizer.english();
    int[] df = new int[tv.vocabularySize()];
    for (int d = 0; d < tv.documentCount(); d++) {
      int[] ids = tv.termIds(d);
      double[] w = tv.weights(d);
      for (int i = 0; i < ids.length; i++) {
        assertTrue(i == 0 || ids[i - 1] < ids[i], "strictly ascending");
        assertTrue(w[i] > 0 && w[i] <= 1.0 + 1e-12);
        df[ids[i]]++;
      }
      if (ids.length > 0) {
        assertEquals(1.0, squaredNorm(tv, d), 1e-9);
      }
      Set<String> expectedWords = new HashSet<>(tokenizer.tokenize(docs.get(d).title()));
      expectedWords.addAll(tokenizer.tokenize(docs.get(d).abstractText()));
      Set<String> words = new HashSet<>();
      for (int id : ids) {
        if (!tv.term(id).contains(" ")) {
          words.add(tv.term(id));
        }
      }
      assertEquals(expectedWords, words);
    }
    for (int t = 0; t < tv.vocabularySize(); t++) {
      assertEquals(df[t], tv.documentFrequency(t));
      assertEquals(t, tv.termId(tv.term(t)));
      assertTrue(t == 0 || tv.term(t - 1).compareTo(tv.term(t)) < 0, "vocabulary sorted");
    }
  }

  static double squaredNorm(TermVectors tv, int d) {
    double s = 0;
    for (int p = tv.rowStart(d); p < tv.rowEnd(d); p++) {
      s += tv.weightAt(p) * tv.weightAt(p);
    }
    return s;
  }

  static List<String> vocabulary(TermVectors tv) {
    return java.util.stream.IntStream.range(0, tv.vocabularySize()).mapToObj(tv::term).toList();
  }
}
