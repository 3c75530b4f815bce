package org.citegraph.io.scholarly;

import org.citegraph.io.IngestIssue;
import org.citegraph.io.RecordSink;




import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
 * Reads Semantic Scholar Academic Graph API JSON (format {@value #FORMAT}) with a streaming parser.
 *
 * <p>A source holds one or more root values (a single response, or JSON Lines), each an object or an array of
 * objects. Each object is one of:
 *
 * <ul>
 *   <li>a <b>paper</b> ({@code paperId}, {@code title}, ...): one record. Its {@code references} become reference
 *       keys, and each referenced paper is also a record of its own. Each paper in its {@code citations} is a
 *       record too, with a reference to this paper added (the citing edge), so a paper response yields the paper,
 *       its references and its citing papers;
 *   <li>a <b>citation or reference edge</b> ({@code citingPaper} or {@code citedPaper}, as in the
 *       {@code /citations} and {@code /references} endpoints): the nested paper is a record; the edge's other end is
 *       not in the object, so no reference is added;
 *   <li>an <b>author</b> ({@code authorId} with {@code papers}): each paper is a record; a paper without an
 *       {@code authors} list gets the author as its only author;
 *   <li>a <b>result page</b> ({@code data}: [...], as in search and list endpoints): each element as above.
 * </ul>
 *
 * <p>Fields: {@code paperId} (40 hex digits) as a Semantic Scholar id; {@code externalIds} {@code DOI}, {@code
 * ArXiv}, {@code ACL} and {@code CorpusId} as identifiers (others, e.g. MAG and DBLP, are ignored); {@code title};
 * {@code abstract}; {@code publicationDate} (day precision), else {@code year}; {@code authors} [{authorId, name}]
 * (names parsed with {@link PersonName#parse}, author ids ignored); {@code citationCount}; {@code venue}, else
 * {@code journal.name}, else {@code publicationVenue.name}, as the venue. {@code fieldsOfStudy} and
 * {@code s2FieldsOfStudy} are not arXiv categories and are ignored. A reference key is the referenced paper's most
 * preferred identifier ({@link PaperId} order, e.g. {@code arxiv:...} before {@code doi:...} before {@code s2:...}),
 * else {@code unresolved:} and its title. Every value may be {@code null}. Provenance is the line where the paper's
 * object starts. A paper without a title is rejected; a paper without a readable author is kept without authors
 * and reported as repaired.
 *
 * <p>Root values and the elements of {@code data} and {@code papers} are read one at a time; the papers nested in one
 * paper's {@code citations} and {@code references} are held until that paper's object ends (the citing edge needs
 * the paper's identifier, which may come after the list). The {@code embedding} and {@code citationStyles} fields
 * are skipped unread. Stateless and thread-safe.
 */
public final class SemanticScholarReader extends JsonElementReader {
  /** The format name, {@code s2-json}. */
  public static final String FORMAT = "s2-json";

  private static final Pattern LOOKS_LIKE =
      Pattern.compile("\"(?:paperId|citingPaper|citedPaper|authorId)\"\\s*:");
  private static final String EXPECTED = "Semantic Scholar API JSON: a paper object {\"paperId\": ..., \"title\": "
      + "...}, an edge {\"citingPaper\": {...}}, an author {\"authorId\": ..., \"papers\": [...]}, a page "
      + "{\"data\": [...]}, or JSON Lines of these";

  /** Creates the reader. */
  public SemanticScholarReader() {
    super(FORMAT, LOOKS_LIKE, EXPECTED);
  }

  @Override
  void object(JsonParser p, JsonRecords.LineOffset lines, SourceRef where, RecordSink sink) throws IOException {
    String source = where.source();
    Map<String, Object> fields = new LinkedHashMap<>();
    List<Nested> citations = new ArrayList<>();
    List<Nested> references = new ArrayList<>();
    boolean streamedElements = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      if (t == JsonToken.START_ARRAY && (name.equals("data") || name.equals("papers"))) {
        streamedElements = true;
        Map<String, Object> author = name.equals("papers") ? fields : null;
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          if (author != null && e == JsonToken.START_OBJECT) {
            long l = lines.line(p);
            @SuppressWarnings("unchecked")
            Map<String, Object> paper = (Map<String, Object>) JsonRecords.tree(p);
            if (!paper.containsKey("authors") && JsonRecords.string(author, "name") != null) {
              paper.put("authors", List.of(Map.of("name", JsonRecords.string(author, "name"))));
            }
            paper(paper, new SourceRef(source, l), null, "papers", sink);
          } else {
            element(p, lines, source, sink);
          }
        }
      } else if (t == JsonToken.START_ARRAY && (name.equals("citations") || name.equals("references"))) {
        List<Object> trees = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          long l = lines.line(p);
          Object tree = JsonRecords.tree(p);
          trees.add(tree);
          (name.equals("citations") ? citations : references).add(new Nested(tree, new SourceRef(source, l)));
        }
        fields.put(name, trees);
      } else if (t == JsonToken.START_OBJECT && (name.equals("citingPaper") || name.equals("citedPaper"))) {
        long l = lines.line(p);
        @SuppressWarnings("unchecked")
        Map<String, Object> nested = (Map<String, Object>) JsonRecords.tree(p);
        paper(nested, new SourceRef(source, l), null, name, sink);
        streamedElements = true;
      } else if (name.equals("embedding") || name.equals("citationStyles")) {
        p.skipChildren();
      } else {
        fields.put(name, JsonRecords.tree(p));
      }
    }
    if (streamedElements && !fields.containsKey("title")) {
      return; // an author, edge or page: its elements were the records
    }
    String selfKey = referenceKey(fields);
    paper(fields, where, null, "paper", sink);
    nested(references, null, "references", sink);
    nested(citations, selfKey, "citations", sink);
  }

  private static void nested(List<Nested> papers, String cites, String role, RecordSink sink) {
    for (Nested c : papers) {
      if (c.tree instanceof Map<?, ?>) {
        @SuppressWarnings("unchecked")
        Map<String, Object> paper = (Map<String, Object>) c.tree;
        paper(paper, c.where, cites, role, sink);
      } else {
        sink.issue(new IngestIssue(c.where, IngestIssue.Action.REJECTED, "an element of '" + role + "' is not a "
            + "paper object (expected {\"paperId\": ..., \"title\": ...})"));
      }
    }
  }

  private record Nested(Object tree, SourceRef where) {}

  /** The identifiers of a paper object, most preferred first. */
  private static TreeSet<PaperId> identifiers(Map<String, Object> paper, List<String> problems) {
    TreeSet<PaperId> ids = new TreeSet<>();
    add(ids, problems, "paperId", JsonRecords.string(paper, "paperId"), PaperId::semanticScholar);
    Map<String, Object> ext = JsonRecords.object(paper, "externalIds");
    add(ids, problems, "externalIds.DOI", JsonRecords.string(ext, "DOI"), PaperId::doi);
    add(ids, problems, "externalIds.ArXiv", JsonRecords.string(ext, "ArXiv"), PaperId::arxiv);
    add(ids, problems, "externalIds.ACL", JsonRecords.string(ext, "ACL"), PaperId::acl);
    String corpus = JsonRecords.string(ext, "CorpusId");
    if (corpus == null) {
      corpus = JsonRecords.string(paper, "corpusId");
    }
    add(ids, problems, "CorpusId", corpus == null ? null : "CorpusId:" + corpus, PaperId::semanticScholar);
    return ids;
  }

  private static void add(TreeSet<PaperId> ids, List<String> problems, String field, String value,
      java.util.function.Function<String, PaperId> make) {
    if (value == null) {
      return;
    }
    try {
      ids.add(make.apply(value));
    } catch (IllegalArgumentException e) {
      problems.add(field + " '" + value + "' is not a valid identifier: " + e.getMessage() + "; left out");
    }
  }

  /** The reference key of a paper object: its most preferred identifier, else unresolved:title, else null. */
  static String referenceKey(Map<String, Object> paper) {
    TreeSet<PaperId> ids = identifiers(paper, new ArrayList<>());
    if (!ids.isEmpty()) {
      return ids.first().toString();
    }
    String title = JsonRecords.string(paper, "title");
    return title == null ? null : "unresolved:" + Text.clean(title);
  }

  /** Turns one paper object into a record or a rejection. */
  private static void paper(Map<String, Object> fields, SourceRef where, String cites, String role,
      RecordSink sink) {
    List<String> problems = new ArrayList<>();
    String label = "paper" + (JsonRecords.string(fields, "paperId") == null ? ""
        : " " + JsonRecords.string(fields, "paperId")) + ("paper".equals(role) ? "" : " (in '" + role + "')");
    String rawTitle = JsonRecords.string(fields, "title");
    String title = rawTitle == null ? "" : Text.clean(rawTitle);
    if (title.isEmpty()) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, label
          + " has no title (expected \"title\": \"...\")"));
      return;
    }
    Paper.Builder b = Paper.builder().title(title).source(where);
    identifiers(fields, problems).forEach(b::identifier);
    String abs = JsonRecords.string(fields, "abstract");
    if (abs != null) {
      b.abstractText(Text.clean(abs));
    }
    String date = JsonRecords.string(fields, "publicationDate");
    String year = JsonRecords.string(fields, "year");
    PubDate d = null;
    if (date != null) {
      try {
        d = PubDate.parse(date);
      } catch (IllegalArgumentException e) {
        problems.add("publicationDate '" + date + "' does not parse (expected yyyy-MM-dd)");
      }
    }
    if (d == null && year != null) {
      try {
        d = PubDate.ofYear(Integer.parseInt(year));
      } catch (IllegalArgumentException e) {
        problems.add("year '" + year + "' is not a four-digit year");
      }
    }
    b.date(d);
    Text.firstCleaned(JsonRecords.string(fields, "venue"), JsonRecords.string(JsonRecords.object(fields, "journal"),
        "name"), JsonRecords.string(JsonRecords.object(fields, "publicationVenue"), "name")).ifPresent(b::venue);
    Object count = fields.get("citationCount");
    if (count instanceof Number n && n.longValue() >= 0 && n.longValue() <= Integer.MAX_VALUE) {
      b.citationCount(n.intValue());
    }
    int authors = 0;
    for (Map<String, Object> a : JsonRecords.objects(JsonRecords.array(fields, "authors"))) {
      String name = JsonRecords.string(a, "name");
      if (name == null) {
        problems.add("an author has no name (expected {\"authorId\": ..., \"name\": \"...\"}); left out");
        b.authorListComplete(false);
        continue;
      }
      if (JsonRecords.addAuthor(b, name, problems)) {
        authors++;
      }
      for (Object aff : JsonRecords.array(a, "affiliations")) {
        if (aff instanceof String s && !s.isBlank()) {
          b.affiliation(Text.clean(s));
        }
      }
    }
    if (authors == 0) {
      problems.add("'" + abbreviate(title) + "' " + (fields.get("authors") == null ? "has no authors"
          : "names no author that could be read") + " (expected \"authors\": [{\"authorId\": ..., \"name\": "
          + "\"...\"}]): " + IngestIssue.KEPT_WITHOUT_AUTHORS);
      b.authorListComplete(false);
    }
    for (Map<String, Object> ref : JsonRecords.objects(JsonRecords.array(fields, "references"))) {
      String key = referenceKey(ref);
      if (key == null) {
        problems.add("a reference has neither an identifier nor a title; left out");
      } else {
        b.reference(key);
      }
    }
    if (cites != null) {
      b.reference(cites);
    }
    JsonRecords.emit(b, where, label, problems, sink);
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
