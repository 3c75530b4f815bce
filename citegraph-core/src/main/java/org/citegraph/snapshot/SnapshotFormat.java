package org.citegraph.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * The snapshot file format: magic bytes, versions and framing. Every snapshot starts with the ASCII magic
 * {@code CITEGRAPH-SNAPSHOT}, the format version (big-endian int) and the body length (big-endian long).
 *
 * <p>Versions (the full layout of each is in {@code docs/snapshot.md}):
 *
 * <ul>
 *   <li>1: one body checksummed as a whole (CRC32 after the body), strings interned on first use, every name and
 *       category stored per use;
 *   <li>2: a table section (strings, names, categories, dates) then paper blocks and an author section, each a
 *       section with its own length, item count and CRC32; every paper block repeats its paper count inside its
 *       body; stored name keys carry no version;
 *   <li>3: as 2, but a paper block's count is stored once (in its checksummed section header), and the
 *       table section records the {@link org.citegraph.model.PersonName#KEY_VERSION} the stored name keys were
 *       folded with, so that the loader trusts them exactly when that version is its own;
 *   <li>4 (current): as 3, but a paper's has-code flag is a flags byte (1: has code, 2: a venue follows as a
 *       string-table index), so a paper without a venue is written exactly as in version 3.
 * </ul>
 *
 * <p>Like Lucene's index format check, the loader reads every version from {@link #MIN_SUPPORTED_VERSION} to {@link
 * #CURRENT_VERSION} and refuses any other with a message that names the file, its version and the supported range,
 * and says how to fix it. The writer always writes {@link #CURRENT_VERSION}.
 */
public final class SnapshotFormat {
  /** The version this library writes, and the newest it reads. */
  public static final int CURRENT_VERSION = 4;

  /** The oldest version this library reads. */
  public static final int MIN_SUPPORTED_VERSION = 1;

  /** Target size in bytes of a paper block: big enough to amortise a task, small enough to spread over the cores. */
  public static final int DEFAULT_BLOCK_BYTES = 1 << 20;

  static final byte[] MAGIC = "CITEGRAPH-SNAPSHOT".getBytes(StandardCharsets.US_ASCII);
  /** Magic, version int, body length long. */
  static final int HEADER_BYTES = MAGIC.length + Integer.BYTES + Long.BYTES;
  /** Section header (versions 2 and 3): body length int, item count int, CRC32 int of the count and the body. */
  static final int SECTION_HEADER_BYTES = 3 * Integer.BYTES;

  private SnapshotFormat() {}

  /**
   * Whether a file starts with the snapshot magic bytes (a cheap test; the loader checks the rest).
   *
   * @param file the file
   * @return false for directories, unreadable and missing files, and files of another kind
   */
  public static boolean isSnapshot(Path file) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The format version a snapshot file declares (whether or not this library reads it).
   *
   * @param file the file
   * @return the version, or empty when the file is not a snapshot, is cut inside its header or cannot be read
   */
  public static OptionalInt version(Path file) {
    if (!Files.isRegularFile(file)) {
      return OptionalInt.empty();
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(MAGIC.length + Integer.BYTES);
      if (head.length < MAGIC.length + Integer.BYTES || !Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
        return OptionalInt.empty();
      }
      return OptionalInt.of(java.nio.ByteBuffer.wrap(head, MAGIC.length, Integer.BYTES).getInt());
    } catch (IOException e) {
      return OptionalInt.empty();
    }
  }

  /**
   * Whether this library reads a format version.
   *
   * @param version a format version
   * @return whether it lies in {@link #MIN_SUPPORTED_VERSION}..{@link #CURRENT_VERSION}
   */
  public static boolean isSupported(int version) {
    return version >= MIN_SUPPORTED_VERSION && version <= CURRENT_VERSION;
  }

  /** The refusal for a version outside the supported range, naming the file, the version, the range and the fix. */
  static String unsupported(Path file, int version) {
    String fix = version > CURRENT_VERSION
        ? "load it with the newer library that wrote it, or rebuild the snapshot from the records with this library"
            + " (snapshot save)"
        : "rebuild the snapshot from the records with this library (snapshot save)";
    return file + ": snapshot format version " + version + ", this library reads versions " + MIN_SUPPORTED_VERSION
        + " to " + CURRENT_VERSION + "; " + fix;
  }
}
