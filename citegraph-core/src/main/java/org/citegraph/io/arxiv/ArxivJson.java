package org.citegraph.io.arxiv;

import org.citegraph.internal.io.Json;
import org.citegraph.io.InputLimits;

import org.citegraph.internal.io.LineSource;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;
import org.citegraph.io.RecordSink;



import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.base.Throwables;

import org.citegraph.internal.Text;
import org.citegraph.model.AuthorProfile;
import org.citegraph.model.Paper;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;

/**
 * Streaming JSON helpers shared by the arXiv JSON readers: scalar values, the Kaggle metadata object, and the
 * line-by-line loop of JSON Lines files. Uses jackson-core's {@link JsonParser} only (no tree model). Package-private;
 * every method is stateless.
 */
final class ArxivJson {
  private ArxivJson() {}

  /** The shared parser factory (thread-safe once built). */
  static final JsonFactory FACTORY = Json.factory(InputLimits.defaults());

  /** Fields that only ever hold text: a number or boolean in one is reported (a version may be a number). */
  private static final java.util.Set<String> TEXT_ONLY = java.util.Set.of("title", "abstract", "summary", "authors",
      "title_utf8", "abstract_utf8", "authors_utf8", "comments", "journal-ref", "submitter", "categories");

  /** Starts the line that stands for one longer than the limit, which the byte path has skipped. */
  static final char TOO_LONG = '\u0001';

  /** Reads the rest of one JSON Lines record, the parser positioned on the line's {@code START_OBJECT}. */
  interface LineHandler {
    void read(JsonParser p, ArxivRecord record) throws IOException;
  }

  /**
   * Reads a JSON Lines source: each non-blank line is one JSON object, handed to {@code handler} and then emitted.
   * A line that is not well-formed JSON, or not one object, is rejected naming its line and the parser's message;
   * the next line is still read. An empty source is reported as rejected.
   */
  static void readLines(BufferedReader in, String sourceName, RecordSink sink, String expected, LineHandler handler)
      throws IOException {
    LineSource lines = new LineSource(in);
    boolean any = false;
    for (LineSource.Line line = lines.nextNonBlank(); line != null; line = lines.nextNonBlank()) {
      any = true;
      readTextLine(line.text(), line.number(), sourceName, sink, expected, handler);
    }
    if (!any) {
      emptySource(sourceName, lines.linesRead(), sink, expected);
    }
  }

  private static void emptySource(String sourceName, long linesRead, RecordSink sink, String expected) {
    sink.issue(new IngestIssue(new SourceRef(sourceName, Math.max(1, linesRead)), IngestIssue.Action.REJECTED,
        "empty file (expected " + expected + ")"));
  }

  /** Reads one trimmed, non-blank line given as text. */
  private static void readTextLine(String text, long number, String sourceName, RecordSink sink, String expected,
      LineHandler handler) throws IOException {
    SourceRef where = new SourceRef(sourceName, number);
    if (!text.isEmpty() && text.charAt(0) == TOO_LONG) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, "line of " + text.substring(1) + " bytes is "
          + "longer than " + InputLimits.describe("maxLineChars", sink.limits().maxLineChars())
          + "; the line is skipped and the record on it rejected"));
      return;
    }
    ArxivRecord record = new ArxivRecord(where);
    String problem = parseObject(Json.factory(sink.limits()).createParser(text), number, expected, handler, record);
    if (problem != null) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, problem));
      return;
    }
    record.emit(sink);
  }

  /** Reads one JSON object with {@code p} into {@code record}; returns the problem, or null when there is none. */
  private static String parseObject(JsonParser parser, long number, String expected, LineHandler handler,
      ArxivRecord record) throws IOException {
    try (JsonParser p = parser) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        return "line " + number + " is not a JSON object (found " + first + "; expected " + expected + ")";
      }
      handler.read(p, record);
      JsonToken after = p.nextToken();
      if (after != null) {
        return "line " + number + " has more after its JSON object (found " + after
            + "; expected one object per line)";
      }
      return null;
    } catch (JsonProcessingException e) {
      return "line " + number + " is not well-formed JSON: " + Json.message(e)
          + " (at column " + Json.column(e) + "; expected " + expected + ")";
    }
  }

  /** Bytes per chunk handed to a worker (a chunk grows to hold a longer line). */
  static final int DEFAULT_CHUNK_BYTES = 1 << 21;

  /**
   * Reads a JSON Lines source given as UTF-8 bytes, with exactly the results of {@link #readLines(BufferedReader,
   * String, RecordSink, String, LineHandler)} on the same bytes decoded as {@link Inputs#text} decodes them (same
   * records, issues, messages and line numbers, in the same order, malformed UTF-8 reported once at the end), using
   * {@code threads} threads.
   *
   * <p>The calling thread reads the stream into chunks that end at a {@code '\n'} and hands each to a worker; a
   * worker splits its chunk into lines (terminated by {@code \n}, {@code \r} or {@code \r\n}, as {@link
   * BufferedReader#readLine()} does), learns its first line number from the chunk before it, and parses each line
   * straight from the bytes with Jackson's UTF-8 parser. A line that does not start with {@code '{'} and end with
   * {@code '}'}, is not well-formed UTF-8, holds a control character, or has a problem, is decoded and read as text
   * by the sequential path, so every message is the sequential one. The calling thread hands each chunk's records
   * and issues to {@code sink} strictly in input order, so a strict sink stops at the first problem in file order;
   * at most {@code 2 * threads} chunks are in flight. A source of one chunk, or {@code threads == 1}, is read on the
   * calling thread alone. A byte-order mark at the start is skipped.
   */
  static void readLines(InputStream in, String sourceName, RecordSink sink, String expected, LineHandler handler,
      int threads, int chunkBytes) throws IOException {
    ChunkReader chunks = new ChunkReader(in, chunkBytes, sink.limits().maxLineChars());
    ExecutorService pool = null;
    ArrayDeque<Future<ChunkResult>> inFlight = new ArrayDeque<>();
    CompletableFuture<Long> start = CompletableFuture.completedFuture(1L);
    boolean any = false;
    long lines = 0;
    long[] malformed = {0, 0, 0}; // sequences, first line, 1 once reported
    try {
      for (Chunk chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
        CompletableFuture<Long> next = new CompletableFuture<>();
        ChunkTask task = new ChunkTask(chunk, start, next, sourceName, expected, handler, sink.limits());
        start = next;
        if (pool == null && (threads <= 1 || chunk.last)) {
          ChunkResult r = task.call();
          any |= r.any;
          lines += r.lines;
          r.deliver(sink, malformed, sourceName);
          continue;
        }
        if (pool == null) {
          pool = Executors.newFixedThreadPool(threads, WORKERS);
        }
        inFlight.add(pool.submit(task));
        while (inFlight.size() >= 2 * threads) {
          ChunkResult r = await(inFlight.removeFirst());
          any |= r.any;
          lines += r.lines;
          r.deliver(sink, malformed, sourceName);
        }
      }
      while (!inFlight.isEmpty()) {
        ChunkResult r = await(inFlight.removeFirst());
        any |= r.any;
        lines += r.lines;
        r.deliver(sink, malformed, sourceName);
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    if (malformed[0] > 0 && malformed[2] == 0) {
      // Reported once at the end, as the text path does.
      sink.issue(Inputs.malformedUtf8(sourceName, malformed[0], malformed[1]));
    }
    if (!any) {
      emptySource(sourceName, lines, sink, expected);
    }
  }

  private static final ThreadFactory WORKERS = r -> {
    Thread t = new Thread(r, "citegraph-jsonl-parser");
    t.setDaemon(true);
    return t;
  };

  private static ChunkResult await(Future<ChunkResult> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while parsing JSON Lines");
    } catch (ExecutionException e) {
      Throwables.throwIfInstanceOf(e.getCause(), IOException.class);
      Throwables.throwIfUnchecked(e.getCause());
      throw new IOException(e.getCause());
    }
  }

  /** Bytes {@code [0, length)} of {@code bytes}: whole lines; {@code last} when the source ends with them. */
  private record Chunk(byte[] bytes, int length, boolean last) {}

  /** Cuts a stream into chunks of whole lines (the last one may lack its terminator). */
  private static final class ChunkReader {
    private final InputStream in;
    private final int chunkBytes;
    private byte[] carry = new byte[0];
    private int carryLength;
    private boolean first = true;
    private boolean done;
    private final int maxLine;

    ChunkReader(InputStream in, int chunkBytes, int maxLine) {
      this.in = in;
      this.chunkBytes = Math.max(1, chunkBytes);
      this.maxLine = maxLine;
    }

    /**
     * Replaces the over-long line that starts at {@code from} in {@code buf} (holding {@code n} bytes, none a line
     * end after {@code from}) by a {@link #TOO_LONG} line giving its length, skipping the rest of it in the stream.
     * Returns the new carry length.
     */
    private int skipLongLine(byte[] buf, int from, int n) throws IOException {
      long length = n - from;
      int c;
      while ((c = in.read()) >= 0 && c != '\n' && c != '\r') {
        length++;
      }
      byte[] marker = (TOO_LONG + Long.toString(length) + "\n").getBytes(StandardCharsets.US_ASCII);
      byte[] head = Arrays.copyOf(buf, from + marker.length);
      System.arraycopy(marker, 0, head, from, marker.length);
      carry = head;
      if (c < 0) {
        done = false;
      }
      return head.length;
    }

    Chunk next() throws IOException {
      if (done) {
        return null;
      }
      if (first) {
        first = false;
        byte[] head = in.readNBytes(3);
        if (!(head.length == 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf)) {
          carry = head; // not a byte-order mark: content
          carryLength = head.length;
        }
      }
      int size = Math.max(chunkBytes, carryLength + 1);
      while (true) {
        byte[] buf = new byte[size];
        System.arraycopy(carry, 0, buf, 0, carryLength);
        int n = carryLength + in.readNBytes(buf, carryLength, buf.length - carryLength);
        if (n < buf.length) {
          // End of the source: everything left is the last chunk.
          done = true;
          carryLength = 0;
          return n == 0 ? null : new Chunk(buf, n, true);
        }
        int cut = n - 1;
        while (cut >= 0 && buf[cut] != '\n') {
          cut--;
        }
        if (cut < 0) {
          if (n > maxLine) {
            // Longer than the limit: stand a short marker line in for it and read on.
            carryLength = skipLongLine(buf, 0, n);
            size = Math.max(chunkBytes, carryLength + 1);
            continue;
          }
          // One line longer than the buffer: read on with a larger one.
          carry = buf;
          carryLength = n;
          size = Math.min(Math.multiplyExact(size, 2), maxLine + 2);
          continue;
        }
        carryLength = n - (cut + 1);
        carry = Arrays.copyOfRange(buf, cut + 1, n);
        return new Chunk(buf, cut + 1, false);
      }
    }
  }

  /** What one chunk yields: papers, issues and failures in input order. */
  private static final class ChunkResult implements RecordSink {
    final List<Object> events = new ArrayList<>();
    final InputLimits limits;
    boolean any;
    long lines;
    /** Malformed UTF-8 sequences in this chunk's lines, replaced by U+FFFD, and the line of the first. */
    long malformed;
    long firstMalformedLine;

    /**
     * Marks where the text path's decoder meets the end of the input: before the last line when that line has no
     * terminator (the decoder reads past it to find one), else after everything.
     */
    static final Object END_OF_INPUT = new Object();

    ChunkResult(InputLimits limits) {
      this.limits = limits;
    }

    @Override
    public InputLimits limits() {
      return limits;
    }

    @Override
    public void paper(Paper record) {
      events.add(record);
    }

    @Override
    public void issue(IngestIssue issue) {
      events.add(issue);
    }

    @Override
    public void profile(AuthorProfile profile) {
      events.add(profile);
    }

    /** Counts the malformed UTF-8 of one line. */
    void malformed(long sequences, long line) {
      if (sequences > 0 && malformed == 0) {
        firstMalformedLine = line;
      }
      malformed += sequences;
    }

    /**
     * Hands the events to {@code sink} and adds this chunk's malformed UTF-8 to {@code total} (sequences, first
     * line, 1 once reported); at {@link #END_OF_INPUT} the total is reported, where the text path's decoder meets
     * the end of the input.
     */
    void deliver(RecordSink sink, long[] total, String sourceName) throws IOException {
      if (malformed > 0) {
        if (total[0] == 0) {
          total[1] = firstMalformedLine;
        }
        total[0] += malformed;
      }
      for (Object e : events) {
        if (e instanceof Paper p) {
          sink.paper(p);
        } else if (e instanceof IngestIssue i) {
          sink.issue(i);
        } else if (e instanceof AuthorProfile a) {
          sink.profile(a);
        } else if (e instanceof Failure f) {
          f.rethrow();
        } else if (e == END_OF_INPUT && total[0] > 0) {
          total[2] = 1;
          sink.issue(Inputs.malformedUtf8(sourceName, total[0], total[1]));
        }
      }
    }
  }

  /** A failure met while reading a line, thrown again where the sequential reader would have thrown it. */
  private record Failure(Throwable cause) {
    void rethrow() throws IOException {
      Throwables.throwIfInstanceOf(cause, IOException.class);
      Throwables.throwIfUnchecked(cause);
      throw new IOException(cause); // unreachable: a line's reading throws nothing else
    }
  }

  /** Splits one chunk into lines and reads them. */
  private static final class ChunkTask implements Callable<ChunkResult> {
    private final Chunk chunk;
    private final CompletableFuture<Long> start;
    private final CompletableFuture<Long> next;
    private final String sourceName;
    private final String expected;
    private final LineHandler handler;
    private final InputLimits limits;

    ChunkTask(Chunk chunk, CompletableFuture<Long> start, CompletableFuture<Long> next, String sourceName,
        String expected, LineHandler handler, InputLimits limits) {
      this.limits = limits;
      this.chunk = chunk;
      this.start = start;
      this.next = next;
      this.sourceName = sourceName;
      this.expected = expected;
      this.handler = handler;
    }

    @Override
    public ChunkResult call() throws IOException {
      byte[] b = chunk.bytes();
      int n = chunk.length();
      // Line i is [ends[2i], ends[2i+1]), terminators excluded.
      int[] bounds = new int[64];
      int count = 0;
      boolean unterminated;
      long first;
      try {
        int lineStart = 0;
        for (int i = 0; i < n; i++) {
          byte c = b[i];
          if (c == '\n' || c == '\r') {
            if (2 * count + 2 > bounds.length) {
              bounds = Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[2 * count] = lineStart;
            bounds[2 * count + 1] = i;
            count++;
            if (c == '\r' && i + 1 < n && b[i + 1] == '\n') {
              i++;
            }
            lineStart = i + 1;
          }
        }
        unterminated = lineStart < n;
        if (unterminated) {
          if (2 * count + 2 > bounds.length) {
            bounds = Arrays.copyOf(bounds, bounds.length * 2);
          }
          bounds[2 * count] = lineStart;
          bounds[2 * count + 1] = n;
          count++;
        }
        first = start.join();
        next.complete(first + count);
      } catch (RuntimeException | Error e) {
        next.completeExceptionally(e);
        throw e;
      }
      ChunkResult result = new ChunkResult(limits);
      result.lines = count;
      try {
        for (int l = 0; l < count; l++) {
          if (chunk.last() && unterminated && l == count - 1) {
            result.events.add(ChunkResult.END_OF_INPUT);
          }
          result.any |= readByteLine(b, bounds[2 * l], bounds[2 * l + 1], first + l, sourceName, result, expected,
              handler);
        }
      } catch (IOException | RuntimeException | Error e) {
        result.events.add(new Failure(e));
      }
      return result;
    }
  }

  /** Reads one line given as bytes; returns false when it is blank. */
  private static boolean readByteLine(byte[] b, int from, int to, long number, String sourceName, ChunkResult sink,
      String expected, LineHandler handler) throws IOException {
    // Spaces and tabs at either end are trimmed by the text path and skipped by the parser alike.
    int s = from;
    int e = to;
    while (s < e && (b[s] == ' ' || b[s] == '\t')) {
      s++;
    }
    while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
      e--;
    }
    if (s == e) {
      return false; // blank
    }
    if (e - s > sink.limits().maxLineChars()) {
      sink.malformed(malformedSequences(b, from, to), number);
      sink.issue(new IngestIssue(new SourceRef(sourceName, number), IngestIssue.Action.REJECTED, "line of " + (e - s)
          + " bytes is longer than " + InputLimits.describe("maxLineChars", sink.limits().maxLineChars())
          + "; the line is skipped and the record on it rejected"));
      return true;
    }
    if (byteParsable(b, s, e)) {
      SourceRef where = new SourceRef(sourceName, number);
      ArxivRecord record = new ArxivRecord(where);
      String problem = parseObject(Json.factory(sink.limits()).createParser(b, s, e - s), number, expected, handler,
          record);
      if (problem == null) {
        record.emit(sink);
        return true;
      }
      // Let the text path word the problem, so messages and columns are the sequential reader's.
    }
    sink.malformed(malformedSequences(b, from, to), number);
    String text = LineSource.TRIM.trimFrom(new String(b, from, to - from, StandardCharsets.UTF_8));
    if (text.isEmpty()) {
      return false;
    }
    readTextLine(text, number, sourceName, sink, expected, handler);
    return true;
  }

  /**
   * How many malformed byte sequences decoding {@code b[from, to)} as UTF-8 replaces by U+FFFD, counted as {@link
   * Inputs#text} counts them for the same bytes.
   */
  static long malformedSequences(byte[] b, int from, int to) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, from, to - from);
    CharBuffer out = CharBuffer.allocate(Math.min(4096, Math.max(16, to - from)));
    long count = 0;
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isError()) {
        count++;
        in.position(in.position() + r.length());
      } else if (r.isOverflow()) {
        out.clear();
      } else {
        return count;
      }
    }
  }

  /**
   * Whether Jackson's byte parser reads {@code b[from, to)} exactly as the text parser reads its decoding: the line
   * starts with {@code '{'} and ends with {@code '}'} (so trimming changes nothing and the parser detects UTF-8),
   * holds no control character but tab, and is well-formed UTF-8 as Java decodes it (no overlong form, no encoded
   * surrogate, nothing above U+10FFFF), so decoding replaces nothing. One pass, no allocation.
   */
  static boolean byteParsable(byte[] b, int from, int to) {
    if (to - from < 2 || b[from] != '{' || b[to - 1] != '}') {
      return false;
    }
    for (int i = from; i < to; ) {
      int c = b[i];
      if (c >= 0x20 || c == '\t') {
        i++;
        continue;
      }
      if (c >= 0) {
        return false;
      }
      c &= 0xff;
      int len;
      if (c < 0xc2) {
        return false;
      } else if (c < 0xe0) {
        len = 2;
      } else if (c < 0xf0) {
        len = 3;
      } else if (c < 0xf5) {
        len = 4;
      } else {
        return false;
      }
      if (i + len > to) {
        return false;
      }
      for (int k = 1; k < len; k++) {
        if ((b[i + k] & 0xc0) != 0x80) {
          return false;
        }
      }
      int c1 = b[i + 1] & 0xff;
      if ((c == 0xe0 && c1 < 0xa0) || (c == 0xed && c1 >= 0xa0) || (c == 0xf0 && c1 < 0x90)
          || (c == 0xf4 && c1 >= 0x90)) {
        return false;
      }
      i += len;
    }
    return true;
  }

  /**
   * The current scalar value as text: null for JSON null; numbers and booleans as written (reported in the {@code
   * TEXT_ONLY} fields). An object or array
   * where text is expected is skipped, reported on {@code record} and read as null.
   */
  static String text(JsonParser p, ArxivRecord record, String field) throws IOException {
    // TEXT_ONLY: a number or boolean where prose is expected is reported, not silently converted.
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t != null && t.isScalarValue() && TEXT_ONLY.contains(field)) {
      String written = p.getText();
      record.repaired("field '" + field + "' is " + (t.isNumeric() ? "a number" : "a boolean") + " (expected text); "
          + "read as the text '" + written + "'");
      return written;
    }
    if (t != null && t.isScalarValue()) {
      return p.getText();
    }
    p.skipChildren();
    record.repaired("field '" + field + "' is " + (t == JsonToken.START_ARRAY ? "an array" : "an object")
        + " (expected text); ignored");
    return null;
  }

  /**
   * {@link #text} with white space trimmed and collapsed ({@link Text#collapseWhitespace(char[], int, int)}), a
   * string value read straight from the parser's text buffer without an intermediate string.
   */
  static String collapsedText(JsonParser p, ArxivRecord record, String field) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return Text.collapseWhitespace(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    }
    String t = text(p, record, field);
    return t == null ? null : Text.collapseWhitespace(t);
  }

  /** The current value as a list of texts: an array of scalars (nested values skipped), or one scalar. */
  static List<String> texts(JsonParser p, ArxivRecord record, String field) throws IOException {
    List<String> out = new ArrayList<>();
    if (p.currentToken() != JsonToken.START_ARRAY) {
      String one = text(p, record, field);
      if (one != null) {
        out.add(one);
      }
      return out;
    }
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t.isScalarValue()) {
        out.add(t == JsonToken.VALUE_NULL ? "" : p.getText());
      } else {
        p.skipChildren();
      }
    }
    return out;
  }

  /** Skips the current value, reporting that it does not have the expected shape. */
  static void unexpected(JsonParser p, ArxivRecord record, String field, String expected) throws IOException {
    JsonToken t = p.currentToken();
    p.skipChildren();
    if (t != JsonToken.VALUE_NULL) {
      record.repaired("field '" + field + "' has an unexpected shape (found " + t + ", expected " + expected
          + "); ignored");
    }
  }

  /**
   * Reads a Kaggle {@code arxiv-metadata-oai-snapshot} object into {@code r}, the parser on its {@code
   * START_OBJECT}; afterwards on its {@code END_OBJECT}. Unknown fields are skipped.
   */
  static void readKaggle(JsonParser p, ArxivRecord r) throws IOException {
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "id" -> r.arxivId = text(p, r, name);
        case "title" -> r.title = text(p, r, name);
        case "abstract" -> {
          r.abstractText = collapsedText(p, r, name);
          r.abstractCollapsed = true;
        }
        case "authors" -> r.authorsText = text(p, r, name);
        case "doi" -> r.doi = text(p, r, name);
        case "categories" -> {
          for (String c : texts(p, r, name)) {
            r.categoriesFromText(c);
          }
        }
        case "update_date" -> {
          String d = text(p, r, name);
          if (d != null && !d.isBlank()) {
            r.updated = r.isoDate(d, "update_date");
          }
        }
        case "versions" -> readVersions(p, r);
        case "authors_parsed" -> readParsedAuthors(p, r);
        default -> p.skipChildren();
      }
    }
  }

  /** {@code [{"version":"v1","created":"Mon, 2 Apr 2007 19:18:42 GMT"}, ...]}: the v1 date (else the first). */
  private static void readVersions(JsonParser p, ArxivRecord r) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      unexpected(p, r, "versions", "an array of {\"version\", \"created\"}");
      return;
    }
    String firstCreated = null;
    String v1Created = null;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      String version = null;
      String created = null;
      for (JsonToken f = p.nextToken(); f == JsonToken.FIELD_NAME; f = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("version")) {
          version = text(p, r, "versions.version");
        } else if (name.equals("created")) {
          created = text(p, r, "versions.created");
        } else {
          p.skipChildren();
        }
      }
      if (firstCreated == null) {
        firstCreated = created;
      }
      if ("v1".equals(version)) {
        v1Created = created;
      }
    }
    String chosen = v1Created != null ? v1Created : firstCreated;
    if (chosen != null) {
      PubDate d = r.rfc1123Date(chosen, "version date");
      r.date = d;
    }
  }

  /** {@code [[last, first, suffix, affiliation?], ...]}. */
  private static void readParsedAuthors(JsonParser p, ArxivRecord r) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      unexpected(p, r, "authors_parsed", "an array of [last, first, suffix] arrays");
      return;
    }
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t != JsonToken.START_ARRAY) {
        unexpected(p, r, "authors_parsed", "[last, first, suffix] arrays");
        continue;
      }
      List<String> parts = texts(p, r, "authors_parsed");
      while (parts.size() < 4) {
        parts.add("");
      }
      r.parsedAuthors.add(new ArxivRecord.Parts(parts.get(0), parts.get(1), parts.get(2), parts.get(3)));
    }
  }
}
