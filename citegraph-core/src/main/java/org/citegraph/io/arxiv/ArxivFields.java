package org.citegraph.io.arxiv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;

import org.citegraph.internal.Text;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PubDate;

/** Field conversions shared by the arXiv readers (Atom, OAI-PMH, {@code .abs}). */
final class ArxivFields {
  private ArxivFields() {}

  /** "2 Apr 2007 19:18:42 GMT", as in {@code .abs} files and arXivRaw after the day of the week. */
  private static final DateTimeFormatter RFC_1123 =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm[:ss] zzz", Locale.ENGLISH);
  private static final Pattern DAY_OF_WEEK = Pattern.compile("^[A-Za-z]{3,9},\\s*");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  /** An arXiv abstract-page URL or id with optional version, as in Atom {@code <id>} elements. */
  private static final Pattern ABS_URL = Pattern.compile("^https?://(?:export\\.)?arxiv\\.org/abs/(.+)$");

  /**
   * Parses an RFC 1123 date-time as arXiv writes it ("Mon, 2 Apr 2007 19:18:42 GMT"); the calendar date in GMT.
   *
   * @throws IllegalArgumentException if it does not parse
   */
  static PubDate rfc1123(String text) {
    // The day of the week is dropped: arXiv has records whose weekday does not match the date (1208.9998).
    String t = DAY_OF_WEEK.matcher(CharMatcher.whitespace().trimAndCollapseFrom(text, ' ')).replaceFirst("");
    try {
      return PubDate.of(ZonedDateTime.parse(t, RFC_1123).toLocalDate());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + text + "' is not a date (expected e.g. 'Mon, 2 Apr 2007 19:18:42 "
          + "GMT')", e);
    }
  }

  /**
   * Parses an ISO 8601 date or date-time ("2007-04-02", "2017-06-12T17:57:34Z", "2003-07-07T13:46:39-04:00"); the
   * calendar date as written.
   *
   * @throws IllegalArgumentException if it does not parse
   */
  static PubDate iso(String text) {
    String t = text.trim();
    try {
      if (ISO_DATE.matcher(t).matches()) {
        return PubDate.of(LocalDate.parse(t));
      }
      return PubDate.of(OffsetDateTime.parse(t).toLocalDate());
    } catch (DateTimeException | IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + text + "' is not a date (expected e.g. '2007-04-02' or "
          + "'2017-06-12T17:57:34Z')", e);
    }
  }

  /**
   * The arXiv id in an Atom {@code <id>} ({@code http://arxiv.org/abs/1706.03762v5}), an OAI identifier ({@code
   * oai:arXiv.org:0704.0001}) or a plain id, without version.
   *
   * @throws IllegalArgumentException if it is not an arXiv id
   */
  static PaperId arxivId(String text) {
    String t = text.trim();
    Matcher m = ABS_URL.matcher(t);
    if (m.matches()) {
      t = m.group(1);
    } else if (t.regionMatches(true, 0, "oai:arXiv.org:", 0, 14)) {
      t = t.substring(14);
    }
    return PaperId.arxiv(t);
  }

  /**
   * Adds every DOI of a space-separated DOI field; a token that is not a DOI is reported through {@code problem}
   * and left out.
   */
  static void dois(String field, Paper.Builder b, Consumer<String> problem) {
    for (String token : Splitter.on(CharMatcher.whitespace()).omitEmptyStrings().split(field)) {
      try {
        b.identifier(PaperId.doi(token));
      } catch (IllegalArgumentException e) {
        problem.accept("DOI '" + token + "' is not a DOI (expected e.g. 10.1103/PhysRevD.76.013009); left out");
      }
    }
  }

  /** Adds a space-separated category list; the first is the primary category. */
  static void categories(String field, Paper.Builder b) {
    List<String> codes = Splitter.on(CharMatcher.whitespace()).omitEmptyStrings().splitToList(field);
    for (int i = 0; i < codes.size(); i++) {
      Category c = Category.of(codes.get(i));
      if (i == 0) {
        b.primaryCategory(c);
      } else {
        b.category(c);
      }
    }
  }

  /** A title: LaTeX accents and HTML entities decoded, whitespace collapsed. */
  static String title(String raw) {
    return Text.clean(raw);
  }

  /** An abstract: whitespace (including line breaks) collapsed, trimmed. */
  static String abstractText(String raw) {
    return CharMatcher.whitespace().trimAndCollapseFrom(raw, ' ');
  }

  /** Text cut to 80 characters for messages. */
  static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
