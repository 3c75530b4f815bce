package org.citegraph.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;

import org.citegraph.internal.Text;

/**
 * A person's name as written on one paper, split into given names, particles ("de", "van der"), family name and
 * suffix ("Jr.", "III").
 *
 * <p>Parse with {@link #parse(String)}, which accepts both "First Last" and "Last, First" (and BibTeX's "Last, Jr.,
 * First"), decoding LaTeX escapes and HTML entities. Matching uses the folded {@link #key()} (case, accents and
 * punctuation removed, independent of the default locale): "Alex H. Williams" and "alex h williams" share one key,
 * "Alex Williams" has another, and whether the two are one person is decided by the resolver, not here.
 *
 * @param given given names as written, space separated ("C. Daniel", "Lane T."); may be empty
 * @param particle lower-case family-name particles as written ("de", "van der"); may be empty
 * @param family the family name without particles ("Freitas", "Sohl-Dickstein"); never blank
 * @param suffix generational suffix ("Jr.", "III"); may be empty
 */
public record PersonName(String given, String particle, String family, String suffix) {

  private static final Set<String> PARTICLES = ImmutableSet.of(
      "de", "del", "della", "der", "den", "van", "von", "da", "das", "dos", "du", "di", "la", "le", "ter", "ten",
      "zu", "af", "av", "bin", "ibn", "el", "st", "vander", "vanden", "degli", "dalla", "lo", "y");
  /**
   * Particles also recognised when capitalised ("Nando De Freitas", "De Freitas, Nando") inside a name. "Van" and
   * "Von" are not among them, since "Van" is also a common Vietnamese middle name ("Thanh Van Nguyen").
   */
  private static final Set<String> CAPITALISED_PARTICLES =
      ImmutableSet.of("de", "del", "della", "der", "den", "da", "das", "dos", "du", "di", "le", "la");
  private static final Set<String> SUFFIXES = ImmutableSet.of("jr", "sr", "ii", "iii", "iv", "v", "jnr", "snr");
  private static final CharMatcher NAME_SEPARATORS = CharMatcher.anyOf(" \t-.\u2010\u2011");

  /**
   * Validates the parts, trims them and collapses runs of white space.
   *
   * @param given given names as written; may be empty
   * @param particle family-name particles; may be empty
   * @param family the family name without particles; must hold at least one letter or digit
   * @param suffix generational suffix; may be empty
   * @throws IllegalArgumentException if the family name has no letter or digit
   * @throws NullPointerException if a part is null (use the empty string)
   */
  public PersonName {
    given = trim(checkNotNull(given, "given"));
    particle = trim(checkNotNull(particle, "particle"));
    family = trim(checkNotNull(family, "family"));
    suffix = trim(checkNotNull(suffix, "suffix"));
    checkArgument(!family.isEmpty() && !Text.fold(family).isEmpty(),
        "A person name needs a family name with at least one letter or digit, got given='%s' family='%s'",
        given, family);
  }

  /**
   * A name with given and family names only, taken as they are (no parsing of particles or suffixes).
   *
   * @param given given names; may be empty
   * @param family the family name; must hold at least one letter or digit
   * @return the name with no particle and no suffix
   * @throws IllegalArgumentException if the family name has no letter or digit
   */
  public static PersonName of(String given, String family) {
    return new PersonName(given, "", family, "");
  }

  /**
   * Parses a name written as "First Last" or "Last, First" (also "Last, Jr., First" and "First Last, Jr.").
   * "Last, V." with a one-word last part is read as a family name and an initial, not as a suffix. LaTeX escapes
   * and HTML entities are decoded first.
   *
   * @param text the name as written on a paper
   * @return the parsed name; a single word becomes a family name without given names
   * @throws IllegalArgumentException if the text holds no letters or digits, or has more commas than the forms
   *     above allow
   * @throws NullPointerException if {@code text} is null
   */
  public static PersonName parse(String text) {
    String cleaned = stripLeadingAnd(Text.collapseWhitespace(Text.removeInvisible(Text.clean(checkNotNull(text,
        "text")))));
    checkArgument(!Text.fold(cleaned).isEmpty(), "Not a person name: '%s' (expected 'First Last' or 'Last, First')",
        text);
    List<String> parts = Splitter.on(',').trimResults().omitEmptyStrings().splitToList(cleaned);
    if (parts.size() == 1) {
      return parseFirstLast(parts.get(0));
    }
    // "First Last, Jr." -- but "Ramasesh, V." is a family name and an initial, not a fifth-generation suffix.
    if (parts.size() == 2 && isSuffix(parts.get(1))
        && (parts.get(0).indexOf(' ') >= 0 || !isInitial(parts.get(1)))) {
      PersonName base = parseFirstLast(parts.get(0));
      return new PersonName(base.given, base.particle, base.family, parts.get(1));
    }
    if (parts.size() == 3 && isSuffix(parts.get(1))) {
      return lastFirst(parts.get(0), parts.get(2), parts.get(1));
    }
    checkArgument(parts.size() == 2, "Cannot read '%s' as one name: expected 'Last, First' with one comma", text);
    return lastFirst(parts.get(0), parts.get(1), "");
  }

  /**
   * Repairs a name cut from a list at the wrong place, "and Erik Hemberg": a leading "and " (or "&amp; ") is
   * removed when a name follows it.
   */
  private static String stripLeadingAnd(String s) {
    if (s.length() > 4 && s.regionMatches(true, 0, "and ", 0, 4) && s.indexOf(' ', 4) > 0) {
      return s.substring(4).strip();
    }
    if (s.length() > 2 && s.startsWith("& ")) {
      return s.substring(2).strip();
    }
    return s;
  }

  /**
   * Builds a name from a "Last" part (with particles and possibly a suffix) and a "First" part, as sources that
   * give the two separately write them. Trailing lower-case particles of the first part ("Nando de") move to the
   * family name.
   *
   * @param last the family name with any leading particles and a trailing suffix ("van der Berg", "King Jr.")
   * @param first the given names; may be empty
   * @return the name
   * @throws IllegalArgumentException if the family name left after removing particles has no letter or digit
   * @throws NullPointerException if an argument is null
   */
  public static PersonName fromLastFirst(String last, String first) {
    return lastFirst(Text.removeInvisible(Text.clean(last)), Text.removeInvisible(Text.clean(first)), "");
  }

  private static PersonName lastFirst(String last, String first, String suffix) {
    List<String> lastTokens = new ArrayList<>(Arrays.asList(last.split(" ")));
    if (suffix.isEmpty() && lastTokens.size() > 1 && isSuffix(lastTokens.get(lastTokens.size() - 1))) {
      suffix = lastTokens.remove(lastTokens.size() - 1);
    }
    List<String> firstTokens = new ArrayList<>(Arrays.asList(first.split(" ")));
    firstTokens.removeIf(String::isEmpty);
    // BibTeX "Freitas, Nando de": trailing lower-case particles in the first part belong to the family name.
    List<String> trailingParticles = new ArrayList<>();
    while (firstTokens.size() > 1 && isParticle(firstTokens.get(firstTokens.size() - 1))) {
      trailingParticles.add(0, firstTokens.remove(firstTokens.size() - 1));
    }
    int p = 0;
    while (p < lastTokens.size() - 1 && isParticle(lastTokens.get(p))) {
      p++;
    }
    List<String> particles = new ArrayList<>(trailingParticles);
    particles.addAll(lastTokens.subList(0, p));
    return new PersonName(String.join(" ", firstTokens), String.join(" ", particles),
        String.join(" ", lastTokens.subList(p, lastTokens.size())), suffix);
  }

  private static PersonName parseFirstLast(String text) {
    List<String> tokens = new ArrayList<>(Arrays.asList(text.split(" ")));
    String suffix = "";
    if (tokens.size() > 2 && isSuffix(tokens.get(tokens.size() - 1))) {
      suffix = tokens.remove(tokens.size() - 1);
    }
    if (tokens.size() == 1) {
      return new PersonName("", "", tokens.get(0), suffix);
    }
    // The family name starts at the first lower-case particle after the first token, else it is the last token.
    int familyStart = tokens.size() - 1;
    for (int i = 1; i < tokens.size() - 1; i++) {
      if (isParticle(tokens.get(i))) {
        familyStart = i;
        break;
      }
    }
    int particleEnd = familyStart;
    while (particleEnd < tokens.size() - 1 && isParticle(tokens.get(particleEnd))) {
      particleEnd++;
    }
    return new PersonName(String.join(" ", tokens.subList(0, familyStart)),
        String.join(" ", tokens.subList(familyStart, particleEnd)),
        String.join(" ", tokens.subList(particleEnd, tokens.size())), suffix);
  }

  private static boolean isParticle(String token) {
    if (token.isEmpty()) {
      return false;
    }
    String lower = token.toLowerCase(Locale.ROOT).replace("'", "");
    return Character.isLowerCase(token.charAt(0)) ? PARTICLES.contains(lower) : CAPITALISED_PARTICLES.contains(lower);
  }

  /** Whether {@code token} is a single letter, optionally followed by a period ("V", "V."). */
  private static boolean isInitial(String token) {
    return token.codePointCount(0, token.length()) == 1 && Character.isLetter(token.codePointAt(0))
        || token.length() == 2 && Character.isLetter(token.charAt(0)) && token.charAt(1) == '.';
  }

  /**
   * Whether {@code token} is a generational suffix such as "Jr.", "Sr." or "III" (case and periods ignored, but a
   * lone "v" must be upper case).
   *
   * @param token one word of a name
   * @return true for Jr, Sr, Jnr, Snr, II, III, IV and V in any of these spellings
   * @throws NullPointerException if {@code token} is null
   */
  public static boolean isSuffix(String token) {
    return SUFFIXES.contains(Text.fold(token).replace(" ", ""))
        && (token.length() > 1 || Character.isUpperCase(token.charAt(0)));
  }

  private static String trim(String s) {
    return Text.collapseWhitespace(Text.removeInvisible(s));
  }

  /**
   * The given names folded and split into tokens at spaces, hyphens and periods: "C. Daniel" gives [c, daniel],
   * "A.H." gives [a, h].
   *
   * @return an immutable list of folded tokens; empty when there are no given names
   */
  public ImmutableList<String> givenTokens() {
    if (given.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<String> tokens = ImmutableList.builder();
    // The non-empty runs between separators, cut in place.
    int n = given.length();
    for (int from = 0; from < n; ) {
      int to = from;
      while (to < n && !NAME_SEPARATORS.matches(given.charAt(to))) {
        to++;
      }
      if (to > from) {
        String folded = Text.foldName(given.substring(from, to)).replace(" ", "");
        if (!folded.isEmpty()) {
          // "AH" written as initials without periods stays one token; a lone upper-case run like "JR" would too.
          tokens.add(folded);
        }
      }
      from = to + 1;
    }
    return tokens.build();
  }

  /**
   * The folded family name with its particles, spaces and hyphens removed: "van der Berg" gives "vanderberg";
   * ä/ae, ö/oe, ü/ue, ø/oe are transliterated alike ("Schütze" and "Schuetze" give "schuetze").
   *
   * @return the key, never empty
   */
  public String familyKey() {
    return Text.foldName(particle.isEmpty() ? family : particle + " " + family).replace(" ", "");
  }

  /**
   * The folded first initial.
   *
   * @return the first character of the first given-name token, or the empty string when there is no
   *     given name
   */
  public String firstInitial() {
    List<String> tokens = givenTokens();
    return tokens.isEmpty() ? "" : tokens.get(0).substring(0, 1);
  }

  /**
   * The version of {@link #key()}: raised whenever a change to folding, tokenising or particle handling can give a
   * name another key. Stored keys (a snapshot stores every author's keys) are trusted only when they were written
   * under this version; otherwise they are recomputed. {@code PersonNameKeyVersionTest} fails when the keys of its
   * reference names change without this number changing. Version 2 transliterates ä/ae, ö/oe, ü/ue, ø/oe
   * ("Müller" gives {@code mueller}).
   */
  public static final int KEY_VERSION = 2;

  /**
   * The matching key: folded given-name tokens and {@link #familyKey()} joined by spaces; the suffix is left out.
   * "Alex H. Williams", "Williams, Alex H" and "ALEX H WILLIAMS" share the key "alex h williams".
   *
   * @return the key, never empty; the same under every default locale
   */
  public String key() {
    List<String> tokens = givenTokens();
    return tokens.isEmpty() ? familyKey() : String.join(" ", tokens) + " " + familyKey();
  }

  /**
   * The blocking key used by S2AND and DBLP: first initial and family key, e.g. "a williams".
   *
   * @return the key; just the family key when there is no given name
   */
  public String blockKey() {
    String initial = firstInitial();
    return initial.isEmpty() ? familyKey() : initial + " " + familyKey();
  }

  /**
   * Whether every given name is written as an initial only ("L. Zhang", "A. H. Williams").
   *
   * @return true if there are given names and each token is one letter; false without given names
   */
  public boolean isAbbreviated() {
    List<String> tokens = givenTokens();
    return !tokens.isEmpty() && tokens.stream().allMatch(t -> t.length() == 1);
  }

  /**
   * How much given-name information the name carries, used to prefer the fuller of two variants.
   *
   * @return 0 or more: 1 per initial, 2 plus its length per full given name, plus 1 for a suffix
   */
  public int specificity() {
    return givenTokens().stream().mapToInt(t -> t.length() == 1 ? 1 : 2 + t.length()).sum() + (suffix.isEmpty() ? 0 : 1);
  }

  /**
   * "First particle Last, Suffix" as it would appear on a profile page.
   *
   * @return the non-empty parts joined by spaces, with ", Suffix" when there is one
   */
  public String displayName() {
    StringBuilder sb = new StringBuilder();
    for (String part : new String[] {given, particle, family}) {
      if (!part.isEmpty()) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(part);
      }
    }
    if (!suffix.isEmpty()) {
      sb.append(", ").append(suffix);
    }
    return sb.toString();
  }

  /**
   * "particle Last, First" as bibliographies sort it.
   *
   * @return the particles and family name, then ", " and the given names and suffix when there are any
   */
  public String invertedName() {
    String last = particle.isEmpty() ? family : particle + " " + family;
    String first = suffix.isEmpty() ? given : (given + " " + suffix).trim();
    return first.isEmpty() ? last : last + ", " + first;
  }

  @Override
  public String toString() {
    return displayName();
  }
}
