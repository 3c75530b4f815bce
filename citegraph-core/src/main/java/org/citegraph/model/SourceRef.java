package org.citegraph.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;

/**
 * Where a record came from: the source (a file name, or a resource name for the bundled samples) and the 1-based
 * line (or record number, for formats without lines) where the record starts.
 *
 * @param source the file or resource name, as given to the reader
 * @param line the 1-based line or record number
 * @serial exclude
 */
public record SourceRef(String source, long line) implements Comparable<SourceRef>, java.io.Serializable {
  private static final Comparator<SourceRef> ORDER =
      Comparator.comparing(SourceRef::source).thenComparingLong(SourceRef::line);

  /**
   * Validates the parts.
   *
   * @param source the file or resource name, as given to the reader
   * @param line the 1-based line or record number; at least 1
   * @throws IllegalArgumentException if {@code line} is less than 1
   * @throws NullPointerException if {@code source} is null
   */
  public SourceRef {
    checkNotNull(source, "source");
    checkArgument(line >= 1, "Line numbers start at 1, got %s for %s", line, source);
  }

  @Override
  public int compareTo(SourceRef other) {
    return ORDER.compare(this, other);
  }

  /** {@code source:line}, as compilers print positions. */
  @Override
  public String toString() {
    return source + ":" + line;
  }
}
