package org.citegraph.model;

import org.citegraph.TestLocales;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Name parsing and keys, under the default locale and under a Turkish one. */
class PersonNameTest {

  /** The given-name tokens by their definition: split at the separators, empty runs dropped, each folded. */
  private static List<String> referenceGivenTokens(String given) {
    List<String> out = new java.util.ArrayList<>();
    for (String token : com.google.common.base.Splitter.on(com.google.common.base.CharMatcher.anyOf(
        " \t-.\u2010\u2011")).omitEmptyStrings().split(given)) {
      String folded = org.citegraph.internal.Text.foldName(token).replace(" ", "");
      if (!folded.isEmpty()) {
        out.add(folded);
      }
    }
    return out;
  }

  @Property(seed = "42")
  void givenTokensAsTheirDefinition(@ForAll("givenNames") String given) {
    assertEquals(referenceGivenTokens(given), new PersonName(given, "", "Smith", "").givenTokens(), given);
  }

  @Provide
  Arbitrary<String> givenNames() {
    return Arbitraries.strings().withChars("aBcJXü\u00c9\u0141 \t-.\u2010\u2011'\u00b7").ofMaxLength(12)
        .filter(g -> !g.isBlank());
  }

  private static void assertName(String text, String given, String particle, String family, String suffix,
      String key) {
    PersonName n = PersonName.parse(text);
    assertEquals(List.of(given, particle, family, suffix), List.of(n.given(), n.particle(), n.family(), n.suffix()),
        text);
    assertEquals(key, n.key(), text);
  }

  /** Every example; run under each locale. */
  private static void checkExamples() {
    assertName("First Last", "First", "", "Last", "", "first last");
    assertName("Last, First", "First", "", "Last", "", "first last");
    assertName("Matthew W. Hoffman", "Matthew W.", "", "Hoffman", "", "matthew w hoffman");
    assertName("C. Daniel Freeman", "C. Daniel", "", "Freeman", "", "c daniel freeman");
    assertName("de Freitas, Nando", "Nando", "de", "Freitas", "", "nando defreitas");
    assertName("Nando de Freitas", "Nando", "de", "Freitas", "", "nando defreitas");
    assertName("Daum&eacute; III, Hal", "Hal", "", "Daumé", "III", "hal daume");
    assertName("Hal Daum&eacute; III", "Hal", "", "Daumé", "III", "hal daume");
    assertName("Sohl-Dickstein, Jascha", "Jascha", "", "Sohl-Dickstein", "", "jascha sohldickstein");
    assertName("Jascha Sohl-Dickstein", "Jascha", "", "Sohl-Dickstein", "", "jascha sohldickstein");
    assertName("Hans M{\\\"u}ller", "Hans", "", "Müller", "", "hans mueller"); // ü transliterated as ue
    assertName("M{\\\"u}ller, Hans", "Hans", "", "Müller", "", "hans mueller"); // ü transliterated as ue
    assertName("{\\'E}mile Borel", "Émile", "", "Borel", "", "emile borel");
    assertName("Ahmet \\c{C}elik", "Ahmet", "", "Çelik", "", "ahmet celik");
    assertName("\\c{C}elik, Ahmet", "Ahmet", "", "Çelik", "", "ahmet celik");
    assertName("Smith, Jr., John", "John", "", "Smith", "Jr.", "john smith");

    assertEquals(PersonName.parse("Vinay V Ramasesh").key(), PersonName.parse("Vinay V. Ramasesh").key());
    assertNotEquals(PersonName.parse("Alex Williams").key(), PersonName.parse("Alex H. Williams").key());
    assertEquals(PersonName.parse("Alex H. Williams").key(), PersonName.parse("Williams, Alex H").key());
    assertEquals(PersonName.parse("Nando de Freitas"), PersonName.parse("de Freitas, Nando"));
    // Common Romance particles are also recognised capitalised inside a name, so the keys agree.
    assertName("Nando De Freitas", "Nando", "De", "Freitas", "", "nando defreitas");
    assertName("De Freitas, Nando", "Nando", "De", "Freitas", "", "nando defreitas");
    // "Van" capitalised stays a given name: it is a common Vietnamese middle name.
    assertName("Thanh Van Nguyen", "Thanh Van", "", "Nguyen", "", "thanh van nguyen");
    // A capitalised particle-like first token is a given name.
    assertName("Di Wu", "Di", "", "Wu", "", "di wu");
    assertName("Ramasesh, V.", "V.", "", "Ramasesh", "", "v ramasesh");
    assertName("Ramasesh, V", "V", "", "Ramasesh", "", "v ramasesh");
    assertName("John Smith, V", "John", "", "Smith", "V", "john smith");
    assertName("Smith, Jr.", "", "", "Smith", "Jr.", "smith");
    assertEquals(List.of("c", "daniel"), PersonName.parse("C. Daniel Freeman").givenTokens());
    assertEquals(List.of("a", "h"), PersonName.parse("A.H. Williams").givenTokens());
    assertEquals("a williams", PersonName.parse("Alex H. Williams").blockKey());
    assertTrue(PersonName.parse("L. T. McIntosh").isAbbreviated());
    assertEquals("Nando de Freitas", PersonName.parse("de Freitas, Nando").displayName());
    assertEquals("de Freitas, Nando", PersonName.parse("Nando de Freitas").invertedName());

    // Turkish letters fold to the same key whatever the default locale.
    assertEquals("ismail isik", PersonName.parse("IŞIK, İsmail").key());
    assertEquals("ismail isik", PersonName.parse("Ismail Isik").key());
    assertEquals("ismail isik", PersonName.parse("İSMAIL IŞIK").key());
    assertEquals("ismail isik", PersonName.parse("ismail ışık").key());
    assertEquals(PersonName.parse("İsmail Işık").key(), PersonName.parse("Ismail Isik").key());
    assertEquals("isik", PersonName.parse("IŞIK, İsmail").familyKey());
    assertEquals("i isik", PersonName.parse("IŞIK, İsmail").blockKey());

    assertTrue(PersonName.isSuffix("Jr."));
    assertTrue(PersonName.isSuffix("III"));
    assertTrue(PersonName.isSuffix("II"));
    assertTrue(!PersonName.isSuffix("Ian"));
    assertThrows(IllegalArgumentException.class, () -> PersonName.parse(" ,. "));
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
  void badNameMessageNamesTheText() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PersonName.parse("--"));
    assertTrue(e.getMessage().contains("'--'") && e.getMessage().contains("expected"), e::getMessage);
  }

  @Provide
  Arbitrary<PersonName> simpleNames() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(9)
        .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1));
    Arbitrary<String> initial = Arbitraries.chars().range('A', 'Z').map(c -> c + ".");
    // Given names that read as particles ("Da", "De", "Le") are ambiguous by design; generate none.
    Set<String> particles = Set.of("de", "del", "della", "der", "den", "da", "das", "dos", "du", "di", "le", "la");
    Arbitrary<String> givenWord = word.filter(w -> !particles.contains(w.toLowerCase(Locale.ROOT)));
    Arbitrary<String> given = Arbitraries.oneOf(givenWord, initial).list().ofMinSize(0).ofMaxSize(3)
        .map(l -> String.join(" ", l));
    Arbitrary<String> family = word.filter(w -> !PersonName.isSuffix(w));
    return Combinators.combine(given, family).as(PersonName::of);
  }

  @Property(seed = "42")
  void parsingTheDisplayNameKeepsTheKey(@ForAll("simpleNames") PersonName name) {
    assertEquals(name.key(), PersonName.parse(name.displayName()).key(), name.displayName());
    assertEquals(name.key(), PersonName.parse(name.invertedName()).key(), name.invertedName());
    assertEquals(name, PersonName.parse(name.displayName()));
  }

  @Property(seed = "42")
  void keyIgnoresUpperCase(@ForAll("simpleNames") PersonName name) {
    // Not lower case: an all-lower-case "aa da bb" reads "da" as a particle.
    assertEquals(name.key(), PersonName.parse(name.displayName().toUpperCase(Locale.ROOT)).key());
  }
}
