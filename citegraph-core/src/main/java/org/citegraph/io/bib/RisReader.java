package org.citegraph.io.bib;

import org.citegraph.io.AbstractRecordReader;
import org.citegraph.internal.io.LineSource;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.RecordSink;



import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.common.base.Splitter;

import org.citegraph.internal.Text;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;

/**
 * Reads RIS (format {@value #FORMAT}), the tagged format of reference managers, line by line.
 *
 * <p>Each line is {@code XX  - value} (a two-character tag, two spaces, a hyphen, a space); a line without a tag
 * continues the previous value. A record runs from {@code TY  - } to {@code ER  - }. Tags used: {@code AU}, {@code
 * A1} (authors, one per line, "Last, First[, Suffix]" or "First Last"; {@code et al.} marks the list incomplete);
 * {@code TI}, {@code T1} (title); {@code DA}, {@code PY}, {@code Y1} ({@code yyyy}, {@code yyyy/MM}, {@code
 * yyyy/MM/dd}, with optional trailing {@code /other}; the most precise is kept); {@code DO} (DOI); {@code UR} (a
 * {@code doi.org} or {@code arxiv.org} link gives an identifier); {@code AB}, {@code N2} (abstract); {@code AD}
 * (affiliation); {@code T2}, else {@code JO}, {@code JF}, {@code JA} (venue: the secondary title, i.e. the journal
 * or proceedings, else the journal name). {@code KW} keywords are not arXiv categories and are ignored, as are other tags. Provenance is the
 * line of {@code TY}.
 *
 * <p>A record without a title is rejected; a record without a readable author is kept without authors and
 * reported as repaired; a record cut off by the end of the file or by the next
 * {@code TY} without {@code ER} is kept and reported as repaired; tagged lines outside a record are rejected.
 * Stateless and thread-safe.
 */
public final class RisReader extends AbstractRecordReader {
  /** The format name, {@code ris}. */
  public static final String FORMAT = "ris";

  private static final Pattern TAGGED = Pattern.compile("([A-Z][A-Z0-9]) {1,2}-(?: (.*))?");
  private static final Pattern LOOKS_LIKE = Pattern.compile("(?m)^\\s*TY {1,2}- \\S");
  private static final Pattern RIS_DATE = Pattern.compile("(\\d{4})(?:[/-](\\d{1,2})?(?:[/-](\\d{1,2})?)?)?.*");
  private static final Pattern DOI_URL = Pattern.compile("(?i)https?://(?:dx\\.)?doi\\.org/(10\\..+)");
  private static final Pattern ARXIV_URL =
      Pattern.compile("(?i)https?://arxiv\\.org/(?:abs|pdf)/(\\d{4}\\.\\d{4,5}|[a-z\\-]+(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?(?:\\.pdf)?");
  private static final String FORM = "'TY  - JOUR' ... 'ER  - '";

  /** Creates the reader. */
  public RisReader() {
    super(FORMAT);
  }

  /** True when some line of {@code head} is a {@code TY  - } record start. */
  @Override
  public boolean looksLike(String head) {
    return LOOKS_LIKE.matcher(checkNotNull(head, "head")).find();
  }

  @Override
  protected void readRecords(BufferedReader in, String sourceName, RecordSink sink) throws IOException {
    LineSource lines = new LineSource(in);
    Record current = null;
    String lastTag = null;
    boolean any = false;
    long strayReported = -1;
    for (LineSource.Line line = lines.next(); line != null; line = lines.next()) {
      if (line.isBlank()) {
        continue;
      }
      Matcher m = TAGGED.matcher(line.text());
      if (!m.matches()) {
        if (current != null && lastTag != null) {
          current.append(lastTag, line.text());
        } else if (strayReported < 0) {
          strayReported = line.number();
          sink.issue(new IngestIssue(new SourceRef(sourceName, line.number()), IngestIssue.Action.REJECTED,
              "line '" + abbreviate(line.text()) + "' is outside a record (expected a record " + FORM + ")"));
        }
        continue;
      }
      String tag = m.group(1);
      String value = m.group(2) == null ? "" : m.group(2).trim();
      if (tag.equals("TY")) {
        any = true;
        if (current != null) {
          current.repairs.add("record starting at line " + current.line + " has no 'ER  - ' before the next "
              + "'TY  - ' at line " + line.number() + "; ended there");
          current.finish(sourceName, sink);
        }
        current = new Record(line.number());
        lastTag = null;
        continue;
      }
      if (current == null) {
        if (strayReported < 0) {
          strayReported = line.number();
          sink.issue(new IngestIssue(new SourceRef(sourceName, line.number()), IngestIssue.Action.REJECTED,
              "tag line '" + abbreviate(line.text()) + "' is outside a record (expected 'TY  - ' first)"));
        }
        continue;
      }
      if (tag.equals("ER")) {
        current.finish(sourceName, sink);
        current = null;
        continue;
      }
      current.add(tag, value);
      lastTag = tag;
    }
    if (current != null) {
      current.repairs.add("record starting at line " + current.line + " is cut off by the end of the file "
          + "(expected 'ER  - ')");
      current.finish(sourceName, sink);
    }
    if (!any && strayReported < 0) {
      sink.issue(new IngestIssue(new SourceRef(sourceName, Math.max(1, lines.linesRead())),
          IngestIssue.Action.REJECTED, "no RIS record found (expected records " + FORM + ")"));
    }
  }

  /** One record being read. */
  private static final class Record {
    final long line;
    final List<String[]> fields = new ArrayList<>();
    final List<String> repairs = new ArrayList<>();

    Record(long line) {
      this.line = line;
    }

    void add(String tag, String value) {
      fields.add(new String[] {tag, value});
    }

    void append(String tag, String more) {
      String[] last = fields.get(fields.size() - 1);
      last[1] = last[1].isEmpty() ? more : last[1] + " " + more;
    }

    private String first(String... tags) {
      for (String t : tags) {
        for (String[] f : fields) {
          if (f[0].equals(t) && !f[1].isBlank()) {
            return f[1];
          }
        }
      }
      return null;
    }

    void finish(String source, RecordSink sink) {
      SourceRef where = new SourceRef(source, line);
      String rawTitle = first("TI", "T1", "CT", "BT");
      String title = rawTitle == null ? "" : Text.clean(rawTitle);
      if (title.isEmpty()) {
        sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED,
            "record at line " + line + " has no title (expected 'TI  - title')"));
        return;
      }
      Paper.Builder b = Paper.builder().title(title).source(where);
      int authors = 0;
      for (String[] f : fields) {
        String tag = f[0];
        String v = f[1];
        if ((tag.equals("AU") || tag.equals("A1")) && !v.isBlank()) {
          if (v.matches("(?i)et\\.? ?al\\.?|others")) {
            b.authorListComplete(false);
            continue;
          }
          try {
            b.author(risName(v));
            authors++;
          } catch (IllegalArgumentException e) {
            repairs.add("author '" + v + "' cannot be read: " + e.getMessage()
                + " (expected 'Last, First[, Suffix]'); left out");
            b.authorListComplete(false);
          }
        } else if (tag.equals("AD") && !v.isBlank()) {
          b.affiliation(Text.clean(v));
        } else if (tag.equals("DO") && !v.isBlank()) {
          try {
            b.identifier(PaperId.doi(v));
          } catch (IllegalArgumentException e) {
            repairs.add("DO '" + v + "': " + e.getMessage() + "; left out");
          }
        } else if (tag.equals("UR")) {
          Matcher doi = DOI_URL.matcher(v.trim());
          Matcher arxiv = ARXIV_URL.matcher(v.trim());
          if (doi.matches()) {
            b.identifier(PaperId.doi(doi.group(1)));
          } else if (arxiv.matches()) {
            b.identifier(PaperId.arxiv(arxiv.group(1)));
          }
        }
      }
      if (authors == 0) {
        boolean tagged = fields.stream().anyMatch(f -> f[0].equals("AU") || f[0].equals("A1"));
        repairs.add("record at line " + line + " ('" + abbreviate(title) + "') "
            + (tagged ? "names no author that could be read" : "has no authors")
            + " (expected 'AU  - Last, First' lines): " + IngestIssue.KEPT_WITHOUT_AUTHORS);
        b.authorListComplete(false);
      }
      PubDate best = null;
      for (String tag : List.of("DA", "PY", "Y1")) {
        String v = first(tag);
        if (v == null) {
          continue;
        }
        PubDate d = risDate(v);
        if (d == null) {
          repairs.add(tag + " '" + v + "' is not a date (expected yyyy or yyyy/MM/dd)");
        } else if (best == null || d.precision().compareTo(best.precision()) > 0) {
          best = d;
        }
      }
      b.date(best);
      String abs = first("AB", "N2");
      if (abs != null) {
        b.abstractText(Text.clean(abs));
      }
      String venue = first("T2", "JO", "JF", "JA");
      if (venue != null) {
        b.venue(Text.clean(venue));
      }
      Paper paper;
      try {
        paper = b.build();
      } catch (IllegalArgumentException e) {
        sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, "record at line " + line
            + " cannot be built: " + e.getMessage()));
        return;
      }
      for (String r : repairs) {
        sink.issue(new IngestIssue(where, IngestIssue.Action.REPAIRED, r));
      }
      sink.paper(paper);
    }
  }

  /** Reads an RIS name: "Last, First", "Last, First, Suffix" or "First Last". */
  static PersonName risName(String value) {
    List<String> parts = Splitter.on(',').trimResults().omitEmptyStrings().splitToList(value);
    if (parts.size() == 3 && PersonName.isSuffix(parts.get(2))) {
      PersonName n = PersonName.fromLastFirst(parts.get(0), parts.get(1));
      return new PersonName(n.given(), n.particle(), n.family(), parts.get(2));
    }
    return PersonName.parse(value);
  }

  /** Reads an RIS date ({@code 2017}, {@code 2017/03}, {@code 2017/03/14/}, {@code 2017///note}), or null. */
  static PubDate risDate(String value) {
    Matcher m = RIS_DATE.matcher(value.trim());
    if (!m.matches()) {
      return null;
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return PubDate.ofYear(year);
      }
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        return PubDate.ofMonth(year, month);
      }
      return PubDate.of(java.time.LocalDate.of(year, month, Integer.parseInt(m.group(3))));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
