package org.citegraph.resolve;

import java.util.List;

import org.citegraph.model.PersonName;

/**
 * The name-compatibility rules shared by paper de-duplication and author resolution (see {@code
 * docs/resolution.md}).
 *
 * <p>Two names are <em>compatible</em> when they could be written forms of one person's name: the same family key
 * (particles, case, accents, hyphens folded), no conflicting suffixes, first given names equal or one the initial of
 * the other, and the remaining given names of the shorter list matching, in order, a subsequence of the longer's.
 * "A. Williams", "Alex Williams" and "Alex H. Williams" are pairwise compatible; "Alex H. Williams" and "Alex J.
 * Williams" are not; "Alex Williams" and "Alexander Williams" are not (nicknames are not expanded).
 */
public final class NameMatching {
  private NameMatching() {}

  /** Whether {@code a} and {@code b} could be written forms of one person's name. Symmetric; runs in O(tokens). */
  public static boolean compatible(PersonName a, PersonName b) {
    if (!a.familyKey().equals(b.familyKey())) {
      return false;
    }
    if (!a.suffix().isEmpty() && !b.suffix().isEmpty()
        && !a.suffix().replace(".", "").equalsIgnoreCase(b.suffix().replace(".", ""))) {
      return false;
    }
    return givenCompatible(a.givenTokens(), b.givenTokens());
  }

  /** {@link #compatible(PersonName, PersonName)} on keys computed once. */
  static boolean compatible(NameKeys a, NameKeys b) {
    if (!a.familyKey.equals(b.familyKey)) {
      return false;
    }
    String sa = a.name.suffix();
    String sb = b.name.suffix();
    if (!sa.isEmpty() && !sb.isEmpty() && !sa.replace(".", "").equalsIgnoreCase(sb.replace(".", ""))) {
      return false;
    }
    return givenCompatible(a.givenTokens, b.givenTokens);
  }

  /** Whether two folded given-name token lists are compatible (see the class description). */
  static boolean givenCompatible(List<String> x, List<String> y) {
    if (x.isEmpty() || y.isEmpty()) {
      return true;
    }
    List<String> shorter = x.size() <= y.size() ? x : y;
    List<String> longer = shorter == x ? y : x;
    if (!tokensCompatible(shorter.get(0), longer.get(0))) {
      return false;
    }
    int j = 1;
    for (int i = 1; i < shorter.size(); i++) {
      while (j < longer.size() && !tokensCompatible(shorter.get(i), longer.get(j))) {
        j++;
      }
      if (j == longer.size()) {
        return false;
      }
      j++;
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
