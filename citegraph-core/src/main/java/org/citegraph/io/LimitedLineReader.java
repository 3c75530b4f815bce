package org.citegraph.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 text of one input, as a {@link BufferedReader} that never holds more than a bounded line: a line longer than
 * the limit is skipped (read through without being kept), reported to a {@link Listener}, and returned as an empty
 * line so that line numbers stay right. Malformed UTF-8 is replaced by U+FFFD and counted, and the count reported once
 * at the end of the text. Supports {@link #mark}/{@link #reset}. Not thread-safe.
 */
final class LimitedLineReader extends BufferedReader {

  /** Told about what the reader could not return as it was. */
  public interface Listener {
    /**
     * A line longer than the limit was skipped.
     *
     * @param line its 1-based number
     * @param length its length in characters
     */
    void lineTooLong(long line, long length);

    /**
     * Malformed UTF-8 was replaced by U+FFFD; called once, at the end of the text.
     *
     * @param sequences how many malformed byte sequences were replaced
     * @param firstLine the line of the first one
     */
    void malformed(long sequences, long firstLine);
  }

  private static final int CHUNK = 1 << 16;

  private final InputStream bytes;
  private final int maxLine;
  private final Listener listener;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer in = ByteBuffer.allocate(CHUNK);
  private boolean inputDone;
  private boolean eofReported;
  private boolean flushed;

  private char[] buf = new char[CHUNK];
  private int pos;
  private int lim;
  private int markPos = -1;
  private int markLimit;
  private boolean skipLf;
  private long lines;
  private long malformed;
  private long firstMalformedLine;
  private long decodedNewlines;
  /** Whether the last character decoded was {@code \r}, so that a {@code \n} after it ends no further line. */
  private boolean afterCr;

  /**
   * A reader over bytes.
   *
   * @param bytes UTF-8 bytes, a byte-order mark already removed
   * @param maxLine the longest line returned, in characters
   * @param listener told about skipped lines and malformed UTF-8
   */
  public LimitedLineReader(InputStream bytes, int maxLine, Listener listener) {
    super(Reader.nullReader(), 1);
    checkArgument(maxLine > 0, "maxLine must be positive, got %s", maxLine);
    this.bytes = checkNotNull(bytes, "bytes");
    this.maxLine = maxLine;
    this.listener = checkNotNull(listener, "listener");
    in.flip();
  }

  /** Makes room and decodes more characters into {@code buf[lim..]}; returns false at the end of the text. */
  private boolean fill() throws IOException {
    if (markPos >= 0 && lim - markPos >= markLimit) {
      markPos = -1; // read past the mark limit: the mark is dropped
    }
    int keep = markPos >= 0 ? markPos : pos;
    if (keep > 0) {
      System.arraycopy(buf, keep, buf, 0, lim - keep);
      lim -= keep;
      pos -= keep;
      if (markPos >= 0) {
        markPos = 0;
      }
    }
    if (lim == buf.length) {
      buf = java.util.Arrays.copyOf(buf, buf.length * 2);
    }
    while (true) {
      if (flushed) {
        if (!eofReported) {
          eofReported = true;
          if (malformed > 0) {
            listener.malformed(malformed, firstMalformedLine);
          }
        }
        return false;
      }
      CharBuffer out = CharBuffer.wrap(buf, lim, buf.length - lim);
      CoderResult r = decoder.decode(in, out, inputDone);
      for (int i = lim; i < out.position(); i++) {
        // Line ends as readLine() counts them: \n, \r, or \r\n as one.
        char c = buf[i];
        if (c == '\r' || c == '\n' && !afterCr) {
          decodedNewlines++;
        }
        afterCr = c == '\r';
      }
      if (r.isError()) {
        afterCr = false;
        in.position(in.position() + r.length());
        if (malformed++ == 0) {
          firstMalformedLine = decodedNewlines + 1;
        }
        if (out.hasRemaining()) {
          out.put('\uFFFD');
        }
      } else if (inputDone && r.isUnderflow()) {
        if (decoder.flush(out).isUnderflow()) {
          flushed = true;
        }
      }
      int produced = out.position() - lim;
      lim = out.position();
      if (produced > 0) {
        return true;
      }
      if (r.isError() || inputDone) {
        continue;
      }
      in.compact();
      int n = bytes.read(in.array(), in.position(), in.remaining());
      if (n < 0) {
        inputDone = true;
      } else {
        in.position(in.position() + n);
      }
      in.flip();
    }
  }

  @Override
  public int read() throws IOException {
    if (pos >= lim && !fill()) {
      return -1;
    }
    char c = buf[pos++];
    if (skipLf) {
      skipLf = false;
      if (c == '\n') {
        return read();
      }
    }
    return c;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    java.util.Objects.checkFromIndexSize(off, len, cbuf.length);
    if (len == 0) {
      return 0;
    }
    if (skipLf) {
      if (pos >= lim && !fill()) {
        return -1;
      }
      skipLf = false;
      if (buf[pos] == '\n') {
        pos++;
      }
    }
    if (pos >= lim && !fill()) {
      return -1;
    }
    int n = Math.min(len, lim - pos);
    System.arraycopy(buf, pos, cbuf, off, n);
    pos += n;
    return n;
  }

  @Override
  public String readLine() throws IOException {
    StringBuilder sb = null;
    long length = 0;
    while (true) {
      if (pos >= lim && !fill()) {
        if (sb == null && length == 0) {
          return null;
        }
        break;
      }
      if (skipLf) {
        skipLf = false;
        if (buf[pos] == '\n') {
          pos++;
          continue;
        }
      }
      int start = pos;
      int i = pos;
      while (i < lim && buf[i] != '\n' && buf[i] != '\r') {
        i++;
      }
      int n = i - start;
      if (length + n <= maxLine) {
        if (i < lim && sb == null) {
          pos = i + 1;
          skipLf = buf[i] == '\r';
          lines++;
          return new String(buf, start, n);
        }
        if (sb == null) {
          sb = new StringBuilder();
        }
        sb.append(buf, start, n);
      } else {
        sb = null; // too long: stop keeping it
      }
      length += n;
      pos = i;
      if (i < lim) {
        pos = i + 1;
        skipLf = buf[i] == '\r';
        break;
      }
      if (length > maxLine) {
        pos = lim; // nothing kept, so no need to keep the characters either
      }
    }
    lines++;
    if (length > maxLine) {
      listener.lineTooLong(lines, length);
      return "";
    }
    return sb == null ? "" : sb.toString();
  }

  @Override
  public long skip(long n) throws IOException {
    checkArgument(n >= 0, "skip value is negative");
    long left = n;
    while (left > 0 && (pos < lim || fill())) {
      int k = (int) Math.min(left, lim - pos);
      pos += k;
      left -= k;
    }
    return n - left;
  }

  @Override
  public boolean ready() throws IOException {
    return pos < lim || bytes.available() > 0;
  }

  @Override
  public boolean markSupported() {
    return true;
  }

  @Override
  public void mark(int readAheadLimit) {
    checkArgument(readAheadLimit >= 0, "Read-ahead limit < 0");
    markPos = pos;
    markLimit = readAheadLimit;
  }

  @Override
  public void reset() throws IOException {
    if (markPos < 0) {
      throw new IOException("Stream not marked, or the mark was read past");
    }
    pos = markPos;
  }

  @Override
  public void close() throws IOException {
    bytes.close();
  }
}
