package org.citegraph.snapshot;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Bounds the loader puts on the counts a snapshot declares, so that a forged file (even one whose checksums are
 * right) cannot make it allocate more than the file could describe. Every count is checked twice before anything
 * is allocated for it: against the bytes left in its section (each item takes at least one byte, most several), and
 * against the named limit here. Going past either refuses the file with a message naming the file, the count and
 * the limit. The defaults are far above any corpus this library builds (ten million papers use about a third of
 * them); see {@code docs/limits.md}.
 *
 * @param maxPapers the largest paper count a snapshot may declare
 * @param maxAuthors the largest author count a snapshot may declare
 * @param maxTableEntries the largest number of entries of one table (strings, names, categories, dates)
 * @param maxStringBytes the largest UTF-8 length of one stored string (a title, an abstract, a table string)
 */
public record SnapshotLimits(int maxPapers, int maxAuthors, int maxTableEntries, int maxStringBytes) {
  /** Default {@link #maxPapers()}: 2^26 (67,108,864). */
  public static final int DEFAULT_MAX_PAPERS = 1 << 26;
  /** Default {@link #maxAuthors()}: 2^26 (67,108,864). */
  public static final int DEFAULT_MAX_AUTHORS = 1 << 26;
  /** Default {@link #maxTableEntries()}: 2^27 (134,217,728). */
  public static final int DEFAULT_MAX_TABLE_ENTRIES = 1 << 27;
  /** Default {@link #maxStringBytes()}: 2^24 bytes (16 MiB). */
  public static final int DEFAULT_MAX_STRING_BYTES = 1 << 24;

  /** The default limits. */
  public static final SnapshotLimits DEFAULT = new SnapshotLimits(DEFAULT_MAX_PAPERS, DEFAULT_MAX_AUTHORS,
      DEFAULT_MAX_TABLE_ENTRIES, DEFAULT_MAX_STRING_BYTES);

  /**
   * Validates the limits.
   *
   * @param maxPapers the largest paper count a snapshot may declare
   * @param maxAuthors the largest author count a snapshot may declare
   * @param maxTableEntries the largest number of entries of one table
   * @param maxStringBytes the largest UTF-8 length of one stored string
   * @throws IllegalArgumentException if a limit is not positive
   */
  public SnapshotLimits {
    checkArgument(maxPapers > 0, "maxPapers must be positive, got %s", maxPapers);
    checkArgument(maxAuthors > 0, "maxAuthors must be positive, got %s", maxAuthors);
    checkArgument(maxTableEntries > 0, "maxTableEntries must be positive, got %s", maxTableEntries);
    checkArgument(maxStringBytes > 0, "maxStringBytes must be positive, got %s", maxStringBytes);
  }
}
