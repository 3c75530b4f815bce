package org.citegraph.model;

import org.citegraph.TestLocales;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.citegraph.internal.Text;
import org.junit.jupiter.api.Test;

/** {@link Text} decoding and folding, under the default locale and under a Turkish one. */
class TextTest {

  private static void checkExamples() {
    assertEquals("Müller", Text.clean("M{\\\"u}ller"));
    assertEquals("Müller", Text.clean("M\\\"{u}ller"));
    assertEquals("Émile", Text.clean("{\\'E}mile"));
    assertEquals("Çelik", Text.clean("\\c{C}elik"));
    assertEquals("Daumé III", Text.clean("Daum&eacute; III"));
    assertEquals("Daumé", Text.clean("Daum&#233;"));
    assertEquals("Daumé", Text.clean("Daum&#xE9;"));
    assertEquals("a & b", Text.clean("a &amp; b"));
    assertEquals("Erdős", Text.clean("Erd\\H{o}s"));
    assertEquals("Gauß ø ł", Text.clean("Gau{\\ss} {\\o} \\l{}"));
    assertEquals("a b", Text.clean("  a \t\n b "));
    assertEquals("&unknown;", Text.clean("&unknown;"));

    assertEquals("muller", Text.fold("Müller"));
    assertEquals("sohl dickstein", Text.fold("Sohl-Dickstein"));
    assertEquals("obrien", Text.fold("O'Brien"));
    assertEquals("strasse", Text.fold("Straße"));
    assertEquals("strasse", Text.fold("STRAẞE"));
    assertEquals("aeo lodz", Text.fold("Æø Łódź"));
    assertEquals("ismail isik", Text.fold("İsmail IŞIK"));
    assertEquals("ismail isik", Text.fold("ISMAIL ışık"));
    assertEquals(Text.fold("İsmail"), Text.fold("Ismail"));
    assertEquals("title", Text.fold("TITLE"));
    assertEquals("", Text.fold(" -- "));
    assertEquals("learned optimizers that scale and generalize",
        Text.fold("Learned Optimizers that Scale and Generalize."));
  }

  @Test
  void examples() {
    checkExamples();
  }

  @Test
  void examplesUnderTurkishLocale() {
    TestLocales.underTurkish(() -> {
      checkExamples();
    });
  }

  @Test
  void capitalSharpSFoldsInOnePass() {
    // Regression: U+1E9E lower-cased to U+00DF, which was only transliterated by a second fold.
    assertEquals("ss", Text.fold("\u1e9e"));
    assertEquals(Text.fold("\u1e9e"), Text.fold(Text.fold("\u1e9e")));
  }

  @Property(seed = "42", tries = 2000)
  void foldIsIdempotent(@ForAll String s) {
    String once = Text.fold(s);
    assertEquals(once, Text.fold(once));
  }

  @Property(seed = "42", tries = 2000)
  void foldGivesLowerCaseWordsSeparatedBySingleSpaces(@ForAll String s) {
    String folded = Text.fold(s);
    assertEquals(folded, folded.toLowerCase(Locale.ROOT));
    assertFalse(folded.startsWith(" ") || folded.endsWith(" ") || folded.contains("  "), folded);
    assertTrue(folded.codePoints().allMatch(c -> c == ' ' || Character.isLetterOrDigit(c)), folded);
  }

  @Property(seed = "42", tries = 500)
  void foldDoesNotDependOnTheDefaultLocale(@ForAll String s) {
    Locale saved = Locale.getDefault();
    String root = Text.fold(s);
    try {
      Locale.setDefault(new Locale("tr", "TR"));
      assertEquals(root, Text.fold(s));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Property(seed = "42", tries = 1000)
  void cleanIsIdempotentOnPlainText(@ForAll String s) {
    // Without markup characters, cleaning only collapses white space.
    String plain = s.replaceAll("[\\\\{}~&]", "");
    assertEquals(Text.clean(plain), Text.clean(Text.clean(plain)));
  }
}
