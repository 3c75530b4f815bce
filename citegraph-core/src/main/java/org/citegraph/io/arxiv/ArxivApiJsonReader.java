package org.citegraph.io.arxiv;

import org.citegraph.io.AbstractRecordReader;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.RecordSink;



import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import org.citegraph.model.SourceRef;

/**
 * Reads arXiv API metadata saved as one JSON object keyed by arXiv id (format {@value #FORMAT}): {@code {"<arxiv
 * id>": {record}, ...}}. The object is streamed with a {@link JsonParser}, one record at a time; no tree of the file
 * is built. Provenance is the line on which the record's key stands.
 *
 * <p>Both record shapes of the arXiv API export are read: {@code categories} as a list of codes with {@code
 * primary_category}, or as a list of {@code {"@term": "cs.LG"}} objects (the first is then the primary); {@code
 * published} (the first version's time, read to the day as written) is the date and {@code updated} the update
 * date. The arXiv id comes from the {@code id} URL ({@code http://arxiv.org/abs/2103.14659v1}, version removed), else
 * from the key; {@code doi} adds a DOI. {@code authors} is a list of display names ("First Last"); the author
 * quirks of {@link ArxivJsonLinesReader} are handled alike. Category codes that are not arXiv codes (MSC classes)
 * are reported and left out.
 *
 * <p>A syntax error ends the read: the record being read is rejected, naming the line, column and the parser's
 * message, and records after it are not read (the message says so). Stateless and thread-safe.
 */
public final class ArxivApiJsonReader extends AbstractRecordReader {
  /** The format name, {@code arxiv-api-json}. */
  public static final String FORMAT = "arxiv-api-json";

  private static final Pattern START = Pattern.compile("\\A\\s*\\{\\s*\"[^\"]{1,80}\"\\s*:\\s*\\{");
  private static final String EXPECTED =
      "one JSON object keyed by arXiv id, e.g. {\"2103.14659v1\": {\"id\": \"http://arxiv.org/abs/2103.14659v1\", "
          + "\"title\": ..., \"authors\": [...]}}";

  /** Creates the reader. */
  public ArxivApiJsonReader() {
    super(FORMAT);
  }

  /**
   * True when the text starts with an object whose first value is an object, and an {@code "authors"} field and an
   * arXiv abstract URL or a {@code "published"} field follow.
   */
  @Override
  public boolean looksLike(String head) {
    String h = checkNotNull(head, "head");
    return START.matcher(h).find() && h.contains("\"authors\"")
        && (h.contains("arxiv.org/abs/") || h.contains("\"published\""));
  }

  @Override
  protected void readRecords(BufferedReader in, String sourceName, RecordSink sink) throws IOException {
    int records = 0;
    SourceRef where = new SourceRef(sourceName, 1);
    try (JsonParser p = org.citegraph.internal.io.Json.factory(sink.limits()).createParser(in)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, "empty file (expected " + EXPECTED + ")"));
        return;
      }
      if (first != JsonToken.START_OBJECT) {
        sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, "the file does not start with a JSON object "
            + "(found " + first + "; expected " + EXPECTED + "); nothing read"));
        return;
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        records++;
        String key = p.currentName();
        where = new SourceRef(sourceName, Math.max(1, p.currentTokenLocation().getLineNr()));
        ArxivRecord r = new ArxivRecord(where);
        if (p.nextToken() != JsonToken.START_OBJECT) {
          p.skipChildren();
          r.arxivId = key;
          sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, "record " + records + " ('" + key
              + "') is not a JSON object (expected " + EXPECTED + ")"));
          continue;
        }
        readRecord(p, r);
        if (r.arxivId == null || r.arxivId.isBlank()) {
          r.arxivId = key;
        }
        r.emit(sink);
      }
      JsonToken end = p.currentToken();
      if (end != JsonToken.END_OBJECT) {
        sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, "unexpected " + end + " after record "
            + records + " (expected " + EXPECTED + ")"));
      } else if (records == 0) {
        sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, "the object holds no records (expected "
            + EXPECTED + ")"));
      }
    } catch (JsonProcessingException e) {
      long line = org.citegraph.internal.io.Json.line(e, where.line());
      sink.issue(new IngestIssue(new SourceRef(sourceName, line), IngestIssue.Action.REJECTED,
          "record " + Math.max(1, records) + " is not well-formed JSON: " + org.citegraph.internal.io.Json.message(e) + " (at line "
              + line + ", column " + org.citegraph.internal.io.Json.column(e)
              + "; expected " + EXPECTED + "); the rest of the file is not read"));
    }
  }

  private static void readRecord(JsonParser p, ArxivRecord r) throws IOException {
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "id" -> {
          String id = ArxivJson.text(p, r, name);
          r.arxivId = id == null ? null : ArxivRecord.idFromUrl(id);
        }
        case "title" -> r.title = ArxivJson.text(p, r, name);
        case "abstract", "summary" -> r.abstractText = ArxivJson.text(p, r, name);
        case "authors" -> {
          if (p.currentToken() == JsonToken.START_ARRAY) {
            readAuthors(p, r);
          } else {
            r.authorsText = ArxivJson.text(p, r, name);
          }
        }
        case "categories" -> readCategories(p, r);
        case "primary_category" -> r.primaryCategory = term(p, r, name);
        case "published" -> {
          String d = ArxivJson.text(p, r, name);
          r.date = d == null || d.isBlank() ? null : r.isoDate(d, "published");
        }
        case "updated" -> {
          String d = ArxivJson.text(p, r, name);
          r.updated = d == null || d.isBlank() ? null : r.isoDate(d, "updated");
        }
        case "doi" -> r.doi = ArxivJson.text(p, r, name);
        default -> p.skipChildren();
      }
    }
  }

  /** Authors as strings, or as {@code {"name": "..."}} objects. */
  private static void readAuthors(JsonParser p, ArxivRecord r) throws IOException {
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      String name = term(p, r, "authors");
      if (name != null && !name.isBlank()) {
        r.displayAuthors.add(name);
      }
    }
  }

  private static void readCategories(JsonParser p, ArxivRecord r) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      String text = ArxivJson.text(p, r, "categories");
      if (text != null) {
        r.categoriesFromText(text);
      }
      return;
    }
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      String code = term(p, r, "categories");
      if (code != null && !code.isBlank()) {
        r.categories.add(code.trim());
      }
    }
  }

  /** A text value, or the {@code @term} / {@code name} / {@code term} field of an object. */
  private static String term(JsonParser p, ArxivRecord r, String field) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return ArxivJson.text(p, r, field);
    }
    String found = null;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      if (found == null && (name.equals("@term") || name.equals("term") || name.equals("name"))) {
        found = ArxivJson.text(p, r, field + "." + name);
      } else {
        p.skipChildren();
      }
    }
    return found;
  }
}
