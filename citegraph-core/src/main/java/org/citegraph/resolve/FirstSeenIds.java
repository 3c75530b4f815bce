package org.citegraph.resolve;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;
import java.util.stream.IntStream;

import org.citegraph.internal.text.LongIntCounter;
import org.citegraph.model.PersonName;

/**
 * Dense ids of the items {@code 0..n-1}, equal items (by {@code equals}) sharing one, numbered in order of first
 * occurrence: exactly what one pass through a {@code HashMap} in item order gives, but without hashing and comparing
 * objects in a shared map. Each item's 64-bit hash is computed on all cores; the hashes are split into parts by
 * their top bits, and each part is numbered on its own core through a primitive open-addressing table (one random
 * read per item, no allocation); the first item of each id is marked and a prefix sum over the marks turns the
 * parts' ids into ids in order of first occurrence, the same for any number of parts. Every item is then checked on
 * all cores to equal the first item of its id. Should two unequal items share a hash (for n items about n²/2⁶⁵
 * likely: never seen), the ids are made again through a map of the items themselves, so the result never depends on
 * the hash. Running time O(n) expected, O(n · parts) for the parts' scans of the hashes. Immutable once made.
 */
final class FirstSeenIds {
  /** The id of each item. */
  final int[] ids;
  /** The first item of each id, ascending. */
  final int[] firsts;
  private final IntFunction<?> item;
  /**
   * Per part of the hashes, hash to the part's own id + 1, or null when the items had to be numbered through
   * {@link #exact}.
   */
  private final LongIntCounter[] tables;
  /** Per part, the first item of each of its own ids. */
  private final int[][] firstOfLocal;
  private final Map<Object, Integer> exact;

  private FirstSeenIds(int[] ids, int[] firsts, IntFunction<?> item, LongIntCounter[] tables, int[][] firstOfLocal,
      Map<Object, Integer> exact) {
    this.ids = ids;
    this.firsts = firsts;
    this.item = item;
    this.tables = tables;
    this.firstOfLocal = firstOfLocal;
    this.exact = exact;
  }

  /** How many first items are sampled to size the tables. */
  private static final int SAMPLE = 1 << 14;

  /** The most parts the hashes are split into (a power of two), one per core up to this many. */
  static final int MAX_PARTS = 8;

  /** The part of a hash among {@code parts} (a power of two): its top bits. */
  private static int part(long hash, int parts) {
    return parts == 1 ? 0 : (int) (hash >>> (64 - Integer.numberOfTrailingZeros(parts)));
  }

  /**
   * Numbers {@code n} items.
   *
   * @param n the number of items
   * @param item item i (its {@code equals} and {@code hashCode} decide equality in the rare fallback)
   * @param hash a 64-bit hash of item i, equal for equal items
   * @return the ids
   */
  static FirstSeenIds of(int n, IntFunction<?> item, IntToLongFunction hash) {
    return of(n, item, hash, defaultParts());
  }

  /** One part per core, up to {@link #MAX_PARTS}. */
  private static int defaultParts() {
    return Math.min(MAX_PARTS, Integer.highestOneBit(Math.max(1, Runtime.getRuntime().availableProcessors())));
  }

  /**
   * Numbers {@code n} items with the hashes split into {@code parts} parts; the ids are the same for any count.
   *
   * @param n the number of items
   * @param item item i
   * @param hash a 64-bit hash of item i, equal for equal items
   * @param parts a power of two from 1 to {@link #MAX_PARTS}
   * @return the ids
   */
  static FirstSeenIds of(int n, IntFunction<?> item, IntToLongFunction hash, int parts) {
    long[] h = new long[n];
    Arrays.parallelSetAll(h, hash::applyAsLong);
    return of(item, h, (i, j) -> item.apply(i).equals(item.apply(j)), parts);
  }

  /** Whether items i and j are equal, decided without making them (their {@code equals} must agree). */
  @FunctionalInterface
  interface Same {
    /** Whether items {@code i} and {@code j} are equal. */
    boolean test(int i, int j);
  }

  /**
   * Numbers the items whose hashes are given, compared through {@code same}, with one part per core.
   *
   * @param item item i
   * @param h the 64-bit hash of each item, equal for equal items (kept by the result)
   * @param same whether two items are equal, as their {@code equals} says
   * @return the ids
   */
  static FirstSeenIds of(IntFunction<?> item, long[] h, Same same) {
    return of(item, h, same, defaultParts());
  }

  /**
   * Numbers the items whose hashes are given, compared through {@code same}, which must agree with their {@code
   * equals}: items that are costly to make (substrings of a longer text) are made only for the rare fallback and
   * {@link #find}. The ids are the same for any number of parts.
   *
   * @param item item i
   * @param h the 64-bit hash of each item, equal for equal items (kept by the result)
   * @param same whether two items are equal, as their {@code equals} says
   * @param parts a power of two from 1 to {@link #MAX_PARTS}
   * @return the ids
   */
  static FirstSeenIds of(IntFunction<?> item, long[] h, Same same, int parts) {
    int n = h.length;
    // The hashes fall into parts by their top bits; each part is numbered apart (on its own core, scanning the items
    // in order and inserting only its own hashes), so a part's ids are in order of first occurrence within it. An
    // item that is the first of its id is marked; the ids are then the ranks of the first items (a prefix sum), the
    // same for any number of parts.
    // Each part's table is sized for the distinct items a sample of the first ones promises (grown if more come):
    // a million distinct names get tables sized once, a million copies of one item no table sized for a million.
    int sample = Math.min(n, SAMPLE);
    LongIntCounter sampled = new LongIntCounter(sample);
    for (int i = 0; i < sample; i++) {
      sampled.add(h[i], 1);
    }
    int expected = (int) Math.max(16, Math.min((long) n / (2 * parts),
        (long) sampled.size() * n / Math.max(1, sample) / parts));
    int[] local = new int[n];
    int[][] firstOfLocal = new int[parts][];
    LongIntCounter[] tables = new LongIntCounter[parts];
    IntStream.range(0, parts).parallel().forEach(part -> {
      LongIntCounter table = new LongIntCounter(expected);
      int[] firsts = new int[Math.max(16, expected / 2)];
      int count = 0;
      for (int i = 0; i < n; i++) {
        if (part(h[i], parts) != part) {
          continue;
        }
        int id = table.putIfAbsent(h[i], count + 1);
        if (id == 0) {
          if (count == firsts.length) {
            firsts = Arrays.copyOf(firsts, count + (count >> 1));
          }
          firsts[count] = i;
          id = ++count;
        }
        local[i] = id - 1;
      }
      tables[part] = table;
      firstOfLocal[part] = Arrays.copyOf(firsts, count);
    });
    int[] rank = new int[n];
    for (int[] firsts : firstOfLocal) {
      for (int i : firsts) {
        rank[i] = 1;
      }
    }
    Arrays.parallelPrefix(rank, Integer::sum);
    int count = n == 0 ? 0 : rank[n - 1];
    int[] ids = local; // rewritten in place (each i reads and writes only its own entry): item i's global id
    int[] first = new int[count];
    IntStream.range(0, n).parallel().forEach(i -> {
      ids[i] = rank[firstOfLocal[part(h[i], parts)][local[i]]] - 1;
      if (rank[i] != (i == 0 ? 0 : rank[i - 1])) {
        first[rank[i] - 1] = i; // i is marked: the first item of its id
      }
    });
    boolean distinctHashes = IntStream.range(0, n).parallel()
        .allMatch(i -> first[ids[i]] == i || same.test(i, first[ids[i]]));
    if (distinctHashes) {
      return new FirstSeenIds(ids, first, item, tables, firstOfLocal, null);
    }
    Map<Object, Integer> exact = new HashMap<>();
    int[] exactFirsts = new int[n];
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      Integer id = exact.putIfAbsent(item.apply(i), distinct);
      if (id == null) {
        exactFirsts[distinct] = i;
        id = distinct++;
      }
      ids[i] = id;
    }
    return new FirstSeenIds(ids, Arrays.copyOf(exactFirsts, distinct), item, null, null, exact);
  }

  /** The number of distinct items. */
  int count() {
    return firsts.length;
  }

  /**
   * The id of an item equal to {@code value}, or -1.
   *
   * @param value an item, not necessarily one of those numbered
   * @param valueHash its hash, by the function the ids were made with
   */
  int find(Object value, long valueHash) {
    if (tables == null) {
      Integer id = exact.get(value);
      return id == null ? -1 : id;
    }
    int part = part(valueHash, tables.length);
    int own = tables[part].get(valueHash) - 1;
    if (own < 0) {
      return -1;
    }
    int id = ids[firstOfLocal[part][own]];
    return item.apply(firsts[id]).equals(value) ? id : -1;
  }

  /** A 64-bit hash of a string (FNV-1a over its UTF-16 units and length, then a finalising mix). */
  static long hash(String s) {
    return mix(fnv(s, 0xcbf29ce484222325L));
  }

  /** A 64-bit hash of {@code s.substring(from, to)}, equal to {@link #hash(String)} of that substring. */
  static long hash(String s, int from, int to) {
    return mix(fnv(s, from, to, 0xcbf29ce484222325L));
  }

  /**
   * {@link #hash(PersonName)} of every name, on all cores, in {@link CacheRuns}: the names of a large corpus lie all
   * over the heap.
   *
   * @param names the names, none null
   * @return their hashes
   */
  static long[] hashNames(PersonName[] names) {
    long[] h = new long[names.length];
    CacheRuns.forEach(names.length, i -> CacheRuns.touch(names[i]), i -> h[i] = hash(names[i]));
    return h;
  }

  /** A 64-bit hash of a name's four parts, each delimited by its length. */
  static long hash(PersonName name) {
    long h = fnv(name.given(), 0xcbf29ce484222325L);
    h = fnv(name.particle(), h);
    h = fnv(name.family(), h);
    return mix(fnv(name.suffix(), h));
  }

  private static long fnv(String s, long h) {
    return fnv(s, 0, s.length(), h);
  }

  /** FNV-1a over the length of {@code s[from, to)}, then its UTF-16 units, continuing from {@code h}. */
  private static long fnv(String s, int from, int to, long h) {
    h = (h ^ (to - from)) * 0x100000001b3L;
    for (int i = from; i < to; i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }

  /** The finaliser of MurmurHash3 (fmix64): every input bit affects every output bit. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }
}
