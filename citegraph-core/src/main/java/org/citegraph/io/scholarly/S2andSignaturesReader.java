package org.citegraph.io.scholarly;

import org.citegraph.io.CollectingSink;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;
import org.citegraph.io.RecordReader;
import org.citegraph.io.RecordSink;



import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonToken;

import org.citegraph.internal.Text;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;

/**
 * Reads an S2AND {@code signatures.json} (format {@value #FORMAT}), the name mentions of the S2AND author
 * name disambiguation benchmark (Subramanian et al. 2021, "S2AND: A Benchmark and Evaluation System for Author Name
 * Disambiguation", JCDL): one JSON object keyed by signature id, each value {@code {"signature_id", "paper_id",
 * "author_info": {"position", "first", "middle", "last", "suffix", "affiliations", "block", ...}}}, read with a
 * streaming parser.
 *
 * <p>Signatures are grouped by {@code paper_id} into papers with id {@code s2:CorpusId:<paper_id>}. Since the file
 * is one object whose signatures of one paper may be anywhere in it, every signature is held until the end of the
 * file (a few hundred bytes each: the Qian subset's 6,542 signatures take about 2 MB); papers are emitted after the
 * last signature, in order of first appearance. Each signature's name is first + middle as given names, last
 * (with lower-case particles) as family name, and the suffix; its affiliations become the paper's affiliations.
 * The model-inferred {@code estimated_ethnicity} / {@code estimated_gender} fields and e-mail addresses are
 * ignored. Provenance (and the place named in messages) is the signature's <em>record number</em>, its 1-based
 * place among the file's signatures, not a line: S2AND writes the whole file on one line. A paper's provenance is
 * the record number of its first signature.
 *
 * <p><b>Without paper metadata</b> (the Qian subset ships none) a paper's title is the synthetic placeholder
 * "S2AND paper &lt;paper_id&gt; (no title in source)", reported nowhere; it has no date, abstract or references.
 * Its author list is always marked incomplete, since the signatures are only the authors S2AND labelled: the
 * signatures at positions 0, 1, 2, ... without a gap are placed in that order, and every later one (after a gap,
 * e.g. a paper whose only signature is at position 1) is an unplaced author. A second signature at a position
 * already taken is also unplaced, with a repair reported.
 *
 * <p><b>With paper metadata</b>: read through {@link Inputs#read(Path, RecordSink)}, a {@code papers.json} (or
 * {@code .xz}, {@code .gz}) beside the signatures file supplies, for the papers that have signatures, the title,
 * abstract, year, venue ({@code venue}, else {@code journal_name}), references (as {@code s2:CorpusId:N} keys) and
 * the author list ({@code authors[].position,
 * author_name}, complete when its positions run from 0 without a gap); a signature whose position is not in that
 * list is added as an unplaced author and the list marked incomplete. Papers of {@code papers.json} without
 * signatures are not read. Stateless and thread-safe (the instance made by {@link #withPapers} holds only a path).
 */
public final class S2andSignaturesReader implements RecordReader {
  /** The format name, {@code s2and-signatures}. */
  public static final String FORMAT = "s2and-signatures";

  private static final String EXPECTED = "S2AND signatures.json: {\"<signature_id>\": {\"paper_id\": N, "
      + "\"author_info\": {\"position\": N, \"first\": ..., \"last\": ...}}, ...}";
  private static final String PAPERS_EXPECTED = "S2AND papers.json: {\"<paper_id>\": {\"title\": ..., "
      + "\"authors\": [{\"position\": N, \"author_name\": ...}], ...}, ...}";

  private final Path papersFile;

  /** Creates the reader, without paper metadata. */
  public S2andSignaturesReader() {
    this(null);
  }

  private S2andSignaturesReader(Path papersFile) {
    this.papersFile = papersFile;
  }

  /**
   * A reader that takes titles, years, abstracts, references and author lists from an S2AND {@code papers.json}.
   *
   * @param papersJson the {@code papers.json} to read beside the signatures (possibly gzip- or xz-compressed); it
   *     is read only when {@link #read} runs
   * @return a reader with paper metadata
   * @throws NullPointerException if {@code papersJson} is null
   */
  public static S2andSignaturesReader withPapers(Path papersJson) {
    return new S2andSignaturesReader(checkNotNull(papersJson, "papersJson"));
  }

  @Override
  public String formatName() {
    return FORMAT;
  }

  /** True when {@code head} starts with a JSON object and holds {@code "author_info"} and {@code "paper_id"}. */
  @Override
  public boolean looksLike(String head) {
    String t = checkNotNull(head, "head").stripLeading();
    return t.startsWith("{") && t.contains("\"author_info\"") && t.contains("\"paper_id\"");
  }

  /**
   * Reads the file with the {@code papers.json} (or {@code .xz}, {@code .gz}) beside it, if there is one, as its
   * papers' metadata (see {@link #withPapers}).
   *
   * @throws IOException if reading fails
   */
  @Override
  public void read(Path file, java.io.InputStream bytes, RecordSink sink) throws IOException {
    java.util.Optional<Path> papers = papersFile == null ? Inputs.companion(file, "papers.json")
        : java.util.Optional.empty();
    RecordReader reader = papers.isPresent() ? withPapers(papers.get()) : this;
    reader.read(Inputs.text(bytes, file.toString(), sink), file.toString(), sink);
  }

  @Override
  public void read(BufferedReader in, String sourceName, RecordSink sink) throws IOException {
    checkNotNull(in, "in");
    checkNotNull(sourceName, "sourceName");
    checkNotNull(sink, "sink");
    Map<Long, SourceRef> papers = new LinkedHashMap<>();
    List<S2andSignature> signatures = parse(in, sourceName, sink, papers);
    Map<Long, List<S2andSignature>> byPaper = new HashMap<>();
    for (S2andSignature s : signatures) {
      byPaper.computeIfAbsent(s.paperId(), k -> new ArrayList<>()).add(s);
    }
    Map<Long, Map<String, Object>> metadata = papersFile == null ? Map.of()
        : readPapers(papersFile, papers.keySet(), sink);
    for (Map.Entry<Long, SourceRef> e : papers.entrySet()) {
      paper(e.getKey(), e.getValue(), byPaper.getOrDefault(e.getKey(), List.of()), metadata.get(e.getKey()), sink);
    }
  }

  /**
   * Reads the signatures of an S2AND {@code signatures.json} (optionally gzip- or xz-compressed), keyed by
   * signature id in file order. Signatures without a paper id, a position or a family name are left out.
   *
   * @param file a {@code signatures.json}
   * @return signature id to signature, in file order, a new modifiable map; of two
   *     signatures with one id the first is kept
   * @throws IOException if reading fails
   */
  public static Map<String, S2andSignature> signatures(Path file) throws IOException {
    checkNotNull(file, "file");
    CollectingSink sink = CollectingSink.lenient();
    Map<String, S2andSignature> out = new LinkedHashMap<>();
    try (BufferedReader in = Inputs.open(file)) {
      for (S2andSignature s : parse(in, file.toString(), sink, new HashMap<>())) {
        out.putIfAbsent(s.id(), s);
      }
    }
    return out;
  }

  /**
   * Parses every signature, reporting the ones left out; {@code papers} receives the paper id of every signature
   * that names one, with the signature's place, in order of first appearance (also for a signature left out for
   * its name or position: its paper is still a paper).
   */
  static List<S2andSignature> parse(BufferedReader in, String source, RecordSink sink, Map<Long, SourceRef> papers)
      throws IOException {
    List<S2andSignature> out = new ArrayList<>();
    long[] ordinal = {0};
    JsonRecords.read(in, source, sink, EXPECTED, (p, lines) -> {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        sink.issue(new IngestIssue(new SourceRef(source, lines.line(p)), IngestIssue.Action.REJECTED, "found "
            + JsonRecords.describe(p.currentToken()) + " (expected " + EXPECTED + ")"));
        p.skipChildren();
        return;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        p.nextToken();
        SourceRef where = new SourceRef(source, ++ordinal[0]);
        Object value = JsonRecords.tree(p);
        if (!(value instanceof Map<?, ?>)) {
          sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, "signature " + key + " is not an object "
              + "(expected " + EXPECTED + ")"));
          continue;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> sig = (Map<String, Object>) value;
        S2andSignature s = signature(key, sig, where, sink, papers);
        if (s != null) {
          out.add(s);
        }
      }
    });
    return out;
  }

  private static S2andSignature signature(String key, Map<String, Object> sig, SourceRef where, RecordSink sink,
      Map<Long, SourceRef> papers) {
    String id = JsonRecords.string(sig, "signature_id");
    if (id == null) {
      id = key;
    }
    String label = "signature " + id;
    Long paperId = whole(sig.get("paper_id"));
    Map<String, Object> info = JsonRecords.object(sig, "author_info");
    Long position = whole(info.get("position"));
    if (paperId == null || paperId < 0) {
      reject(sink, where, label + " has no paper id (expected \"paper_id\": N)");
      return null;
    }
    papers.putIfAbsent(paperId, where);
    String kept = "; left out of the author list, its paper " + paperId + " is kept";
    if (position == null || position < 0 || position > Integer.MAX_VALUE) {
      repair(sink, where, label + " has no position (expected \"author_info\": {\"position\": N, ...})" + kept);
      return null;
    }
    String last = JsonRecords.string(info, "last");
    if (last == null || Text.fold(last).isEmpty()) {
      repair(sink, where, label + " has no last name (expected \"author_info\": {\"last\": \"...\"})" + kept);
      return null;
    }
    PersonName name;
    try {
      name = name(JsonRecords.string(info, "first"), JsonRecords.string(info, "middle"), last,
          JsonRecords.string(info, "suffix"));
    } catch (IllegalArgumentException e) {
      repair(sink, where, label + ": '" + last + "' is not a person name (expected \"author_info\": {\"first\": "
          + "\"...\", \"last\": \"...\"})" + kept);
      return null;
    }
    String block = JsonRecords.string(info, "block");
    List<String> affiliations = new ArrayList<>();
    for (Object a : JsonRecords.array(info, "affiliations")) {
      if (a instanceof String s && !Text.clean(s).isEmpty()) {
        affiliations.add(Text.clean(s));
      }
    }
    return new S2andSignature(id, paperId, position.intValue(), name,
        block == null ? name.blockKey() : block.trim(), affiliations, where);
  }

  /** First and middle as given names, last (with lower-case particles split off) as family name, and the suffix. */
  static PersonName name(String first, String middle, String last, String suffix) {
    String given = ((first == null ? "" : first) + " " + (middle == null ? "" : middle)).trim();
    PersonName n = PersonName.fromLastFirst(last, given);
    return suffix == null || suffix.isBlank() ? n
        : new PersonName(n.given(), n.particle(), n.family(), Text.clean(suffix));
  }

  private static Long whole(Object v) {
    if (v instanceof Integer || v instanceof Long) {
      return ((Number) v).longValue();
    }
    if (v instanceof String s && s.trim().matches("\\d{1,18}")) {
      return Long.parseLong(s.trim());
    }
    return null;
  }

  private static void reject(RecordSink sink, SourceRef where, String message) {
    sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, message));
  }

  private static void repair(RecordSink sink, SourceRef where, String message) {
    sink.issue(new IngestIssue(where, IngestIssue.Action.REPAIRED, message));
  }

  /** The entries of papers.json whose paper id is wanted. */
  private static Map<Long, Map<String, Object>> readPapers(Path file, Set<Long> wanted, RecordSink sink)
      throws IOException {
    Map<Long, Map<String, Object>> out = new HashMap<>();
    String source = file.toString();
    try (BufferedReader in = Inputs.open(file)) {
      JsonRecords.read(in, source, sink, PAPERS_EXPECTED, (p, lines) -> {
        if (p.currentToken() != JsonToken.START_OBJECT) {
          p.skipChildren();
          return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          p.nextToken();
          Long id = key.matches("\\d{1,18}") ? Long.parseLong(key) : null;
          if (id == null || !wanted.contains(id) || p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            continue;
          }
          @SuppressWarnings("unchecked")
          Map<String, Object> paper = (Map<String, Object>) JsonRecords.tree(p);
          out.put(id, paper);
        }
      });
    }
    return out;
  }

  private static String placeholderTitle(long paperId) {
    return "S2AND paper " + paperId + " (no title in source)";
  }

  private static void paper(long paperId, SourceRef where, List<S2andSignature> sigs, Map<String, Object> meta,
      RecordSink sink) {
    String label = "S2AND paper " + paperId;
    Paper.Builder b = Paper.builder().id(PaperId.semanticScholar("CorpusId:" + paperId)).source(where);
    for (S2andSignature s : sigs) {
      s.affiliations().forEach(b::affiliation);
    }
    Set<Integer> placedPositions = new TreeSet<>();
    String title = meta == null ? null : JsonRecords.string(meta, "title");
    b.title(title == null || Text.clean(title).isEmpty() ? placeholderTitle(paperId) : Text.clean(title));
    if (meta != null) {
      String abs = JsonRecords.string(meta, "abstract");
      if (abs != null) {
        b.abstractText(Text.clean(abs));
      }
      Text.firstCleaned(JsonRecords.string(meta, "venue"), JsonRecords.string(meta, "journal_name"))
          .ifPresent(b::venue);
      Long year = whole(meta.get("year"));
      if (year != null) {
        try {
          b.date(PubDate.ofYear(year.intValue()));
        } catch (IllegalArgumentException e) {
          repair(sink, where, label + ": year " + year + " is not a plausible year; left out");
        }
      }
      for (Object ref : JsonRecords.array(meta, "references")) {
        Long r = whole(ref);
        if (r != null) {
          b.reference(PaperId.semanticScholar("CorpusId:" + r).toString());
        }
      }
      List<Map<String, Object>> authors = new ArrayList<>(JsonRecords.objects(JsonRecords.array(meta, "authors")));
      authors.removeIf(a -> whole(a.get("position")) == null);
      authors.sort(Comparator.comparing(a -> whole(a.get("position"))));
      boolean complete = true;
      int expected = 0;
      for (Map<String, Object> a : authors) {
        int pos = whole(a.get("position")).intValue();
        String n = JsonRecords.string(a, "author_name");
        PersonName name = null;
        try {
          name = n == null ? null : PersonName.parse(n);
        } catch (IllegalArgumentException e) {
          repair(sink, where, label + ": author '" + n + "' is not a person name; left out");
        }
        if (name == null || pos != expected) {
          complete = false;
          if (name != null) {
            b.unplacedAuthor(name);
          }
          continue;
        }
        b.author(name);
        placedPositions.add(pos);
        expected++;
      }
      b.authorListComplete(complete);
      for (S2andSignature s : sigs) {
        if (!placedPositions.contains(s.position())) {
          b.unplacedAuthor(s.name());
          b.authorListComplete(false);
        }
      }
    } else {
      b.authorListComplete(false);
      List<S2andSignature> ordered = new ArrayList<>(sigs);
      ordered.sort(Comparator.comparingInt(S2andSignature::position)); // stable: file order within a position
      int expected = 0;
      for (S2andSignature s : ordered) {
        if (placedPositions.contains(s.position())) {
          repair(sink, s.where(), label + ": signature " + s.id() + " is at position " + s.position()
              + ", which another signature already holds; added as an author with unknown position");
          b.unplacedAuthor(s.name());
        } else if (s.position() == expected) {
          b.author(s.name());
          placedPositions.add(s.position());
          expected++;
        } else {
          b.unplacedAuthor(s.name());
          placedPositions.add(s.position());
        }
      }
    }
    Paper paper;
    try {
      paper = b.build();
    } catch (IllegalArgumentException e) {
      reject(sink, where, label + " cannot be built: " + e.getMessage());
      return;
    }
    if (paper.allAuthors().isEmpty()) {
      repair(sink, where, label + " has no signature or author that could be read (expected \"author_info\": "
          + "{\"first\": \"...\", \"last\": \"...\"}): " + IngestIssue.KEPT_WITHOUT_AUTHORS);
    }
    sink.paper(paper);
  }
}
