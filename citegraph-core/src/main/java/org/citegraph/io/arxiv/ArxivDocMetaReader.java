package org.citegraph.io.arxiv;

import org.citegraph.io.AbstractRecordReader;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.RecordSink;



import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;

/**
 * Reads arXiv's internal DocMeta JSON (format {@value #FORMAT}), the search index's input: a file holds one record
 * object or an array of them. Streamed with a {@link JsonParser}; provenance is the line where a record's object
 * starts.
 *
 * <p>Fields: {@code paper_id} is the arXiv id and {@code doi} (space-separated) adds DOIs; the title, abstract and
 * author string are read from their {@code *_utf8} form when present, else from the TeX form (decoded); authors
 * from {@code authors_parsed} ({@code {"last_name", "first_name", "suffix"?, "affiliation": [...]}}, the
 * affiliations kept), else from the author string; {@code author_owners} (arXiv accounts) is not read. The primary
 * category is {@code primary_classification.category.id}, further categories {@code secondary_classification[]
 * .category.id}, else {@code abs_categories} (space-separated, first primary). The date is the first of {@code
 * submitted_date_all} (the first version's submission, read to the day as written); for a record without it, the
 * {@code submitted_date} or {@code created} of a version-1 record, or else the month encoded in a new-style arXiv id.
 * The update date is {@code modified_date} (or {@code updated_date}, {@code updated}). Author quirks are handled as
 * by {@link ArxivJsonLinesReader}.
 *
 * <p>A syntax error rejects the record being read (naming line, column and the parser's message) and ends the read
 * of that source. Stateless and thread-safe.
 */
public final class ArxivDocMetaReader extends AbstractRecordReader {
  /** The format name, {@code arxiv-docmeta}. */
  public static final String FORMAT = "arxiv-docmeta";

  private static final Pattern NEW_ID = Pattern.compile("^(\\d{2})(\\d{2})\\.\\d{4,5}(v\\d+)?$");
  private static final String EXPECTED = "an arXiv DocMeta object or an array of them, e.g. {\"paper_id\": "
      + "\"1606.00123\", \"title\": ..., \"authors_parsed\": [...], \"primary_classification\": {...}}";

  /** Creates the reader. */
  public ArxivDocMetaReader() {
    super(FORMAT);
  }

  /**
   * True when the text starts with an object or array and carries a DocMeta field: {@code "primary_classification"},
   * {@code "abs_categories"}, {@code "submitted_date_all"}, {@code "authors_utf8"} or {@code
   * "announced_date_first"}.
   */
  @Override
  public boolean looksLike(String head) {
    String h = checkNotNull(head, "head").stripLeading();
    return (h.startsWith("{") || h.startsWith("[")) && (h.contains("\"primary_classification\"")
        || h.contains("\"abs_categories\"") || h.contains("\"submitted_date_all\"") || h.contains("\"authors_utf8\"")
        || h.contains("\"announced_date_first\""));
  }

  @Override
  protected void readRecords(BufferedReader in, String sourceName, RecordSink sink) throws IOException {
    SourceRef where = new SourceRef(sourceName, 1);
    int records = 0;
    try (JsonParser p = org.citegraph.internal.io.Json.factory(sink.limits()).createParser(in)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, "empty file (expected " + EXPECTED + ")"));
        return;
      }
      boolean array = first == JsonToken.START_ARRAY;
      if (!array && first != JsonToken.START_OBJECT) {
        sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, "the file holds no JSON object (found "
            + first + "; expected " + EXPECTED + ")"));
        return;
      }
      for (JsonToken t = array ? p.nextToken() : first; t != null && t != JsonToken.END_ARRAY;
          t = array ? p.nextToken() : null) {
        records++;
        where = new SourceRef(sourceName, Math.max(1, p.currentTokenLocation().getLineNr()));
        if (t != JsonToken.START_OBJECT) {
          p.skipChildren();
          sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, "record " + records
              + " is not a JSON object (found " + t + "; expected " + EXPECTED + ")"));
          continue;
        }
        ArxivRecord r = new ArxivRecord(where);
        readRecord(p, r);
        r.emit(sink);
      }
      if (array && records == 0) {
        sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, "the array holds no records (expected "
            + EXPECTED + ")"));
      }
    } catch (JsonProcessingException e) {
      long line = org.citegraph.internal.io.Json.line(e, where.line());
      sink.issue(new IngestIssue(new SourceRef(sourceName, line), IngestIssue.Action.REJECTED,
          "record " + Math.max(1, records) + " is not well-formed JSON: " + org.citegraph.internal.io.Json.message(e) + " (at line "
              + line + ", column " + org.citegraph.internal.io.Json.column(e)
              + "; expected " + EXPECTED + "); the rest of the source is not read"));
    }
  }

  private static void readRecord(JsonParser p, ArxivRecord r) throws IOException {
    String title = null;
    String titleUtf8 = null;
    String abs = null;
    String absUtf8 = null;
    String authors = null;
    String authorsUtf8 = null;
    String absCategories = null;
    String submittedFirst = null;
    String submitted = null;
    String created = null;
    String modified = null;
    String version = null;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "paper_id" -> r.arxivId = ArxivJson.text(p, r, name);
        case "version" -> version = ArxivJson.text(p, r, name);
        case "title" -> title = ArxivJson.text(p, r, name);
        case "title_utf8" -> titleUtf8 = ArxivJson.text(p, r, name);
        case "abstract" -> abs = ArxivJson.text(p, r, name);
        case "abstract_utf8" -> absUtf8 = ArxivJson.text(p, r, name);
        case "authors" -> authors = ArxivJson.text(p, r, name);
        case "authors_utf8" -> authorsUtf8 = ArxivJson.text(p, r, name);
        case "authors_parsed" -> readParsedAuthors(p, r);
        case "primary_classification" -> r.primaryCategory = classification(p, r);
        case "secondary_classification" -> {
          if (p.currentToken() == JsonToken.START_ARRAY) {
            for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
              String c = classification(p, r);
              if (c != null) {
                r.categories.add(c);
              }
            }
          } else {
            ArxivJson.unexpected(p, r, name, "an array of classifications");
          }
        }
        case "abs_categories" -> absCategories = ArxivJson.text(p, r, name);
        case "submitted_date_all" -> {
          List<String> all = ArxivJson.texts(p, r, name);
          submittedFirst = all.isEmpty() ? null : all.get(0);
        }
        case "submitted_date" -> submitted = ArxivJson.text(p, r, name);
        case "created" -> created = ArxivJson.text(p, r, name);
        case "modified_date", "updated_date", "updated" -> {
          String m = ArxivJson.text(p, r, name);
          if (modified == null && m != null && !m.isBlank()) {
            modified = m;
          }
        }
        case "doi" -> r.doi = ArxivJson.text(p, r, name);
        default -> p.skipChildren();
      }
    }
    r.title = titleUtf8 != null && !titleUtf8.isBlank() ? titleUtf8 : title;
    r.abstractText = absUtf8 != null && !absUtf8.isBlank() ? absUtf8 : abs;
    r.authorsText = authorsUtf8 != null && !authorsUtf8.isBlank() ? authorsUtf8 : authors;
    if (absCategories != null) {
      if (r.primaryCategory == null && r.categories.isEmpty()) {
        r.categoriesFromText(absCategories);
      } else {
        for (String c : absCategories.trim().split("\\s+")) {
          if (!c.isEmpty() && !r.categories.contains(c) && !c.equals(r.primaryCategory)) {
            r.categories.add(c);
          }
        }
      }
    }
    if (submittedFirst != null && !submittedFirst.isBlank()) {
      r.date = r.isoDate(submittedFirst, "submitted_date_all[0]");
    } else if ("1".equals(version) && (submitted != null || created != null)) {
      r.date = r.isoDate(submitted != null ? submitted : created, submitted != null ? "submitted_date" : "created");
    } else if (r.arxivId != null) {
      Matcher m = NEW_ID.matcher(r.arxivId.trim());
      if (m.matches()) {
        r.date = PubDate.ofMonth(2000 + Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
    }
    if (modified != null) {
      r.updated = r.isoDate(modified, "modified_date");
    }
  }

  /** {@code {"category": {"id": "hep-ph"}, ...}}: the category id, or null. */
  private static String classification(JsonParser p, ArxivRecord r) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      ArxivJson.unexpected(p, r, "classification", "{\"category\": {\"id\": ...}}");
      return null;
    }
    String id = null;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals("category") && p.currentToken() == JsonToken.START_OBJECT) {
        for (JsonToken f = p.nextToken(); f == JsonToken.FIELD_NAME; f = p.nextToken()) {
          String field = p.currentName();
          p.nextToken();
          if (field.equals("id")) {
            id = ArxivJson.text(p, r, "category.id");
          } else {
            p.skipChildren();
          }
        }
      } else {
        p.skipChildren();
      }
    }
    return id;
  }

  /** {@code [{"last_name": ..., "first_name": ..., "suffix"?: ..., "affiliation": [...]}, ...]}. */
  private static void readParsedAuthors(JsonParser p, ArxivRecord r) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      ArxivJson.unexpected(p, r, "authors_parsed", "an array of {\"last_name\", \"first_name\"} objects");
      return;
    }
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t != JsonToken.START_OBJECT) {
        ArxivJson.unexpected(p, r, "authors_parsed", "{\"last_name\", \"first_name\"} objects");
        continue;
      }
      String last = "";
      String first = "";
      String suffix = "";
      String affiliation = "";
      for (JsonToken f = p.nextToken(); f == JsonToken.FIELD_NAME; f = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "last_name" -> last = nonNull(ArxivJson.text(p, r, "authors_parsed.last_name"));
          case "first_name" -> first = nonNull(ArxivJson.text(p, r, "authors_parsed.first_name"));
          case "suffix" -> suffix = nonNull(ArxivJson.text(p, r, "authors_parsed.suffix"));
          case "affiliation" -> affiliation = String.join("\u001f", ArxivJson.texts(p, r, "authors_parsed.affiliation"));
          default -> p.skipChildren();
        }
      }
      r.parsedAuthors.add(new ArxivRecord.Parts(last, first, suffix, affiliation));
    }
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
