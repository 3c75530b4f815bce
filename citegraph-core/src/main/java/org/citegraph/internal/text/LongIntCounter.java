package org.citegraph.internal.text;

import java.util.Arrays;

/**
 * A counter keyed by {@code long} without boxing: open addressing with linear probing, capacity a power of two,
 * load factor at most 1/2. {@link #add} and {@link #get} are O(1) expected; growth is amortised O(1). Keys may be any
 * long. Each slot's key and count sit side by side in one array ({@code table[2s]}, {@code table[2s + 1]}), so a
 * probe touches one cache line instead of one per array (counting the bigrams of a large corpus is bound by these
 * cache misses); an empty slot holds {@link #EMPTY}, and the key {@link #EMPTY} itself is counted apart. Not
 * thread-safe. Also serves as a map from keys to positive ints (store {@code value}, read 0 for "absent"), e.g. to
 * number ids densely in first-seen order.
 */
public final class LongIntCounter {
  /** Marks an empty slot. */
  private static final long EMPTY = Long.MIN_VALUE;

  private long[] table;
  private int size;
  private boolean hasEmptyKey;
  private int emptyKeyValue;

  /**
   * An empty counter.
   *
   * @param expected about how many distinct keys it will hold (it grows past that)
   */
  public LongIntCounter(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    table = new long[2 * capacity];
    Arrays.fill(table, EMPTY);
  }

  /**
   * Number of distinct keys.
   *
   * @return the number of keys added
   */
  public int size() {
    return size;
  }

  /**
   * Adds {@code delta} to the count of {@code key} (absent keys count 0).
   *
   * @param key any long
   * @param delta the amount to add
   * @return the new count
   */
  public int add(long key, int delta) {
    if (key == EMPTY) {
      if (!hasEmptyKey) {
        hasEmptyKey = true;
        size++;
      }
      emptyKeyValue += delta;
      return emptyKeyValue;
    }
    long[] t = table;
    int i = probe(key);
    if (t[2 * i] == key) {
      int v = (int) t[2 * i + 1] + delta;
      t[2 * i + 1] = v;
      return v;
    }
    insert(i, key, delta);
    return delta;
  }

  /**
   * Stores {@code value} for {@code key} unless the key is present: one probe instead of a {@link #get} and an
   * {@link #add}, for numbering keys densely in first-seen order.
   *
   * @param key any long
   * @param value the value to store for an absent key, not 0
   * @return the key's value before the call, 0 if it was absent (and now holds {@code value})
   */
  public int putIfAbsent(long key, int value) {
    if (key == EMPTY) {
      int before = hasEmptyKey ? emptyKeyValue : 0;
      if (!hasEmptyKey) {
        hasEmptyKey = true;
        emptyKeyValue = value;
        size++;
      }
      return before;
    }
    int i = probe(key);
    if (table[2 * i] == key) {
      return (int) table[2 * i + 1];
    }
    insert(i, key, value);
    return 0;
  }

  /**
   * The count of {@code key}.
   *
   * @param key any long
   * @return its count, 0 if absent
   */
  public int get(long key) {
    if (key == EMPTY) {
      return hasEmptyKey ? emptyKeyValue : 0;
    }
    int i = probe(key);
    return table[2 * i] == key ? (int) table[2 * i + 1] : 0;
  }

  /** Receives one entry. */
  @FunctionalInterface
  public interface EntryConsumer {
    /**
     * Receives one entry.
     *
     * @param key the key
     * @param value its count
     */
    void accept(long key, int value);
  }

  /**
   * Visits every entry, in slot order (the key {@link #EMPTY}, if present, last).
   *
   * @param consumer receives each key and its count
   */
  public void forEach(EntryConsumer consumer) {
    long[] t = table;
    for (int i = 0; i < t.length; i += 2) {
      if (t[i] != EMPTY) {
        consumer.accept(t[i], (int) t[i + 1]);
      }
    }
    if (hasEmptyKey) {
      consumer.accept(EMPTY, emptyKeyValue);
    }
  }

  /** The slot holding {@code key} (not {@link #EMPTY}), or the empty slot where it would go: linear probing. */
  private int probe(long key) {
    long[] t = table;
    int mask = (t.length >>> 1) - 1;
    int i = slot(key, mask);
    while (t[2 * i] != key && t[2 * i] != EMPTY) {
      i = (i + 1) & mask;
    }
    return i;
  }

  /** Stores a new key and its value in the empty slot i found by {@link #probe}, growing the table when half full. */
  private void insert(int i, long key, int value) {
    table[2 * i] = key;
    table[2 * i + 1] = value;
    if (++size * 4 > table.length) {
      grow();
    }
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] old = table;
    long[] t = new long[2 * old.length];
    Arrays.fill(t, EMPTY);
    int mask = (t.length >>> 1) - 1;
    for (int j = 0; j < old.length; j += 2) {
      if (old[j] != EMPTY) {
        int i = slot(old[j], mask);
        while (t[2 * i] != EMPTY) {
          i = (i + 1) & mask;
        }
        t[2 * i] = old[j];
        t[2 * i + 1] = old[j + 1];
      }
    }
    table = t;
  }
}
