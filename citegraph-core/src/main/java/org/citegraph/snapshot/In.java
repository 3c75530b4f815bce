package org.citegraph.snapshot;

import java.nio.charset.StandardCharsets;

/**
 * Decodes varints, flags and strings from a section held in a byte array. Every count goes through {@link
 * #count(String, int, int, String)} before anything is allocated for it.
 */
final class In {
  private final byte[] b;
  private final int maxStringBytes;
  private int pos;

  In(byte[] b, int maxStringBytes) {
    this.b = b;
    this.maxStringBytes = maxStringBytes;
  }

  /** Bytes not yet decoded. */
  int remaining() {
    return b.length - pos;
  }

  int u8() {
    if (pos >= b.length) {
      throw new Corrupt("section ends inside a value");
    }
    return b[pos++] & 0xFF;
  }

  boolean bool() {
    int v = u8();
    if (v > 1) {
      throw new Corrupt("flag " + v + " is neither 0 nor 1");
    }
    return v == 1;
  }

  /** A big-endian int (format 1 stores optional ints this way). */
  int int32() {
    return (u8() << 24) | (u8() << 16) | (u8() << 8) | u8();
  }

  long varlong() {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int x = u8();
      v |= (long) (x & 0x7F) << shift;
      if ((x & 0x80) == 0) {
        return v;
      }
    }
    throw new Corrupt("malformed varint");
  }

  int varint() {
    // Fast path: one byte (most counts and table indices below 128 are).
    if (pos < b.length && b[pos] >= 0) {
      return b[pos++];
    }
    long v = varlong();
    if (v < 0 || v > Integer.MAX_VALUE) {
      throw new Corrupt("value " + v + " out of range");
    }
    return (int) v;
  }

  /**
   * A count of items that take at least {@code minBytesEach} bytes each: refused when the rest of the section
   * cannot hold that many, or when it passes the named limit, so that a forged count never reaches an allocation.
   */
  int count(String what, int minBytesEach, int limit, String limitName) {
    int n = varint();
    if (n > limit) {
      throw new Corrupt(what + " count " + n + " is over the limit " + limitName + " = " + limit
          + "; raise it in SnapshotLimits if the file is genuine");
    }
    if ((long) n * minBytesEach > remaining()) {
      throw new Corrupt(what + " count " + n + " needs at least " + (long) n * minBytesEach + " bytes, the section has "
          + remaining() + " left");
    }
    return n;
  }

  /** A count of items taking at least one byte each, bounded by the section only. */
  int count(String what) {
    return count(what, 1, Integer.MAX_VALUE, "");
  }

  /** An index below {@code size}. */
  int index(int size, String what) {
    int i = varint();
    if (i >= size) {
      throw new Corrupt(what + " " + i + " past the table of " + size);
    }
    return i;
  }

  String text() {
    int n = varint();
    if (n > b.length - pos) {
      throw new Corrupt("string of " + n + " bytes runs past the section");
    }
    if (n > maxStringBytes) {
      throw new Corrupt("string of " + n + " bytes is over the limit maxStringBytes = " + maxStringBytes
          + "; raise it in SnapshotLimits if the file is genuine");
    }
    if (n == 0) {
      return "";
    }
    // The JDK decodes pure-ASCII UTF-8 with a plain copy (Latin-1 strings), so there is no faster path to write.
    String s = new String(b, pos, n, StandardCharsets.UTF_8);
    pos += n;
    return s;
  }

  void finish(String what) {
    if (pos != b.length) {
      throw new Corrupt(what + " has " + (b.length - pos) + " bytes left over");
    }
  }

  static long unzigzag(long v) {
    return (v >>> 1) ^ -(v & 1);
  }

  static <E extends Enum<E>> E enumOf(E[] values, int ordinal) {
    if (ordinal >= values.length) {
      throw new Corrupt("no " + values[0].getDeclaringClass().getSimpleName() + " with ordinal " + ordinal);
    }
    return values[ordinal];
  }
}
