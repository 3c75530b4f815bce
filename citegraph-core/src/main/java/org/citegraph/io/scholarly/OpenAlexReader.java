package org.citegraph.io.scholarly;

import org.citegraph.io.IngestIssue;
import org.citegraph.io.RecordSink;




import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.citegraph.internal.Text;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;

/**
 * Reads OpenAlex works JSON (format {@value #FORMAT}) with a streaming parser: a single work object, a result page
 * {@code {"meta": ..., "results": [work, ...]}} (results read one at a time), a top-level array of works, or JSON
 * Lines of works (as in the OpenAlex snapshot).
 *
 * <p>Fields: {@code id} ({@code https://openalex.org/W...}) and {@code ids} ({@code openalex}, {@code doi}, and
 * {@code arxiv} when present; {@code pmid}, {@code mag} and others are ignored) and {@code doi} as identifiers;
 * {@code display_name}, else {@code title}; {@code publication_date} (day precision), else {@code
 * publication_year}; {@code updated_date} as the update date; {@code authorships} in order: {@code
 * author.display_name} as the name, {@code institutions[].display_name} (or, when an authorship has none, its
 * {@code raw_affiliation_strings}) as affiliations; {@code is_authors_truncated} marks the list incomplete; {@code
 * referenced_works} as {@code openalex:W...} reference keys; {@code cited_by_count} as the citation count; {@code
 * abstract_inverted_index} rebuilt into the abstract text (words placed at their positions, joined by spaces);
 * {@code primary_location.source.display_name}, else (older dumps) {@code host_venue.display_name}, as the venue.
 * {@code primary_topic}, {@code topics} and {@code concepts} are not arXiv categories and are ignored. Provenance
 * is the line where the work's object starts. A work without a title is rejected; a work without a named author is
 * kept without authors and reported as repaired; null values are treated as absent. Stateless and thread-safe.
 */
public final class OpenAlexReader extends JsonElementReader {
  /** The format name, {@code openalex-json}. */
  public static final String FORMAT = "openalex-json";

  private static final Pattern LOOKS_LIKE =
      Pattern.compile("\"https?://openalex\\.org/W\\d+\"|\"authorships\"\\s*:");
  private static final String EXPECTED = "OpenAlex works JSON: a work {\"id\": \"https://openalex.org/W...\", "
      + "\"display_name\": ..., \"authorships\": [...]}, a page {\"results\": [...]}, or JSON Lines of works";

  /** Creates the reader. */
  public OpenAlexReader() {
    super(FORMAT, LOOKS_LIKE, EXPECTED);
  }

  @Override
  void object(JsonParser p, JsonRecords.LineOffset lines, SourceRef where, RecordSink sink) throws IOException {
    String source = where.source();
    Map<String, Object> fields = new LinkedHashMap<>();
    boolean page = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      if (name.equals("results") && t == JsonToken.START_ARRAY) {
        page = true;
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          element(p, lines, source, sink);
        }
      } else {
        fields.put(name, JsonRecords.tree(p));
      }
    }
    if (page) {
      return;
    }
    work(fields, where, sink);
  }

  private static void work(Map<String, Object> w, SourceRef where, RecordSink sink) {
    List<String> problems = new ArrayList<>();
    String id = JsonRecords.string(w, "id");
    String label = "work" + (id == null ? "" : " " + id.replaceFirst("^https?://openalex\\.org/", ""));
    String rawTitle = JsonRecords.string(w, "display_name");
    if (rawTitle == null) {
      rawTitle = JsonRecords.string(w, "title");
    }
    String title = rawTitle == null ? "" : Text.clean(rawTitle);
    if (title.isEmpty()) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED,
          label + " has no title (expected \"display_name\": \"...\")"));
      return;
    }
    Paper.Builder b = Paper.builder().title(title).source(where);
    Map<String, Object> ids = JsonRecords.object(w, "ids");
    addId(b, problems, "id", id, PaperId::openAlex);
    addId(b, problems, "ids.openalex", JsonRecords.string(ids, "openalex"), PaperId::openAlex);
    addId(b, problems, "doi", JsonRecords.string(w, "doi"), PaperId::doi);
    addId(b, problems, "ids.doi", JsonRecords.string(ids, "doi"), PaperId::doi);
    String arxiv = JsonRecords.string(ids, "arxiv");
    addId(b, problems, "ids.arxiv", arxiv == null ? null
        : arxiv.replaceFirst("^https?://arxiv\\.org/abs/", ""), PaperId::arxiv);

    String date = JsonRecords.string(w, "publication_date");
    String year = JsonRecords.string(w, "publication_year");
    PubDate d = null;
    if (date != null) {
      try {
        d = PubDate.parse(date);
      } catch (IllegalArgumentException e) {
        problems.add("publication_date '" + date + "' does not parse (expected yyyy-MM-dd)");
      }
    }
    if (d == null && year != null) {
      try {
        d = PubDate.ofYear(Integer.parseInt(year));
      } catch (IllegalArgumentException e) {
        problems.add("publication_year '" + year + "' is not a four-digit year");
      }
    }
    b.date(d);
    String updated = JsonRecords.string(w, "updated_date");
    if (updated != null && updated.length() >= 10) {
      try {
        b.updated(PubDate.parse(updated.substring(0, 10)));
      } catch (IllegalArgumentException e) {
        problems.add("updated_date '" + updated + "' does not parse (expected yyyy-MM-dd...)");
      }
    }

    int authors = 0;
    for (Map<String, Object> a : JsonRecords.objects(JsonRecords.array(w, "authorships"))) {
      Map<String, Object> author = JsonRecords.object(a, "author");
      String name = JsonRecords.string(author, "display_name");
      if (name == null) {
        name = JsonRecords.string(a, "raw_author_name");
      }
      if (name == null) {
        problems.add("an authorship has no author.display_name; left out");
        b.authorListComplete(false);
        continue;
      }
      if (!JsonRecords.addAuthor(b, name, problems)) {
        continue;
      }
      authors++;
      boolean institution = false;
      for (Map<String, Object> inst : JsonRecords.objects(JsonRecords.array(a, "institutions"))) {
        String n = JsonRecords.string(inst, "display_name");
        if (n != null) {
          b.affiliation(Text.clean(n));
          institution = true;
        }
      }
      if (!institution) {
        for (Object raw : JsonRecords.array(a, "raw_affiliation_strings")) {
          if (raw instanceof String s && !s.isBlank()) {
            b.affiliation(Text.clean(s));
          }
        }
      }
    }
    if (Boolean.TRUE.equals(w.get("is_authors_truncated"))) {
      b.authorListComplete(false);
    }
    if (authors == 0) {
      problems.add("'" + title + "' " + (w.get("authorships") == null ? "has no authorships"
          : "names no author that could be read") + " (expected \"authorships\": [{\"author\": {\"display_name\": "
          + "\"...\"}}]): " + IngestIssue.KEPT_WITHOUT_AUTHORS);
      b.authorListComplete(false);
    }
    for (Object ref : JsonRecords.array(w, "referenced_works")) {
      if (ref instanceof String s) {
        try {
          b.reference(PaperId.openAlex(s).toString());
        } catch (IllegalArgumentException e) {
          problems.add("referenced work '" + s + "' is not an OpenAlex work id; left out");
        }
      }
    }
    Object count = w.get("cited_by_count");
    if (count instanceof Number n && n.longValue() >= 0 && n.longValue() <= Integer.MAX_VALUE) {
      b.citationCount(n.intValue());
    }
    String abs = rebuildAbstract(JsonRecords.object(w, "abstract_inverted_index"));
    if (!abs.isEmpty()) {
      b.abstractText(Text.clean(abs));
    }
    Map<String, Object> source = JsonRecords.object(JsonRecords.object(w, "primary_location"), "source");
    Text.firstCleaned(JsonRecords.string(source, "display_name"),
        JsonRecords.string(JsonRecords.object(w, "host_venue"), "display_name")).ifPresent(b::venue);
    JsonRecords.emit(b, where, label, problems, sink);
  }

  /**
   * Rebuilds an abstract from OpenAlex's inverted index (word to list of positions): words in position order,
   * separated by single spaces. Positions that are not whole numbers are ignored.
   */
  static String rebuildAbstract(Map<String, Object> index) {
    TreeMap<Integer, String> byPosition = new TreeMap<>();
    for (Map.Entry<String, Object> e : index.entrySet()) {
      if (e.getValue() instanceof List<?> positions) {
        for (Object pos : positions) {
          if (pos instanceof Integer || pos instanceof Long) {
            byPosition.put(((Number) pos).intValue(), e.getKey());
          }
        }
      }
    }
    return String.join(" ", byPosition.values());
  }

  private static void addId(Paper.Builder b, List<String> problems, String field, String value,
      java.util.function.Function<String, PaperId> make) {
    if (value == null) {
      return;
    }
    try {
      b.identifier(make.apply(value));
    } catch (IllegalArgumentException e) {
      problems.add(field + " '" + value + "' is not a valid identifier: " + e.getMessage() + "; left out");
    }
  }
}
