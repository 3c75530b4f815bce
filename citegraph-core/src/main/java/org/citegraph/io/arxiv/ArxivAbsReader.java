package org.citegraph.io.arxiv;

import org.citegraph.io.AbstractRecordReader;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.RecordSink;



import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;

import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;

/**
 * Reads arXiv's internal {@code .abs} metadata files (format {@value #FORMAT}), the text files behind arXiv's
 * abstract pages. A file holds one record (several records one after another are accepted too):
 *
 * <pre>
 * ------------------------------------------------------------------------------
 * \\
 * arXiv:0704.0001
 * From: Pavel Nadolsky &lt;...&gt;
 * Date: Mon, 2 Apr 2007 19:18:42 GMT   (443kb)
 * Date (revised v2): Tue, 24 Jul 2007 20:10:27 GMT   (370kb)
 *
 * Title: Calculation of prompt diphoton production cross sections at Tevatron and
 *   LHC energies
 * Authors: C. Bal\'azs, E. L. Berger, P. M. Nadolsky, C.-P. Yuan
 * Categories: hep-ph
 * DOI: 10.1103/PhysRevD.76.013009
 * \\
 *   abstract ...
 * \\
 * </pre>
 *
 * <p>The header ends at the second {@code \\} line, the abstract at the third. Values wrap onto indented
 * continuation lines. Mapping: the id line ({@code arXiv:} or the older {@code Paper:}) gives the arXiv id; the
 * first {@code Date:} (version 1) gives {@link Paper#date()}, the latest {@code Date (revised vN):} gives {@link
 * Paper#updated()}; {@code Title:} and {@code Authors:} (see {@link ArxivAuthors}: comma/"and" separated,
 * parenthesised affiliations, LaTeX accents decoded); {@code Categories:} (space separated, the first is primary;
 * when absent, an old-style id's archive, e.g. {@code hep-th} for {@code hep-th/9709111}, is the primary category);
 * {@code DOI:} (space separated DOIs, added as identifiers). Other fields (From, Comments, Journal-ref, Report-no,
 * MSC-class, ACM-class, License, Proxy) are not kept. A record without an abstract section, as in arXiv's
 * {@code orig/} files, is kept with an empty abstract.
 *
 * <p>Problems: a record without id or title, with an id that is not an arXiv id, or cut off inside its header, is
 * rejected; a record without a readable author is kept without authors and reported; an unparseable date, a non-DOI in the DOI field or an author part that is not a name is
 * left out and reported as repaired; an abstract not closed by {@code \\} is kept and reported. Provenance is the
 * line of the record's id line. Stateless and thread-safe.
 */
public final class ArxivAbsReader extends AbstractRecordReader {
  /** The format name, {@code arxiv-abs}. */
  public static final String FORMAT = "arxiv-abs";

  private static final String EXPECTED = "an arXiv .abs record: a '\\\\' line, 'arXiv:<id>', 'Date:', 'Title:' "
      + "and 'Authors:' lines, '\\\\', the abstract, '\\\\'";
  private static final Pattern ID_LINE = Pattern.compile("(?:arXiv|Paper):\\s*(\\S+)");
  private static final Pattern FIELD = Pattern.compile("([A-Za-z][A-Za-z-]*(?: \\(revised v(\\d{1,6})\\))?):\\s?(.*)");
  private static final Pattern SIZE_NOTE = Pattern.compile("\\s*\\([^()]*\\)\\s*$");
  private static final Pattern OLD_ID = Pattern.compile("([a-z-]+(?:\\.[A-Z]{2})?)/\\d{7}");

  /** Creates the reader. */
  public ArxivAbsReader() {
    super(FORMAT);
  }

  /** True when {@code head} has a {@code \\} line followed, a few lines on, by an {@code arXiv:<id>} line. */
  @Override
  public boolean looksLike(String head) {
    List<String> lines = Splitter.onPattern("\r?\n|\r").splitToList(checkNotNull(head, "head"));
    for (int i = 0; i < lines.size() && i < 20; i++) {
      if (lines.get(i).strip().equals("\\\\")) {
        for (int j = i + 1; j < lines.size() && j < i + 4; j++) {
          if (ID_LINE.matcher(lines.get(j).strip()).matches()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  @Override
  protected void readRecords(BufferedReader in, String sourceName, RecordSink sink) throws IOException {
    int records = 0;
    long lineNo = 0;
    Record rec = null;
    // 0: before a record's first "\\"; 1: header; 2: abstract
    int state = 0;
    boolean pendingClose = false;
    StringBuilder pendingBlank = new StringBuilder();
    for (String raw; (raw = in.readLine()) != null; ) {
      lineNo++;
      String line = raw.replace("\r", "");
      if (lineNo == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      String stripped = line.strip();
      boolean separator = stripped.equals("\\\\");
      switch (state) {
        case 0 -> {
          if (separator) {
            rec = new Record(lineNo);
            state = 1;
          } else if (!stripped.isEmpty() && !isDashes(stripped)) {
            sink.issue(new IngestIssue(new SourceRef(sourceName, lineNo), IngestIssue.Action.REJECTED,
                "line '" + ArxivFields.abbreviate(stripped) + "' is outside any record (expected " + EXPECTED
                    + ")"));
            records++;
            state = 3; // skip to the next dashes line
          }
        }
        case 1 -> {
          if (separator) {
            state = 2;
          } else {
            rec.header(line, lineNo);
          }
        }
        case 2 -> {
          if (separator) {
            if (pendingClose) {
              rec.abstractLines.append("\\\\\n");
            }
            pendingClose = true;
          } else if (pendingClose && isDashes(stripped)) {
            finish(rec, sourceName, sink, true);
            records++;
            rec = null;
            pendingClose = false;
            state = 0;
          } else if (pendingClose && stripped.isEmpty()) {
            pendingBlank.append('\n');
          } else {
            if (pendingClose) {
              // A "\\" inside the abstract (a LaTeX line break, arXiv 2004.02153): not the end after all.
              rec.abstractLines.append("\\\\\n").append(pendingBlank);
              pendingClose = false;
            }
            pendingBlank.setLength(0);
            rec.abstractLines.append(line).append('\n');
          }
        }
        default -> {
          if (isDashes(stripped)) {
            state = 0;
          }
        }
      }
    }
    if (state == 1 && rec != null) {
      if (rec.fields.isEmpty() && rec.id == null) {
        sink.issue(new IngestIssue(new SourceRef(sourceName, rec.start), IngestIssue.Action.REJECTED,
            "record cut off after its opening '\\\\' (expected " + EXPECTED + ")"));
      } else {
        sink.issue(new IngestIssue(new SourceRef(sourceName, rec.where()), IngestIssue.Action.REJECTED,
            "record cut off inside its header at line " + lineNo + " (expected a '\\\\' line ending the header)"));
      }
      records++;
    } else if (state == 2) {
      finish(rec, sourceName, sink, pendingClose);
      records++;
    }
    if (records == 0) {
      sink.issue(new IngestIssue(new SourceRef(sourceName, Math.max(1, lineNo)), IngestIssue.Action.REJECTED,
          (lineNo == 0 ? "empty file" : "no record found") + " (expected " + EXPECTED + ")"));
    }
  }

  /** A line of dashes, which arXiv puts before each record. */
  private static boolean isDashes(String stripped) {
    return stripped.length() >= 10 && CharMatcher.is('-').matchesAllOf(stripped);
  }

  /** Turns one record into a paper or a rejection. */
  private static void finish(Record rec, String source, RecordSink sink, boolean abstractClosed) {
    SourceRef where = new SourceRef(source, rec.where());
    List<IngestIssue> repairs = new ArrayList<>();
    if (rec.id == null) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED,
          "record has no 'arXiv:<id>' line (expected it right after the opening '\\\\')"));
      return;
    }
    PaperId id;
    try {
      id = PaperId.arxiv(rec.id);
    } catch (IllegalArgumentException e) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, "record id '" + rec.id + "' is not an arXiv "
          + "id (expected e.g. 'arXiv:0704.0001' or 'arXiv:hep-th/9901001')"));
      return;
    }
    String title = ArxivFields.title(rec.fields.getOrDefault("Title", ""));
    if (title.isEmpty()) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED,
          "record " + id + " has no 'Title:' line (expected 'Title: ...' in the header)"));
      return;
    }
    String authorField = rec.fields.getOrDefault("Authors", "");
    ArxivAuthors.Result authors = ArxivAuthors.parse(authorField);
    authors.problems().forEach(p -> repairs.add(new IngestIssue(where, IngestIssue.Action.REPAIRED,
        "record " + id + ": " + p)));
    if (authors.names().isEmpty()) {
      repairs.add(new IngestIssue(where, IngestIssue.Action.REPAIRED, "record " + id + " names no author"
          + (authorField.isBlank() ? " (no 'Authors:' line)" : " in 'Authors: " + ArxivFields.abbreviate(authorField)
              + "'") + " (expected 'Authors: A. One, B. Two and C. Three'): " + IngestIssue.KEPT_WITHOUT_AUTHORS));
    }
    Paper.Builder b = Paper.builder().identifier(id).title(title).authors(authors.names())
        .authorListComplete(authors.complete() && !authors.names().isEmpty()).source(where);
    authors.affiliations().forEach(b::affiliation);
    String categories = rec.fields.getOrDefault("Categories", "");
    if (!categories.isBlank()) {
      ArxivFields.categories(categories, b);
    } else {
      Matcher old = OLD_ID.matcher(id.value());
      if (old.matches()) {
        b.primaryCategory(Category.of(old.group(1)));
      }
    }
    ArxivFields.dois(rec.fields.getOrDefault("DOI", ""), b,
        p -> repairs.add(new IngestIssue(where, IngestIssue.Action.REPAIRED, "record " + id + ": " + p)));
    b.date(date(rec.firstDate, "Date", id, where, repairs));
    b.updated(date(rec.lastRevision, "Date (revised v" + rec.lastVersion + ")", id, where, repairs));
    b.abstractText(ArxivFields.abstractText(rec.abstractLines.toString()));
    if (!abstractClosed) {
      repairs.add(new IngestIssue(where, IngestIssue.Action.REPAIRED, "record " + id + ": the abstract is not "
          + "closed by a '\\\\' line (expected one after the abstract; the file may be cut off); kept as read"));
    }
    Paper paper;
    try {
      paper = b.build();
    } catch (IllegalArgumentException e) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, "record " + id + " cannot be built: "
          + e.getMessage()));
      return;
    }
    repairs.forEach(sink::issue);
    sink.paper(paper);
  }

  private static PubDate date(String value, String field, PaperId id, SourceRef where, List<IngestIssue> repairs) {
    if (value == null) {
      return null;
    }
    String v = SIZE_NOTE.matcher(value).replaceFirst("");
    try {
      return ArxivFields.rfc1123(v);
    } catch (IllegalArgumentException e) {
      repairs.add(new IngestIssue(where, IngestIssue.Action.REPAIRED, "record " + id + ": '" + field + "' "
          + e.getMessage() + "; left out"));
      return null;
    }
  }

  /** One record being read. */
  private static final class Record {
    final long start;
    long idLine;
    String id;
    final Map<String, String> fields = new LinkedHashMap<>();
    String lastField;
    String firstDate;
    String lastRevision;
    int lastVersion;
    final StringBuilder abstractLines = new StringBuilder();

    Record(long start) {
      this.start = start;
    }

    long where() {
      return id != null ? idLine : start;
    }

    void header(String line, long lineNo) {
      if (line.isBlank()) {
        lastField = null;
        return;
      }
      if (Character.isWhitespace(line.charAt(0)) && lastField != null) {
        fields.merge(lastField, line.strip(), (a, c) -> a + " " + c);
        return;
      }
      String s = line.strip();
      Matcher idm = ID_LINE.matcher(s);
      if (id == null && idm.matches()) {
        id = idm.group(1);
        idLine = lineNo;
        lastField = null;
        return;
      }
      Matcher m = FIELD.matcher(s);
      if (!m.matches()) {
        if (lastField != null) {
          fields.merge(lastField, s, (a, c) -> a + " " + c); // unindented continuation
        }
        return;
      }
      String key = m.group(1);
      String value = m.group(3).strip();
      if (key.equals("Date")) {
        if (firstDate == null) {
          firstDate = value;
        }
      } else if (m.group(2) != null) {
        int v = Integer.parseInt(m.group(2));
        if (v >= lastVersion) {
          lastVersion = v;
          lastRevision = value;
        }
      }
      fields.merge(key, value, (a, c) -> a + " " + c);
      lastField = key;
    }
  }
}
