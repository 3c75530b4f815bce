package org.citegraph.io.scholarly;

import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;
import org.citegraph.io.RecordReader;
import org.citegraph.io.RecordSink;
import org.citegraph.io.delimited.ColumnMapping;
import org.citegraph.io.delimited.DelimitedReader;



import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citegraph.internal.Text;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * The ACL Anthology Network metadata file ({@code acl-metadata.txt}): records separated by blank lines, each with
 * lines {@code id = {P05-1001}}, {@code author = {Last, First; Last, First}}, {@code title = {...}}, {@code venue =
 * {...}}, {@code year = {2005}}; non-ASCII letters are HTML entities (decoded before the author list is split, so
 * {@code Daum&eacute; III, Hal} stays one author). The venue ({@code EMNLP}) is kept as written, entities decoded
 * with {@link Text#clean} as in the title.
 *
 * <p>The citations live in a separate file ({@code acl.txt}, lines {@code citing , cited}). A reader made with
 * {@link #withCitations(Path)} loads that file first and gives each paper the ACL ids it cites as references
 * ({@code acl:P03-1005}); it then reports, as rejected, the citing ids of the citation file that have no metadata
 * record. The plain reader ({@link #AanMetadataReader()}, used by format detection) reads papers without
 * references.
 *
 * <p>Thread-safe: the loaded citations are immutable.
 */
public final class AanMetadataReader implements RecordReader {
  /** The format name. */
  public static final String FORMAT = "aan-metadata";

  private static final Pattern FIELD = Pattern.compile("([A-Za-z]+)\\s*=\\s*\\{(.*)\\}\\s*");
  /** {@code citing , cited} as in acl.txt, or {@code citing ==> cited}. */
  static final Pattern EDGE = Pattern.compile("\\s*(\\S+)\\s*(?:,|==>)\\s*(\\S+)\\s*");

  private final Map<String, List<String>> citations;
  private final Map<String, SourceRef> firstEdge;
  private final List<IngestIssue> citationIssues;
  private final DelimitedReader names;

  /** A reader without citations: papers get no references. */
  public AanMetadataReader() {
    this(ImmutableMap.of(), ImmutableMap.of(), ImmutableList.of());
  }

  private AanMetadataReader(Map<String, List<String>> citations, Map<String, SourceRef> firstEdge,
      List<IngestIssue> citationIssues) {
    this.citations = citations;
    this.firstEdge = firstEdge;
    this.citationIssues = citationIssues;
    this.names = new DelimitedReader(FORMAT, ColumnMapping.builder().title("title")
        .authors("author", ";", ColumnMapping.NameOrder.LAST_FIRST).build());
  }

  /**
   * A reader that attaches the citations of an AAN citation file ({@code acl.txt} or {@code acl.txt.xz}).
   *
   * @param citationFile the citation file, one {@code citing , cited} edge per line, possibly gzip- or
   *     xz-compressed
   * @return a reader whose papers get the ACL ids they cite as references
   * @throws IOException if the citation file cannot be read
   */
  public static AanMetadataReader withCitations(Path citationFile) throws IOException {
    checkNotNull(citationFile, "citationFile");
    try (BufferedReader in = Inputs.open(citationFile)) {
      return withCitations(in, citationFile.toString());
    }
  }

  /**
   * A reader that attaches the citations read from {@code in} ({@code citing , cited} per line). Lines that are
   * not an edge are reported, as rejected, at the start of each {@link #read}.
   *
   * @param in the citation list, read to its end and not closed
   * @param sourceName the name used in issues about malformed lines
   * @return a reader whose papers get the ACL ids they cite as references
   * @throws IOException if reading fails
   */
  public static AanMetadataReader withCitations(BufferedReader in, String sourceName) throws IOException {
    Map<String, List<String>> edges = new LinkedHashMap<>();
    Map<String, SourceRef> first = new HashMap<>();
    List<IngestIssue> issues = new ArrayList<>();
    long n = 0;
    for (String line; (line = in.readLine()) != null; ) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      Matcher m = EDGE.matcher(line);
      if (!m.matches()) {
        issues.add(new IngestIssue(new SourceRef(sourceName, n), IngestIssue.Action.REJECTED, "citation line '"
            + line + "' skipped (expected 'citing-id , cited-id', e.g. 'C08-3004 , A00-1002')"));
        continue;
      }
      edges.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2));
      first.putIfAbsent(m.group(1), new SourceRef(sourceName, n));
    }
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    edges.forEach((k, v) -> frozen.put(k, ImmutableList.copyOf(v)));
    return new AanMetadataReader(java.util.Collections.unmodifiableMap(frozen), ImmutableMap.copyOf(first),
        ImmutableList.copyOf(issues));
  }

  /**
   * The number of citing papers in the loaded citation file (0 without one).
   *
   * @return how many distinct ACL ids cite at least one paper in the citation list
   */
  public int citingPapers() {
    return citations.size();
  }

  @Override
  public String formatName() {
    return FORMAT;
  }

  /**
   * Reads the file with the citation list {@code acl.txt} (or {@code .xz}, {@code .gz}) beside it, if there is
   * one, as its papers' references (see {@link #withCitations(Path)}).
   *
   * @throws IOException if reading fails
   */
  @Override
  public void read(Path file, java.io.InputStream bytes, RecordSink sink) throws IOException {
    java.util.Optional<Path> citations = citations().isEmpty() ? Inputs.companion(file, "acl.txt")
        : java.util.Optional.empty();
    RecordReader reader = citations.isPresent() ? withCitations(citations.get()) : this;
    reader.read(Inputs.text(bytes, file.toString(), sink), file.toString(), sink);
  }

  private Map<String, List<String>> citations() {
    return citations;
  }

  @Override
  public boolean looksLike(String head) {
    String h = head.stripLeading();
    return h.startsWith("id = {") && h.contains("\nauthor = {");
  }

  @Override
  public void read(BufferedReader in, String sourceName, RecordSink sink) throws IOException {
    checkNotNull(in, "in");
    checkNotNull(sourceName, "sourceName");
    checkNotNull(sink, "sink");
    for (IngestIssue i : citationIssues) {
      sink.issue(i);
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    Map<String, String> fields = new LinkedHashMap<>();
    long start = 0;
    long n = 0;
    boolean any = false;
    for (String line; ; ) {
      line = in.readLine();
      n++;
      if (line == null || line.isBlank()) {
        if (!fields.isEmpty()) {
          any = true;
          record(fields, new SourceRef(sourceName, start), seen, sink);
          fields.clear();
        }
        if (line == null) {
          break;
        }
        continue;
      }
      if (fields.isEmpty()) {
        start = n;
      }
      Matcher m = FIELD.matcher(line);
      if (m.matches()) {
        fields.putIfAbsent(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2));
      } else {
        fields.merge("?", line, (a, b) -> a + " | " + b);
      }
    }
    if (!any) {
      sink.issue(new IngestIssue(new SourceRef(sourceName, 1), IngestIssue.Action.REJECTED,
          "empty file (expected AAN records: 'id = {P05-1001}', 'author = {Last, First; ...}', 'title = {...}')"));
    }
    for (Map.Entry<String, List<String>> e : citations.entrySet()) {
      if (!seen.contains(e.getKey())) {
        sink.issue(new IngestIssue(firstEdge.get(e.getKey()), IngestIssue.Action.REJECTED, e.getValue().size()
            + " citation" + (e.getValue().size() == 1 ? "" : "s") + " from " + e.getKey() + " dropped: "
            + e.getKey() + " has no record in " + sourceName));
      }
    }
  }

  private void record(Map<String, String> fields, SourceRef where, java.util.Set<String> seen, RecordSink sink) {
    List<String> repairs = new ArrayList<>();
    String id = fields.getOrDefault("id", "").trim();
    if (id.isEmpty()) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, "record has no id line (expected "
          + "'id = {P05-1001}' first" + (fields.containsKey("?") ? "; unreadable lines: " + fields.get("?") : "")
          + ")"));
      return;
    }
    if (fields.containsKey("?")) {
      repairs.add("lines not of the form 'key = {value}' ignored: " + fields.get("?"));
    }
    seen.add(id);
    Paper.Builder b = Paper.builder().source(where);
    try {
      b.identifier(PaperId.acl(id));
    } catch (IllegalArgumentException e) {
      repairs.add("ACL id '" + id + "' left out: " + e.getMessage() + "; the record is kept under a content hash");
    }
    String title = Text.clean(fields.getOrDefault("title", ""));
    if (title.isEmpty()) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, "record '" + id + "' has no title (expected "
          + "'title = {...}')"));
      return;
    }
    b.title(title);
    b.venue(Text.clean(fields.getOrDefault("venue", "")));
    DelimitedReader.AuthorParse authors = names.authors(fields.getOrDefault("author", ""));
    repairs.addAll(authors.repairs());
    if (authors.names().isEmpty()) {
      // A paper whose authors cannot be read is still a paper: kept for the citation and topic graphs.
      repairs.add("no person author (expected 'author = {Last, First; Last, First}'): "
          + IngestIssue.KEPT_WITHOUT_AUTHORS);
    }
    b.authors(authors.names()).authorListComplete(authors.complete() && !authors.names().isEmpty());
    String year = fields.getOrDefault("year", "").trim();
    if (!year.isEmpty()) {
      try {
        b.date(PubDate.ofYear(Integer.parseInt(year)));
      } catch (IllegalArgumentException e) {
        repairs.add("year '" + year + "' left out (expected four digits)");
      }
    }
    for (String cited : citations.getOrDefault(id, List.of())) {
      try {
        b.reference(PaperId.acl(cited).toString());
      } catch (IllegalArgumentException e) {
        b.reference("unresolved:" + cited);
      }
    }
    Paper paper;
    try {
      paper = b.build();
    } catch (IllegalArgumentException e) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, "record '" + id + "' rejected: "
          + e.getMessage()));
      return;
    }
    for (String r : repairs) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REPAIRED, "record '" + id + "': " + r));
    }
    sink.paper(paper);
  }
}
