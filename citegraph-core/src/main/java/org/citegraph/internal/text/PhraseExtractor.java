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
  /** Inputs of at most this many tokens are counted with buffered keys (see {@link #MAX_BUFFERED_POSITIONS}). */
  private final long maxBufferedPositions;

  private PhraseExtractor(int minCount, double threshold, int maxLength) {
    this(minCount, threshold, maxLength, MAX_BUFFERED_POSITIONS);
  }

  private PhraseExtractor(int minCount, double threshold, int maxLength, long maxBufferedPositions) {
    this.maxBufferedPositions = maxBufferedPositions;
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
    return new PhraseExtractor(minCount, threshold, maxLength, maxBufferedPositions);
  }

  /** A copy with another minimal NPMI, in [-1, 1]. O(1). */
  public PhraseExtractor withThreshold(double threshold) {
    return new PhraseExtractor(minCount, threshold, maxLength, maxBufferedPositions);
  }

  /** A copy with another maximal phrase length, 2 (bigrams only) or 3. O(1). */
  public PhraseExtractor withMaxLength(int maxLength) {
    return new PhraseExtractor(minCount, threshold, maxLength, maxBufferedPositions);
  }

  /** Tests only: a copy that buffers the counters' keys up to this many tokens (the result is the same). O(1). */
  PhraseExtractor withMaxBufferedPositions(long positions) {
    return new PhraseExtractor(minCount, threshold, maxLength, positions);
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
    Segments encoded = new Segments(tokens, ends);
    ShardedCounter bigrams = new ShardedCounter();
    // count(ab) <= min(count(a), count(b)): a pair with a rarer word cannot reach minCount and is not counted.
    int[] unigramCounts = unigram;
    KeyAt bigramAt = (e, i, end) -> i + 1 < end && unigramCounts[e[i]] >= minCount
        && unigramCounts[e[i + 1]] >= minCount ? pair(e[i], e[i + 1]) : NO_KEY;
    bigrams.count(encoded, bigramAt, bigramAt, minCount, total, total <= maxBufferedPositions);
    Map<String, Double> scores = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    long n = total;
    // Frequent bigrams: scored, and numbered (1..) for the trigram keys.
    LongIntCounter frequentBigramIds = new LongIntCounter(1024);
    // frequentBigramKeys[id] is the key of frequent bigram id (1..); slot 0 unused.
    long[][] frequentBigramKeys = {new long[1024]};
    int[] frequentCount = {1};
    // Whether a word starts / ends a frequent bigram: a cheap test before the trigram keys' hash look-ups.
    boolean[] startsFrequent = new boolean[unigram.length];
    boolean[] endsFrequent = new boolean[unigram.length];
    bigrams.forEach((key, count) -> {
      if (count < minCount) {
        return;
      }
      startsFrequent[first(key)] = true;
      endsFrequent[second(key)] = true;
      int id = frequentCount[0]++;
      frequentBigramIds.add(key, id);
      if (id == frequentBigramKeys[0].length) {
        frequentBigramKeys[0] = Arrays.copyOf(frequentBigramKeys[0], 2 * id);
      }
      frequentBigramKeys[0][id] = key;
      int a = first(key);
      int b = second(key);
      double score = npmi(unigramCounts[a], unigramCounts[b], count, n);
      if (score >= threshold) {
        String phrase = words.get(a) + ' ' + words.get(b);
        scores.put(phrase, score);
        counts.put(phrase, count);
      }
    });
    if (maxLength >= 3) {
      // count(abc) <= min(count(ab), count(bc)), so only trigrams over two frequent bigrams can qualify.
      // Prefiltered by the sketch like the bigrams: at a million papers the trigrams over two frequent bigrams
      // number in the tens of millions, nearly all seen once, and an exact table of them all does not fit an 8 GiB
      // heap.
      ShardedCounter trigrams = new ShardedCounter();
      boolean buffer = total <= maxBufferedPositions;
      // Small inputs with few words: the key is the three word ids packed, with no look-up of ab and bc at each
      // position (only a word test: positions where ab or bc cannot be a frequent bigram have no key); a triple
      // over a rare bigram is then counted too, but cannot reach minCount (count(abc) <= count(ab)), so the
      // phrases are the same. Large inputs key a triple by the numbers of its two frequent bigrams (below), so
      // that triples over a rare bigram stay out of the sketch and the table.
      boolean packed = buffer && unigram.length <= 1 << PACKED_WORD_BITS;
      if (packed) {
        KeyAt triple = (e, i, end) -> i + 2 < end && startsFrequent[e[i]] && startsFrequent[e[i + 1]]
            && endsFrequent[e[i + 1]] && endsFrequent[e[i + 2]]
            ? ((long) e[i] << 2 * PACKED_WORD_BITS) | ((long) e[i + 1] << PACKED_WORD_BITS) | e[i + 2] : NO_KEY;
        trigrams.count(encoded, triple, triple, minCount, total, buffer);
      } else {
        // Large inputs: the number of the frequent bigram starting at each position (0: none) is looked up once,
        // in parallel over the rows, and the triples are counted over these numbers, keyed by the numbers of their
        // two bigrams (ab, bc), which name the three words; so the counting passes ask no hash table per position.
        int[][] bigramIds = new int[tokens.length][];
        IntStream.range(0, tokens.length).parallel().forEach(r -> {
          int[] e = tokens[r];
          int[] ids = new int[e.length];
          int from = 0;
          for (int end : ends[r]) {
            for (int i = from; i + 1 < end; i++) {
              if (startsFrequent[e[i]] && endsFrequent[e[i + 1]]) {
                ids[i] = frequentBigramIds.get(pair(e[i], e[i + 1]));
              }
            }
            from = end;
          }
          bigramIds[r] = ids;
        });
        KeyAt overBigrams = (e, i, end) -> i + 2 < end && e[i] != 0 && e[i + 1] != 0 ? pair(e[i], e[i + 1]) : NO_KEY;
        trigrams.count(new Segments(bigramIds, ends), overBigrams, overBigrams, minCount, total, buffer);
      }
      long wordMask = (1L << PACKED_WORD_BITS) - 1;
      trigrams.forEach((key, count) -> {
        if (count < minCount) {
          return;
        }
        long abKey = packed
            ? pair((int) (key >>> 2 * PACKED_WORD_BITS), (int) ((key >>> PACKED_WORD_BITS) & wordMask))
            : frequentBigramKeys[0][first(key)];
        int a = first(abKey);
        int b = second(abKey);
        int c = packed ? (int) (key & wordMask) : second(frequentBigramKeys[0][second(key)]);
        if (bigrams.get(abKey) < minCount || bigrams.get(pair(b, c)) < minCount) {
          return;
        }
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

  /** Bits of a word id in a packed triple key (three ids in the 63 bits of a non-negative long). */
  private static final int PACKED_WORD_BITS = 21;

  /** No key at this position (pairs of non-negative ids are never negative). */
  private static final long NO_KEY = -1L;

  /** The key counted at position {@code i} of a segment ending (exclusive) at {@code end}, or {@link #NO_KEY}. */
  @FunctionalInterface
  private interface KeyAt {
    long key(int[] tokens, int i, int end);
  }

  /** Token segments in place: row r of {@code tokens} is cut into segments ending at {@code ends[r]}. */
  private record Segments(int[][] tokens, int[][] ends) {
    /** Calls {@code visit} for every position of every segment. */
    void forEachPosition(PositionVisitor visit) {
      for (int r = 0; r < tokens.length; r++) {
        int[] e = tokens[r];
        int from = 0;
        for (int end : ends[r]) {
          for (int i = from; i < end; i++) {
            visit.accept(e, i, end);
          }
          from = end;
        }
      }
    }
  }

  /** Receives one position of a segment. */
  @FunctionalInterface
  private interface PositionVisitor {
    void accept(int[] tokens, int i, int end);
  }

  /**
   * Up to this many token positions, a counter's first pass keeps each shard's keys (8 bytes a key, at most this
   * many keys in all, arrays grown by doubling) so that the second pass need not find them again.
   */
  private static final long MAX_BUFFERED_POSITIONS = 1L << 22;

  /** Width of a count-min row's counters: a byte each, saturating (the counts it must tell apart are small). */
  private static final int MAX_SKETCH_ROW_BITS = 27;

  /**
   * A count per key split into shards by a hash of a position's shard hint, one shard per processor: each shard's
   * thread scans all segments and counts the keys of its own positions only, so the shards fill in parallel without
   * merging and every key's count is the same for any number of shards (the result does not depend on the thread
   * count). {@link #get} is valid when the hint is the key itself (it asks the key's shard). O(T · shards) hints,
   * O(T) keys and counter updates in all.
   *
   * <p>When only keys seen at least {@code atLeast} (&gt; 1) times matter, a first pass fills a count-min sketch of
   * two rows of saturating byte counters with conservative update (Cormode &amp; Muthukrishnan 2005, "An improved
   * data stream summary: the count-min sketch and its applications", Journal of Algorithms 55(1); Estan &amp;
   * Varghese 2002 for the conservative update), which never under-counts; the second pass counts exactly only the
   * keys whose sketch estimate reaches {@code atLeast}. So every key seen at least {@code atLeast} times is counted
   * exactly, a key counted at all is counted exactly (the sketch is fixed during the second pass), and a key
   * missing from the counter was seen fewer than {@code atLeast} times. In a large corpus most word pairs occur
   * once: the exact table then holds the few frequent ones instead of every pair (at a million papers, over a
   * hundred million pairs, several GiB). The sketch takes about one byte per token position, at most
   * 2 · 2<sup>{@value #MAX_SKETCH_ROW_BITS}</sup> bytes per shard, and is dropped after counting.
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

    private int shardOf(long key) {
      // A mix unlike the counters' own slot hash, so that a shard's keys still spread over its slots.
      // The high 32 bits of the mix scaled to the shard count (multiply-shift, no division).
      return (int) ((((key * 0xC2B2AE3D27D4EB4FL) >>> 32) * shards.length) >>> 32);
    }

    /**
     * Counts the key of every position whose hint is not {@link #NO_KEY} (and whose key is not {@link #NO_KEY}),
     * exactly for every key seen at least {@code atLeast} times (see the class comment); {@code positions} bounds
     * the number of positions, to size the sketch; with {@code buffer}, the first pass keeps the shard's keys for
     * the second. A key must be determined by its hint's value, so that all its positions fall in one shard.
     */
    void count(Segments segments, KeyAt hint, KeyAt keyAt, int atLeast, long positions, boolean buffer) {
      IntStream.range(0, shards.length).parallel().forEach(s -> {
        LongIntCounter counter = shards[s];
        if (atLeast <= 1) {
          segments.forEachPosition((e, i, end) -> {
            long h = hint.key(e, i, end);
            if (h != NO_KEY && (shards.length == 1 || shardOf(h) == s)) {
              long key = keyAt.key(e, i, end);
              if (key != NO_KEY) {
                counter.add(key, 1);
              }
            }
          });
          return;
        }
        long perShard = Math.max(1, positions / shards.length);
        int bits = Math.max(10, Math.min(MAX_SKETCH_ROW_BITS, 64 - Long.numberOfLeadingZeros(perShard)));
        byte[] row1 = new byte[1 << bits];
        byte[] row2 = new byte[1 << bits];
        int shift = 64 - bits;
        byte cap = (byte) Math.min(atLeast, Byte.MAX_VALUE);
        // Small inputs: the first pass keeps the shard's keys in order, so the second reads them back instead of
        // scanning every position again (the same keys in the same order, so the same counts).
        long[][] kept = buffer ? new long[][] {new long[1024]} : null;
        int[] keptCount = {0};
        for (int pass = 0; pass < 2; pass++) {
          boolean fill = pass == 0;
          if (!fill && kept != null) {
            long[] keys = kept[0];
            for (int q = 0; q < keptCount[0]; q++) {
              long key = keys[q];
              int x = (int) ((key * 0xD6E8FEB86659FD93L) >>> shift);
              int y = (int) (((key ^ (key >>> 29)) * 0xBF58476D1CE4E5B9L) >>> shift);
              if (Math.min(row1[x], row2[y]) >= cap) {
                counter.add(key, 1);
              }
            }
            break;
          }
          segments.forEachPosition((e, i, end) -> {
            long h = hint.key(e, i, end);
            if (h == NO_KEY || (shards.length > 1 && shardOf(h) != s)) {
              return;
            }
            long key = keyAt.key(e, i, end);
            if (key == NO_KEY) {
              return;
            }
            if (fill && kept != null) {
              if (keptCount[0] == kept[0].length) {
                kept[0] = Arrays.copyOf(kept[0], 2 * keptCount[0]);
              }
              kept[0][keptCount[0]++] = key;
            }
            int x = (int) ((key * 0xD6E8FEB86659FD93L) >>> shift);
            int y = (int) (((key ^ (key >>> 29)) * 0xBF58476D1CE4E5B9L) >>> shift);
            int estimate = Math.min(row1[x], row2[y]);
            if (fill) {
              // Conservative update: raise only the counters at the minimum, never above the cap.
              if (estimate < cap) {
                if (row1[x] == estimate) {
                  row1[x]++;
                }
                if (row2[y] == estimate) {
                  row2[y]++;
                }
              }
            } else if (estimate >= cap) {
              counter.add(key, 1);
            }
          });
        }
      });
    }

    int get(long key) {
      return shards[shards.length == 1 ? 0 : shardOf(key)].get(key);
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
