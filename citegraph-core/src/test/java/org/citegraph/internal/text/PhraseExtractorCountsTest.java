package org.citegraph.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The bigram and trigram phrases and their counts equal a plain count of every word pair and triple: the count-min
 * prefilter and the sharded counters change how they are counted, never which phrases come out or their counts.
 */
class PhraseExtractorCountsTest {

  @Property(seed = "31", tries = 60)
  void bigramPhrasesEqualAPlainCount(@ForAll @IntRange(min = 2, max = 6) int minCount,
      @ForAll @IntRange(min = 3, max = 60) int vocabulary, @ForAll long seed) {
    List<List<String>> segments = segments(seed, 300, vocabulary);
    PhraseExtractor extractor = PhraseExtractor.defaults().withMinCount(minCount).withThreshold(0.2)
        .withMaxLength(2);
    PhraseSet got = extractor.extract(segments);

    Map<String, Integer> unigram = ngrams(segments, 1);
    Map<String, Integer> bigram = ngrams(segments, 2);
    long total = unigram.values().stream().mapToLong(Integer::longValue).sum();
    Map<String, Integer> expected = new TreeMap<>();
    for (Map.Entry<String, Integer> e : bigram.entrySet()) {
      String[] ab = e.getKey().split(" ");
      if (e.getValue() >= minCount && PhraseExtractor.npmi(unigram.get(ab[0]), unigram.get(ab[1]), e.getValue(),
          total) >= 0.2) {
        expected.put(e.getKey(), e.getValue());
      }
    }
    Map<String, Integer> actual = new TreeMap<>();
    for (String p : got.phrases()) {
      actual.put(p, got.count(p));
    }
    assertEquals(expected, actual);
  }

  @Property(seed = "37", tries = 60)
  void trigramPhrasesEqualAPlainCount(@ForAll @IntRange(min = 2, max = 5) int minCount,
      @ForAll @IntRange(min = 3, max = 30) int vocabulary, @ForAll long seed) {
    List<List<String>> segments = segments(seed, 400, vocabulary);
    double threshold = 0.1;
    PhraseSet got = PhraseExtractor.defaults().withMinCount(minCount).withThreshold(threshold).withMaxLength(3)
        .extract(segments);

    Map<String, Integer> unigram = ngrams(segments, 1);
    Map<String, Integer> bigram = ngrams(segments, 2);
    Map<String, Integer> trigram = ngrams(segments, 3);
    long total = unigram.values().stream().mapToLong(Integer::longValue).sum();
    Map<String, Integer> expected = new TreeMap<>();
    for (Map.Entry<String, Integer> e : trigram.entrySet()) {
      String[] abc = e.getKey().split(" ");
      int ab = bigram.get(abc[0] + " " + abc[1]);
      int bc = bigram.get(abc[1] + " " + abc[2]);
      int n = e.getValue();
      if (n < minCount || ab < minCount || bc < minCount) {
        continue;
      }
      double score = Math.min(PhraseExtractor.npmi(ab, unigram.get(abc[2]), n, total),
          PhraseExtractor.npmi(unigram.get(abc[0]), bc, n, total));
      if (score >= threshold) {
        expected.put(e.getKey(), n);
      }
    }
    Map<String, Integer> actual = new TreeMap<>();
    for (String p : got.phrases()) {
      if (p.split(" ").length == 3) {
        actual.put(p, got.count(p));
      }
    }
    assertEquals(expected, actual);
  }

  /** Every run of {@code n} consecutive words inside one segment, space-joined, with its number of occurrences. */
  private static Map<String, Integer> ngrams(List<List<String>> segments, int n) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> seg : segments) {
      for (int i = 0; i + n <= seg.size(); i++) {
        counts.merge(String.join(" ", seg.subList(i, i + n)), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** {@code count} segments of 1-12 words, skewed so that some pairs and triples repeat often and many occur once. */
  private static List<List<String>> segments(long seed, int count, int vocabulary) {
    Random r = new Random(seed);
    List<List<String>> segments = new ArrayList<>();
    for (int s = 0; s < count; s++) {
      List<String> seg = new ArrayList<>();
      int len = 1 + r.nextInt(12);
      for (int i = 0; i < len; i++) {
        seg.add("w" + (int) (vocabulary * Math.pow(r.nextDouble(), 3)));
      }
      segments.add(seg);
    }
    return segments;
  }
}
