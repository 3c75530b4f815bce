package org.citegraph.resolve;

import java.util.ArrayList;
import java.util.List;

import org.citegraph.internal.Text;
import org.citegraph.model.PersonName;

/**
 * The name-compatibility rule shared by paper de-duplication and author resolution (see {@code
 * docs/resolution.md}): a hard rule, never outweighed by evidence.
 *
 * <p>Two names are <em>compatible</em> when they could be written forms of one person's name: the same family key
 * (particles, case, accents, hyphens folded; ü/ue, ö/oe, ß/ss, ø/oe transliterated), no conflicting suffixes, and
 * compatible given names. Given names are compared as tokens in which hyphenated parts are one name ("Jun-Yan" is the
 * one token {@code junyan}, as is "Jun Yan" when the other side writes "Junyan" or "Jun-Yan"):
 * <ul>
 *   <li>two lists of full names only are compatible when they spell the same letters ("Xiao-Ming", "Xiaoming",
 *       "Xiao Ming");
 *   <li>otherwise the tokens of the shorter list must match, in order, tokens of the longer one (equal, or an initial
 *       and a name starting with it), the first with the first; the longer list may add only initials ("Alex" and
 *       "Alex H." match, "Alex H." and "Alex J." do not, "Jun" and "Jun-Yan" do not);
 *   <li>when both sides write a full given name, at least one full name must be matched by the same full name:
 *       "Chen" is not "C. Karen", "C. Daniel" is not "Chris D.".
 * </ul>
 * Nicknames are not expanded ("Alex" and "Alexander" are different names).
 */
public final class NameMatching {
  private NameMatching() {}

  /**
   * Whether {@code a} and {@code b} could be written forms of one person's name. Symmetric; runs in O(tokens).
   *
   * @param a a name
   * @param b another name
   * @return whether the names are compatible
   */
  public static boolean compatible(PersonName a, PersonName b) {
    if (!a.familyKey().equals(b.familyKey())) {
      return false;
    }
    if (!suffixesCompatible(a.suffix(), b.suffix())) {
      return false;
    }
    String[] x = givenParts(a.given());
    String[] y = givenParts(b.given());
    return givenCompatible(x, hasFull(x), y, hasFull(y));
  }

  /** {@link #compatible(PersonName, PersonName)} on keys computed once; allocates nothing. */
  static boolean compatible(NameKeys a, NameKeys b) {
    if (!a.familyKey.equals(b.familyKey)) {
      return false;
    }
    if (!a.suffixEmpty && !b.suffixEmpty && !a.suffixBare.equalsIgnoreCase(b.suffixBare)) {
      return false;
    }
    if (a.givenAllFull && b.givenAllFull) {
      return a.givenJoined.equals(b.givenJoined); // the first rule of givenCompatible, on parts joined once
    }
    return givenCompatible(a.givenParts, a.givenHasFull, b.givenParts, b.givenHasFull);
  }

  private static boolean suffixesCompatible(String sa, String sb) {
    return sa.isEmpty() || sb.isEmpty() || sa.replace(".", "").equalsIgnoreCase(sb.replace(".", ""));
  }

  /**
   * The given names as compared here: split at spaces and periods, hyphenated parts joined into one token, each
   * folded as {@link PersonName#givenTokens()} folds: "Jun-Yan" gives [junyan], "J.-Y." gives [j, y], "C. Daniel"
   * gives [c, daniel].
   */
  static String[] givenParts(String given) {
    if (given.isEmpty()) {
      return new String[0];
    }
    List<String> out = new ArrayList<>(3);
    for (String token : given.replace('.', ' ').split(" ")) {
      String folded = Text.foldName(token).replace(" ", "");
      if (!folded.isEmpty()) {
        out.add(folded);
      }
    }
    return out.toArray(new String[0]);
  }

  /**
   * Whether two arrays of given-name parts ({@link #givenParts}) are compatible (see the class description), given
   * whether each holds a full part: indexed loops, no iterator, as the resolver's blocks ask it millions of times.
   */
  static boolean givenCompatible(String[] x, boolean fullX, String[] y, boolean fullY) {
    if (x.length == 0 || y.length == 0) {
      return true;
    }
    if (fullX && fullY && allFull(x) && allFull(y)) {
      return String.join("", x).equals(String.join("", y));
    }
    String[] shorter = x.length <= y.length ? x : y;
    String[] longer = shorter == x ? y : x;
    if (!tokensCompatible(shorter[0], longer[0])) {
      return false;
    }
    boolean fullMatch = isFull(shorter[0]) && shorter[0].equals(longer[0]);
    int j = 1;
    for (int i = 1; i < shorter.length; i++) {
      while (j < longer.length && !tokensCompatible(shorter[i], longer[j])) {
        if (isFull(longer[j])) {
          return false; // the longer list may add initials only
        }
        j++;
      }
      if (j == longer.length) {
        return false;
      }
      fullMatch |= isFull(shorter[i]) && shorter[i].equals(longer[j]);
      j++;
    }
    for (; j < longer.length; j++) {
      if (isFull(longer[j])) {
        return false;
      }
    }
    return !(fullX && fullY) || fullMatch;
  }

  private static boolean isFull(String token) {
    return token.length() > 1;
  }

  static boolean hasFull(String[] tokens) {
    for (String t : tokens) {
      if (isFull(t)) {
        return true;
      }
    }
    return false;
  }

  static boolean allFull(String[] tokens) {
    for (String t : tokens) {
      if (!isFull(t)) {
        return false;
      }
    }
    return true;
  }

  /** Equal tokens, or a one-letter initial and a token starting with that letter. */
  static boolean tokensCompatible(String s, String t) {
    if (s.equals(t)) {
      return true;
    }
    if (s.length() == 1) {
      return t.charAt(0) == s.charAt(0);
    }
    return t.length() == 1 && s.charAt(0) == t.charAt(0);
  }
}
