package org.citegraph.snapshot;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte array with the encoders the writer uses. */
final class Buf {
  byte[] b = new byte[1 << 12];
  int n;

  private void ensure(int more) {
    if (b.length - n < more) {
      long want = Math.max((long) b.length * 2, (long) n + more);
      if (want > Integer.MAX_VALUE - 16) {
        throw new IllegalStateException("snapshot section over 2 GB");
      }
      b = Arrays.copyOf(b, (int) want);
    }
  }

  void u8(int v) {
    ensure(1);
    b[n++] = (byte) v;
  }

  void bool(boolean v) {
    u8(v ? 1 : 0);
  }

  void varint(int v) {
    if (v < 0) {
      throw new IllegalArgumentException("negative value " + v + " where a count or index was expected");
    }
    varlong(v);
  }

  void varlong(long v) {
    ensure(10);
    while ((v & ~0x7FL) != 0) {
      b[n++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    b[n++] = (byte) v;
  }

  /** A signed value, zig-zag encoded. */
  void zigzag(long x) {
    varlong((x << 1) ^ (x >> 63));
  }

  @SuppressWarnings("deprecation")
  void text(String s) {
    int len = s.length();
    boolean ascii = true;
    for (int i = 0; i < len; i++) {
      if (s.charAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      varint(len);
      ensure(len);
      s.getBytes(0, len, b, n); // deprecated but exact for ASCII, and copies without an intermediate array
      n += len;
    } else {
      byte[] u = s.getBytes(StandardCharsets.UTF_8);
      varint(u.length);
      ensure(u.length);
      System.arraycopy(u, 0, b, n, u.length);
      n += u.length;
    }
  }
}
