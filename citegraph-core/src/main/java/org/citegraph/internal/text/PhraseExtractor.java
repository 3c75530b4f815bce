package org.citegraph.internal.text;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Finds multi-word phrases (collocations) in a corpus of token segments.
 *
 * <p>Candidates are the bigrams and trigrams of consecutive tokens inside one segment of {@link
 * Tokenizer#segments}, so a candidate never spans a stop word, a number or punctuation. A candidate is kept when
 *
 * <ul>
 *   <li>it occurs at least {@link #minCount()} times in the corpus (frequency), and
 *   <li>its normalised pointwise mutual information is at least {@link #threshold()} (cohesion). For a bigram
 *       {@code ab}, with {@code N} the total number of tokens and {@code p(x) = count(x) / N},
 *       <pre>npmi(a, b) = ln(p(ab) / (p(a) p(b))) / -ln p(ab)</pre>
 *       (Bouma 2009, "Normalized (Pointwise) Mutual Information in Collocation Extraction", Proc. GSCL), which is 1
 *       for words that only occur together, 0 for independent words and -1 for words that never co-occur. A trigram
 *       {@code abc} is scored as a pair whose first or second element is itself a bigram, taking the weaker split:
 *       {@code min(npmi(ab, c), npmi(a, bc))} with the bigram counts as unit counts. This is the iterated pairing
 *       of Mikolov et al. 2013, "Distributed Representations of Words and Phrases and their Compositionality"
 *       (NIPS), whose data-driven phrase score {@code (count(ab) - δ) / (count(a) count(b))} plays the role of the
 *       frequency floor and the PMI here; NPMI is used instead because its threshold does not depend on the corpus
 *       size.
 * </ul>
 *
 * <p>Instances are immutable; {@code with*} methods return modified copies. Running time of {@link
 * #extract(Iterable)}: O(T) expected hash operations for T tokens. Words are mapped to int ids once; bigrams are
 * counted in a primitive long-keyed hash table, and trigrams only where both of their bigrams are frequent enough
 * (a trigram cannot be more frequent than its bigrams), so memory is O(V + distinct bigrams + candidate
 * trigrams).
 */
public final class PhraseExtractor {

  /** Default minimal corpus count of a phrase. */
  public static final int DEFAULT_MIN_COUNT = 3;
  /** Default minimal NPMI of a phrase. */
  public static final double DEFAULT_THRESHOLD = 0.45;
  /** Default maximal phrase length in tokens. */
  public static final int DEFAULT_MAX_LENGTH = 3;

  private static final PhraseExtractor DEFAULTS =
      new PhraseExtractor(DEFAULT_MIN_COUNT, DEFAULT_THRESHOLD, DEFAULT_MAX_LENGTH);

  private final int minCount;
  private final double threshold;
  private final int maxLength;

  private PhraseExtractor(int minCount, double threshold, int maxLength) {
    checkArgument(minCount >= 1, "minCount must be >= 1: %s", minCount);
    checkArgument(threshold >= -1 && threshold <= 1, "threshold must be in [-1, 1]: %s", threshold);
    checkArgument(maxLength == 2 || maxLength == 3, "maxLength must be 2 or 3: %s", maxLength);
    this.minCount = minCount;
    this.threshold = threshold;
    this.maxLength = maxLength;
  }

  /** The extractor with {@link #DEFAULT_MIN_COUNT}, {@link #DEFAULT_THRESHOLD}, {@link #DEFAULT_MAX_LENGTH}. */
  public static PhraseExtractor defaults() {
    return DEFAULTS;
  }

  /** A copy with another minimal corpus count (at least 1). O(1). */
  public PhraseExtractor withMinCount(int minCount) {
    return new PhraseExtractor(minCount, threshold, maxLength);
  }

  /** A copy with another minimal NPMI, in [-1, 1]. O(1). */
  public PhraseExtractor withThreshold(double threshold) {
    return new PhraseExtractor(minCount, threshold, maxLength);
  }

  /** A copy with another maximal phrase length, 2 (bigrams only) or 3. O(1). */
  public PhraseExtractor withMaxLength(int maxLength) {
    return new PhraseExtractor(minCount, threshold, maxLength);
  }

  /** Minimal corpus count of a phrase. */
  public int minCount() {
    return minCount;
  }

  /** Minimal NPMI of a phrase. */
  public double threshold() {
    return threshold;
  }

  /** Maximal phrase length in tokens (2 or 3). */
  public int maxLength() {
    return maxLength;
  }

  /**
   * Extracts the phrases of a corpus given as token segments (typically every segment of every title and abstract,
   * from {@link Tokenizer#segments}; tokens must not contain spaces, since phrases are space-joined). The result
   * does not depend on the order of the segments. O(T) expected for T tokens.
   */
  public PhraseSet extract(Iterable<? extends List<String>> segments) {
    // Words to dense ids; segments to id arrays.
    Map<String, Integer> ids = new HashMap<>();
    List<String> words = new ArrayList<>();
    int[] unigram = new int[256];
    List<int[]> encoded = new ArrayList<>();
    long total = 0;
    for (List<String> segment : segments) {
      int[] e = new int[segment.size()];
      for (int i = 0; i < e.length; i++) {
        String w = segment.get(i);
        Integer id = ids.get(w);
        if (id == null) {
          id = words.size();
          ids.put(w, id);
          words.add(w);
          if (id == unigram.length) {
            unigram = Arrays.copyOf(unigram, 2 * id);
          }
        }
        e[i] = id;
        unigram[id]++;
        total++;
      }
      if (e.length >= 2) {
        encoded.add(e);
      }
    }
    return extract(encoded, words, unigram, total);
  }

  /**
   * The id-based core of {@link #extract(Iterable)}: {@code segments} are token segments as word ids (only those of
   * at least two tokens are needed), {@code words} maps ids to tokens, {@code unigram} holds each word's count over
   * all segments (also the shorter ones) and {@code total} is the number of tokens. The result depends only on
   * the multiset of segments, not on the numbering of the words or the order of the segments. O(T) expected.
   */
  PhraseSet extract(List<int[]> segments, List<String> words, int[] unigram, long total) {
    int[][] tokens = segments.toArray(new int[0][]);
    int[][] ends = new int[tokens.length][];
    for (int s = 0; s < tokens.length; s++) {
      ends[s] = new int[] {tokens[s].length};
    }
    return extract(tokens, ends, words, unigram, total);
  }

  /**
   * As {@link #extract(List, List, int[], long)} with the segments given in place, without copying them: row
   * {@code r} of {@code tokens} holds segments ending (exclusive) at the positions {@code ends[r]}, ascending, the
   * first starting at 0 and each next one where the previous ended (one row per document, say).
   */
  PhraseSet extract(int[][] tokens, int[][] ends, List<String> words, int[] unigram, long total) {
    Segments encoded = new Segments(tokens, ends, null);
    ShardedCounter bigrams = new ShardedCounter();
    bigrams.count(encoded, minCount, total);
    Map<String, Double> scores = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    long n = total;
    int[] unigramCounts = unigram;
    // Frequent bigrams: scored, and numbered (1..) for the trigram keys, each shard in parallel with its own range
    // of numbers (the numbers only name the bigrams inside the trigram keys, so the phrases do not depend on them).
    int shardCount = bigrams.shardCount();
    int[] firstId = new int[shardCount + 1];
    IntStream.range(0, shardCount).parallel().forEach(s -> {
      int[] frequent = {0};
      bigrams.shard(s).forEach((key, count) -> {
        if (count >= minCount) {
          frequent[0]++;
        }
      });
      firstId[s + 1] = frequent[0];
    });
    firstId[0] = 1;
    for (int s = 0; s < shardCount; s++) {
      firstId[s + 1] += firstId[s];
    }
    // frequentBigramKeys[id] is the key of frequent bigram id (1..); slot 0 unused.
    long[] frequentBigramKeys = new long[firstId[shardCount]];
    LongIntCounter[] frequentIds = new LongIntCounter[shardCount];
    List<List<Object[]>> bigramPhrases = new ArrayList<>();
    for (int s = 0; s < shardCount; s++) {
      bigramPhrases.add(new ArrayList<>());
    }
    IntStream.range(0, shardCount).parallel().forEach(s -> {
      LongIntCounter ids = new LongIntCounter(firstId[s + 1] - firstId[s]);
      int[] next = {firstId[s]};
      bigrams.shard(s).forEach((key, count) -> {
        if (count < minCount) {
          return;
        }
        int id = next[0]++;
        ids.add(key, id);
        frequentBigramKeys[id] = key;
        int a = first(key);
        int b = second(key);
        double score = npmi(unigramCounts[a], unigramCounts[b], count, n);
        if (score >= threshold) {
          bigramPhrases.get(s).add(new Object[] {words.get(a) + ' ' + words.get(b), score, count});
        }
      });
      frequentIds[s] = ids;
    });
    for (List<Object[]> found : bigramPhrases) {
      for (Object[] phrase : found) {
        scores.put((String) phrase[0], (Double) phrase[1]);
        counts.put((String) phrase[0], (Integer) phrase[2]);
      }
    }
    if (maxLength >= 3) {
      // count(abc) <= min(count(ab), count(bc)), so only trigrams over two frequent bigrams can qualify. The id of
      // the frequent bigram starting at each position (0: none) is looked up once, in parallel over the rows, so
      // the counting passes below read it instead of asking two hash tables at every position of every pass.
      int[][] bigramIds = new int[tokens.length][];
      IntStream.range(0, tokens.length).parallel().forEach(r -> {
        int[] e = tokens[r];
        int[] ids = new int[e.length];
        int from = 0;
        for (int end : ends[r]) {
          for (int i = from; i + 1 < end; i++) {
            long key = pair(e[i], e[i + 1]);
            ids[i] = frequentIds[bigrams.shardOf(key)].get(key);
          }
          from = end;
        }
        bigramIds[r] = ids;
      });
      // Prefiltered by the sketch like the bigrams: at a million papers the trigrams over two frequent bigrams
      // number in the tens of millions, nearly all seen once, and an exact table of them all does not fit an
      // 8 GiB heap.
      ShardedCounter trigrams = new ShardedCounter();
      trigrams.count(new Segments(tokens, ends, bigramIds), minCount, total);
      trigrams.forEach((key, count) -> {
        if (count < minCount) {
          return;
        }
        long abKey = frequentBigramKeys[first(key)];
        int a = first(abKey);
        int b = second(abKey);
        int c = second(key);
        double score = Math.min(npmi(bigrams.get(abKey), unigramCounts[c], count, n),
            npmi(unigramCounts[a], bigrams.get(pair(b, c)), count, n));
        if (score >= threshold) {
          String phrase = words.get(a) + ' ' + words.get(b) + ' ' + words.get(c);
          scores.put(phrase, score);
          counts.put(phrase, count);
        }
      });
    }
    return new PhraseSet(scores, counts);
  }

  /** No key at this position (pairs of non-negative ids are never negative). */
  private static final long NO_KEY = -1L;

  /**
   * Token segments in place: row r of {@code tokens} is cut into segments ending at {@code ends[r]}. Without
   * {@code bigramIds} the key of a position is the bigram starting there; with them ({@code bigramIds[r][i]} the
   * id of the frequent bigram starting at position i of row r, 0 for none) it is the trigram starting there as
   * (id of its first bigram, third word), when both of its bigrams are frequent.
   */
  private record Segments(int[][] tokens, int[][] ends, int[][] bigramIds) {
    /** The key counted at position {@code i} of row {@code r}, in a segment ending at {@code end}, or none. */
    long key(int r, int i, int end) {
      int[] e = tokens[r];
      if (bigramIds == null) {
        return i + 1 < end ? pair(e[i], e[i + 1]) : NO_KEY;
      }
      int[] ids = bigramIds[r];
      return i + 2 < end && ids[i] != 0 && ids[i + 1] != 0 ? pair(ids[i], e[i + 2]) : NO_KEY;
    }
  }

  /** Width of a count-min sketch in bytes (saturating byte counters): at most 2^this per shard. */
  private static final int MAX_SKETCH_BITS = 28;

  /** Counters of one key lie in one block of this many bytes (one cache line). */
  private static final int SKETCH_BLOCK_BITS = 6;

  /**
   * A count per key split into shards by a hash of the key, one shard per processor: each shard's thread scans all
   * segments and counts the keys of its own positions only, so the shards fill in parallel without merging and
   * every key's count is the same for any number of shards (the result does not depend on the thread count).
   * O(T · shards) key computations, O(T) counter updates in all.
   *
   * <p>When only keys seen at least {@code atLeast} (&gt; 1) times matter, a first pass fills a count-min sketch of
   * two saturating byte counters per key with conservative update (Cormode &amp; Muthukrishnan 2005, "An improved
   * data stream summary: the count-min sketch and its applications", Journal of Algorithms 55(1); Estan &amp;
   * Varghese 2002 for the conservative update), which never under-counts; the second pass counts exactly only the
   * keys whose sketch estimate reaches {@code atLeast}. So every key seen at least {@code atLeast} times is counted
   * exactly, a key counted at all is counted exactly (the sketch is fixed during the second pass), and a key
   * missing from the counter was seen fewer than {@code atLeast} times. In a large corpus most word pairs occur
   * once: the exact table then holds the few frequent ones instead of every pair (at a million papers, over a
   * hundred million pairs, several GiB). A key's two counters lie in one 64-byte block chosen by one hash, at
   * offsets chosen by another (a blocked sketch, as blocked Bloom filters, Putze, Sanders &amp; Singler 2007,
   * "Cache-, hash- and space-efficient Bloom filters", WEA), so a lookup costs one cache miss instead of two. The
   * sketch takes about two bytes per token position, at most 2<sup>{@value #MAX_SKETCH_BITS}</sup> bytes per shard,
   * and is dropped after counting.
   */
  private static final class ShardedCounter {
    private final LongIntCounter[] shards;

    ShardedCounter() {
      int count = Math.max(1, Runtime.getRuntime().availableProcessors());
      shards = new LongIntCounter[count];
      for (int s = 0; s < count; s++) {
        shards[s] = new LongIntCounter(1024);
      }
    }

    int shardOf(long key) {
      if (shards.length == 1) {
        return 0;
      }
      // A mix unlike the counters' own slot hash, so that a shard's keys still spread over its slots.
      return (int) (((key * 0xC2B2AE3D27D4EB4FL) >>> 33) % shards.length);
    }

    /**
     * Counts the key of every position that has one, exactly for every key seen at least {@code atLeast} times
     * (see the class comment); {@code positions} bounds the number of positions, to size the sketch.
     */
    void count(Segments segments, int atLeast, long positions) {
      int[][] tokens = segments.tokens();
      int[][] ends = segments.ends();
      int shardCount = shards.length;
      IntStream.range(0, shardCount).parallel().forEach(s -> {
        LongIntCounter counter = shards[s];
        long perShard = Math.max(1, positions / shardCount);
        int bits = atLeast <= 1 ? 0
            : Math.max(10, Math.min(MAX_SKETCH_BITS, 65 - Long.numberOfLeadingZeros(perShard)));
        byte[] sketch = atLeast <= 1 ? null : new byte[1 << bits];
        int shift = 64 - (bits - SKETCH_BLOCK_BITS);
        byte cap = (byte) Math.min(atLeast, Byte.MAX_VALUE);
        for (int pass = atLeast <= 1 ? 1 : 0; pass < 2; pass++) {
          boolean fill = pass == 0;
          for (int r = 0; r < tokens.length; r++) {
            int from = 0;
            for (int end : ends[r]) {
              for (int i = from; i < end; i++) {
                long key = segments.key(r, i, end);
                if (key == NO_KEY || (shardCount > 1 && shardOf(key) != s)) {
                  continue;
                }
                if (sketch == null) {
                  counter.add(key, 1);
                  continue;
                }
                int block = (int) ((key * 0xD6E8FEB86659FD93L) >>> shift) << SKETCH_BLOCK_BITS;
                long h = (key ^ (key >>> 29)) * 0xBF58476D1CE4E5B9L;
                int x = block | (int) (h >>> 58);
                int y = block | (int) ((h >>> 52) & 63);
                int estimate = Math.min(sketch[x], sketch[y]);
                if (fill) {
                  // Conservative update: raise only the counters at the minimum, never above the cap.
                  if (estimate < cap) {
                    if (sketch[x] == estimate) {
                      sketch[x]++;
                    }
                    if (sketch[y] == estimate) {
                      sketch[y]++;
                    }
                  }
                } else if (estimate >= cap) {
                  counter.add(key, 1);
                }
              }
              from = end;
            }
          }
        }
      });
    }

    int get(long key) {
      return shards[shardOf(key)].get(key);
    }

    int shardCount() {
      return shards.length;
    }

    LongIntCounter shard(int s) {
      return shards[s];
    }

    void forEach(LongIntCounter.EntryConsumer consumer) {
      for (LongIntCounter shard : shards) {
        shard.forEach(consumer);
      }
    }
  }

  private static long pair(int a, int b) {
    return ((long) a << 32) | (b & 0xffffffffL);
  }

  private static int first(long key) {
    return (int) (key >>> 32);
  }

  private static int second(long key) {
    return (int) key;
  }

  /**
   * Normalised pointwise mutual information of a pair of units (Bouma 2009) from counts: {@code countA}, {@code
   * countB} the unit counts, {@code countAB} the joint count and {@code total} the number of tokens. Returns a value
   * in [-1, 1]; 1 when the joint probability is 1 or the units only occur together; -1 when {@code countAB == 0}.
   * O(1).
   */
  public static double npmi(long countA, long countB, long countAB, long total) {
    checkArgument(countA >= 0 && countB >= 0 && countAB >= 0 && total > 0,
        "counts must be non-negative and total positive");
    checkArgument(countAB <= countA && countAB <= countB && countA <= total && countB <= total,
        "inconsistent counts: a=%s b=%s ab=%s total=%s", countA, countB, countAB, total);
    if (countAB == 0) {
      return -1;
    }
    double pab = (double) countAB / total;
    if (countAB == total) {
      return 1;
    }
    double pmi = Math.log(pab) - Math.log((double) countA / total) - Math.log((double) countB / total);
    double v = pmi / -Math.log(pab);
    return Math.max(-1, Math.min(1, v));
  }

}
