package org.citegraph.io.arxiv;

import org.citegraph.io.IngestIssue;
import org.citegraph.io.RecordSink;



import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;

import org.citegraph.internal.Text;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;

/**
 * The fields of one arXiv metadata record as the JSON readers collect them, and the rules they share for turning
 * them into a {@link Paper}: author quirks (collaborations, "et al", a bare suffix listed as an author, squashed
 * initials), several DOIs in one field, non-arXiv category codes, and dates. Problems that are repaired are kept
 * and reported before the paper; {@link #emit} sends exactly one paper or one rejection. Package-private; one
 * instance per record, not thread-safe.
 */
final class ArxivRecord {
  /**
   * One author as a source gives it in parts: "Last", "First", suffix, affiliations (each possibly empty; several
   * affiliations separated by U+001F).
   */
  record Parts(String last, String first, String suffix, String affiliation) {}

  private static final Pattern COLLABORATION =
      Pattern.compile("(?i)\\b(collaborations?|consortium|team|group|experiment|project)\\b");
  /** In parentheses after a name, only these words make a collaboration ("(Theory Group)" is an affiliation). */
  private static final Pattern NAMED_COLLABORATION = Pattern.compile("(?i)\\b(collaborations?|consortium)\\b");
  private static final Pattern ET_AL_TAIL = Pattern.compile("(?i)[,;:]?\\s*(et\\.?\\s*al\\.?|and\\s+others)\\s*$");
  private static final Pattern ET_AL_ONLY = Pattern.compile("(?i)^(et\\.?\\s*)?al\\.?$|^et\\.?$|^others$");
  /** Initials glued to a family name: "M.I.Ayzatsky", "J.P.Hague", "A.O.Barvinsky", "C.Sfienti". */
  private static final Pattern SQUASHED = Pattern.compile("^((?:\\p{Lu}\\.-?)+)(\\p{L}[\\p{L}'\u2019\\-]*\\p{L}.*)$");
  private static final Pattern PARENTHESISED = Pattern.compile("\\(([^()]*(?:\\([^()]*\\)[^()]*)*)\\)");
  private static final Pattern CATEGORY_CODE = Pattern.compile("[a-z][a-z-]*(\\.[A-Za-z][A-Za-z-]*)?");
  private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})([T ].*)?$");
  private static final Pattern ABS_URL = Pattern.compile("^https?://arxiv\\.org/abs/");

  private static final String[] COLLABORATION_WORDS =
      {"collaboration", "consortium", "team", "group", "experiment", "project"};

  /** {@code CharMatcher.whitespace().trimAndCollapseFrom(s, ' ')}; see {@link Text#collapseWhitespace}. */
  static String trimAndCollapse(CharSequence s) {
    return Text.collapseWhitespace(s);
  }

  /**
   * Whether {@link #COLLABORATION} finds a match in {@code s}: a quick test for its words (case folded, which can
   * only add candidates), then the pattern.
   */
  static boolean namesCollaboration(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    for (String w : COLLABORATION_WORDS) {
      if (lower.contains(w)) {
        return COLLABORATION.matcher(s).find();
      }
    }
    return false;
  }

  /** Whether {@link #ET_AL_ONLY} matches {@code s}; every alternative starts with e, a or o. */
  static boolean isEtAlOnly(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = Character.toLowerCase(s.charAt(0));
    return (c == 'e' || c == 'a' || c == 'o') && ET_AL_ONLY.matcher(s).matches();
  }

  /**
   * {@link #ET_AL_TAIL} matched against {@code s}, or null when it has no match: a match needs the text, without
   * trailing white space, to end in "al", "al." or "others" (any case), which is checked first.
   */
  static Matcher etAlTail(String s) {
    int end = s.length();
    while (end > 0 && " \t\n\u000b\f\r".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end > 0 && s.charAt(end - 1) == '.') {
      end--;
    }
    boolean candidate = s.regionMatches(true, end - 2, "al", 0, 2) || s.regionMatches(true, end - 6, "others", 0, 6);
    if (!candidate) {
      return null;
    }
    Matcher m = ET_AL_TAIL.matcher(s);
    return m.find() ? m : null;
  }

  final SourceRef where;
  final List<IngestIssue> repairs = new ArrayList<>();
  String arxivId;
  String doi;
  String title;
  String abstractText;
  /** Whether {@link #abstractText} is already trimmed and collapsed (read so from a JSON text buffer). */
  boolean abstractCollapsed;
  /** Authors in parts ("authors_parsed"); preferred over {@link #authorsText} and {@link #displayAuthors}. */
  final List<Parts> parsedAuthors = new ArrayList<>();
  /** The author list as one string, e.g. "A. Smith, B. Jones and C. Li". */
  String authorsText;
  /** Authors as a list of display names ("First Last"), one per element. */
  final List<String> displayAuthors = new ArrayList<>();
  String primaryCategory;
  final List<String> categories = new ArrayList<>();
  PubDate date;
  PubDate updated;
  final List<String> references = new ArrayList<>();

  /** A record starting at {@code where} (source and line). */
  ArxivRecord(SourceRef where) {
    this.where = where;
  }

  /** How messages name the record: "record 0704.0001", or "record" while its id is unknown. */
  String label() {
    return arxivId == null || arxivId.isBlank() ? "record" : "record " + arxivId.trim();
  }

  /** Reports a repaired value of this record (sent before the paper). */
  void repaired(String message) {
    repairs.add(new IngestIssue(where, IngestIssue.Action.REPAIRED, label() + ": " + message));
  }

  /** Reads categories written as one space-separated string ("math.CO cs.CG"); the first is the primary. */
  void categoriesFromText(String text) {
    for (String c : Splitter.on(CharMatcher.whitespace()).omitEmptyStrings().split(text)) {
      categories.add(c);
    }
  }

  /** Parses a Kaggle version date ("Mon, 2 Apr 2007 19:18:42 GMT") to a day, or reports it and returns null. */
  PubDate rfc1123Date(String text, String field) {
    LocalDate quick = gmtDate(text);
    if (quick != null) {
      return PubDate.of(quick);
    }
    try {
      ZonedDateTime t = ZonedDateTime.parse(text.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
      return PubDate.of(t.withZoneSameInstant(ZoneOffset.UTC).toLocalDate());
    } catch (DateTimeParseException | IllegalArgumentException e) {
      repaired(field + " '" + text + "' is not a date (expected e.g. 'Mon, 2 Apr 2007 19:18:42 GMT'); left out");
      return null;
    }
  }

  private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  private static final String[] MONTHS =
      {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

  /**
   * The day of the usual Kaggle form "Mon, 2 Apr 2007 19:18:42 GMT" (one or two day digits, a valid time, the day
   * of week that date has), read without {@link DateTimeFormatter}; null for anything else, which then goes through
   * {@link DateTimeFormatter#RFC_1123_DATE_TIME} as before. GMT is UTC, so the date is the one written.
   */
  static LocalDate gmtDate(String text) {
    int n = text.length();
    // "Mon, 2 Apr 2007 19:18:42 GMT" is 28 characters, 29 with a two-digit day.
    if (n != 28 && n != 29 || text.charAt(3) != ',' || text.charAt(4) != ' ' || !text.endsWith(" GMT")) {
      return null;
    }
    int p = n == 29 ? 7 : 6; // after the day
    int day = number(text, 5, p);
    if (day < 0 || text.charAt(p) != ' ' || text.charAt(p + 4) != ' ' || text.charAt(p + 9) != ' '
        || text.charAt(p + 12) != ':' || text.charAt(p + 15) != ':') {
      return null;
    }
    int month = -1;
    for (int m = 0; m < 12; m++) {
      if (text.startsWith(MONTHS[m], p + 1)) {
        month = m + 1;
      }
    }
    int year = number(text, p + 5, p + 9);
    int hour = number(text, p + 10, p + 12);
    int minute = number(text, p + 13, p + 15);
    int second = number(text, p + 16, p + 18);
    if (month < 0 || year < 1000 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
        || second > 59) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.of(year, month, day);
    } catch (java.time.DateTimeException e) {
      return null;
    }
    return text.startsWith(DAYS[date.getDayOfWeek().ordinal()]) ? date : null;
  }

  /** The decimal number written in {@code s[from, to)}, or -1 unless every character there is a digit. */
  private static int number(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /**
   * Parses a date written as an ISO date or timestamp ("2008-11-26", "2015-11-18T21:50:51Z",
   * "2016-06-01T01:50:11-0400") to its calendar day as written, or reports it and returns null.
   */
  PubDate isoDate(String text, String field) {
    Matcher m = ISO_DATE.matcher(text.trim());
    if (m.matches()) {
      try {
        return PubDate.of(LocalDate.parse(m.group(1)));
      } catch (DateTimeParseException | IllegalArgumentException e) {
        // reported below
      }
    }
    repaired(field + " '" + text + "' is not a date (expected e.g. '2008-11-26' or '2015-11-18T21:50:51Z'); "
        + "left out");
    return null;
  }

  /** The arXiv id from an abstract URL ("http://arxiv.org/abs/2103.14659v1" gives "2103.14659v1"), or the text. */
  static String idFromUrl(String text) {
    return ABS_URL.matcher(text.trim()).replaceFirst("");
  }

  /** A raw reference text cut for use as an {@code unresolved:} key: white space collapsed, at most 200 chars. */
  static String referenceText(String raw) {
    String t = trimAndCollapse(raw);
    return t.length() <= 200 ? t : t.substring(0, 200);
  }

  /**
   * Sends the record to the sink: the repairs, then the paper; or one rejection naming what is missing (id,
   * title, authors).
   */
  void emit(RecordSink sink) {
    Paper.Builder b = Paper.builder().source(where);
    if (arxivId == null || arxivId.isBlank()) {
      reject("has no arXiv id (expected an 'id' such as \"0704.0001\" or \"hep-th/9901001\")", sink);
      return;
    }
    try {
      b.identifier(PaperId.arxiv(arxivId));
    } catch (IllegalArgumentException e) {
      reject("id '" + arxivId + "' is not an arXiv id (expected e.g. 0704.0001 or hep-th/9901001)", sink);
      return;
    }
    String cleanTitle = title == null ? "" : cleanTitle(title);
    if (cleanTitle.isEmpty()) {
      reject("has no title (expected a non-empty 'title')", sink);
      return;
    }
    b.title(cleanTitle);
    boolean authorField = !parsedAuthors.isEmpty() || !displayAuthors.isEmpty() || authorsText != null;
    if (!authors(b)) {
      repaired((authorField ? "names no author that could be read" : "has no author field")
          + " (expected 'authors_parsed' or 'authors' with at least one name): " + IngestIssue.KEPT_WITHOUT_AUTHORS);
    }
    if (doi != null) {
      for (String d : Splitter.on(CharMatcher.whitespace().or(CharMatcher.anyOf(",;"))).omitEmptyStrings()
          .split(doi)) {
        try {
          b.identifier(PaperId.doi(d));
        } catch (IllegalArgumentException e) {
          repaired("doi '" + d + "' is not a DOI (expected a value starting with 10.); left out");
        }
      }
    }
    List<Category> cats = new ArrayList<>();
    for (String c : categories) {
      String code = c.trim();
      if (CATEGORY_CODE.matcher(code).matches()) {
        cats.add(Category.of(code));
      } else {
        repaired("category '" + c + "' is not an arXiv category code (expected e.g. cs.LG); left out");
      }
    }
    Category primary = cats.isEmpty() ? null : cats.get(0);
    if (primaryCategory != null) {
      String code = primaryCategory.trim();
      if (CATEGORY_CODE.matcher(code).matches()) {
        primary = Category.of(code);
      } else {
        repaired("primary category '" + primaryCategory + "' is not an arXiv category code (expected e.g. "
            + "cs.LG); the first listed category is taken");
      }
    }
    cats.forEach(b::category);
    if (primary != null) {
      b.primaryCategory(primary);
    }
    b.date(date).updated(updated);
    if (abstractText != null) {
      b.abstractText(abstractCollapsed ? abstractText : trimAndCollapse(abstractText));
    }
    references.forEach(b::reference);
    Paper paper;
    try {
      paper = b.build();
    } catch (IllegalArgumentException e) {
      reject("cannot be built: " + e.getMessage(), sink);
      return;
    }
    repairs.forEach(sink::issue);
    sink.paper(paper);
  }

  /** Whether {@code s} holds none of {@code $ & \\ { ~}, so that {@link #cleanTitle} only collapses white space. */
  static boolean plainText(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c == '$' || c == '&' || c == '\\' || c == '{' || c == '~') {
        return false;
      }
    }
    return true;
  }

  /**
   * A title with LaTeX accents and HTML entities decoded and white space collapsed, except inside {@code $...$}
   * math, which is kept as written ("$t^{-\\beta}$" keeps its braces).
   */
  static String cleanTitle(String title) {
    if (plainText(title)) {
      // No math, entity, LaTeX command, brace or tilde: decoding changes nothing, only white space is collapsed.
      return trimAndCollapse(title);
    }
    return cleanTitleGeneral(title);
  }

  /** {@link #cleanTitle} without its shortcut for plain text; package-private so tests can compare the two. */
  static String cleanTitleGeneral(String title) {
    List<String> parts = Splitter.on('$').splitToList(title);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        out.append('$');
      }
      boolean math = i % 2 == 1 && i < parts.size() - 1;
      String part = parts.get(i);
      if (math) {
        out.append(CharMatcher.whitespace().collapseFrom(part, ' '));
      } else {
        String cleaned = Text.clean(part);
        if (!cleaned.isEmpty() && i > 0 && Character.isWhitespace(part.charAt(0))) {
          out.append(' ');
        }
        out.append(cleaned);
        if (!cleaned.isEmpty() && i < parts.size() - 1 && Character.isWhitespace(part.charAt(part.length() - 1))) {
          out.append(' ');
        }
      }
    }
    return trimAndCollapse(out);
  }

  private void reject(String why, RecordSink sink) {
    sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, label() + " " + why));
  }

  /** Fills the authors from the best source available; false when no person or collaboration is named. */
  private boolean authors(Paper.Builder b) {
    List<PersonName> names = new ArrayList<>();
    List<String> collaborations = new ArrayList<>();
    boolean[] truncated = {false};
    if (!parsedAuthors.isEmpty()) {
      for (Parts p : parsedAuthors) {
        fromParts(p, names, collaborations, truncated, b);
      }
      if (authorsText != null && etAlTail(Text.clean(authorsText)) != null) {
        truncated[0] = true;
      }
    } else if (!displayAuthors.isEmpty()) {
      for (String d : displayAuthors) {
        fromDisplay(d, names, collaborations, truncated, b);
      }
    } else if (authorsText != null) {
      for (String d : splitAuthorsText(authorsText)) {
        fromDisplay(d, names, collaborations, truncated, b);
      }
    }
    if (truncated[0]) {
      b.authorListComplete(false);
    }
    if (names.isEmpty() && collaborations.isEmpty()) {
      b.authorListComplete(false); // authors exist but none could be read
    }
    if (names.isEmpty() && !collaborations.isEmpty()) {
      repaired("only a collaboration is named ('" + collaborations.get(0) + "'); kept as the author");
      names.add(new PersonName("", "", collaborations.get(0), ""));
    } else {
      for (String c : collaborations) {
        repaired("'" + c + "' is a collaboration, not a person; left out of the author list");
      }
    }
    b.authors(names);
    return !names.isEmpty();
  }

  private void fromParts(Parts p, List<PersonName> names, List<String> collaborations, boolean[] truncated,
      Paper.Builder b) {
    String last = CharMatcher.anyOf(",;").trimTrailingFrom(Text.clean(p.last())).trim();
    String given = Text.clean(p.first());
    String suffix = CharMatcher.anyOf(",").trimFrom(Text.clean(p.suffix())).trim();
    for (String a : Splitter.on('\u001f').split(p.affiliation())) {
      String affiliation = Text.clean(a);
      if (!affiliation.isEmpty()) {
        b.affiliation(affiliation);
      }
    }
    String whole = (given + " " + last).trim();
    if (namesCollaboration(whole) && !isEtAlOnly(last)) {
      collaborations.add(whole);
      return;
    }
    if (isEtAlOnly(last)) {
      truncated[0] = true;
      Matcher tail = ET_AL_TAIL.matcher(given + " al");
      String rest = tail.find() ? (given + " al").substring(0, tail.start()).trim() : given;
      if (rest.isEmpty()) {
        return;
      }
      repaired("author '" + whole + "' has 'et al' split across its parts; read as '" + rest
          + "' and the list marked incomplete");
      fromDisplay(rest, names, collaborations, truncated, b);
      return;
    }
    if (Text.fold(last).isEmpty()) {
      repaired("author entry '" + p.last().trim() + "' names nobody (no letters); left out");
      return;
    }
    if (given.isEmpty() && PersonName.isSuffix(last)) {
      attachSuffix(last, names);
      return;
    }
    if (given.isEmpty()) {
      Matcher sq = SQUASHED.matcher(last);
      if (sq.matches()) {
        PersonName n = desquash(sq);
        repaired("author '" + last + "' has initials glued to the family name; read as '" + n.displayName() + "'");
        names.add(n);
        return;
      }
    }
    try {
      PersonName n = PersonName.fromLastFirst(last, given);
      if (!suffix.isEmpty()) {
        n = new PersonName(n.given(), n.particle(), n.family(), suffix);
      }
      names.add(n);
    } catch (IllegalArgumentException e) {
      repaired("author '" + whole + "' is not a person name (" + e.getMessage() + "); left out");
    }
  }

  private void fromDisplay(String raw, List<PersonName> names, List<String> collaborations, boolean[] truncated,
      Paper.Builder b) {
    String text = Text.clean(raw);
    Matcher paren = PARENTHESISED.matcher(text);
    StringBuilder bare = new StringBuilder();
    while (paren.find()) {
      String inside = paren.group(1).trim();
      if (NAMED_COLLABORATION.matcher(inside).find()) {
        collaborations.add(CharMatcher.whitespace().trimAndCollapseFrom(
            inside.replaceFirst("(?i)^for\\s+(the\\s+)?", "the "), ' '));
      } else if (inside.chars().anyMatch(Character::isLetter)) {
        b.affiliation(inside);
      }
      paren.appendReplacement(bare, " ");
    }
    paren.appendTail(bare);
    text = CharMatcher.whitespace().trimAndCollapseFrom(bare, ' ');
    Matcher etAl = etAlTail(text);
    if (etAl != null) {
      truncated[0] = true;
      text = text.substring(0, etAl.start()).trim();
    }
    int colon = text.indexOf(':');
    if (colon > 0 && namesCollaboration(text.substring(0, colon))) {
      collaborations.add(text.substring(0, colon).trim());
      text = text.substring(colon + 1).trim();
    }
    if (text.isEmpty() || isEtAlOnly(text)) {
      if (!text.isEmpty()) {
        truncated[0] = true;
      }
      return;
    }
    if (namesCollaboration(text)) {
      collaborations.add(text);
      return;
    }
    if (PersonName.isSuffix(text)) {
      attachSuffix(text, names);
      return;
    }
    Matcher sq = SQUASHED.matcher(text);
    if (sq.matches() && text.indexOf(' ') < 0) {
      PersonName n = desquash(sq);
      repaired("author '" + text + "' has initials glued to the family name; read as '" + n.displayName() + "'");
      names.add(n);
      return;
    }
    try {
      names.add(PersonName.parse(text));
    } catch (IllegalArgumentException e) {
      repaired("author '" + raw + "' is not a person name (" + e.getMessage() + "); left out");
    }
  }

  /** A bare suffix listed as an author ("Heath, Jr."): attached to the preceding name, or reported. */
  private void attachSuffix(String suffix, List<PersonName> names) {
    if (names.isEmpty()) {
      repaired("author '" + suffix + "' is a bare name suffix with no name before it; left out");
      return;
    }
    PersonName prev = names.remove(names.size() - 1);
    PersonName joined = new PersonName(prev.given(), prev.particle(), prev.family(), suffix);
    names.add(joined);
    repaired("author '" + suffix + "' is a bare name suffix; attached to the preceding author as '"
        + joined.displayName() + "'");
  }

  private static PersonName desquash(Matcher sq) {
    String initials = sq.group(1).replace(".", ". ").replace("- ", "-").trim();
    PersonName rest = PersonName.parse(sq.group(2));
    String given = (initials + " " + rest.given()).trim();
    return new PersonName(given, rest.particle(), rest.family(), rest.suffix());
  }

  /**
   * Splits an arXiv author string ("A. Smith (MIT), B. Jones and C. Li") into names. Parenthesised groups
   * (affiliations, "for the X Collaboration") stay with the name they follow.
   */
  private static List<String> splitAuthorsText(String text) {
    String cleaned = Text.clean(text);
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < cleaned.length(); i++) {
      char c = cleaned.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      }
      boolean and = depth == 0 && cleaned.startsWith(" and ", i);
      if (depth == 0 && (c == ',' || c == ';' || c == '&') || and) {
        addPart(cur, out);
        if (and) {
          i += 4;
        }
        continue;
      }
      cur.append(c);
    }
    addPart(cur, out);
    return out;
  }

  private static void addPart(StringBuilder cur, List<String> out) {
    String part = cur.toString().trim();
    if (!part.isEmpty()) {
      out.add(part);
    }
    cur.setLength(0);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s %s", where, label());
  }
}
