package org.citegraph.io.arxiv;

import org.citegraph.io.Inputs;
import org.citegraph.io.MalformedRecordException;
import org.citegraph.io.RecordReader;
import org.citegraph.io.RecordSink;



import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the Kaggle {@code arxiv-metadata-oai-snapshot} JSON Lines format (format {@value #FORMAT}): one JSON object
 * per line with the fields {@code id}, {@code authors}, {@code authors_parsed}, {@code title}, {@code abstract},
 * {@code doi}, {@code categories}, {@code versions} and {@code update_date} (others are skipped). Each line is
 * parsed on its own with a streaming {@link com.fasterxml.jackson.core.JsonParser}, so a malformed line is rejected
 * (naming the line and the parser's message) and the next line is still read.
 *
 * <p>Fields: the arXiv id (old style {@code hep-th/9901001} or new) and every valid DOI of the space-separated
 * {@code doi} field are the paper's identifiers; {@code categories} is space-separated, the first is the primary;
 * the {@code v1} version date is the date (day precision, UTC), {@code update_date} the update date. Authors come
 * from {@code authors_parsed} ({@code [last, first, suffix, affiliation?]}, names decoded from LaTeX and HTML, an
 * optional 4th element kept as an affiliation), else from the {@code authors} string. Collaborations are left out of
 * the author list (kept as the only author when nobody else is named), a bare suffix ("Jr.") listed as an author is
 * attached to the name before it, initials glued to a family name ("M.I.Ayzatsky") are split, and a list ending in
 * "et al" is marked incomplete; every such repair is reported. Records without an id or a title are rejected; a
 * record without a readable author is kept without authors and reported as repaired. Provenance: the line number. Immutable and thread-safe. Files are read through {@link
 * #read(InputStream, String, RecordSink)}, which parses on several threads.
 */
public final class ArxivJsonLinesReader implements RecordReader {
  /** The format name, {@code arxiv-jsonl}. */
  public static final String FORMAT = "arxiv-jsonl";

  static final String EXPECTED =
      "one arXiv metadata object per line, e.g. {\"id\":\"0704.0001\",\"title\":...,\"authors_parsed\":[...]}";

  private final int threads;
  private final int chunkBytes;

  /** Creates the reader; {@link #read(InputStream, String, RecordSink)} parses on all available processors. */
  public ArxivJsonLinesReader() {
    this(Runtime.getRuntime().availableProcessors());
  }

  /**
   * Creates a reader that parses on {@code threads} threads in {@link #read(InputStream, String, RecordSink)}.
   *
   * @param threads how many threads parse the bytes, at least 1; the records come out in the same order for any
   *     number
   * @throws IllegalArgumentException if {@code threads < 1}
   */
  public ArxivJsonLinesReader(int threads) {
    this(threads, ArxivJson.DEFAULT_CHUNK_BYTES);
  }

  /** A reader with a given chunk size, for tests that need many chunks from small inputs. */
  ArxivJsonLinesReader(int threads, int chunkBytes) {
    checkArgument(threads >= 1, "threads must be at least 1, got %s", threads);
    checkArgument(chunkBytes >= 1, "chunkBytes must be positive, got %s",
        chunkBytes);
    this.threads = threads;
    this.chunkBytes = chunkBytes;
  }

  /**
   * The number of threads {@link #read(InputStream, String, RecordSink)} parses on.
   *
   * @return the thread count, at least 1 (the available processors for the no-argument constructor)
   */
  public int threads() {
    return threads;
  }

  @Override
  public String formatName() {
    return FORMAT;
  }

  /**
   * True when the first non-blank line starts a JSON object with an {@code "id"} and one of the fields {@code
   * "submitter"}, {@code "categories"}, {@code "authors_parsed"}, {@code "versions"} or {@code "update_date"} (the
   * head may end inside a long first record: {@code submitter} comes second in the snapshot's field order).
   */
  @Override
  public boolean looksLike(String head) {
    String h = checkNotNull(head, "head").stripLeading();
    if (!h.startsWith("{")) {
      return false;
    }
    int nl = h.indexOf('\n');
    String first = nl < 0 ? h : h.substring(0, nl);
    return first.contains("\"id\"") && (first.contains("\"submitter\"") || first.contains("\"categories\"")
        || first.contains("\"authors_parsed\"") || first.contains("\"versions\"")
        || first.contains("\"update_date\""));
  }

  @Override
  public void read(BufferedReader in, String sourceName, RecordSink sink) throws IOException {
    ArxivJson.readLines(checkNotNull(in, "in"), checkNotNull(sourceName, "sourceName"), checkNotNull(sink, "sink"),
        EXPECTED, ArxivJson::readKaggle);
  }

  /**
   * Reads the file's bytes with {@link #read(InputStream, String, RecordSink)}, on several threads.
   *
   * @throws IOException if reading fails
   * @throws MalformedRecordException if the sink is strict and a problem is found
   */
  @Override
  public void read(java.nio.file.Path file, InputStream bytes, RecordSink sink) throws IOException {
    read(bytes, file.toString(), sink);
  }

  /**
   * Reads the format from UTF-8 bytes (a byte-order mark at the start is skipped), parsing on {@link #threads()}
   * threads: the same records and issues, with the same messages and line numbers, in the same order, as {@link
   * #read(BufferedReader, String, RecordSink)} on the text {@link Inputs#open(InputStream)} makes of these bytes.
   * Lines are parsed from the bytes in chunks of about 2 MiB on worker threads (malformed UTF-8 and problem lines
   * fall back to the text path) and handed to {@code sink} in input order on the calling thread, so the sink need
   * not be thread-safe and a strict sink stops at the first problem in file order. Memory: at most {@code 2 *
   * threads} chunks and their records in flight. The stream is not closed.
   *
   * @param in the bytes of a JSON Lines file, compression already removed
   * @param sourceName the name used in issues and messages, e.g. the file name
   * @param sink receives the papers and issues, in input order, on the calling thread
   * @throws IOException if reading fails
   * @throws MalformedRecordException if the sink is strict and a problem is found
   */
  public void read(InputStream in, String sourceName, RecordSink sink) throws IOException {
    ArxivJson.readLines(checkNotNull(in, "in"), checkNotNull(sourceName, "sourceName"), checkNotNull(sink, "sink"),
        EXPECTED, ArxivJson::readKaggle, threads, chunkBytes);
  }
}
