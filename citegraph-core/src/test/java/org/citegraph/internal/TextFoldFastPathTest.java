package org.citegraph.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.citegraph.TestLocales;
import org.junit.jupiter.api.Test;

/** The fast path of {@link Text#fold} gives exactly the general path's result, under any default locale. */
class TextFoldFastPathTest {

  private static void same(String s) {
    assertEquals(Text.foldGeneral(s), Text.fold(s), () -> "fold of " + escape(s));
    String fast = Text.foldFast(s);
    if (fast != null) {
      assertEquals(Text.foldGeneral(s), fast, () -> "fast fold of " + escape(s));
    }
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    s.chars().forEach(c -> sb.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return sb.toString();
  }

  @Provide
  Arbitrary<String> asciiHeavy() {
    Arbitrary<Character> ascii = Arbitraries.chars().range('\u0000', '\u007f');
    Arbitrary<Character> letters = Arbitraries.chars().range('a', 'z').range('A', 'Z').range('0', '9').with(' ', '-',
        '\'', '.');
    Arbitrary<Character> latin = Arbitraries.chars().range('\u0080', '\u024f');
    Arbitrary<Character> tricky = Arbitraries.of('\u0130', '\u0131', '\u00df', '\u1e9e', '\u0301', '\u0308', '\u2019',
        '\u02bc', '\u00bc', '\u00a8', '\u00b5', '\u01c6', '\u0149', '\u2460', '\ufb01', '\u3000', '\u00a0', '\u03a3',
        '\u0345', '\u1f88', '\uac00', '\ud800', '\udc00', '\u2126', '\u212a', '\u0587');
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, letters), net.jqwik.api.Tuple.of(2, ascii), net.jqwik.api.Tuple.of(2, latin),
        net.jqwik.api.Tuple.of(2, tricky))
        .list().ofMaxSize(30).map(cs -> {
          StringBuilder sb = new StringBuilder();
          cs.forEach(sb::append);
          return sb.toString();
        });
  }

  @Provide
  Arbitrary<String> asciiOnly() {
    Arbitrary<Character> ascii = Arbitraries.chars().range('\u0000', '\u007f');
    Arbitrary<Character> words = Arbitraries.chars().range('a', 'z').range('A', 'Z').range('0', '9').with(' ', ' ',
        '-', '\'', '.', '\t');
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, words), net.jqwik.api.Tuple.of(1, ascii))
        .list().ofMaxSize(40).map(cs -> {
          StringBuilder sb = new StringBuilder();
          cs.forEach(sb::append);
          return sb.toString();
        });
  }

  @Property(seed = "42", tries = 3000)
  void fastPathEqualsGeneralPathOnAsciiText(@ForAll("asciiOnly") String s) {
    same(s);
  }

  @Provide
  Arbitrary<String> anyUnicode() {
    return Arbitraries.strings().all().ofMaxLength(30);
  }

  @Property(seed = "42", tries = 3000)
  void fastPathEqualsGeneralPathOnAsciiHeavyText(@ForAll("asciiHeavy") String s) {
    same(s);
  }

  @Property(seed = "42", tries = 3000)
  void fastPathEqualsGeneralPathOnAnyText(@ForAll("anyUnicode") String s) {
    same(s);
  }

  @Property(seed = "7", tries = 1000)
  void fastPathEqualsGeneralPathUnderTurkishLocale(@ForAll("asciiHeavy") String s) {
    TestLocales.underTurkish(() -> same(s));
  }

  @Property(seed = "7", tries = 1000)
  void anyTextUnderTurkishLocale(@ForAll("anyUnicode") String s) {
    TestLocales.underTurkish(() -> same(s));
  }

  /** Every BMP character alone and between letters, so no table entry is wrong. */
  @Test
  void everyBmpCharacterFoldsAsInTheGeneralPath() {
    TestLocales.underTurkish(() -> {
      for (int c = 0; c < 0x10000; c++) {
        String ch = String.valueOf((char) c);
        same(ch);
        same("A" + ch + "b");
        same("x " + ch + "\u0301");
      }
    });
  }

  @Test
  void examples() {
    assertSame("alex h williams", Text.fold("alex h williams"));
    assertEquals("alex h williams", Text.fold(" Alex H. Williams "));
    assertEquals("obrien", Text.fold("O'Brien"));
    assertEquals("ismail isik", Text.fold("\u0130smail I\u015eIK"));
    assertEquals("muller", Text.fold("M\u00fcller"));
    assertEquals("1 4", Text.fold("\u00bc"));
    assertNotNull(Text.foldFast("M\u00fcller \u0141\u00f3d\u017a"));
    assertNull(Text.foldFast("a\ud835\udc00"), "supplementary characters take the general path");
  }
}
