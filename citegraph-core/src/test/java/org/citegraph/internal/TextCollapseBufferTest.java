package org.citegraph.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.base.CharMatcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link Text#collapseWhitespace(char[], int, int)}, which the JSON Lines reader runs on the parser's text buffer,
 * gives exactly Guava's {@code trimAndCollapseFrom} and the string overload, on any range of any buffer.
 */
class TextCollapseBufferTest {
  /** Every character Java, Guava or Unicode call white space, some look-alikes, and ordinary text. */
  private static final String SPACES = "\t\n\u000b\f\r\u001c\u001d\u001e\u001f \u0085\u00a0\u1680\u180e"
      + "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u2028\u2029\u202f\u205f\u3000"
      + "\ufeff";

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> spaces = Arbitraries.of(SPACES.chars().mapToObj(c -> String.valueOf((char) c)).toList());
    Arbitrary<String> words = Arbitraries.of("a", "word", "\u00e9t\u00e9", "\u4e2d\u6587", "\ud83d\ude00", "$x$",
        "-", "\u0000", "\ud800", "  ", "\r\n");
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(4);
    return Arbitraries.oneOf(spaces, spaces, words, any).list().ofMaxSize(20).map(l -> String.join("", l));
  }

  @Property(seed = "42", tries = 5000)
  void bufferRangeCollapsesAsGuava(@ForAll("texts") String s, @ForAll("texts") String before,
      @ForAll("texts") String after) {
    String expected = CharMatcher.whitespace().trimAndCollapseFrom(s, ' ');
    char[] buffer = (before + s + after).toCharArray();
    assertEquals(expected, Text.collapseWhitespace(buffer, before.length(), s.length()), s);
    assertEquals(expected, Text.collapseWhitespace(s), s);
  }

  @Property(seed = "42", tries = 3000)
  void everyCharacterAlone(@ForAll @IntRange(min = 0, max = 0xffff) int c, @ForAll("texts") String around) {
    String s = around + (char) c + around + (char) c;
    assertEquals(CharMatcher.whitespace().trimAndCollapseFrom(s, ' '),
        Text.collapseWhitespace(s.toCharArray(), 0, s.length()), s);
  }
}
