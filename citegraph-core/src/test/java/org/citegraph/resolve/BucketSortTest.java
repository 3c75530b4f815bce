package org.citegraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * {@link AuthorResolver#sortedByBuckets} against a sequential stable sort: the same items in the same order, equal
 * items in their input order, nulls left out, for keys of any length and with characters beyond ASCII in either of
 * the two places that choose the bucket.
 */
class BucketSortTest {

  /** A key and its input position; ordered by the key alone, so that stability shows in the positions. */
  record Item(String key, int position) implements Comparable<Item> {
    @Override
    public int compareTo(Item o) {
      return AuthorResolver.comparePrefixed(AuthorResolver.prefix(key), key, AuthorResolver.prefix(o.key), o.key);
    }
  }

  @Property(seed = "42", tries = 500)
  void sortsLikeAStableSequentialSort(
      @ForAll @Size(max = 300) List<@StringLength(max = 4) @Chars({'a', 'b', ' ', '0', '\u007f', '\u0080', '\u00fc',
          '\u4e00', '\uffff'}) @CharRange(from = 'x', to = 'z') String> keys,
      @ForAll @IntRange(min = 0, max = 3) int nullEvery) {
    Item[] items = new Item[keys.size()];
    for (int i = 0; i < items.length; i++) {
      items[i] = nullEvery > 0 && i % (nullEvery + 1) == 0 ? null : new Item(keys.get(i), i);
    }
    List<Item> expected = new ArrayList<>(Arrays.stream(items).filter(Objects::nonNull).toList());
    expected.sort(null); // List.sort is stable
    Item[] sorted = AuthorResolver.sortedByBuckets(items.clone(), x -> AuthorResolver.prefix(x.key()) >>> 32,
        Item[]::new);
    assertEquals(expected, Arrays.asList(sorted));
  }
}
