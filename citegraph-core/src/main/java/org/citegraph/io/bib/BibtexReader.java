package org.citegraph.io.bib;

import org.citegraph.io.IngestIssue;
import org.citegraph.io.RecordReader;
import org.citegraph.io.RecordSink;



import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableMap;

import org.citegraph.internal.Text;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;

/**
 * Reads BibTeX (format {@value #FORMAT}) with a streaming tokenizer: one entry is held at a time.
 *
 * <p>Entries {@code @type{key, field = value, ...}} (or with parentheses) of any type become one {@link Paper}
 * each. {@code @string} macros (and the standard month macros {@code jan} ... {@code dec}) and {@code #}
 * concatenation are expanded; {@code @comment} and {@code @preamble} are skipped, as is any text between entries.
 * Values are braced (nested braces kept for author splitting), quoted, bare numbers or macro names.
 *
 * <p>Fields used: {@code title} (LaTeX decoded with {@link Text#clean}); {@code author} (or, when missing, {@code
 * editor}) split on top-level {@code and}, a final {@code others} or {@code et al.} marking the list incomplete, a
 * fully braced name ({@code {{DeepMind}}} or {@code {Le Cun}, Yann}) kept as one family name; {@code year} and
 * {@code month} (date of year or month precision); {@code doi} (also a {@code doi.org} {@code url}); {@code
 * eprint} with {@code archivePrefix}/{@code eprinttype} {@code arXiv}, or an arXiv id in {@code journal}, {@code
 * booktitle}, {@code note}, {@code url} ({@code arXiv preprint arXiv:1706.03762}, {@code arxiv.org/abs/...});
 * {@code abstract}; {@code affiliation}; {@code journal}, else {@code booktitle}, as the venue (LaTeX decoded
 * with {@link Text#clean}; one holding an arXiv id, as in {@code arXiv preprint arXiv:1706.03762}, is the venue
 * {@code arXiv}). Provenance is the line of the entry's {@code @}.
 *
 * <p>An entry that does not parse, or has no title, is rejected with its line and what was expected; reading
 * resumes at the next {@code @}. An entry without an author or editor field, or whose authors cannot be read, is
 * kept without authors and reported. An unknown macro, an unreadable author, date or identifier, or a repeated
 * field is repaired (left out, or the first kept) and reported. Stateless and thread-safe.
 */
public final class BibtexReader implements RecordReader {
  /** The format name, {@code bibtex}. */
  public static final String FORMAT = "bibtex";

  private static final Pattern LOOKS_LIKE = Pattern.compile("(?m)^\\s*@\\s*[A-Za-z]+\\s*[{(]");
  private static final Pattern ARXIV_IN_TEXT = Pattern.compile(
      "(?i)(?:arxiv[:\\s]\\s*|arxiv\\.org/(?:abs|pdf)/)((?:\\d{4}\\.\\d{4,5}|[a-z\\-]+(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?)");
  private static final Pattern ARXIV_ID =
      Pattern.compile("(?:arXiv:)?(\\d{4}\\.\\d{4,5}|[a-z\\-]+(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern DOI_IN_URL = Pattern.compile("(?i)https?://(?:dx\\.)?doi\\.org/(10\\..+)");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern TRUNCATION = Pattern.compile("(?i)others|et\\.?\\s*al\\.?");
  private static final Map<String, String> MONTHS = ImmutableMap.<String, String>builder()
      .put("jan", "January").put("feb", "February").put("mar", "March").put("apr", "April").put("may", "May")
      .put("jun", "June").put("jul", "July").put("aug", "August").put("sep", "September").put("oct", "October")
      .put("nov", "November").put("dec", "December").build();
  private static final String ENTRY_FORM = "'@type{key, field = {value}, ...}'";

  /** Creates the reader. */
  public BibtexReader() {}

  @Override
  public String formatName() {
    return FORMAT;
  }

  /** True when some line of {@code head} starts an entry, e.g. <code>&#64;article{</code>. */
  @Override
  public boolean looksLike(String head) {
    return LOOKS_LIKE.matcher(checkNotNull(head, "head")).find();
  }

  @Override
  public void read(BufferedReader in, String sourceName, RecordSink sink) throws IOException {
    new Parse(new Chars(checkNotNull(in, "in")), checkNotNull(sourceName, "sourceName"), checkNotNull(sink, "sink"))
        .run();
  }

  /** A syntax error at a line; the entry is rejected and reading resumes at the next '@'. */
  private static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    final long line;

    SyntaxError(long line, String message) {
      super(message, null, false, false);
      this.line = line;
    }
  }

  /** Characters with line numbers, one character of push-back, and whether a character began its line. */
  private static final class Chars {
    private final BufferedReader in;
    private long line = 1;
    private int pushed = -2;
    private boolean lineStart = true;
    private boolean lineStartBefore = true;
    private boolean lastAtLineStart;

    Chars(BufferedReader in) {
      this.in = in;
    }

    /** The next character, or -1 at the end. */
    int read() throws IOException {
      int c;
      if (pushed != -2) {
        c = pushed;
        pushed = -2;
      } else {
        c = in.read();
      }
      lineStartBefore = lineStart;
      lastAtLineStart = lineStart && c >= 0 && !Character.isWhitespace(c);
      if (c == '\n') {
        line++;
        lineStart = true;
      } else if (c >= 0 && !Character.isWhitespace(c)) {
        lineStart = false;
      }
      return c;
    }

    /** Whether the character last returned by {@link #read} was the first non-blank one of its line. */
    boolean lastAtLineStart() {
      return lastAtLineStart;
    }

    /** Pushes back the character last read. */
    void unread(int c) {
      pushed = c;
      lineStart = lineStartBefore;
      if (c == '\n') {
        line--;
      }
    }

    long line() {
      return line;
    }

    int skipWhitespace() throws IOException {
      int c;
      do {
        c = read();
      } while (c >= 0 && Character.isWhitespace(c));
      return c;
    }
  }

  /** The state of one read. */
  private static final class Parse {
    private final Chars in;
    private final String source;
    private final RecordSink sink;
    private final Map<String, String> macros = new HashMap<>(MONTHS);
    private final List<IngestIssue> repairs = new ArrayList<>();
    private long entryLine;
    private long macroChars;

    Parse(Chars in, String source, RecordSink sink) {
      this.in = in;
      this.source = source;
      this.sink = sink;
    }

    void run() throws IOException {
      boolean any = false;
      for (int c = in.read(); c >= 0; c = in.read()) {
        if (c != '@') {
          continue;
        }
        any = true;
        entryLine = in.line();
        repairs.clear();
        try {
          entry();
        } catch (SyntaxError e) {
          reject(e.line, e.getMessage());
        }
      }
      if (!any) {
        sink.issue(new IngestIssue(new SourceRef(source, Math.max(1, in.line())), IngestIssue.Action.REJECTED,
            "no BibTeX entry found (expected entries like " + ENTRY_FORM + ")"));
      }
    }

    private void reject(long line, String message) {
      sink.issue(new IngestIssue(new SourceRef(source, entryLine), IngestIssue.Action.REJECTED,
          "entry at line " + entryLine + " rejected: line " + line + ": " + message));
    }

    private void repair(String message) {
      repairs.add(new IngestIssue(new SourceRef(source, entryLine), IngestIssue.Action.REPAIRED, message));
    }

    /** Reads one entry after its '@'. */
    private void entry() throws IOException, SyntaxError {
      int c = in.skipWhitespace();
      String type = identifier(c).toLowerCase(Locale.ROOT);
      if (type.isEmpty()) {
        throw new SyntaxError(in.line(), "expected an entry type after '@' (e.g. '@article{'), found "
            + describe(c));
      }
      c = in.skipWhitespace();
      if (c != '{' && c != '(') {
        throw new SyntaxError(in.line(), "expected '{' or '(' after '@" + type + "', found " + describe(c));
      }
      int close = c == '{' ? '}' : ')';
      switch (type) {
        case "comment", "preamble" -> skipBalanced(close);
        case "string" -> stringMacro(close);
        default -> record(type, close);
      }
    }

    private void skipBalanced(int close) throws IOException, SyntaxError {
      long start = in.line();
      int depth = 0;
      for (int c = in.read(); c >= 0; c = in.read()) {
        if (c == '{') {
          depth++;
        } else if (c == '}' && depth > 0) {
          depth--;
        } else if (c == close && depth == 0) {
          return;
        }
      }
      throw new SyntaxError(start, "end of file inside an entry (expected a closing '" + (char) close + "')");
    }

    private void stringMacro(int close) throws IOException, SyntaxError {
      int c = in.skipWhitespace();
      String name = identifier(c);
      if (name.isEmpty()) {
        throw new SyntaxError(in.line(), "expected a macro name in @string, found " + describe(c));
      }
      expect('=', "after @string name '" + name + "'");
      String value = value(name);
      c = in.skipWhitespace();
      if (c == ',') {
        c = in.skipWhitespace();
      }
      if (c != close) {
        throw new SyntaxError(in.line(), "expected '" + (char) close + "' to end @string " + name + ", found "
            + describe(c));
      }
      if (macroChars + value.length() > sink.limits().maxMacroChars()) {
        throw new SyntaxError(in.line(), "@string " + name + " would make the macros of this file expand to more "
            + "than " + org.citegraph.io.InputLimits.describe("maxMacroChars", sink.limits().maxMacroChars())
            + "; the macro is not defined");
      }
      macroChars += value.length();
      macros.put(name.toLowerCase(Locale.ROOT), value);
    }

    private void checkValueLength(StringBuilder out, int adding, String field) throws SyntaxError {
      if ((long) out.length() + adding > sink.limits().maxValueChars()) {
        throw new SyntaxError(in.line(), "value of field '" + field + "' is longer than "
            + org.citegraph.io.InputLimits.describe("maxValueChars", sink.limits().maxValueChars()));
      }
    }

    private void expect(char wanted, String where) throws IOException, SyntaxError {
      int c = in.skipWhitespace();
      if (c != wanted) {
        throw new SyntaxError(in.line(), "expected '" + wanted + "' " + where + ", found " + describe(c));
      }
    }

    private void record(String type, int close) throws IOException, SyntaxError {
      int c = in.skipWhitespace();
      StringBuilder key = new StringBuilder();
      while (c >= 0 && c != ',' && c != close && !Character.isWhitespace(c)) {
        if (c == '@' || c == '=' || c == '{') {
          throw new SyntaxError(in.line(), "expected a citation key then ',' after '@" + type + "{', found '"
              + (char) c + "'");
        }
        key.appendCodePoint(c);
        c = in.read();
      }
      if (Character.isWhitespace(c)) {
        c = in.skipWhitespace();
      }
      Map<String, String> fields = new LinkedHashMap<>();
      if (c != close) {
        if (c != ',') {
          throw new SyntaxError(in.line(), "expected ',' after citation key '" + key + "', found " + describe(c));
        }
        fields(close, fields, key.toString());
      }
      build(type, key.toString(), fields);
    }

    private void fields(int close, Map<String, String> fields, String key) throws IOException, SyntaxError {
      while (true) {
        int c = in.skipWhitespace();
        if (c == close) {
          return;
        }
        if (c == '@' && in.lastAtLineStart()) {
          in.unread(c);
          throw new SyntaxError(in.line(), "entry '" + key + "' is not closed before the next entry (expected '"
              + (char) close + "')");
        }
        String name = identifier(c).toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
          throw new SyntaxError(in.line(), "expected a field name or '" + (char) close + "' in entry '" + key
              + "', found " + describe(c));
        }
        expect('=', "after field name '" + name + "' in entry '" + key + "'");
        String value = value(name);
        if (fields.containsKey(name)) {
          repair("entry '" + key + "' repeats field '" + name + "' (expected each field once); the first is kept");
        } else {
          fields.put(name, value);
        }
        c = in.skipWhitespace();
        if (c == close) {
          return;
        }
        if (c != ',') {
          if (c == '@' && in.lastAtLineStart()) {
            in.unread(c);
          }
          throw new SyntaxError(in.line(), "expected ',' or '" + (char) close + "' after the value of field '"
              + name + "' in entry '" + key + "', found " + describe(c));
        }
      }
    }

    /** Reads an identifier starting with {@code c}; leaves the character after it unread. */
    private String identifier(int c) throws IOException {
      StringBuilder b = new StringBuilder();
      while (c >= 0 && (Character.isLetterOrDigit(c) || "-_:.+/'".indexOf(c) >= 0)) {
        b.appendCodePoint(c);
        c = in.read();
      }
      if (c >= 0) {
        in.unread(c);
      }
      return b.toString();
    }

    /** Reads a value: pieces joined by '#'. Braced content keeps its inner braces. */
    private String value(String field) throws IOException, SyntaxError {
      StringBuilder out = new StringBuilder();
      while (true) {
        int c = in.skipWhitespace();
        if (c == '{') {
          delimited('}', out, field);
        } else if (c == '"') {
          delimited('"', out, field);
        } else if (c >= 0 && Character.isDigit(c)) {
          out.append(identifier(c));
        } else if (c >= 0 && Character.isLetter(c)) {
          String macro = identifier(c);
          String expansion = macros.get(macro.toLowerCase(Locale.ROOT));
          if (expansion == null) {
            repair("field '" + field + "' uses undefined macro '" + macro
                + "' (expected a @string definition before use); the macro name is kept as text");
            expansion = macro;
          }
          checkValueLength(out, expansion.length(), field);
          out.append(expansion);
        } else {
          throw new SyntaxError(in.line(), "expected a value for field '" + field
              + "' ({...}, \"...\", a number or a @string macro), found " + describe(c));
        }
        c = in.skipWhitespace();
        if (c != '#') {
          if (c >= 0) {
            in.unread(c);
          }
          return out.toString();
        }
      }
    }

    /** Reads up to the closing delimiter at brace depth 0, keeping inner braces. */
    private void delimited(char end, StringBuilder out, String field) throws IOException, SyntaxError {
      long start = in.line();
      int depth = 0;
      for (int c = in.read(); c >= 0; c = in.read()) {
        if (c == '@' && in.lastAtLineStart()) {
          in.unread(c);
          throw new SyntaxError(start, "value of field '" + field + "' is not closed before the next entry "
              + "(expected '" + (end == '}' ? "}" : "\"") + "' to end it)");
        }
        if (c == end && depth == 0) {
          return;
        }
        if (c == '{') {
          depth++;
        } else if (c == '}') {
          if (depth == 0) {
            throw new SyntaxError(in.line(), "unbalanced '}' in field '" + field + "' (expected '\"')");
          }
          depth--;
        }
        if (out.length() >= sink.limits().maxValueChars()) {
          checkValueLength(out, 1, field);
        }
        out.appendCodePoint(c);
      }
      throw new SyntaxError(start, "end of file inside the value of field '" + field + "' (expected '" + end
          + "' to end it)");
    }

    private static String describe(int c) {
      return c < 0 ? "the end of the file" : Character.isWhitespace(c) ? "white space" : "'" + (char) c + "'";
    }

    /** Turns a parsed entry into a paper or a rejection. */
    private void build(String type, String key, Map<String, String> fields) {
      SourceRef where = new SourceRef(source, entryLine);
      String title = fields.containsKey("title") ? Text.clean(fields.get("title")) : "";
      if (title.isEmpty()) {
        reject(entryLine, "entry '" + key + "' (@" + type + ") has no title (expected title = {...})");
        return;
      }
      String authorField = fields.containsKey("author") ? fields.get("author") : fields.getOrDefault("editor", "");
      Paper.Builder b = Paper.builder().title(title).source(where);
      boolean complete = true;
      boolean named = false;
      for (String raw : splitAuthors(authorField)) {
        String name = CharMatcher.whitespace().trimAndCollapseFrom(raw, ' ');
        if (name.isEmpty()) {
          continue;
        }
        if (TRUNCATION.matcher(name).matches()) {
          complete = false;
          continue;
        }
        try {
          b.author(bibtexName(name));
          named = true;
        } catch (IllegalArgumentException e) {
          repair("entry '" + key + "': author '" + name + "' cannot be read: " + e.getMessage()
              + " (expected 'Last, First', 'First Last' or 'Last, Jr., First'); left out");
          complete = false;
        }
      }
      b.authorListComplete(complete && named);
      date(fields, key, b);
      identifiers(fields, key, b);
      if (fields.containsKey("abstract")) {
        b.abstractText(Text.clean(fields.get("abstract")));
      }
      if (fields.containsKey("affiliation")) {
        String a = Text.clean(fields.get("affiliation"));
        if (!a.isEmpty()) {
          b.affiliation(a);
        }
      }
      // "arXiv preprint arXiv:1706.03762" (as scholar exports write preprints) names arXiv, not a venue per paper.
      Text.firstCleaned(fields.get("journal"), fields.get("booktitle"))
          .map(v -> ARXIV_IN_TEXT.matcher(v).find() ? "arXiv" : v).ifPresent(b::venue);
      Paper paper;
      try {
        paper = b.build();
      } catch (IllegalArgumentException e) {
        reject(entryLine, "entry '" + key + "' cannot be built: " + e.getMessage());
        return;
      }
      if (paper.allAuthors().isEmpty()) {
        boolean hasField = fields.containsKey("author") || fields.containsKey("editor");
        repair("entry '" + key + "' " + (hasField ? "names no author that could be read" : "has no author or "
            + "editor field") + " (expected author = {Last, First and ...}): " + IngestIssue.KEPT_WITHOUT_AUTHORS);
      }
      repairs.forEach(sink::issue);
      sink.paper(paper);
    }

    private void date(Map<String, String> fields, String key, Paper.Builder b) {
      String year = fields.get("year");
      if (year == null) {
        return;
      }
      String y = Text.clean(year);
      Matcher lettered = Pattern.compile("(\\d{4})[a-z]").matcher(y);
      if (lettered.matches()) {
        repair("entry '" + key + "': year '" + y + "' carries a disambiguation letter (expected four digits); read as "
            + lettered.group(1));
        y = lettered.group(1);
      }
      if (!YEAR.matcher(y).matches()) {
        repair("entry '" + key + "': year '" + y + "' is not a four-digit year; the paper is kept without a date");
        return;
      }
      int yearValue = Integer.parseInt(y);
      String month = fields.get("month");
      try {
        if (month != null) {
          int m = monthNumber(Text.clean(month));
          if (m > 0) {
            b.date(PubDate.ofMonth(yearValue, m));
            return;
          }
          repair("entry '" + key + "': month '" + month + "' is not a month (expected jan..dec, a month name or "
              + "1-12); only the year is kept");
        }
        b.date(PubDate.ofYear(yearValue));
      } catch (IllegalArgumentException e) {
        repair("entry '" + key + "': year " + y + " is out of range: " + e.getMessage() + "; kept without a date");
      }
    }

    private void identifiers(Map<String, String> fields, String key, Paper.Builder b) {
      String doi = fields.get("doi");
      if (doi != null) {
        addId(b, key, "doi", doi, () -> PaperId.doi(Text.clean(doi)));
      }
      String url = fields.get("url");
      if (url != null) {
        Matcher m = DOI_IN_URL.matcher(url.trim());
        if (m.matches()) {
          addId(b, key, "url", url, () -> PaperId.doi(m.group(1)));
        }
      }
      String eprint = fields.get("eprint");
      String prefix = fields.getOrDefault("archiveprefix", fields.getOrDefault("eprinttype", ""));
      if (eprint != null) {
        Matcher m = ARXIV_ID.matcher(eprint.trim());
        if (prefix.trim().equalsIgnoreCase("arxiv") || m.matches()) {
          addId(b, key, "eprint", eprint, () -> {
            if (!m.matches()) {
              throw new IllegalArgumentException("'" + eprint + "' is not an arXiv id");
            }
            return PaperId.arxiv(m.group(1));
          });
        }
      }
      for (String field : List.of("journal", "booktitle", "note", "url", "howpublished")) {
        String v = fields.get(field);
        if (v != null) {
          Matcher m = ARXIV_IN_TEXT.matcher(Text.clean(v));
          if (m.find()) {
            addId(b, key, field, v, () -> PaperId.arxiv(m.group(1)));
          }
        }
      }
    }

    private void addId(Paper.Builder b, String key, String field, String value,
        java.util.function.Supplier<PaperId> id) {
      try {
        b.identifier(id.get());
      } catch (IllegalArgumentException e) {
        repair("entry '" + key + "': field " + field + " '" + value + "' holds no valid identifier: "
            + e.getMessage() + "; left out");
      }
    }
  }

  /** The month number of a BibTeX month value (jan, January, Jan., 1), or 0. */
  static int monthNumber(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT).replace(".", "");
    if (v.matches("\\d{1,2}")) {
      int n = Integer.parseInt(v);
      return n >= 1 && n <= 12 ? n : 0;
    }
    int i = 1;
    for (Map.Entry<String, String> e : MONTHS.entrySet()) {
      if (v.length() >= 3 && (v.equals(e.getKey()) || e.getValue().toLowerCase(Locale.ROOT).startsWith(v))) {
        return i;
      }
      i++;
    }
    return 0;
  }

  /** Splits an author field on " and " outside braces (any white space around "and", case-insensitive). */
  static List<String> splitAuthors(String field) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && Character.isWhitespace(c) && i + 4 < field.length()
          && field.regionMatches(true, i + 1, "and", 0, 3) && Character.isWhitespace(field.charAt(i + 4))) {
        out.add(field.substring(start, i).trim());
        start = i + 5;
        i += 4;
      }
    }
    out.add(field.substring(start).trim());
    return out;
  }

  /**
   * Reads one BibTeX name: "First Last", "Last, First" or "Last, Jr., First". A name that is one braced group
   * ({@code {DeepMind}}) is a corporate name kept whole as the family name, as is a braced last part ({@code {Le
   * Cun}, Yann}). A trailing comma ({@code Cajal, Santiago,}) is ignored.
   *
   * @throws IllegalArgumentException if the name cannot be read
   */
  static PersonName bibtexName(String raw) {
    String name = raw.trim();
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth = Math.max(0, depth - 1);
      } else if (c == ',' && depth == 0) {
        parts.add(name.substring(start, i).trim());
        start = i + 1;
      }
    }
    parts.add(name.substring(start).trim());
    parts.removeIf(String::isEmpty);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("empty name");
    }
    if (parts.size() == 1) {
      String only = parts.get(0);
      if (isOneGroup(only)) {
        return new PersonName("", "", Text.clean(only.substring(1, only.length() - 1)), "");
      }
      return PersonName.parse(only);
    }
    if (parts.size() > 3) {
      throw new IllegalArgumentException("too many commas in '" + raw + "'");
    }
    String last = parts.get(0);
    String first = parts.get(parts.size() - 1);
    String suffix = parts.size() == 3 ? Text.clean(parts.get(1)) : "";
    PersonName n;
    if (isOneGroup(last)) {
      n = new PersonName(Text.clean(first), "", Text.clean(last.substring(1, last.length() - 1)), "");
    } else {
      n = PersonName.fromLastFirst(last, first);
    }
    return suffix.isEmpty() ? n : new PersonName(n.given(), n.particle(), n.family(), suffix);
  }

  /** Whether {@code s} is a single brace group {@code {...}} spanning all of it. */
  private static boolean isOneGroup(String s) {
    if (s.length() < 2 || s.charAt(0) != '{' || s.charAt(s.length() - 1) != '}') {
      return false;
    }
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
        if (depth == 0 && i < s.length() - 1) {
          return false;
        }
      }
    }
    return depth == 0;
  }
}
