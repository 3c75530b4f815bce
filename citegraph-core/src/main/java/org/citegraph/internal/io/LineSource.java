package org.citegraph.internal.io;

import org.citegraph.io.Inputs;



import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import com.google.common.base.CharMatcher;

/**
 * Numbered lines of one source, read lazily with a small look-ahead. Each line is trimmed, stray carriage returns
 * are removed and a byte-order mark at the start of the first line is dropped, so no {@code \r} or {@code \uFEFF}
 * reaches a value even when the caller did not open the text through {@link Inputs}. Not thread-safe.
 */
public final class LineSource {
  /** A line and its 1-based number. */
  public record Line(String text, long number) {
    public boolean isBlank() {
      return text.isEmpty();
    }
  }

  /** What is trimmed from both ends of a line: white space and byte-order marks. */
  public static final CharMatcher TRIM = CharMatcher.whitespace().or(CharMatcher.is('\uFEFF'));

  private final BufferedReader in;
  private final Deque<Line> ahead = new ArrayDeque<>();
  private long read;

  public LineSource(BufferedReader in) {
    this.in = in;
  }

  /** The next line, blank or not, or null at the end. */
  public Line next() throws IOException {
    return ahead.isEmpty() ? fetch() : ahead.removeFirst();
  }

  /** The next non-blank line, or null at the end. */
  public Line nextNonBlank() throws IOException {
    for (Line l = next(); l != null; l = next()) {
      if (!l.isBlank()) {
        return l;
      }
    }
    return null;
  }

  /** The {@code n}-th non-blank line ahead (0 = the one {@link #nextNonBlank()} would return), without consuming it. */
  public Line peekNonBlank(int n) throws IOException {
    int seen = 0;
    for (Line l : ahead) {
      if (!l.isBlank() && seen++ == n) {
        return l;
      }
    }
    for (Line l = fetch(); l != null; l = fetch()) {
      ahead.addLast(l);
      if (!l.isBlank() && seen++ == n) {
        return l;
      }
    }
    return null;
  }

  /** The number of the last line read from the underlying reader (0 before the first). */
  public long linesRead() {
    return read;
  }

  private Line fetch() throws IOException {
    String raw = in.readLine();
    if (raw == null) {
      return null;
    }
    read++;
    if (raw.indexOf('\r') >= 0) {
      raw = raw.replace("\r", "");
    }
    return new Line(TRIM.trimFrom(raw), read);
  }
}
