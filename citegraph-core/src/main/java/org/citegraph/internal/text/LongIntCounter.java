package org.citegraph.internal.text;

import java.util.Arrays;

/**
 * A counter keyed by {@code long} without boxing: open addressing with linear probing, capacity a power of two,
 * load factor at most 1/2. {@link #add} and {@link #get} are O(1) expected; growth is amortised O(1). Keys may be any
 * long (the slot occupancy is tracked separately). Not thread-safe.
 */
final class LongIntCounter {
  private long[] keys;
  private int[] values;
  private boolean[] used;
  private int size;

  LongIntCounter(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    values = new int[capacity];
    used = new boolean[capacity];
  }

  /** Number of distinct keys. */
  int size() {
    return size;
  }

  /** Adds {@code delta} to the count of {@code key} (absent keys count 0) and returns the new count. */
  int add(long key, int delta) {
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (used[i]) {
      if (keys[i] == key) {
        values[i] += delta;
        return values[i];
      }
      i = (i + 1) & mask;
    }
    used[i] = true;
    keys[i] = key;
    values[i] = delta;
    if (++size * 2 > keys.length) {
      grow();
    }
    return delta;
  }

  /** The count of {@code key}, 0 if absent. */
  int get(long key) {
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (used[i]) {
      if (keys[i] == key) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    return 0;
  }

  /** Receives one entry. */
  @FunctionalInterface
  interface EntryConsumer {
    void accept(long key, int value);
  }

  /** Visits every entry, in no particular order. */
  void forEach(EntryConsumer consumer) {
    for (int i = 0; i < keys.length; i++) {
      if (used[i]) {
        consumer.accept(keys[i], values[i]);
      }
    }
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    boolean[] oldUsed = used;
    int capacity = oldKeys.length * 2;
    keys = new long[capacity];
    values = new int[capacity];
    used = new boolean[capacity];
    int mask = capacity - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldUsed[j]) {
        int i = slot(oldKeys[j], mask);
        while (used[i]) {
          i = (i + 1) & mask;
        }
        used[i] = true;
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
    Arrays.fill(oldUsed, false);
  }
}
