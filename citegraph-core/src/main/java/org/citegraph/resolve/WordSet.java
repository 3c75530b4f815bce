package org.citegraph.resolve;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Collection;

/**
 * A small fixed set of words, looked up as a span of a longer text without cutting the span out: by length, then by
 * a bit per first letter, then by comparison in place with the few words of that length. A scan of a title or a
 * name asks about every word it meets and nearly every answer is "no"; most are given by the bit alone. Immutable.
 */
final class WordSet {
  /** Per length, the words of that length. */
  private final String[][] byLength;
  /** Per length, a bit per letter a-z that a word of that length starts with. */
  private final int[] firstLetters;

  /**
   * Makes the set.
   *
   * @param words non-empty words, each starting with a letter a-z
   */
  WordSet(Collection<String> words) {
    int longest = words.stream().mapToInt(String::length).max().orElse(0);
    byLength = new String[longest + 1][];
    firstLetters = new int[longest + 1];
    for (int length = 0; length <= longest; length++) {
      int l = length;
      byLength[length] = words.stream().filter(w -> w.length() == l).sorted().toArray(String[]::new);
      for (String w : byLength[length]) {
        checkArgument(w.charAt(0) >= 'a' && w.charAt(0) <= 'z', "word '%s' must start with a letter a-z", w);
        firstLetters[length] |= 1 << (w.charAt(0) - 'a');
      }
    }
  }

  /** Whether {@code s.substring(from, from + length)} is one of the words. O(total length of the words). */
  boolean contains(String s, int from, int length) {
    if (length <= 0 || length >= byLength.length) {
      return false;
    }
    char first = s.charAt(from);
    if (first < 'a' || first > 'z' || (firstLetters[length] & (1 << (first - 'a'))) == 0) {
      return false;
    }
    for (String w : byLength[length]) {
      if (s.startsWith(w, from)) {
        return true;
      }
    }
    return false;
  }
}
