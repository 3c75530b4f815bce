package org.citegraph.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import com.google.common.collect.Maps;

import org.citegraph.model.Author;
import org.citegraph.model.PersonName;

/**
 * Inverted indices from string keys to sorted int rows, and the author name-key index that {@code Corpus} and the
 * snapshot share. Not part of the public API.
 */
public final class KeyIndex {
  private KeyIndex() {}

  /**
   * For each author, the distinct matching keys ({@link PersonName#key()}) of its name variants in variant order;
   * folded on all cores. O(total variants).
   *
   * @param authors the authors
   * @return one row of keys per author
   */
  public static String[][] nameKeys(List<Author> authors) {
    String[][] keys = new String[authors.size()][];
    IntStream.range(0, keys.length).parallel().forEach(i -> keys[i] = nameKeys(authors.get(i)));
    return keys;
  }

  /**
   * The distinct matching keys of an author's name variants, in variant order.
   *
   * @param author the author
   * @return the keys
   */
  public static String[] nameKeys(Author author) {
    return author.variants().stream().map(PersonName::key).distinct().toArray(String[]::new);
  }

  /**
   * Matching key to the indices of the authors seen under it, in author order, from {@link #nameKeys(List)}.
   *
   * @param keys one row of keys per author
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
