package org.citegraph.snapshot;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Loads snapshots of every format version from {@link SnapshotFormat#MIN_SUPPORTED_VERSION} to {@link
 * SnapshotFormat#CURRENT_VERSION}. Versions 2 and 3 check each section's CRC32 before decoding it and decode the
 * paper blocks on all available cores; version 1 checks the CRC32 of its one body, then decodes it in one pass. O(file
 * size) time. A load never returns partial contents, and no count the file declares is allocated before it has been
 * checked against the bytes that remain and against the {@link SnapshotLimits}.
 */
public final class SnapshotLoader {
  private SnapshotLoader() {}

  /**
   * Loads a snapshot with the default limits.
   *
   * @param file a snapshot file
   * @return its contents
   * @throws IOException if the file cannot be read, is not a citegraph snapshot, has a format version this library
   *     does not read, ends early, fails a checksum or holds a value past a limit; the message names the file and the
   *     problem
   */
  public static SnapshotContents load(Path file) throws IOException {
    return load(file, SnapshotLimits.DEFAULT);
  }

  /**
   * Loads a snapshot.
   *
   * @param file a snapshot file
   * @param limits bounds on the counts the file may declare
   * @return its contents
   * @throws IOException as {@link #load(Path)}
   */
  public static SnapshotContents load(Path file, SnapshotLimits limits) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(limits, "limits");
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      Reader r = new Reader(file, ch);
      int version = r.header();
      try {
        return version == 1 ? FormatOne.decode(r, limits) : new Sectioned(r, version, limits).decode();
      } catch (Corrupt e) {
        throw new IOException("snapshot " + file + " is corrupt: " + e.getMessage(), e);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      } catch (RuntimeException e) {
        // A value the model refuses (only possible in a file written by a faulty writer or forged: checksums passed).
        throw new IOException("snapshot " + file + " is corrupt: " + e.getMessage(), e);
      }
    }
  }

  /** Positional reads of the file, the header and its checks. */
  static final class Reader {
    final Path file;
    private final FileChannel ch;
    long size;
    long bodyLength;

    Reader(Path file, FileChannel ch) {
      this.file = file;
      this.ch = ch;
    }

    /** Checks magic, version and length; returns the version. */
    int header() throws IOException {
      size = ch.size();
      byte[] magic = new byte[SnapshotFormat.MAGIC.length];
      int n = readAt(magic, 0, (int) Math.min(magic.length, size));
      if (n < magic.length || !Arrays.equals(magic, SnapshotFormat.MAGIC)) {
        throw new IOException("not a citegraph snapshot: " + file);
      }
      if (size < SnapshotFormat.HEADER_BYTES) {
        throw new IOException("snapshot " + file + " ends early: " + size + " bytes, not even a header");
      }
      ByteBuffer header = ByteBuffer.wrap(read(magic.length, Integer.BYTES + Long.BYTES));
      int version = header.getInt();
      if (!SnapshotFormat.isSupported(version)) {
        throw new IOException(SnapshotFormat.unsupported(file, version));
      }
      bodyLength = header.getLong();
      // Format 1 has the CRC32 of the body (a long) after the body.
      long end = SnapshotFormat.HEADER_BYTES + bodyLength + (version == 1 ? Long.BYTES : 0);
      if (bodyLength < 0 || size < end) {
        throw new IOException("snapshot " + file + " ends early: " + size + " bytes, expected " + end);
      }
      if (size > end) {
        throw new IOException("snapshot " + file + " is corrupt: " + (size - end) + " bytes after the end");
      }
      return version;
    }

    byte[] read(long offset, int length) throws IOException {
      byte[] b = new byte[length];
      if (readAt(b, offset, length) < length) {
        throw new EOFException("snapshot " + file + " ends early");
      }
      return b;
    }

    /** Positional read (thread-safe on a FileChannel); returns the bytes read, fewer only at the end. */
    private int readAt(byte[] b, long offset, int length) throws IOException {
      ByteBuffer buf = ByteBuffer.wrap(b, 0, length);
      while (buf.hasRemaining()) {
        int r = ch.read(buf, offset + buf.position());
        if (r < 0) {
          break;
        }
      }
      return buf.position();
    }
  }

  /** Where a section lies in the file (versions 2 and 3). */
  record Section(long offset, int length, int count, int crc) {}

  /** Versions 2 and 3: sections with their own checksums, paper blocks decoded in parallel. */
  private static final class Sectioned {
    private final Reader r;
    private final int version;
    private final SnapshotLimits limits;

    Sectioned(Reader r, int version, SnapshotLimits limits) {
      this.r = r;
      this.version = version;
      this.limits = limits;
    }

    SnapshotContents decode() throws IOException {
      List<Section> sections = sections(SnapshotFormat.HEADER_BYTES + r.bodyLength);
      Tables t = new Tables(in(sections, 0), version, limits);
      int blocks = sections.size() - 2;
      int[] firstPaper = new int[blocks + 1];
      for (int b = 0; b < blocks; b++) {
        Section s = sections.get(b + 1);
        int count = s.count();
        // Checked before the checksum so that no forged count reaches an allocation; each paper takes at least
        // MIN_PAPER_BYTES bytes, so a block cannot hold more than its length allows.
        if (count < 0 || count > t.paperCount - firstPaper[b] || (long) count * Tables.MIN_PAPER_BYTES > s.length()) {
          throw new Corrupt("paper block " + b + " claims " + count + " papers in " + s.length() + " bytes ("
              + (t.paperCount - firstPaper[b]) + " announced papers left)");
        }
        firstPaper[b + 1] = firstPaper[b] + count;
      }
      if (firstPaper[blocks] != t.paperCount) {
        throw new Corrupt("paper blocks hold " + firstPaper[blocks] + " papers, expected " + t.paperCount);
      }
      org.citegraph.model.Paper[] papers = new org.citegraph.model.Paper[t.paperCount];
      Tail[] tail = new Tail[1];
      // Task `blocks` is the author section; it runs alongside the papers.
      java.util.stream.IntStream.rangeClosed(0, blocks).parallel().forEach(task -> {
        try {
          if (task == blocks) {
            tail[0] = new Tail(in(sections, blocks + 1), t, limits);
          } else {
            In in = in(sections, task + 1);
            int from = firstPaper[task];
            int to = firstPaper[task + 1];
            if (version == 2) {
              // Format 2 repeated the count inside the block.
              int count = in.varint();
              if (count != to - from) {
                throw new Corrupt("paper block " + task + " holds " + count + " papers, its header says "
                    + (to - from));
              }
            }
            for (int p = from; p < to; p++) {
              papers[p] = t.paper(in);
            }
            in.finish("paper block " + task);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      return tail[0].contents(papers, t);
    }

    /** Walks the section headers. */
    private List<Section> sections(long end) throws IOException {
      List<Section> sections = new ArrayList<>();
      long pos = SnapshotFormat.HEADER_BYTES;
      while (pos < end) {
        if (end - pos < SnapshotFormat.SECTION_HEADER_BYTES) {
          throw new Corrupt("section " + sections.size() + " header cut at byte " + pos);
        }
        ByteBuffer h = ByteBuffer.wrap(r.read(pos, SnapshotFormat.SECTION_HEADER_BYTES));
        int length = h.getInt();
        int count = h.getInt();
        int crc = h.getInt();
        if (length < 0 || length > end - pos - SnapshotFormat.SECTION_HEADER_BYTES) {
          throw new Corrupt("section " + sections.size() + " at byte " + pos + " claims " + length
              + " bytes, past the end of the body");
        }
        sections.add(new Section(pos + SnapshotFormat.SECTION_HEADER_BYTES, length, count, crc));
        pos += SnapshotFormat.SECTION_HEADER_BYTES + (long) length;
      }
      if (sections.size() < 2) {
        throw new Corrupt(sections.size() + " sections, expected at least 2");
      }
      return sections;
    }

    /** Reads a section and checks its checksum. */
    private In in(List<Section> sections, int index) throws IOException {
      Section s = sections.get(index);
      byte[] body = r.read(s.offset(), s.length());
      CRC32 crc = new CRC32();
      crc.update(ByteBuffer.allocate(Integer.BYTES).putInt(s.count()).array());
      crc.update(body);
      if ((int) crc.getValue() != s.crc()) {
        throw new Corrupt("checksum mismatch in section " + index + " of " + sections.size());
      }
      return new In(body, limits.maxStringBytes());
    }
  }
}
