package org.citegraph.io.profile;

import org.citegraph.internal.io.LineSource;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.RecordReader;
import org.citegraph.io.RecordSink;



import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;

import org.citegraph.internal.Text;
import org.citegraph.model.AuthorProfile;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;

/**
 * Reads the text of a scraped author-profile page (format {@value #FORMAT}).
 *
 * <p>The page starts with a header: the owner's name ("First Last") on the first line, then figures such as
 * {@code LG} (the main category in short form), {@code 19papers}, {@code 11,623citations}, {@code Novelty57%},
 * {@code AI Score34} and {@code 19 Papers}. It is sent once to {@link RecordSink#profile}. Then come the entries,
 * one per paper, parts separated by blank lines:
 *
 * <pre>
 * LGMar 22, 2022Code                       category, date (Mon d, yyyy), optional "Code"
 * Practical tradeoffs between memory, ...  title
 * Luke Metz, C. Daniel Freeman et al. · anthropic, deepmind
 * Optimization plays a costly ...          abstract, up to the next entry header
 * </pre>
 *
 * <p>The category is a profile short form ({@code LG}, {@code NE}, {@code NC}, {@code CV}, {@code CL}) or a full
 * code ({@code cs.LG}, {@code q-bio.NC}), expanded by {@link Category#of}. Each entry becomes one {@link Paper}
 * without id (the builder derives a content hash), with a day-precision date, provenance {@code (source, line of
 * the entry header)}, and the profile owner among its authors: kept in place when visible in the list (same {@link
 * PersonName#key()}, or same family key and compatible given names, e.g. initials), otherwise added as an
 * unplaced author; when the list is complete (no "et al.") and lacks the owner, a {@code REPAIRED} issue says so.
 *
 * <p>Problems: an unparseable date, an unknown category, a missing abstract or a missing owner are repaired and
 * reported; an entry without title or author line, or with an author line naming nobody, is rejected. A short line
 * that looks like a damaged entry header (it carries a year or ends in "Code" but does not match the header form)
 * is reported as a rejected entry, and its lines up to the next header are skipped rather than added to the
 * previous abstract. Stateless and thread-safe.
 */
public final class ProfilePageReader implements RecordReader {
  /** The format name, {@code profile-page}. */
  public static final String FORMAT = "profile-page";

  private static final String HEADER_FORM = "'<category><Mon d, yyyy>[Code]', e.g. 'LGMar 22, 2022Code'";

  /** An entry header: category code glued to a date, optionally followed by "Code". */
  static final Pattern ENTRY_HEADER = Pattern.compile(
      "(?<cat>[A-Za-z][A-Za-z0-9.\\-]*?) ?(?<date>(?<mon>[A-Z][a-z]+)\\.? ?(?<day>\\d{1,2}),? ?(?<year>\\d{4}))"
          + "(?<code> ?Code)?");
  private static final Pattern YEAR = Pattern.compile("(?<![0-9])(?:1[89]|20)\\d{2}(?![0-9])");
  private static final Pattern MAIN_CATEGORY = Pattern.compile("[A-Z]{2}|[a-z\\-]+\\.[A-Za-z\\-]+");
  private static final Pattern PAPERS = Pattern.compile("(?i)(\\d[\\d,]*)\\s*papers?");
  private static final Pattern CITATIONS = Pattern.compile("(?i)(\\d[\\d,]*)\\s*citations?");
  private static final Pattern NOVELTY = Pattern.compile("(?i)novelty\\s*(\\d[\\d,]*)\\s*%");
  private static final Pattern AI_SCORE = Pattern.compile("(?i)ai\\s*score\\s*(\\d[\\d,]*)");

  /** Creates the reader. */
  public ProfilePageReader() {}

  @Override
  public String formatName() {
    return FORMAT;
  }

  /**
   * True when some line of {@code head} is an entry header ({@code LGMar 22, 2022Code}) or a profile figure
   * ({@code 11,623citations}, {@code Novelty57%}).
   */
  @Override
  public boolean looksLike(String head) {
    for (String raw : Splitter.onPattern("\r?\n|\r").split(checkNotNull(head, "head"))) {
      String line = CharMatcher.whitespace().or(CharMatcher.is('\uFEFF')).trimFrom(raw);
      if (ENTRY_HEADER.matcher(line).matches() || CITATIONS.matcher(line).matches()
          || NOVELTY.matcher(line).matches() || AI_SCORE.matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void read(BufferedReader in, String sourceName, RecordSink sink) throws IOException {
    new Parse(new LineSource(checkNotNull(in, "in")), checkNotNull(sourceName, "sourceName"),
        checkNotNull(sink, "sink")).run();
  }

  /** Whether a short line looks like a damaged entry header rather than text. */
  static boolean looksLikeDamagedHeader(String line) {
    if (line.length() > 40 || Splitter.on(' ').omitEmptyStrings().splitToList(line).size() > 4
        || !Character.isLetter(line.charAt(0))) {
      return false;
    }
    return YEAR.matcher(line).find() || line.endsWith("Code");
  }

  /** The state of one read. */
  private static final class Parse {
    private enum State { TITLE, AUTHORS, ABSTRACT, SKIP }

    private final LineSource lines;
    private final String source;
    private final RecordSink sink;
    private PersonName owner;
    private Entry entry;
    private State state;

    Parse(LineSource lines, String source, RecordSink sink) {
      this.lines = lines;
      this.source = source;
      this.sink = sink;
    }

    void run() throws IOException {
      LineSource.Line first = lines.nextNonBlank();
      if (first == null) {
        sink.issue(new IngestIssue(new SourceRef(source, Math.max(1, lines.linesRead())),
            IngestIssue.Action.REJECTED, "empty file (expected a profile page: the owner's name on line 1, then "
                + "entries starting with " + HEADER_FORM + ")"));
        return;
      }
      LineSource.Line line = readHeader(first);
      boolean paragraphBreak = false;
      for (; line != null; line = lines.next()) {
        if (line.isBlank()) {
          paragraphBreak = true;
          continue;
        }
        Matcher header = ENTRY_HEADER.matcher(line.text());
        if (header.matches()) {
          finish();
          entry = new Entry(line, header);
          state = State.TITLE;
        } else if (state == State.SKIP) {
          continue;
        } else if (entry == null) {
          // Only reachable when the page has no header block: text before the first entry.
          reportStray(line);
        } else if (state == State.TITLE) {
          entry.title = line;
          state = State.AUTHORS;
        } else if (state == State.AUTHORS) {
          entry.authors = line;
          state = State.ABSTRACT;
        } else if ((paragraphBreak || entry.abstractText.length() == 0) && looksLikeDamagedHeader(line.text())) {
          finish();
          entry = Entry.damaged(line, damagedHeader(line.text()));
          state = State.SKIP;
        } else {
          if (entry.abstractText.length() > 0) {
            entry.abstractText.append(paragraphBreak ? "\n\n" : " ");
          }
          entry.abstractText.append(CharMatcher.whitespace().trimAndCollapseFrom(line.text(), ' '));
        }
        paragraphBreak = false;
      }
      finish();
    }

    private void reportStray(LineSource.Line line) {
      sink.issue(new IngestIssue(new SourceRef(source, line.number()), IngestIssue.Action.REJECTED,
          "line '" + abbreviate(line.text()) + "' is not part of an entry (expected an entry header " + HEADER_FORM
              + ")"));
    }

    /** Reads the header block from its first line; returns the first line after it (an entry header) or null. */
    private LineSource.Line readHeader(LineSource.Line first) throws IOException {
      LineSource.Line line = first;
      if (ENTRY_HEADER.matcher(first.text()).matches()) {
        repair(first.number(), "no profile header: the page starts with an entry (expected the owner's name "
            + "'First Last' on line 1); entries are read without an owner");
        return first;
      }
      SourceRef where = new SourceRef(source, first.number());
      try {
        owner = PersonName.parse(first.text());
      } catch (IllegalArgumentException e) {
        repair(first.number(), "owner name '" + first.text() + "' is not a person name (expected 'First Last' on "
            + "line 1); entries are read without an owner");
      }
      Optional<Category> mainCategory = Optional.empty();
      OptionalInt papers = OptionalInt.empty();
      OptionalInt citations = OptionalInt.empty();
      OptionalInt novelty = OptionalInt.empty();
      OptionalInt aiScore = OptionalInt.empty();
      for (line = lines.next(); line != null; line = lines.next()) {
        String t = line.text();
        if (line.isBlank()) {
          continue;
        }
        if (ENTRY_HEADER.matcher(t).matches()) {
          break;
        }
        Matcher m;
        if (MAIN_CATEGORY.matcher(t).matches() && mainCategory.isEmpty()) {
          Category c = Category.of(t);
          if (!c.isKnown()) {
            repair(line.number(), unknownCategory(t));
          }
          mainCategory = Optional.of(c);
        } else if ((m = PAPERS.matcher(t)).matches()) {
          papers = figure(papers, m.group(1), "papers", line);
        } else if ((m = CITATIONS.matcher(t)).matches()) {
          citations = figure(citations, m.group(1), "citations", line);
        } else if ((m = NOVELTY.matcher(t)).matches()) {
          novelty = figure(novelty, m.group(1), "novelty", line);
        } else if ((m = AI_SCORE.matcher(t)).matches()) {
          aiScore = figure(aiScore, m.group(1), "AI score", line);
        } else if (looksLikeDamagedHeader(t)) {
          break; // handled by the entry loop as a damaged entry
        } else {
          repair(line.number(), "profile header line '" + abbreviate(t) + "' is not understood and is ignored "
              + "(expected a category like 'LG', '19papers', '11,623citations', 'Novelty57%' or 'AI Score34')");
        }
      }
      if (owner != null) {
        sink.profile(new AuthorProfile(owner, mainCategory, papers, citations, novelty, aiScore, where));
      }
      if (line != null && !ENTRY_HEADER.matcher(line.text()).matches()) {
        // A damaged first entry header: reject that entry and skip to the next header.
        entry = Entry.damaged(line, damagedHeader(line.text()));
        state = State.SKIP;
        return lines.next();
      }
      return line;
    }

    private OptionalInt figure(OptionalInt current, String digits, String what, LineSource.Line line) {
      int value;
      try {
        value = Integer.parseInt(digits.replace(",", ""));
      } catch (NumberFormatException e) {
        repair(line.number(), what + " figure '" + digits + "' is out of range (expected a whole number below "
            + Integer.MAX_VALUE + "); ignored");
        return current;
      }
      if (current.isPresent() && current.getAsInt() != value) {
        repair(line.number(), what + " figure " + value + " disagrees with the earlier figure "
            + current.getAsInt() + " (expected one value); the first is kept");
        return current;
      }
      return OptionalInt.of(value);
    }

    private void repair(long line, String message) {
      sink.issue(new IngestIssue(new SourceRef(source, line), IngestIssue.Action.REPAIRED, message));
    }

    /** Turns the current entry, if any, into one paper or one rejection. */
    private void finish() {
      Entry e = entry;
      entry = null;
      if (e == null) {
        return;
      }
      SourceRef where = new SourceRef(source, e.header.number());
      if (e.rejection != null) {
        sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, e.rejection));
        return;
      }
      String expected = " (expected a title line, an author line 'A, B, C[ et al.]' and an abstract after the "
          + "header)";
      if (e.title == null) {
        sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED,
            "entry '" + e.header.text() + "' has no title and no author line" + expected));
        return;
      }
      if (e.authors == null) {
        sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, "entry '" + e.header.text()
            + "' (title '" + abbreviate(e.title.text()) + "') has no author line" + expected));
        return;
      }
      AuthorLists.Result<AuthorLists.DisplayList> list = AuthorLists.parseDisplayList(e.authors.text());
      if (!list.ok()) {
        sink.issue(new IngestIssue(new SourceRef(source, e.authors.number()), IngestIssue.Action.REJECTED,
            list.error()));
        return;
      }
      List<IngestIssue> repairs = new ArrayList<>();
      Paper.Builder b = Paper.builder()
          .title(Text.clean(e.title.text()))
          .authors(list.value().names())
          .authorListComplete(list.value().complete())
          .hasCode(e.hasCode)
          .abstractText(e.abstractText.toString())
          .source(where);
      list.value().affiliations().forEach(b::affiliation);

      Category category = Category.of(e.category);
      if (!category.isKnown()) {
        repairs.add(new IngestIssue(where, IngestIssue.Action.REPAIRED, unknownCategory(e.category)));
      }
      b.primaryCategory(category);

      String dateError = null;
      try {
        b.date(parseDate(e.month, e.day, e.year));
      } catch (DateTimeException | IllegalArgumentException ex) {
        dateError = ex.getMessage();
      }
      if (dateError != null) {
        repairs.add(new IngestIssue(where, IngestIssue.Action.REPAIRED, "date '" + e.dateText
            + "' does not parse: " + dateError + " (expected e.g. 'Mar 22, 2022'); the paper is kept without a date"));
      }
      if (owner != null && AuthorLists.indexOfOwner(list.value().names(), owner) < 0) {
        b.unplacedAuthor(owner);
        if (list.value().complete()) {
          repairs.add(new IngestIssue(new SourceRef(source, e.authors.number()), IngestIssue.Action.REPAIRED,
              "the profile owner '" + owner.displayName() + "' is missing from the complete author list '"
                  + e.authors.text() + "' (expected the owner among the authors); added with unknown position"));
        }
      }
      if (e.abstractText.length() == 0) {
        repairs.add(new IngestIssue(where, IngestIssue.Action.REPAIRED, "entry '" + e.header.text()
            + "' has no abstract (expected the abstract after the author line); kept with an empty abstract"));
      }
      Paper paper;
      try {
        paper = b.build();
      } catch (IllegalArgumentException ex) {
        sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, "entry '" + e.header.text()
            + "' cannot be built: " + ex.getMessage()));
        return;
      }
      repairs.forEach(sink::issue);
      sink.paper(paper);
    }
  }

  private static String damagedHeader(String line) {
    return "'" + line + "' looks like an entry header but does not match one (expected " + HEADER_FORM
        + "); the entry is skipped up to the next header";
  }

  private static String unknownCategory(String code) {
    return "category '" + code + "' is not a known arXiv category or profile short form (expected e.g. LG, NE, "
        + "NC, CV, CL or cs.LG); kept as an unknown category";
  }

  /**
   * Parses a month name (English, abbreviated or full), day and year.
   *
   * @throws IllegalArgumentException naming the bad part
   * @throws DateTimeException if the day does not exist in that month
   */
  static PubDate parseDate(String monthName, String day, String year) {
    Month month = null;
    String m = monthName.toLowerCase(Locale.ROOT);
    for (Month candidate : Month.values()) {
      String shortName = candidate.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      String fullName = candidate.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      if (m.equals(shortName) || m.equals(fullName) || (m.equals("sept") && candidate == Month.SEPTEMBER)) {
        month = candidate;
        break;
      }
    }
    if (month == null) {
      throw new IllegalArgumentException("'" + monthName + "' is not a month name");
    }
    return PubDate.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }

  /** One entry being read. */
  private static final class Entry {
    final LineSource.Line header;
    String category;
    String dateText;
    String month;
    String day;
    String year;
    boolean hasCode;
    String rejection;
    LineSource.Line title;
    LineSource.Line authors;
    final StringBuilder abstractText = new StringBuilder();

    private Entry(LineSource.Line header) {
      this.header = header;
    }

    Entry(LineSource.Line header, Matcher m) {
      this(header);
      category = m.group("cat");
      dateText = m.group("date");
      month = m.group("mon");
      day = m.group("day");
      year = m.group("year");
      hasCode = m.group("code") != null;
    }

    static Entry damaged(LineSource.Line header, String rejection) {
      Entry e = new Entry(header);
      e.rejection = rejection;
      return e;
    }
  }
}
