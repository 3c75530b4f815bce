package org.citegraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

/** {@link WordSet} answers as a set of the cut-out spans would. */
class WordSetTest {

  @Property(seed = "42")
  void containsAsTheSetOfTheSpan(@ForAll @Size(max = 6) Set<@StringLength(min = 1, max = 4) @Chars({'a', 'b', 'z'})
      String> words, @ForAll @StringLength(max = 12) @Chars({'a', 'b', 'z', ' ', 'A', '\u00e9'}) String text,
      @ForAll @IntRange(max = 12) int from, @ForAll @IntRange(min = -1, max = 6) int length) {
    WordSet set = new WordSet(words);
    if (from > text.length()) {
      return;
    }
    int l = Math.min(length, text.length() - from);
    boolean expected = l > 0 && words.contains(text.substring(from, from + l));
    assertEquals(expected, set.contains(text, from, l), () -> words + " '" + text + "' " + from + "+" + l);
  }

  @Test
  void wordsMustStartWithALowerCaseAsciiLetter() {
    assertThrows(IllegalArgumentException.class, () -> new WordSet(List.of("Abc")));
    assertEquals(false, new WordSet(List.of()).contains("abc", 0, 3));
  }
}
