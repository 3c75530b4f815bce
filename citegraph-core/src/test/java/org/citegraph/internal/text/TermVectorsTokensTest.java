package org.citegraph.internal.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@link TermVectors.Builder#build(int[][], int[][], int[], List)}: vectors from tokens given as word ids. */
class TermVectorsTokensTest {

  @Test
  void tokensNumberedAnyWayGiveTheVectorsOfTheText() {
    List<TermVectors.Document> docs = ProfilePage.documents();
    TermVectors expected = TermVectors.of(docs);
    assertTrue(expected.termId("learned optimizer") >= 0, "the profile page has phrases");
    for (boolean reversed : new boolean[] {false, true}) {
      // Words numbered in first-seen order, or from the last document backwards: the same vectors either way.
      Map<String, Integer> ids = new HashMap<>();
      List<String> words = new ArrayList<>();
      List<List<List<String>>> segmented = new ArrayList<>();
      int[] titleSegments = new int[docs.size()];
      for (int d = 0; d < docs.size(); d++) {
        List<List<String>> segments = new ArrayList<>(Tokenizer.english().segments(docs.get(d).title()));
        titleSegments[d] = segments.size();
        segments.addAll(Tokenizer.english().segments(docs.get(d).abstractText()));
        segmented.add(segments);
      }
      for (int x = 0; x < docs.size(); x++) {
        for (List<String> segment : segmented.get(reversed ? docs.size() - 1 - x : x)) {
          for (String w : segment) {
            if (ids.putIfAbsent(w, words.size()) == null) {
              words.add(w);
            }
          }
        }
      }
      int[][] tokens = new int[docs.size()][];
      int[][] ends = new int[docs.size()][];
      for (int d = 0; d < docs.size(); d++) {
        List<List<String>> segments = segmented.get(d);
        tokens[d] = segments.stream().flatMap(List::stream).mapToInt(ids::get).toArray();
        ends[d] = new int[segments.size()];
        for (int s = 0, end = 0; s < segments.size(); s++) {
          end += segments.get(s).size();
          ends[d][s] = end;
        }
      }
      TermVectors actual = TermVectors.builder().build(tokens, ends, titleSegments, words);
      assertEquals(expected.vocabularySize(), actual.vocabularySize());
      assertEquals(expected.phrases().phrases(), actual.phrases().phrases());
      for (int t = 0; t < expected.vocabularySize(); t++) {
        assertEquals(expected.term(t), actual.term(t));
        assertEquals(expected.documentFrequency(t), actual.documentFrequency(t));
      }
      for (int d = 0; d < docs.size(); d++) {
        assertArrayEquals(expected.termIds(d), actual.termIds(d));
        assertArrayEquals(expected.counts(d), actual.counts(d));
        assertArrayEquals(expected.weights(d), actual.weights(d), 0.0);
      }
    }
  }

  @Test
  void badTokensAreRejectedNamingTheProblem() {
    int[][] tokens = {{0, 1}};
    int[][] ends = {{2}};
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> TermVectors.builder().build(tokens, ends, new int[] {1}, List.of("neural", "neural")));
    assertTrue(twice.getMessage().contains("neural"), twice.getMessage());
    assertThrows(IndexOutOfBoundsException.class,
        () -> TermVectors.builder().build(tokens, ends, new int[] {1}, List.of("neural")));
    assertThrows(IllegalArgumentException.class,
        () -> TermVectors.builder().build(tokens, ends, new int[0], List.of("neural", "network")));
  }
}
