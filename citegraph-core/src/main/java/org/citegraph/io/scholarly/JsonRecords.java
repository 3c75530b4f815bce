package org.citegraph.io.scholarly;

import org.citegraph.model.PersonName;

import org.citegraph.model.Paper;

import org.citegraph.io.IngestIssue;
import org.citegraph.io.RecordSink;



import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import org.citegraph.model.SourceRef;

/**
 * Streaming JSON input shared by the JSON readers: a source holds one or more root values (a single document, or
 * JSON Lines), each handed to a callback with its line. A syntax error rejects the record being read, naming the
 * line, and reading resumes at the next line that starts with '{'. Small values are read into plain trees: {@code
 * Map<String, Object>} (insertion order), {@code List<Object>}, {@code String}, {@code Number}, {@code Boolean} and
 * {@code null}. Package-private.
 */
final class JsonRecords {
  private JsonRecords() {}


  /** Handles one root value; the parser is positioned on its first token. */
  interface RootHandler {
    void root(JsonParser parser, LineOffset lines) throws IOException;
  }

  /** Converts a parser's line numbers (1-based, relative to where it started) to lines of the source. */
  static final class LineOffset {
    private long offset;

    /** The source line of the parser's current token. */
    long line(JsonParser p) {
      return offset + Math.max(1, p.currentTokenLocation().getLineNr());
    }
  }

  /**
   * Reads every root value of a source.
   *
   * @param expected what a record should look like, for syntax-error messages
   */
  static void read(BufferedReader in, String source, RecordSink sink, String expected, RootHandler handler)
      throws IOException {
    LineFeed feed = new LineFeed(in);
    LineOffset lines = new LineOffset();
    boolean any = false;
    while (true) {
      lines.offset = feed.linesDelivered();
      JsonParser p = org.citegraph.internal.io.Json.factory(sink.limits()).createParser(feed);
      long start = 0;
      try {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          any = true;
          start = lines.line(p);
          handler.root(p, lines);
          start = 0;
        }
        break;
      } catch (JsonProcessingException e) {
        any = true;
        long line = lines.offset + org.citegraph.internal.io.Json.line(e, 1);
        long where = start > 0 ? start : line;
        sink.issue(new IngestIssue(new SourceRef(source, where), IngestIssue.Action.REJECTED,
            "JSON syntax error at line " + line + (where != line ? " in the record starting at line " + where : "")
                + ": " + org.citegraph.internal.io.Json.message(e).replace('\n', ' ') + " (expected " + expected
                + "); the record is skipped and reading resumes at the next line starting with '{'"));
        // A record cut off mid-line: when the error is on a later line that itself starts a record, resume there.
        if (!(where < line && feed.rewindIfObjectLine()) && !feed.skipToObjectLine()) {
          break;
        }
      }
    }
    if (!any) {
      sink.issue(new IngestIssue(new SourceRef(source, 1), IngestIssue.Action.REJECTED,
          "empty input (expected " + expected + ")"));
    }
  }

  /**
   * A reader that hands out at most one line per {@code read} call, so that a parser never buffers beyond the line
   * it is reading; after a syntax error the next parser can start at a later line.
   */
  private static final class LineFeed extends Reader {
    private final BufferedReader in;
    private String line;
    private int pos;
    private long delivered;

    LineFeed(BufferedReader in) {
      this.in = in;
    }

    /** The number of complete lines handed out. */
    long linesDelivered() {
      return delivered;
    }

    private boolean fill() throws IOException {
      if (line != null && pos < line.length()) {
        return true;
      }
      if (line != null) {
        delivered++;
      }
      String l = in.readLine();
      if (l == null) {
        line = null;
        return false;
      }
      line = l + "\n";
      pos = 0;
      return true;
    }

    /** Hands out the current line again from its start if it starts with '{'; false otherwise. */
    boolean rewindIfObjectLine() {
      if (line != null && line.startsWith("{")) {
        pos = 0;
        return true;
      }
      return false;
    }

    /** Drops the rest of the current line and every line up to one starting with '{'; false at the end. */
    boolean skipToObjectLine() throws IOException {
      if (line != null) {
        pos = line.length();
      }
      while (fill()) {
        if (pos == 0 && line.startsWith("{")) {
          return true;
        }
        pos = line.length();
      }
      return false;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (!fill()) {
        return -1;
      }
      int n = Math.min(len, line.length() - pos);
      line.getChars(pos, pos + n, buf, off);
      pos += n;
      return n;
    }

    @Override
    public void close() {
      // The caller owns the underlying reader.
    }
  }

  /** Handles one element of a JSON value that may be a single element or an array of them. */
  interface ElementHandler {
    /** Called with the parser on the element's first token. */
    void element(JsonParser p) throws IOException;
  }

  /** Reads one element, given the parser on its first token and the line offsets of the current record. */
  interface ElementReader {
    /** Reads the element the parser is on. */
    void element(JsonParser parser, LineOffset lines) throws IOException;
  }

  /**
   * Reads a source whose records are JSON values that are each a single element or an array of elements (a work, a
   * page of works, a JSON Lines file of works), calling {@code reader} once per element.
   */
  static void readElements(BufferedReader in, String source, RecordSink sink, String expected, ElementReader reader)
      throws IOException {
    read(in, source, sink, expected, (p, lines) -> eachElement(p, q -> reader.element(q, lines)));
  }

  /** Calls {@code handler} for the current value, or for each element when the current value is an array. */
  static void eachElement(JsonParser p, ElementHandler handler) throws IOException {
    if (p.currentToken() == JsonToken.START_ARRAY) {
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        handler.element(p);
      }
    } else {
      handler.element(p);
    }
  }

  /**
   * Whether the current token starts an object; if not, reports the element as rejected (naming what was found and
   * what was expected) and skips it.
   */
  static boolean requireObject(JsonParser p, SourceRef where, RecordSink sink, String expected) throws IOException {
    if (p.currentToken() == JsonToken.START_OBJECT) {
      return true;
    }
    sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, "found " + describe(p.currentToken())
        + " (expected " + expected + ")"));
    p.skipChildren();
    return false;
  }

  /** Reads the value at the parser's current token into a plain tree. */
  static Object tree(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          map.put(name, tree(p));
        }
        return map;
      }
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(tree(p));
        }
        return list;
      }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return p.getNumberValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  /** The string at {@code key}, or null when absent, null or not a string; blank strings are null. */
  /**
   * Adds a person author to {@code b}; a name that is not a person's is noted in {@code problems}, left out, and
   * marks the list incomplete. Returns whether the author was added.
   */
  static boolean addAuthor(Paper.Builder b, String name, List<String> problems) {
    try {
      b.author(PersonName.parse(name));
      return true;
    } catch (IllegalArgumentException e) {
      problems.add("author '" + name + "' is not a person name; left out");
      b.authorListComplete(false);
      return false;
    }
  }

  /** Builds the paper and hands it to {@code sink} after its repairs, or rejects it when it cannot be built. */
  static void emit(Paper.Builder b, SourceRef where, String label, List<String> problems, RecordSink sink) {
    Paper paper;
    try {
      paper = b.build();
    } catch (IllegalArgumentException e) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, label + " cannot be built: " + e.getMessage()));
      return;
    }
    for (String problem : problems) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REPAIRED, label + ": " + problem));
    }
    sink.paper(paper);
  }

  static String string(Map<String, Object> map, String key) {
    Object v = map.get(key);
    if (v instanceof String s && !s.isBlank()) {
      return s;
    }
    if (v instanceof Number n) {
      return n.toString();
    }
    return null;
  }

  /** The object at {@code key}, or an empty map. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Map<String, Object> map, String key) {
    Object v = map.get(key);
    return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Collections.emptyMap();
  }

  /** The array at {@code key}, or an empty list. */
  @SuppressWarnings("unchecked")
  static List<Object> array(Map<String, Object> map, String key) {
    Object v = map.get(key);
    return v instanceof List<?> l ? (List<Object>) l : Collections.emptyList();
  }

  /** The elements of a list that are objects. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> objects(List<Object> list) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object o : list) {
      if (o instanceof Map<?, ?> m) {
        out.add((Map<String, Object>) m);
      }
    }
    return out;
  }

  /** A short description of a JSON token for messages. */
  static String describe(JsonToken t) {
    return t == null ? "the end of the input" : switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_NULL -> "null";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      default -> t.toString();
    };
  }
}
