package org.citegraph.io.scholarly;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;

import org.citegraph.io.AbstractRecordReader;
import org.citegraph.io.RecordSink;
import org.citegraph.model.SourceRef;

/**
 * The common part of the readers of JSON works from scholarly APIs (OpenAlex, Semantic Scholar): detection by a
 * signature in JSON, one element (a document, a JSON Lines line, an array element) at a time through {@link
 * JsonRecords}, and the report of an element that is not an object. A subclass reads one object.
 */
abstract class JsonElementReader extends AbstractRecordReader {
  private final Pattern signature;
  private final String expected;

  /**
   * Creates the reader.
   *
   * @param formatName the format name
   * @param signature what a head of this format holds (searched after the head is seen to be JSON)
   * @param expected what a record should look like, for messages
   */
  JsonElementReader(String formatName, Pattern signature, String expected) {
    super(formatName);
    this.signature = checkNotNull(signature, "signature");
    this.expected = checkNotNull(expected, "expected");
  }

  /** True when {@code head} starts with a JSON object or array and holds this format's signature. */
  @Override
  public final boolean looksLike(String head) {
    String t = checkNotNull(head, "head").stripLeading();
    return (t.startsWith("{") || t.startsWith("[")) && signature.matcher(t).find();
  }

  @Override
  protected final void readRecords(BufferedReader in, String sourceName, RecordSink sink) throws IOException {
    JsonRecords.readElements(in, sourceName, sink, expected, (p, lines) -> element(p, lines, sourceName, sink));
  }

  /**
   * Reads the element at the parser: an object goes to {@link #object}, anything else is reported as rejected.
   *
   * @throws IOException if the parser fails
   */
  final void element(JsonParser p, JsonRecords.LineOffset lines, String source, RecordSink sink) throws IOException {
    SourceRef where = new SourceRef(source, lines.line(p));
    if (JsonRecords.requireObject(p, where, sink, expected)) {
      object(p, lines, where, sink);
    }
  }

  /**
   * Reads one object, the parser at its start; nested elements to read as records go back to {@link #element}.
   *
   * @param p the parser, at {@code START_OBJECT}
   * @param lines the line numbers of the text
   * @param where the source and line of the object
   * @param sink receives records and issues
   * @throws IOException if the parser fails
   */
  abstract void object(JsonParser p, JsonRecords.LineOffset lines, SourceRef where, RecordSink sink)
      throws IOException;
}
