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
 * The bigram phrases and their counts equal a plain count of every word pair: the count-min prefilter and the
 * sharded counters change how pairs are counted, never which phrases come out or their counts.
 */
class PhraseExtractorCountsTest {

  @Property(seed = "31", tries = 60)
  void bigramPhrasesEqualAPlainCount(@ForAll @IntRange(min = 2, max = 6) int minCount,
      @ForAll @IntRange(min = 3, max = 60) int vocabulary, @ForAll long seed) {
    Random r = new Random(seed);
    List<List<String>> segments = new ArrayList<>();
    for (int s = 0; s < 300; s++) {
      List<String> seg = new ArrayList<>();
      int len = 1 + r.nextInt(12);
      for (int i = 0; i < len; i++) {
        // Skewed word choice, so that some pairs repeat often and many occur once.
        seg.add("w" + (int) (vocabulary * Math.pow(r.nextDouble(), 3)));
      }
      segments.add(seg);
    }
    PhraseExtractor extractor = PhraseExtractor.defaults().withMinCount(minCount).withThreshold(0.2)
        .withMaxLength(2);
    PhraseSet got = extractor.extract(segments);

    Map<String, Integer> unigram = new HashMap<>();
    Map<String, Integer> bigram = new HashMap<>();
    long total = 0;
    for (List<String> seg : segments) {
      for (int i = 0; i < seg.size(); i++) {
        unigram.merge(seg.get(i), 1, Integer::sum);
        total++;
        if (i + 1 < seg.size()) {
          bigram.merge(seg.get(i) + " " + seg.get(i + 1), 1, Integer::sum);
        }
      }
    }
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
}
