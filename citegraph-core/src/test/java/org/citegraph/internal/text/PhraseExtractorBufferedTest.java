package org.citegraph.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Small inputs are counted with the counters' keys buffered between the two passes, large ones by scanning the
 * tokens twice: both give the same phrases with the same counts and scores.
 */
class PhraseExtractorBufferedTest {

  /** Collocations planted among the random words, so that there are phrases to find. */
  private static final List<List<String>> PLANTED = List.of(List.of("neural", "network"),
      List.of("gradient", "descent"), List.of("support", "vector", "machine"), List.of("monte", "carlo", "tree"));

  /** Segments of Zipf-like random words with planted collocations, so that some pairs and triples are frequent. */
  private static List<List<String>> segments(long seed, int count, int vocabulary) {
    Random random = new Random(seed);
    List<List<String>> out = new ArrayList<>();
    for (int s = 0; s < count; s++) {
      List<String> seg = new ArrayList<>();
      for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
        if (random.nextInt(6) == 0) {
          seg.addAll(PLANTED.get(random.nextInt(PLANTED.size())));
        } else {
          seg.add("w" + (int) Math.floor(Math.pow(vocabulary, random.nextDouble())));
        }
      }
      out.add(seg);
    }
    return out;
  }

  private static Map<String, String> described(PhraseSet set) {
    Map<String, String> out = new TreeMap<>();
    for (String p : set.phrases()) {
      out.put(p, set.count(p) + " " + Double.doubleToRawLongBits(set.score(p)));
    }
    return out;
  }

  @Property(seed = "43", tries = 60)
  void bufferedAndRescannedCountsGiveTheSamePhrases(@ForAll @IntRange(min = 2, max = 5) int minCount,
      @ForAll @IntRange(min = 3, max = 80) int vocabulary, @ForAll long seed) {
    List<List<String>> segments = segments(seed, 500, vocabulary);
    PhraseExtractor buffered = PhraseExtractor.defaults().withMinCount(minCount).withThreshold(0.1);
    Map<String, String> expected = described(buffered.withMaxBufferedPositions(0).extract(segments));
    assertEquals(expected, described(buffered.extract(segments)));
    assertEquals(expected, described(buffered.withMaxBufferedPositions(Long.MAX_VALUE).extract(segments)));
  }

  @Property(seed = "47", tries = 5)
  void theComparisonSeesPhrases(@ForAll @IntRange(min = 3, max = 10) int vocabulary, @ForAll long seed) {
    assertFalse(PhraseExtractor.defaults().withThreshold(0.1).extract(segments(seed, 500, vocabulary)).phrases()
        .isEmpty(), "the planted collocations are phrases, so the comparison above is not between empty sets");
  }
}
