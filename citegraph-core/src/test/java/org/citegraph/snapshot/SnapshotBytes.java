package org.citegraph.snapshot;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * A sectioned snapshot (versions 2 and 3) taken apart into its sections and put back together with correct lengths
 * and checksums, so that tests can forge files that pass every checksum.
 */
final class SnapshotBytes {
  static final int HEADER = "CITEGRAPH-SNAPSHOT".length() + Integer.BYTES + Long.BYTES;

  int version;
  final List<byte[]> bodies = new ArrayList<>();
  final List<Integer> counts = new ArrayList<>();

  static SnapshotBytes parse(byte[] file) {
    SnapshotBytes s = new SnapshotBytes();
    ByteBuffer b = ByteBuffer.wrap(file);
    s.version = b.getInt("CITEGRAPH-SNAPSHOT".length());
    int pos = HEADER;
    while (pos < file.length) {
      int length = b.getInt(pos);
      s.counts.add(b.getInt(pos + 4));
      byte[] body = new byte[length];
      System.arraycopy(file, pos + 12, body, 0, length);
      s.bodies.add(body);
      pos += 12 + length;
    }
    return s;
  }

  byte[] toBytes() {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int i = 0; i < bodies.size(); i++) {
      byte[] b = bodies.get(i);
      CRC32 crc = new CRC32();
      crc.update(ByteBuffer.allocate(4).putInt(counts.get(i)).array());
      crc.update(b);
      body.writeBytes(ByteBuffer.allocate(12).putInt(b.length).putInt(counts.get(i)).putInt((int) crc.getValue())
          .array());
      body.writeBytes(b);
    }
    return ByteBuffer.allocate(HEADER + body.size()).put("CITEGRAPH-SNAPSHOT".getBytes(StandardCharsets.US_ASCII))
        .putInt(version).putLong(body.size()).put(body.toByteArray()).array();
  }

  /** The varint at a position and its length in bytes. */
  static long[] varintAt(byte[] b, int pos) {
    long v = 0;
    int i = 0;
    while (true) {
      int x = b[pos + i] & 0xFF;
      v |= (long) (x & 0x7F) << (7 * i);
      i++;
      if ((x & 0x80) == 0) {
        return new long[] {v, i};
      }
    }
  }

  static byte[] varint(long v) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
    return out.toByteArray();
  }

  /** Replaces the {@code index}-th varint of a section body (counting from its start) with another value. */
  void replaceVarint(int section, int index, long value) {
    byte[] b = bodies.get(section);
    int pos = 0;
    for (int i = 0; i < index; i++) {
      pos += (int) varintAt(b, pos)[1];
    }
    int len = (int) varintAt(b, pos)[1];
    byte[] v = varint(value);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(b, 0, pos);
    out.writeBytes(v);
    out.write(b, pos + len, b.length - pos - len);
    bodies.set(section, out.toByteArray());
  }

  /** Removes the {@code index}-th varint of a section body. */
  void removeVarint(int section, int index) {
    byte[] b = bodies.get(section);
    int pos = 0;
    for (int i = 0; i < index; i++) {
      pos += (int) varintAt(b, pos)[1];
    }
    int len = (int) varintAt(b, pos)[1];
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(b, 0, pos);
    out.write(b, pos + len, b.length - pos - len);
    bodies.set(section, out.toByteArray());
  }

  /** Puts a varint in front of a section body. */
  void prependVarint(int section, long value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(varint(value));
    out.writeBytes(bodies.get(section));
    bodies.set(section, out.toByteArray());
  }

  /**
   * The same snapshot as format 2 wrote it: no name-key version in the table section (threshold, paper count, then
   * the string table), and each paper block repeating its paper count at the start of its body.
   */
  SnapshotBytes asFormatTwo() {
    removeVarint(0, 2);
    for (int s = 1; s < bodies.size() - 1; s++) {
      prependVarint(s, counts.get(s));
    }
    version = 2;
    return this;
  }
}
