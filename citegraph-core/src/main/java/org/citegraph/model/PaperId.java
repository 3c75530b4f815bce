package org.citegraph.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

import com.google.common.hash.Hashing;

/**
 * A stable paper identifier: an arXiv id (without version), a DOI (lower case), an ACL Anthology, OpenAlex or
 * Semantic Scholar id, or, when none is known, a content hash of the normalised title, first author's family name
 * and year. Prints as {@code arxiv:1703.04813}, {@code doi:10.1000/x}, {@code acl:P05-1001}, {@code
 * openalex:W2741809807}, {@code s2:649def34f8be52c8b66281af98ae884c09aef38b}, {@code hash:3f2a9c0d11e4}. A paper's
 * primary id is the first of these kinds it has, in that order.
 *
 * @param scheme what kind of identifier this is
 * @param value the identifier within its scheme
 */
public record PaperId(Scheme scheme, String value) implements Comparable<PaperId> {

  /** The kinds of identifier, in order of preference when records of one paper carry several. */
  public enum Scheme {
    /** A version-less arXiv identifier, new style ({@code 1703.04813}) or old style ({@code hep-th/9901001}). */
    ARXIV,
    /** A DOI, lower-cased. */
    DOI,
    /** An ACL Anthology id ({@code P05-1001}, {@code 2020.acl-main.1}). */
    ACL,
    /** An OpenAlex work id ({@code W2741809807}). */
    OPENALEX,
    /** A Semantic Scholar paper id (40 hex digits) or corpus id ({@code CorpusId:1234}). */
    S2,
    /** A content hash for records with no other identifier. */
    HASH;

    /**
     * The scheme's prefix in {@link PaperId#toString()}.
     *
     * @return the lower-case scheme name: {@code arxiv}, {@code doi}, {@code acl}, {@code openalex}, {@code s2} or
     *     {@code hash}
     */
    public String prefix() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final Pattern ARXIV_OLD = Pattern.compile("[a-z-]+(\\.[A-Z]{2})?/\\d{7}");
  private static final Pattern ACL_ID = Pattern.compile("[A-Z]\\d{2}-\\d{4}[a-z]?|\\d{4}\\.[a-z0-9-]+\\.\\d+");
  private static final Pattern DOI_PREFIX = Pattern.compile("^(https?://(dx\\.)?doi\\.org/|doi:)");
  private static final Pattern OPENALEX_PREFIX = Pattern.compile("^https?://openalex\\.org/");
  private static final Pattern OPENALEX_ID = Pattern.compile("[Ww]\\d+");
  private static final Pattern S2_HEX = Pattern.compile("[0-9a-fA-F]{40}");
  private static final Pattern S2_CORPUS = Pattern.compile("CorpusId:\\d+");
  private static final Comparator<PaperId> ORDER =
      Comparator.comparing(PaperId::scheme).thenComparing(PaperId::value);

  /**
   * Validates the identifier against its scheme. Only arXiv ids are checked for form here; the factory methods
   * ({@link #doi}, {@link #acl}, ...) normalise and check the other schemes.
   *
   * @param scheme what kind of identifier this is
   * @param value the identifier within its scheme, not blank; for {@link Scheme#ARXIV} a version-less new-style
   *     ({@code 1703.04813}) or old-style ({@code hep-th/9901001}) id
   * @throws IllegalArgumentException if {@code value} is blank or not a version-less arXiv id for that scheme
   * @throws NullPointerException if {@code scheme} or {@code value} is null
   */
  public PaperId {
    checkNotNull(scheme, "scheme");
    checkNotNull(value, "value");
    checkArgument(!value.isBlank(), "A %s id cannot be blank", scheme);
    if (scheme == Scheme.ARXIV) {
      checkArgument(isNewStyleArxiv(value) || ARXIV_OLD.matcher(value).matches(),
          "'%s' is not a version-less arXiv id (expected e.g. 1703.04813 or hep-th/9901001)", value);
    }
  }

  /**
   * An arXiv id; a trailing version ({@code v2}) and an {@code arXiv:} prefix are removed.
   *
   * @param id an arXiv id as written, e.g. {@code arXiv:1703.04813v2} or {@code hep-th/9901001}
   * @return the version-less arXiv id
   * @throws IllegalArgumentException if what remains is not a new- or old-style arXiv id
   * @throws NullPointerException if {@code id} is null
   */
  public static PaperId arxiv(String id) {
    String v = id.trim();
    if (v.regionMatches(true, 0, "arxiv:", 0, 6)) {
      v = v.substring(6);
    }
    return new PaperId(Scheme.ARXIV, stripVersion(v));
  }

  /** Removes a trailing {@code v<digits>} (same as the former regex {@code v\\d+$}), without a regex. */
  private static String stripVersion(String v) {
    int i = v.length();
    while (i > 0 && isAsciiDigit(v.charAt(i - 1))) {
      i--;
    }
    if (i < v.length() && i > 0 && v.charAt(i - 1) == 'v') {
      return v.substring(0, i - 1);
    }
    return v;
  }

  /** Same as matching {@code \\d{4}\\.\\d{4,5}} (ASCII digits), without a regex. */
  private static boolean isNewStyleArxiv(String v) {
    int n = v.length();
    if (n != 9 && n != 10) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = v.charAt(i);
      if (i == 4 ? c != '.' : !isAsciiDigit(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * A DOI, lower-cased, with any {@code https://doi.org/} or {@code doi:} prefix removed.
   *
   * @param doi a DOI as written, e.g. {@code 10.1000/X}, {@code doi:10.1000/x} or {@code https://doi.org/10.1000/x}
   * @return the lower-cased DOI
   * @throws IllegalArgumentException if the value does not start with {@code 10.} once the prefix is removed
   * @throws NullPointerException if {@code doi} is null
   */
  public static PaperId doi(String doi) {
    String v = doi.trim().toLowerCase(Locale.ROOT);
    if (!v.startsWith("10.")) {
      v = DOI_PREFIX.matcher(v).replaceFirst("");
    }
    checkArgument(v.startsWith("10."), "'%s' is not a DOI (expected a value starting with 10.)", doi);
    return new PaperId(Scheme.DOI, v);
  }

  /**
   * An ACL Anthology id, e.g. {@code P05-1001} or {@code 2020.acl-main.1}.
   *
   * @param id the id, old style (letter, two digits, dash, four digits) or new style (year.venue.number)
   * @return the id, trimmed
   * @throws IllegalArgumentException if the id has neither form
   * @throws NullPointerException if {@code id} is null
   */
  public static PaperId acl(String id) {
    String v = id.trim();
    checkArgument(ACL_ID.matcher(v).matches(), "'%s' is not an ACL Anthology id (expected e.g. P05-1001)", id);
    return new PaperId(Scheme.ACL, v);
  }

  /**
   * An OpenAlex work id; an {@code https://openalex.org/} prefix is removed.
   *
   * @param id the id, e.g. {@code W2741809807} or {@code https://openalex.org/W2741809807}
   * @return the id with an upper-case {@code W}
   * @throws IllegalArgumentException if the id is not {@code W} followed by digits
   * @throws NullPointerException if {@code id} is null
   */
  public static PaperId openAlex(String id) {
    String v = OPENALEX_PREFIX.matcher(id.trim()).replaceFirst("");
    checkArgument(OPENALEX_ID.matcher(v).matches(), "'%s' is not an OpenAlex work id (expected e.g. W2741809807)", id);
    return new PaperId(Scheme.OPENALEX, v.toUpperCase(Locale.ROOT));
  }

  /**
   * A Semantic Scholar paper id (40 hex digits, lower-cased) or corpus id ({@code CorpusId:1234}).
   *
   * @param id the id as written
   * @return the id, hex ids lower-cased
   * @throws IllegalArgumentException if the id is neither 40 hex digits nor {@code CorpusId:} and digits
   * @throws NullPointerException if {@code id} is null
   */
  public static PaperId semanticScholar(String id) {
    String v = id.trim();
    boolean hex = S2_HEX.matcher(v).matches();
    checkArgument(hex || S2_CORPUS.matcher(v).matches(),
        "'%s' is not a Semantic Scholar id (expected 40 hex digits or CorpusId:N)", id);
    return new PaperId(Scheme.S2, hex ? v.toLowerCase(Locale.ROOT) : v);
  }

  /**
   * A content hash (first 12 hex digits of SHA-256) of a normalised title and a second key (the library uses the
   * first author's family name and the year).
   *
   * @param titleKey the title's matching key ({@link Titles#key(String)})
   * @param firstAuthorKey a second key that tells apart papers of one title
   * @return a {@link Scheme#HASH} id of 12 lower-case hex digits, the same for the same keys
   */
  public static PaperId contentHash(String titleKey, String firstAuthorKey) {
    String hex = Hashing.sha256().hashString(titleKey + "\u0000" + firstAuthorKey, StandardCharsets.UTF_8).toString();
    return new PaperId(Scheme.HASH, hex.substring(0, 12));
  }

  /**
   * Parses the form printed by {@link #toString()}: a scheme prefix (any case), a colon and the value as stored.
   *
   * @param text e.g. {@code arxiv:1703.04813} or {@code doi:10.1000/x}
   * @return the id
   * @throws IllegalArgumentException if there is no prefix, the prefix names no scheme, or the value is invalid
   *     for its scheme
   * @throws NullPointerException if {@code text} is null
   */
  public static PaperId parse(String text) {
    int colon = text.indexOf(':');
    checkArgument(colon > 0, "'%s' is not a paper id (expected arxiv:..., doi:... or hash:...)", text);
    String prefix = text.substring(0, colon).toLowerCase(Locale.ROOT);
    String value = text.substring(colon + 1);
    for (Scheme s : Scheme.values()) {
      if (s.prefix().equals(prefix)) {
        return new PaperId(s, value);
      }
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a paper id (expected arxiv:..., doi:... or hash:...)");
  }

  @Override
  public int compareTo(PaperId other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return scheme.prefix() + ":" + value;
  }
}
