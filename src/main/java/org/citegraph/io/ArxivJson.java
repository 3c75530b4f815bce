package org.citegraph.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

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
  static final JsonFactory FACTORY = JsonFactory.builder().build();

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
      SourceRef where = new SourceRef(sourceName, line.number());
      ArxivRecord record = new ArxivRecord(where);
      String problem = null;
      try (JsonParser p = FACTORY.createParser(line.text())) {
        JsonToken first = p.nextToken();
        if (first != JsonToken.START_OBJECT) {
          problem = "line " + line.number() + " is not a JSON object (found " + first + "; expected " + expected + ")";
        } else {
          handler.read(p, record);
          JsonToken after = p.nextToken();
          if (after != null) {
            problem = "line " + line.number() + " has more after its JSON object (found " + after
                + "; expected one object per line)";
          }
        }
      } catch (JsonProcessingException e) {
        problem = "line " + line.number() + " is not well-formed JSON: " + e.getOriginalMessage()
            + " (at column " + e.getLocation().getColumnNr() + "; expected " + expected + ")";
      }
      if (problem != null) {
        sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, problem));
        continue;
      }
      record.emit(sink);
    }
    if (!any) {
      sink.issue(new IngestIssue(new SourceRef(sourceName, Math.max(1, lines.linesRead())),
          IngestIssue.Action.REJECTED, "empty file (expected " + expected + ")"));
    }
  }

  /**
   * The current scalar value as text: null for JSON null; numbers and booleans as written. An object or array
   * where text is expected is skipped, reported on {@code record} and read as null.
   */
  static String text(JsonParser p, ArxivRecord record, String field) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != null && t.isScalarValue()) {
      return p.getText();
    }
    p.skipChildren();
    record.repaired("field '" + field + "' is " + (t == JsonToken.START_ARRAY ? "an array" : "an object")
        + " (expected text); ignored");
    return null;
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
        case "abstract" -> r.abstractText = text(p, r, name);
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
