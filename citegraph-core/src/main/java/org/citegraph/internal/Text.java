package org.citegraph.internal;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableMap;

/**
 * Text decoding and folding shared by the readers and the resolvers. Not part of the public API.
 *
 * <p>All case operations use {@link Locale#ROOT}, so results do not depend on the default locale (in a Turkish
 * locale {@code "I".toLowerCase()} is a dotless {@code ı}).
 */
public final class Text {
  private Text() {}

  private static final Map<String, String> ENTITIES = ImmutableMap.<String, String>builder()
      .put("amp", "&").put("lt", "<").put("gt", ">").put("quot", "\"").put("apos", "'").put("nbsp", " ")
      .put("ndash", "\u2013").put("mdash", "\u2014").put("rsquo", "\u2019").put("lsquo", "\u2018")
      .put("rdquo", "\u201d").put("ldquo", "\u201c").put("hellip", "\u2026")
      .put("szlig", "\u00df").put("oslash", "\u00f8").put("Oslash", "\u00d8").put("aelig", "\u00e6")
      .put("AElig", "\u00c6").put("aring", "\u00e5").put("Aring", "\u00c5").put("eth", "\u00f0")
      .put("thorn", "\u00fe").put("ccedil", "\u00e7").put("Ccedil", "\u00c7").put("ntilde", "\u00f1")
      .put("Ntilde", "\u00d1").put("scaron", "\u0161").put("Scaron", "\u0160").put("zcaron", "\u017e")
      .put("Zcaron", "\u017d").put("oelig", "\u0153").put("OElig", "\u0152")
      .buildOrThrow();

  private static final Map<Character, Character> ACCENT_COMMANDS = ImmutableMap.<Character, Character>builder()
      .put('\'', '\u0301').put('`', '\u0300').put('^', '\u0302').put('"', '\u0308').put('~', '\u0303')
      .put('=', '\u0304').put('.', '\u0307').put('u', '\u0306').put('v', '\u030c').put('H', '\u030b')
      .put('c', '\u0327').put('k', '\u0328').put('r', '\u030a').put('d', '\u0323').put('b', '\u0331')
      .buildOrThrow();

  private static final Map<String, String> LATEX_LETTERS = ImmutableMap.<String, String>builder()
      .put("ss", "\u00df").put("o", "\u00f8").put("O", "\u00d8").put("ae", "\u00e6").put("AE", "\u00c6")
      .put("oe", "\u0153").put("OE", "\u0152").put("aa", "\u00e5").put("AA", "\u00c5").put("l", "\u0142")
      .put("L", "\u0141").put("i", "\u0131").put("j", "\u0237").put("&", "&").put("_", "_").put("%", "%")
      .buildOrThrow();

  private static final Map<Integer, String> FOLDED_LETTERS = ImmutableMap.<Integer, String>builder()
      .put((int) '\u00df', "ss").put((int) '\u00f8', "o").put((int) '\u00d8', "o").put((int) '\u00e6', "ae")
      .put((int) '\u00c6', "ae").put((int) '\u0153', "oe").put((int) '\u0152', "oe").put((int) '\u0142', "l")
      .put((int) '\u0141', "l").put((int) '\u0131', "i").put((int) '\u0237', "j").put((int) '\u0111', "d")
      .put((int) '\u0110', "d").put((int) '\u00f0', "d").put((int) '\u00d0', "d").put((int) '\u00fe', "th")
      .put((int) '\u00de', "th").put((int) '\u0127', "h").put((int) '\u0126', "h")
      // Capital sharp s lower-cases to \u00df, which would only be folded on a second pass.
      .put((int) '\u1e9e', "ss")
      .buildOrThrow();

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,8});");
  /** {@code \'e}, {@code \'{e}}, {@code {\'e}}, {@code \c{c}}, {@code \c c}. */
  private static final Pattern LATEX_ACCENT =
      Pattern.compile("\\{?\\\\([`'^\"~=.]|[uvHckrdb](?=[\\s{]))\\s*(?:\\{\\s*(\\\\?[A-Za-z])\\s*\\}|(\\\\?[A-Za-z]))\\}?");
  private static final Pattern LATEX_LETTER = Pattern.compile("\\{?\\\\(ss|o|O|ae|AE|oe|OE|aa|AA|l|L|i|j|&|_|%)(?![A-Za-z])\\}?");
  private static final Pattern ENTITY_ACUTE = Pattern.compile("([A-Za-z])(acute|grave|uml|circ|tilde|cedil|ring|caron)");

  /** Decodes HTML character references ({@code &eacute;}, {@code &#233;}, {@code &#xE9;}); unknown names stay. */
  public static String decodeHtmlEntities(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      String body = m.group(1);
      String replacement = null;
      if (body.charAt(0) == '#') {
        try {
          int cp = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X')
              ? Integer.parseInt(body.substring(2), 16) : Integer.parseInt(body.substring(1));
          if (Character.isValidCodePoint(cp)) {
            replacement = new String(Character.toChars(cp));
          }
        } catch (NumberFormatException e) {
          replacement = null;
        }
      } else {
        replacement = ENTITIES.get(body);
        if (replacement == null) {
          Matcher accent = ENTITY_ACUTE.matcher(body);
          if (accent.matches()) {
            char mark = switch (accent.group(2)) {
              case "acute" -> '\u0301';
              case "grave" -> '\u0300';
              case "uml" -> '\u0308';
              case "circ" -> '\u0302';
              case "tilde" -> '\u0303';
              case "cedil" -> '\u0327';
              case "ring" -> '\u030a';
              default -> '\u030c';
            };
            replacement = Normalizer.normalize(accent.group(1) + mark, Normalizer.Form.NFC);
          }
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? m.group() : replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Decodes the LaTeX accent commands and special letters found in author names and titles ({@code \"o}, {@code
   * {\'e}}, {@code \c{c}}, {@code \ss}, {@code {\o}}), drops grouping braces and turns {@code ~} into a space.
   */
  public static String decodeLatex(String s) {
    if (s.indexOf('\\') < 0 && s.indexOf('{') < 0 && s.indexOf('~') < 0) {
      return s;
    }
    Matcher m = LATEX_ACCENT.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      char command = m.group(1).charAt(0);
      String base = m.group(2) != null ? m.group(2) : m.group(3);
      if (base.startsWith("\\")) {
        base = base.equals("\\i") ? "i" : base.equals("\\j") ? "j" : base.substring(1);
      }
      String composed = Normalizer.normalize(base + ACCENT_COMMANDS.get(command), Normalizer.Form.NFC);
      m.appendReplacement(out, Matcher.quoteReplacement(composed));
    }
    m.appendTail(out);
    Matcher letters = LATEX_LETTER.matcher(out.toString());
    StringBuilder out2 = new StringBuilder(out.length());
    while (letters.find()) {
      letters.appendReplacement(out2, Matcher.quoteReplacement(LATEX_LETTERS.get(letters.group(1))));
    }
    letters.appendTail(out2);
    String result = out2.toString().replace('~', ' ');
    return CharMatcher.anyOf("{}").removeFrom(result);
  }

  /**
   * The first of several alternative fields (a record's venue, else its journal name, ...) that is present and not
   * empty once {@link #clean cleaned}.
   *
   * @param values the fields in order of preference; null for one the record lacks
   * @return the first non-empty cleaned value; empty when every value is null or cleans to nothing
   */
  public static java.util.Optional<String> firstCleaned(String... values) {
    for (String v : values) {
      String c = v == null ? "" : clean(v);
      if (!c.isEmpty()) {
        return java.util.Optional.of(c);
      }
    }
    return java.util.Optional.empty();
  }

  /** Decodes entities and LaTeX, then collapses white space and trims. */
  public static String clean(String s) {
    return collapseWhitespace(decodeLatex(decodeHtmlEntities(s)));
  }

  /** Whether {@code c} is a control character other than white space, or an invisible format character (Cf). */
  private static boolean invisible(char c) {
    if (c < 0x80) {
      return (c < 0x20 && !(c >= '\t' && c <= '\r')) || c == 0x7f;
    }
    return (c >= 0x80 && c <= 0x9f && c != 0x85) || Character.getType(c) == Character.FORMAT;
  }

  /**
   * {@code s} without control characters (other than white space) and invisible format characters (zero-width
   * spaces and joiners, bidi marks and isolates, soft hyphens, byte-order marks); {@code s} itself when it holds
   * none, the common case. Names are cleaned so ("Chris Dyer" with a DEL is "Chris Dyer").
   *
   * @param s a string
   * @return the string without those characters
   */
  public static String removeInvisible(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && !invisible(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder out = new StringBuilder(n);
    out.append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (!invisible(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * {@link #fold} for personal names, after the German and Scandinavian transliterations that writers apply by hand:
   * ä/ae, ö/oe, ü/ue, ø/oe, so that "Schütze" and "Schuetze" fold alike ({@code schuetze}); ß already folds to
   * {@code ss}.
   *
   * @param s a name or part of one
   * @return the folded form
   */
  public static String foldName(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0xc4) {
        return fold(transliterate(s));
      }
    }
    return fold(s);
  }

  private static String transliterate(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(n.length() + 4);
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      switch (c) {
        case '\u00e4', '\u00c4' -> out.append(c == '\u00e4' ? "ae" : "Ae");
        case '\u00f6', '\u00d6', '\u00f8', '\u00d8' -> out.append(Character.isLowerCase(c) ? "oe" : "Oe");
        case '\u00fc', '\u00dc' -> out.append(c == '\u00fc' ? "ue" : "Ue");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static final CharMatcher WHITESPACE = CharMatcher.whitespace();

  /** Whether Guava's {@link CharMatcher#whitespace()} matches {@code c}, with ASCII decided inline. */
  private static boolean isWhitespace(char c) {
    if (c < 0x80) {
      return c == ' ' || (c >= '\t' && c <= '\r');
    }
    return WHITESPACE.matches(c);
  }

  /**
   * Exactly {@code CharMatcher.whitespace().trimAndCollapseFrom(s, ' ')} (white space trimmed, every run of it
   * turned into one space), in one pass; returns the string itself when nothing changes, the common case.
   */
  public static String collapseWhitespace(CharSequence text) {
    String s = text.toString();
    int n = s.length();
    int i = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (isWhitespace(c) && (c != ' ' || i == 0 || i == n - 1 || isWhitespace(s.charAt(i - 1)))) {
        break;
      }
    }
    if (i == n) {
      return s;
    }
    while (i > 0 && isWhitespace(s.charAt(i - 1))) {
      i--; // restart at the beginning of the white-space run
    }
    char[] out = new char[n];
    s.getChars(0, i, out, 0);
    int w = i;
    boolean pending = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (isWhitespace(c)) {
        pending = w > 0;
      } else {
        if (pending) {
          out[w++] = ' ';
        }
        pending = false;
        out[w++] = c;
      }
    }
    return new String(out, 0, w);
  }

  /**
   * {@link #collapseWhitespace(CharSequence)} of {@code chars[offset, offset + length)}, straight from a character
   * buffer (such as a JSON parser's text buffer) into one new string: a first scan finds the first place that needs
   * a change; when there is none the range is copied as it is, otherwise the rest is collapsed in one pass. O(length),
   * one or two allocations. The buffer is only read. Written out rather than as Guava's {@code trimAndCollapseFrom}
   * on a {@code CharBuffer.wrap} of the range because that measured about 30% slower parsing of JSON Lines (warm,
   * 100k synthetic papers: 121–124 against 177–191 MB/s), where abstracts dominate.
   */
  public static String collapseWhitespace(char[] chars, int offset, int length) {
    int end = offset + length;
    int i = offset;
    for (; i < end; i++) {
      char c = chars[i];
      if (c <= ' ' || c >= 0x80) {
        if (isWhitespace(c) && (c != ' ' || i == offset || i == end - 1 || isWhitespace(chars[i - 1]))) {
          break;
        }
      }
    }
    if (i == end) {
      return new String(chars, offset, length);
    }
    while (i > offset && isWhitespace(chars[i - 1])) {
      i--; // restart at the beginning of the white-space run
    }
    char[] out = new char[length];
    int w = i - offset;
    System.arraycopy(chars, offset, out, 0, w);
    // i is at the start of a white-space run: skip it, write one space unless at either end, then copy the text up
    // to the next run that needs a change (anything but one ' ' between two other characters) in one block.
    while (i < end) {
      while (i < end && isWhitespace(chars[i])) {
        i++;
      }
      if (i == end) {
        break;
      }
      if (w > 0) {
        out[w++] = ' ';
      }
      int j = i;
      for (; j < end; j++) {
        char c = chars[j];
        if ((c <= ' ' || c >= 0x80) && isWhitespace(c)
            && (c != ' ' || j + 1 == end || isWhitespace(chars[j + 1]))) {
          break;
        }
      }
      System.arraycopy(chars, i, out, w, j - i);
      w += j - i;
      i = j;
    }
    return new String(out, 0, w);
  }

  /**
   * Folds text for matching: accents removed, special letters transliterated (ß and ẞ→ss, ø→o, ł→l, ı→i), lower case
   * in {@link Locale#ROOT}, every run of characters that are not letters or digits turned into one space, trimmed.
   * Independent of the default locale.
   *
   * <p>Strings made only of characters of the Basic Multilingual Plane whose folding does not depend on their
   * neighbors (nearly all text: ASCII, Latin, Greek, Cyrillic, CJK, general punctuation) take a fast path that folds
   * each character through a lazily filled table, with results identical to the general path ({@code
   * foldGeneral}); already folded ASCII text is returned as it is, other ASCII text is folded byte by byte through a
   * table. O(n) either way.
   */
  public static String fold(String s) {
    String fast = foldFast(s);
    return fast != null ? fast : foldGeneral(s);
  }

  /**
   * The per-character folding of every BMP character as the general path's first pass would produce it on that
   * character alone, with one space standing for "a separator here"; {@link #SLOW} where the character (a surrogate,
   * or one whose folding is not context-free) must take the general path; null until first needed. Racy lazy filling
   * is safe: every thread computes the same immutable string.
   */
  private static final String[] FAST_FOLD = new String[0x10000];
  /** Marker (compared by identity) for characters that need the general path. */
  private static final String SLOW = new String("slow");

  /** The fast path of {@link #fold}, or null when {@code s} holds a character that needs the general path. */
  static String foldFast(String s) {
    int n = s.length();
    // Already folded ASCII: lower-case letters and digits separated by single spaces, no space at either end.
    int i = 0;
    for (char prev = ' '; i < n; i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == ' ' && prev != ' '))) {
        break;
      }
      prev = c;
    }
    if (i == n && (n == 0 || s.charAt(n - 1) != ' ')) {
      return s;
    }
    String ascii = foldAscii(s);
    if (ascii != null) {
      return ascii;
    }
    StringBuilder out = new StringBuilder(n + 8);
    boolean pendingSpace = false;
    for (i = 0; i < n; i++) {
      char c = s.charAt(i);
      String entry;
      if (c < 0x80) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
          if (pendingSpace && out.length() > 0) {
            out.append(' ');
          }
          pendingSpace = false;
          out.append(c);
          continue;
        }
        if (c >= 'A' && c <= 'Z') {
          if (pendingSpace && out.length() > 0) {
            out.append(' ');
          }
          pendingSpace = false;
          out.append((char) (c + ('a' - 'A')));
          continue;
        }
        if (c != '\'') {
          pendingSpace = true;
        }
        continue;
      }
      entry = FAST_FOLD[c];
      if (entry == null) {
        entry = fastEntry(c);
        FAST_FOLD[c] = entry;
      }
      if (entry == SLOW) {
        return null;
      }
      for (int k = 0; k < entry.length(); k++) {
        char e = entry.charAt(k);
        if (e == ' ') {
          pendingSpace = true;
        } else {
          if (pendingSpace && out.length() > 0) {
            out.append(' ');
          }
          pendingSpace = false;
          out.append(e);
        }
      }
    }
    return out.toString();
  }

  /**
   * Per ASCII character, what {@link #foldFast} makes of it: the lower-case letter or the digit, {@link
   * #ASCII_SEPARATOR} for a separator, {@link #ASCII_DROPPED} for the apostrophe (dropped, as the general path drops
   * it).
   */
  private static final byte[] ASCII_FOLD = asciiFold();
  private static final byte ASCII_SEPARATOR = 0;
  private static final byte ASCII_DROPPED = -1;

  private static byte[] asciiFold() {
    byte[] table = new byte[0x80];
    for (char c = 0; c < 0x80; c++) {
      table[c] = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ? (byte) c
          : c >= 'A' && c <= 'Z' ? (byte) (c + ('a' - 'A')) : c == '\'' ? ASCII_DROPPED : ASCII_SEPARATOR;
    }
    return table;
  }

  /**
   * {@link #foldFast} of a string made only of ASCII characters, written byte by byte through {@link #ASCII_FOLD}
   * (the folded text is never longer than the input: each space stands for at least one separator); null when
   * {@code s} holds any other character.
   */
  private static String foldAscii(String s) {
    int n = s.length();
    byte[] out = new byte[n];
    int w = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      byte f = ASCII_FOLD[c];
      if (f > 0) {
        if (pendingSpace && w > 0) {
          out[w++] = ' ';
        }
        pendingSpace = false;
        out[w++] = f;
      } else if (f == ASCII_SEPARATOR) {
        pendingSpace = true;
      }
    }
    return new String(out, 0, w, StandardCharsets.ISO_8859_1);
  }

  /**
   * The folding of one BMP character on its own, as {@link #foldGeneral}'s first pass does it, with a space for each
   * separator; {@link #SLOW} unless the result is context-free: the character is not a surrogate, and the letters
   * it yields are NFKD-normalised, hold no mark and are left unchanged by the general path's final pass. NFKD of a
   * string is the concatenation of its characters' decompositions up to the reordering of combining marks, which
   * the first pass drops, so folding such characters one by one gives the general path's result.
   */
  private static String fastEntry(char c) {
    if (Character.isSurrogate(c)) {
      return SLOW;
    }
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
    StringBuilder entry = new StringBuilder();
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      if (isMark(cp) || cp == '\'' || cp == '\u2019' || cp == '\u02bc') {
        continue;
      }
      String folded = FOLDED_LETTERS.get(cp);
      if (folded != null) {
        entry.append(folded);
      } else if (Character.isLetterOrDigit(cp)) {
        entry.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
      } else {
        entry.append(' ');
      }
    }
    String result = entry.toString();
    String letters = result.replace(" ", "");
    for (int i = 0; i < letters.length(); i++) {
      char l = letters.charAt(i);
      if (Character.isSurrogate(l) || isMark(l) || Character.isWhitespace(l) || !Character.isLetterOrDigit(l)) {
        return SLOW;
      }
    }
    if (!Normalizer.isNormalized(letters, Normalizer.Form.NFKD)
        || !MARKS.matcher(Normalizer.normalize(letters, Normalizer.Form.NFKD)).replaceAll("").equals(letters)) {
      return SLOW;
    }
    return result;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * The general path of {@link #fold}: NFKD, marks and apostrophes dropped, special letters transliterated, lower
   * case in {@link Locale#ROOT}, separators collapsed, and marks introduced by lower-casing stripped. Package-private
   * so that tests can compare it with the fast path.
   */
  static String foldGeneral(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean pendingSpace = false;
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK) {
        continue;
      }
      if (cp == '\'' || cp == '\u2019' || cp == '\u02bc') {
        continue; // O'Brien -> obrien
      }
      String folded = FOLDED_LETTERS.get(cp);
      if (folded != null) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.append(folded);
      } else if (Character.isLetterOrDigit(cp)) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
      } else {
        pendingSpace = true;
      }
    }
    // U+0130 (capital I with dot) lower-cases to i + U+0307 in ROOT; strip any mark introduced by lower-casing.
    return MARKS.matcher(Normalizer.normalize(out, Normalizer.Form.NFKD)).replaceAll("");
  }

  /**
   * The text without the characters XML 1.0 does not allow (controls other than tab, line feed and carriage return,
   * U+FFFE, U+FFFF, unpaired surrogates); the same string when there are none. The one XML-character filter of the
   * library (GraphML/GEXF export, SVG rendering).
   *
   * @param s the text
   * @return the text XML can hold
   */
  public static String xmlChars(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (ok) {
          if (sb != null) {
            sb.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else if (Character.isLowSurrogate(c)) {
        ok = false;
      } else {
        ok = c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
      }
      if (!ok && sb == null) {
        sb = new StringBuilder(s.length()).append(s, 0, i);
      } else if (ok && sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }
}
