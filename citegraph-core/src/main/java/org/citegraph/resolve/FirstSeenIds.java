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
 * objects in a shared map. Each item's 64-bit hash is computed on all cores, one sequential pass numbers the hashes
 * through a primitive open-addressing table (one random read per item, no allocation), and every item is then
 * checked on all cores to equal the first item of its id. Should two unequal items share a hash (for n items about
 * n²/2⁶⁵ likely: never seen), the ids are made again through a map of the items themselves, so the result never
 * depends on the hash. Running time O(n) expected. Immutable once made.
 */
final class FirstSeenIds {
  /** The id of each item. */
  final int[] ids;
  /** The first item of each id, ascending. */
  final int[] firsts;
  private final IntFunction<?> item;
  /** Hash to id + 1, or null when the items had to be numbered through {@link #exact}. */
  private final LongIntCounter table;
  private final Map<Object, Integer> exact;

  private FirstSeenIds(int[] ids, int[] firsts, IntFunction<?> item, LongIntCounter table,
      Map<Object, Integer> exact) {
    this.ids = ids;
    this.firsts = firsts;
    this.item = item;
    this.table = table;
    this.exact = exact;
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
    long[] h = new long[n];
    Arrays.parallelSetAll(h, hash::applyAsLong);
    LongIntCounter table = new LongIntCounter(Math.max(16, n / 2));
    int[] ids = new int[n];
    int[] firsts = new int[Math.max(16, n / 4)];
    int count = 0;
    for (int i = 0; i < n; i++) {
      int id = table.putIfAbsent(h[i], count + 1);
      if (id == 0) {
        if (count == firsts.length) {
          firsts = Arrays.copyOf(firsts, Math.max(16, count + (count >> 1)));
        }
        firsts[count] = i;
        id = ++count;
      }
      ids[i] = id - 1;
    }
    int[] first = Arrays.copyOf(firsts, count);
    boolean distinctHashes = IntStream.range(0, n).parallel()
        .allMatch(i -> first[ids[i]] == i || item.apply(i).equals(item.apply(first[ids[i]])));
    if (distinctHashes) {
      return new FirstSeenIds(ids, first, item, table, null);
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
    return new FirstSeenIds(ids, Arrays.copyOf(exactFirsts, distinct), item, null, exact);
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
    if (table == null) {
      Integer id = exact.get(value);
      return id == null ? -1 : id;
    }
    int id = table.get(valueHash) - 1;
    return id >= 0 && item.apply(firsts[id]).equals(value) ? id : -1;
  }

  /** A 64-bit hash of a string (FNV-1a over its UTF-16 units and length, then a finalising mix). */
  static long hash(String s) {
    return mix(fnv(s, 0xcbf29ce484222325L));
  }

  /** A 64-bit hash of a name's four parts, each delimited by its length. */
  static long hash(PersonName name) {
    long h = fnv(name.given(), 0xcbf29ce484222325L);
    h = fnv(name.particle(), h);
    h = fnv(name.family(), h);
    return mix(fnv(name.suffix(), h));
  }

  private static long fnv(String s, long h) {
    h = (h ^ s.length()) * 0x100000001b3L;
    for (int i = 0; i < s.length(); i++) {
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
