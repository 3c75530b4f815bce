package org.citegraph.io.delimited;

import org.citegraph.internal.io.ArxivIds;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.RecordReader;
import org.citegraph.io.RecordSink;



import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citegraph.internal.Text;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;

/**
 * Reads delimited text (CSV, TSV and the like) with RFC 4180 quoting, one paper per row, as a {@link ColumnMapping}
 * describes. Streaming; a record's provenance is the line its row starts on (quoted fields may span lines).
 *
 * <p>Every row ends in one paper or one {@code REJECTED} issue: rows whose field count differs from the header's,
 * rows without a title, and a quoted field never closed (which swallows the rest of the file) are rejected. Repairs
 * are {@code REPAIRED} issues: a row without any readable person author (kept without authors), a date, DOI or citation count that does not parse (left out), an
 * arXiv id repaired or left out (see {@link ColumnMapping.Builder#repairFloatArxivIds()}), a bare suffix ({@code
 * Jr.}) or particle ({@code de}) written as its own author and joined to the author before it, a suffix written
 * before a "First Last" name ({@code Jr. George Shaw}), a middle initial
 * split off by a stray comma ({@code Callan, James, P.}), and group authors (collaborations, consortia, research
 * groups, {@code conference proceedings}) left out of the author list when it names a person, else kept as the
 * only authors (a family name with no given name) so that the paper and its citations are not lost. An author
 * entry reading
 * {@code et al.} marks the list incomplete. An empty file and a header without rows are reported as rejected at
 * line 1; a header lacking the title column rejects the file; one lacking the author column gives papers without authors,
 * each reported. Optional mapped columns missing from the
 * header are read as empty.
 *
 * <p>Thread-safe: all state lives in one {@link #read} call.
 */
public class DelimitedReader implements RecordReader {

  private static final Pattern ET_AL = Pattern.compile("(?i)\\s*\\bet\\.?\\s*al\\.?\\s*$");
  private static final Pattern NOT_A_PERSON = Pattern.compile(
      "(?i).*\\b(collaboration|collaborations|consortium|proceedings|committee|working group|team|group)\\b.*");
  private static final Pattern LONE_PARTICLE = Pattern.compile(
      "(?i)(de|del|della|der|den|van|von|van der|van den|de la|da|das|dos|du|di|le|la|ter|ten)");
  private static final Pattern LEADING_SUFFIX = Pattern.compile("((?i:jr|sr|jnr|snr)\\.?)\\s+(\\S.*\\s\\S.*)");
  private static final Pattern BARE_SUFFIX = Pattern.compile("(?i)(jr|sr|jnr|snr|ii|iii|iv)\\.?");
  private static final Pattern SCOPUS_AUTHOR_ID = Pattern.compile("\\s*\\(\\d+\\)$");
  private static final Pattern EMBEDDED_ARXIV = Pattern.compile(
      "(?i)arxiv[:\\s]*(\\d{4}\\.\\d{4,5}|[a-z-]+(?:\\.[A-Z]{2})?/\\d{7})");
  private static final Pattern EMBEDDED_DOI = Pattern.compile("\\b10\\.\\d{4,9}/[^\\s,;]+");

  private final String formatName;
  private final ColumnMapping mapping;
  private final Predicate<String> looksLike;
  private final DateTimeFormatter dateFormat;

  /**
   * A reader whose {@link #looksLike} accepts a file whose first line is a header naming every mapped column.
   *
   * @param formatName the format name, e.g. {@code scopus-csv}
   * @param mapping how to read the columns
   */
  public DelimitedReader(String formatName, ColumnMapping mapping) {
    this(formatName, mapping, null);
  }

  /**
   * A reader with its own format detection.
   *
   * @param formatName the format name
   * @param mapping how to read the columns
   * @param looksLike whether the head of a file is this format; null for the default (see {@link
   *     #DelimitedReader(String, ColumnMapping)})
   */
  public DelimitedReader(String formatName, ColumnMapping mapping, Predicate<String> looksLike) {
    checkArgument(!checkNotNull(formatName, "formatName").isBlank(), "formatName cannot be blank");
    this.formatName = formatName;
    this.mapping = checkNotNull(mapping, "mapping");
    this.looksLike = looksLike != null ? looksLike : this::headerNamesEveryColumn;
    // 'u' (proleptic year) instead of 'y' (year of era) lets the strict resolver reject 2015-02-30.
    this.dateFormat = DateTimeFormatter.ofPattern(mapping.datePattern().replace('y', 'u'), Locale.ROOT)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /**
   * A copy of another reader, for subclasses that name a ready-made format.
   *
   * @param other the reader to copy
   */
  protected DelimitedReader(DelimitedReader other) {
    this.formatName = other.formatName;
    this.mapping = other.mapping;
    this.looksLike = other.looksLike;
    this.dateFormat = other.dateFormat;
  }

  /**
   * The column mapping.
   *
   * @return how this reader splits rows and which column holds which field
   */
  public ColumnMapping mapping() {
    return mapping;
  }

  @Override
  public String formatName() {
    return formatName;
  }

  @Override
  public boolean looksLike(String head) {
    return looksLike.test(checkNotNull(head, "head"));
  }

  private boolean headerNamesEveryColumn(String head) {
    if (!mapping.hasHeader()) {
      return false;
    }
    int end = head.indexOf('\n');
    String first = (end < 0 ? head : head.substring(0, end)).replace("\r", "");
    List<String> names = headerNames(first);
    return names.size() > 1 && names.containsAll(mapping.mappedColumns());
  }

  private List<String> headerNames(String line) {
    List<String> names = new ArrayList<>();
    for (String n : Splitter.on(mapping.delimiter()).split(line)) {
      String t = n.trim();
      if (mapping.quote().isPresent() && t.length() >= 2 && t.charAt(0) == mapping.quote().get()
          && t.charAt(t.length() - 1) == mapping.quote().get()) {
        t = t.substring(1, t.length() - 1);
      }
      names.add(t);
    }
    return names;
  }

  @Override
  public void read(BufferedReader in, String sourceName, RecordSink sink) throws IOException {
    checkNotNull(in, "in");
    checkNotNull(sourceName, "sourceName");
    checkNotNull(sink, "sink");
    DelimitedParser parser = new DelimitedParser(in, mapping.delimiter(),
        mapping.quote().map(c -> (int) c).orElse(DelimitedParser.NONE),
        mapping.commentChar().map(c -> (int) c).orElse(DelimitedParser.NONE),
        mapping.restInLastColumn() ? mapping.columnNames().size() : 0, sink.limits().maxLineChars());
    List<String> columns;
    long headerLine = 0;
    boolean[] broken = {false};
    if (mapping.hasHeader()) {
      DelimitedParser.Row header = next(parser, sourceName, sink, broken);
      if (header == null) {
        if (broken[0]) {
          return;
        }
        sink.issue(new IngestIssue(new SourceRef(sourceName, 1), IngestIssue.Action.REJECTED,
            "empty file (expected a header row naming the columns, e.g. " + expectedColumns() + ")"));
        return;
      }
      columns = new ArrayList<>();
      for (String f : header.fields()) {
        columns.add(f.trim());
      }
      headerLine = header.line();
      if (!columns.contains(mapping.titleColumn())) {
        List<String> missing = new ArrayList<>(List.of(mapping.titleColumn()));
        if (!columns.contains(mapping.authorsColumn())) {
          missing.add(mapping.authorsColumn());
        }
        sink.issue(new IngestIssue(new SourceRef(sourceName, header.line()), IngestIssue.Action.REJECTED,
            "header lacks column" + (missing.size() > 1 ? "s " : " ") + quoted(missing) + ", file skipped "
                + "(expected a " + describeDelimiter() + "-separated header naming " + expectedColumns() + ")"));
        return;
      }
      // Without the author column every row is still a paper: each is kept without authors and reported.
    } else {
      columns = mapping.columnNames();
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      index.putIfAbsent(columns.get(i), i);
    }
    long rows = 0;
    for (DelimitedParser.Row row; (row = next(parser, sourceName, sink, broken)) != null; ) {
      rows++;
      SourceRef where = new SourceRef(sourceName, row.line());
      boolean countOk = row.fields().size() == columns.size()
          || !mapping.hasHeader() && !mapping.restInLastColumn() && row.fields().size() > columns.size();
      if (!countOk) {
        sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, "row has " + row.fields().size()
            + " field" + (row.fields().size() == 1 ? "" : "s") + ", expected " + columns.size()
            + (mapping.hasHeader() ? " as in the header on line " + headerLine : " (" + String.join(", ", columns)
                + ")") + " separated by " + describeDelimiter()
            + (mapping.quote().isPresent() ? " (a delimiter inside a field must be quoted)" : "")));
        continue;
      }
      record(row, index, where, sink);
    }
    if (rows == 0 && !broken[0]) {
      sink.issue(new IngestIssue(new SourceRef(sourceName, Math.max(1, headerLine)), IngestIssue.Action.REJECTED,
          mapping.hasHeader() ? "header only, no records (expected one row per paper after the header)"
              : "empty file (expected one row per paper with " + String.join(", ", columns) + ")"));
    }
  }

  private DelimitedParser.Row next(DelimitedParser parser, String sourceName, RecordSink sink, boolean[] broken)
      throws IOException {
    while (true) {
      try {
        return parser.next();
      } catch (DelimitedParser.SyntaxError e) {
        if (e.recoverable) {
          sink.issue(new IngestIssue(new SourceRef(sourceName, e.line), IngestIssue.Action.REJECTED,
              "row rejected: " + e.getMessage()));
          continue;
        }
        sink.issue(new IngestIssue(new SourceRef(sourceName, e.line), IngestIssue.Action.REJECTED,
            "row rejected: " + e.getMessage() + "; the rest of the file was inside the quotes"));
        broken[0] = true;
        return null;
      }
    }
  }

  private String describeDelimiter() {
    char d = mapping.delimiter();
    return d == '\t' ? "tab" : d == ',' ? "comma" : d == ';' ? "semicolon" : "'" + d + "'";
  }

  private String expectedColumns() {
    return quoted(List.of(mapping.titleColumn(), mapping.authorsColumn()));
  }

  private static String quoted(List<String> names) {
    StringBuilder sb = new StringBuilder();
    for (String n : names) {
      sb.append(sb.length() == 0 ? "" : ", ").append('\'').append(n).append('\'');
    }
    return sb.toString();
  }

  private static String field(DelimitedParser.Row row, Map<String, Integer> index, Optional<String> column) {
    if (column.isEmpty()) {
      return "";
    }
    Integer i = index.get(column.get());
    return i == null || i >= row.fields().size() ? "" : row.fields().get(i).trim();
  }

  private void record(DelimitedParser.Row row, Map<String, Integer> index, SourceRef where, RecordSink sink) {
    List<String> repairs = new ArrayList<>();
    if (row.repair() != null) {
      repairs.add(row.repair());
    }
    Paper.Builder b = Paper.builder().source(where);
    String label = "";

    // Dates first: the arXiv id repair checks them.
    Optional<PubDate> date = date(field(row, index, mapping.dateColumn()), "date", repairs);
    date.ifPresent(b::date);
    date(field(row, index, mapping.updatedColumn()), "update date", repairs).ifPresent(b::updated);

    String rawArxiv = field(row, index, mapping.arxivIdColumn());
    Optional<PaperId> arxiv = Optional.empty();
    if (!rawArxiv.isEmpty()) {
      label = rawArxiv;
      ArxivIds.Outcome o = ArxivIds.check(rawArxiv, date, mapping.repairFloatArxivIds());
      o.issue().ifPresent(repairs::add);
      arxiv = o.id();
      arxiv.ifPresent(b::identifier);
    }
    if (date.isEmpty() && mapping.dateFromArxivId() && arxiv.isPresent()) {
      ArxivIds.month(arxiv.get()).ifPresent(b::date);
    }
    String rawDoi = field(row, index, mapping.doiColumn());
    if (!rawDoi.isEmpty()) {
      try {
        b.identifier(PaperId.doi(rawDoi));
      } catch (IllegalArgumentException e) {
        repairs.add("DOI '" + rawDoi + "' left out: not a DOI (expected a value starting with 10.)");
      }
      label = label.isEmpty() ? rawDoi : label;
    }
    String rawId = field(row, index, mapping.idColumn());
    if (!rawId.isEmpty()) {
      label = rawId; // the source's own record id names the record best
      if (rawId.indexOf(':') > 0) {
        try {
          b.identifier(PaperId.parse(rawId));
        } catch (IllegalArgumentException e) {
          // a source-specific id (e.g. a Scopus EID): used in messages only
        }
      }
    }
    String named = label.isEmpty() ? "" : " '" + label + "'";

    String title = Text.clean(field(row, index, Optional.of(mapping.titleColumn())));
    if (title.isEmpty()) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, "record" + named + " has no title (expected "
          + "the title in column '" + mapping.titleColumn() + "')"));
      return;
    }
    b.title(title);

    AuthorParse authors = authors(field(row, index, Optional.of(mapping.authorsColumn())));
    repairs.addAll(authors.repairs);
    if (authors.names.isEmpty()) {
      // A paper whose authors cannot be read is still a paper: kept for the citation and topic graphs.
      repairs.add("no person author (expected names in column '" + mapping.authorsColumn() + "' separated by '"
          + mapping.authorSeparator() + "', written "
          + (mapping.nameOrder() == ColumnMapping.NameOrder.LAST_FIRST ? "'Last, First'" : "'First Last'")
          + "): " + IngestIssue.KEPT_WITHOUT_AUTHORS);
    }
    b.authors(authors.names).authorListComplete(authors.complete && !authors.names.isEmpty());

    String cats = field(row, index, mapping.categoriesColumn());
    for (String c : Splitter.on(mapping.categorySeparator()).trimResults().omitEmptyStrings().split(cats)) {
      b.category(Category.of(c));
    }
    String primary = field(row, index, mapping.primaryCategoryColumn());
    if (!primary.isEmpty()) {
      b.primaryCategory(Category.of(primary));
    }
    String abs = field(row, index, mapping.abstractColumn());
    if (!abs.isEmpty()) {
      b.abstractText(CharMatcher.whitespace().trimAndCollapseFrom(Text.decodeHtmlEntities(abs), ' '));
    }
    String affs = field(row, index, mapping.affiliationsColumn());
    for (String a : Splitter.on(mapping.affiliationSeparator()).trimResults().omitEmptyStrings().split(affs)) {
      b.affiliation(Text.clean(a));
    }
    b.venue(Text.clean(field(row, index, mapping.venueColumn())));
    String count = field(row, index, mapping.citationCountColumn());
    if (!count.isEmpty()) {
      try {
        int n = Integer.parseInt(count);
        checkArgument(n >= 0);
        b.citationCount(n);
      } catch (IllegalArgumentException e) {
        repairs.add("citation count '" + count + "' left out (expected a whole number of at least 0)");
      }
    }
    String refs = field(row, index, mapping.referencesColumn());
    for (String r : Splitter.on(mapping.referenceSeparator()).trimResults().omitEmptyStrings().split(refs)) {
      b.reference(referenceKey(r));
    }

    Paper paper;
    try {
      paper = b.build();
    } catch (IllegalArgumentException e) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, "record" + named + " rejected: "
          + e.getMessage()));
      return;
    }
    for (String r : repairs) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REPAIRED, "record" + named + ": " + r));
    }
    sink.paper(paper);
  }

  private String referenceKey(String raw) {
    try {
      switch (mapping.referenceKeys()) {
        case ARXIV:
          return PaperId.arxiv(raw).toString();
        case DOI:
          return PaperId.doi(raw).toString();
        case ACL:
          return PaperId.acl(raw).toString();
        case FREE_TEXT:
        default:
          Matcher a = EMBEDDED_ARXIV.matcher(raw);
          if (a.find()) {
            return PaperId.arxiv(a.group(1)).toString();
          }
          Matcher d = EMBEDDED_DOI.matcher(raw);
          if (d.find()) {
            return PaperId.doi(CharMatcher.anyOf(".)]").trimTrailingFrom(d.group())).toString();
          }
          return "unresolved:" + raw;
      }
    } catch (IllegalArgumentException e) {
      return "unresolved:" + raw;
    }
  }

  private Optional<PubDate> date(String text, String what, List<String> repairs) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      TemporalAccessor t = dateFormat.parse(text);
      int year = t.get(ChronoField.YEAR);
      if (t.isSupported(ChronoField.DAY_OF_MONTH)) {
        return Optional.of(new PubDate(year, t.get(ChronoField.MONTH_OF_YEAR), t.get(ChronoField.DAY_OF_MONTH),
            PubDate.Precision.DAY));
      }
      if (t.isSupported(ChronoField.MONTH_OF_YEAR)) {
        return Optional.of(PubDate.ofMonth(year, t.get(ChronoField.MONTH_OF_YEAR)));
      }
      return Optional.of(PubDate.ofYear(year));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      repairs.add(what + " '" + text + "' left out: it does not parse (expected the pattern "
          + mapping.datePattern() + ")");
      return Optional.empty();
    }
  }

  /**
   * Authors read from one author field, whether the list is complete, and the repairs made.
   *
   * @param names the person authors, in order
   * @param complete false when the field ended in "et al."
   * @param repairs what was repaired or left out, for issues
   */
  public record AuthorParse(List<PersonName> names, boolean complete, List<String> repairs) {}

  /**
   * Reads an author field as the mapping describes (separator, name order, repairs of particles and suffixes).
   *
   * @param text the field's text
   * @return the authors read
   */
  public AuthorParse authors(String text) {
    List<PersonName> names = new ArrayList<>();
    List<String> repairs = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    boolean complete = true;
    String decoded = Text.decodeHtmlEntities(text);
    boolean lastFirst = mapping.nameOrder() == ColumnMapping.NameOrder.LAST_FIRST;
    for (String token : Splitter.on(mapping.authorSeparator()).trimResults().omitEmptyStrings().split(decoded)) {
      String t = token;
      Matcher etAl = ET_AL.matcher(t);
      if (etAl.find()) {
        complete = false;
        t = t.substring(0, etAl.start()).trim();
        if (t.isEmpty()) {
          continue;
        }
      }
      if (lastFirst) {
        t = SCOPUS_AUTHOR_ID.matcher(t).replaceFirst("");
      }
      if (mapping.compactInitials()) {
        t = t.replaceAll("\\.(?=\\p{L})", ". ");
      }
      if (BARE_SUFFIX.matcher(t.trim()).matches() && !names.isEmpty()
          && names.get(names.size() - 1).suffix().isEmpty()) {
        PersonName p = names.remove(names.size() - 1);
        names.add(new PersonName(p.given(), p.particle(), p.family(), t.trim()));
        repairs.add("suffix '" + t.trim() + "' written as its own author, joined to '" + p.displayName() + "'");
        continue;
      }
      if (lastFirst && t.indexOf(',') < 0 && LONE_PARTICLE.matcher(t).matches() && !names.isEmpty()) {
        PersonName p = names.remove(names.size() - 1);
        String particle = (t.toLowerCase(Locale.ROOT) + " " + p.particle()).trim();
        PersonName joined = new PersonName(p.given(), particle, p.family(), p.suffix());
        names.add(joined);
        repairs.add("particle '" + t + "' written as its own author, joined to '" + p.invertedName() + "' as '"
            + joined.invertedName() + "'");
        continue;
      }
      Matcher leading = LEADING_SUFFIX.matcher(t);
      if (!lastFirst && leading.matches()) {
        PersonName p = PersonName.parse(leading.group(2));
        PersonName moved = new PersonName(p.given(), p.particle(), p.family(), leading.group(1));
        names.add(moved);
        repairs.add("suffix '" + leading.group(1) + "' written before the name '" + t + "', read as '"
            + moved.displayName() + "'");
        continue;
      }
      if (NOT_A_PERSON.matcher(t).matches()) {
        groups.add(t);
        continue;
      }
      try {
        names.add(PersonName.parse(t));
      } catch (IllegalArgumentException e) {
        List<String> parts = Splitter.on(',').trimResults().splitToList(t);
        // "Callan, James, P.": a middle initial split off by a stray comma.
        if (lastFirst && parts.size() == 3 && parts.get(2).matches("\\p{Lu}\\.?")) {
          PersonName p = PersonName.fromLastFirst(parts.get(0), parts.get(1) + " " + parts.get(2));
          names.add(p);
          repairs.add("author '" + t + "' read as '" + p.invertedName() + "' (expected 'Last, First' with one comma)");
        } else {
          repairs.add("author '" + t + "' left out: " + e.getMessage());
        }
      }
    }
    if (!groups.isEmpty() && names.isEmpty()) {
      for (String g : groups) {
        names.add(new PersonName("", "", g, ""));
      }
      repairs.add("no person author: kept " + String.join(", ", groups.stream().map(g -> "'" + g + "'").toList())
          + " as group author" + (groups.size() > 1 ? "s" : ""));
    } else {
      for (String g : groups) {
        repairs.add("'" + g + "' is not a person, left out of the author list");
      }
    }
    return new AuthorParse(names, complete, repairs);
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  @Override
  public String toString() {
    return formatName;
  }
}
