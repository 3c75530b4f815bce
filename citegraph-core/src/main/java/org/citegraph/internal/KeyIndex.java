package org.citegraph.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import com.google.common.collect.Maps;


/**
 * Inverted indices from string keys to sorted int rows, such as the author name-key index that {@code Corpus} and
 * the snapshot share. Not part of the public API; depends on no other package of the library.
 */
public final class KeyIndex {
  private KeyIndex() {}

  /**
   * The keys of each item, computed on all cores (for authors: {@code keyRows(authors, Author::nameKeys)}). O(n) calls
   * of {@code keysOf}.
   *
   * @param <T> the item type
   * @param items the items
   * @param keysOf the keys of one item
   * @return one row of keys per item
   */
  public static <T> String[][] keyRows(List<T> items, Function<? super T, ? extends List<String>> keysOf) {
    String[][] keys = new String[items.size()][];
    IntStream.range(0, keys.length).parallel()
        .forEach(i -> keys[i] = keysOf.apply(items.get(i)).toArray(String[]::new));
    return keys;
  }

  /**
   * Each key to the indices of the rows holding it, in increasing order: for authors' name keys, a matching key to
   * the authors seen under it, in author order.
   *
   * @param keys one row of keys per item
   * @return the unmodifiable index (its rows must not be changed)
   */
  public static Map<String, int[]> nameKeyIndex(String[][] keys) {
    return invert(keys.length, i -> Arrays.asList(keys[i]));
  }

  /**
   * Each key to the indices i in 0..n whose keys hold it, in increasing order: one pass counts, a second fills arrays
   * of the exact size. O(total keys).
   *
   * @param n the number of rows
   * @param keysOf the keys of row i
   * @return the unmodifiable index (its rows must not be changed)
   */
  public static Map<String, int[]> invert(int n, IntFunction<? extends Iterable<String>> keysOf) {
    Map<String, int[]> counts = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String k : keysOf.apply(i)) {
        counts.computeIfAbsent(k, x -> new int[1])[0]++;
      }
    }
    Map<String, int[]> rows = Maps.newHashMapWithExpectedSize(counts.size());
    counts.forEach((k, c) -> rows.put(k, new int[c[0]]));
    for (int i = 0; i < n; i++) {
      for (String k : keysOf.apply(i)) {
        int[] row = rows.get(k);
        row[row.length - counts.get(k)[0]--] = i;
      }
    }
    return Collections.unmodifiableMap(rows);
  }
}
