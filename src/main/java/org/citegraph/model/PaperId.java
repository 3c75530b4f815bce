package org.citegraph.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

import com.google.common.hash.Hashing;

/**
 * A stable paper identifier: an arXiv id (without version), a DOI (lower case), or, when neither is known, a content
 * hash of the normalised title, first author's family name and year. Prints as {@code arxiv:1703.04813},
 * {@code doi:10.1000/x}, {@code hash:3f2a9c0d11e4}.
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
    /** A content hash for records with neither arXiv id nor DOI. */
    HASH;

    /** The scheme's prefix in {@link PaperId#toString()}. */
    public String prefix() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final Pattern ARXIV_NEW = Pattern.compile("\\d{4}\\.\\d{4,5}");
  private static final Pattern ARXIV_OLD = Pattern.compile("[a-z-]+(\\.[A-Z]{2})?/\\d{7}");
  private static final Pattern VERSION = Pattern.compile("v\\d+$");
  private static final Comparator<PaperId> ORDER =
      Comparator.comparing(PaperId::scheme).thenComparing(PaperId::value);

  /** Validates the identifier against its scheme. */
  public PaperId {
    checkNotNull(scheme, "scheme");
    checkNotNull(value, "value");
    checkArgument(!value.isBlank(), "A %s id cannot be blank", scheme);
    if (scheme == Scheme.ARXIV) {
      checkArgument(ARXIV_NEW.matcher(value).matches() || ARXIV_OLD.matcher(value).matches(),
          "'%s' is not a version-less arXiv id (expected e.g. 1703.04813 or hep-th/9901001)", value);
    }
  }

  /** An arXiv id; a trailing version ({@code v2}) and an {@code arXiv:} prefix are removed. */
  public static PaperId arxiv(String id) {
    String v = id.trim();
    if (v.regionMatches(true, 0, "arxiv:", 0, 6)) {
      v = v.substring(6);
    }
    return new PaperId(Scheme.ARXIV, VERSION.matcher(v).replaceFirst(""));
  }

  /** A DOI, lower-cased, with any {@code https://doi.org/} or {@code doi:} prefix removed. */
  public static PaperId doi(String doi) {
    String v = doi.trim().toLowerCase(Locale.ROOT);
    v = v.replaceFirst("^(https?://(dx\\.)?doi\\.org/|doi:)", "");
    checkArgument(v.startsWith("10."), "'%s' is not a DOI (expected a value starting with 10.)", doi);
    return new PaperId(Scheme.DOI, v);
  }

  /**
   * A content hash (first 12 hex digits of SHA-256) of a normalised title and a second key (the library uses the
   * first author's family name and the year).
   */
  public static PaperId contentHash(String titleKey, String firstAuthorKey) {
    String hex = Hashing.sha256().hashString(titleKey + "\u0000" + firstAuthorKey, StandardCharsets.UTF_8).toString();
    return new PaperId(Scheme.HASH, hex.substring(0, 12));
  }

  /** Parses the form printed by {@link #toString()}. */
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
