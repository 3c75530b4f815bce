package org.citegraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.citegraph.model.Author;

import org.junit.jupiter.api.Test;

/** Name look-up as a person expects it, also under a Turkish default locale. */
class AuthorLookupTest {
  /** Hinrich Schütze twice (accents), two Zhangs (ambiguous by initial), a unique family name, and others. */
  private static Corpus corpus() {
    return Fixtures.corpus(List.of(
        Fixtures.record("On word embeddings", List.of("Hinrich Schütze", "Ada Lovelace"), 2019, "t", 1),
        Fixtures.record("Statistical NLP", List.of("Hinrich Schütze", "Christopher Manning"), 1999, "t", 2),
        Fixtures.record("Graphs one", List.of("Lei Zhang", "Ada Lovelace"), 2020, "t", 3),
        Fixtures.record("Graphs two", List.of("Li Zhang", "Ada Lovelace"), 2021, "t", 4),
        Fixtures.record("Graphs three", List.of("Li Zhang", "Ivan Ilyin"), 2022, "t", 5)));
  }

  private static void checkLookups() {
    Corpus c = corpus();
    Author schutze = c.author("Hinrich Schütze");
    for (String written : List.of("Hinrich Schütze", "hinrich schutze", "SCHÜTZE, HINRICH", "Schütze, Hinrich",
        "H. Schütze", "H. Schutze", "Schutze", "schütze", "Schütze Hinrich")) {
      AuthorLookup found = c.lookup(written);
      assertEquals(AuthorLookup.Outcome.FOUND, found.outcome(), written + ": " + found);
      assertEquals(schutze, found.author().orElseThrow(), written);
      assertEquals(schutze, c.author(written), written);
    }
    assertEquals(c.author("Ivan Ilyin"), c.author("IVAN ILYIN"), "dotted and dotless I fold alike");
    assertEquals(c.author("Ivan Ilyin"), c.author("I. Ilyin"));

    AuthorLookup zhang = c.lookup("L. Zhang");
    assertEquals(AuthorLookup.Outcome.AMBIGUOUS, zhang.outcome(), zhang.toString());
    assertEquals(List.of("li-zhang", "lei-zhang"), zhang.candidates().stream().map(x -> x.author().id()).toList(),
        "most papers first");
    assertEquals(List.of(2, 1), zhang.candidates().stream().map(AuthorLookup.Candidate::papers).toList());
    assertTrue(zhang.message().contains("Li Zhang (2 papers, id li-zhang)"), zhang.message());
    assertEquals(AuthorLookup.Outcome.AMBIGUOUS, c.lookup("Zhang").outcome(), "a shared family name is ambiguous");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.author("Zhang"));
    assertTrue(e.getMessage().contains("Lei Zhang (1 paper"), e.getMessage());

    AuthorLookup typo = c.lookup("Ada Lovelance");
    assertEquals(AuthorLookup.Outcome.NOT_FOUND, typo.outcome());
    assertEquals("Ada Lovelace", typo.candidates().get(0).author().displayName());
    assertEquals(1, typo.candidates().get(0).distance());
    assertTrue(typo.message().contains("nearest names"), typo.message());
    assertTrue(c.lookup("Zebedee Quorn").candidates().isEmpty(), "nothing near");
    assertEquals(AuthorLookup.Outcome.NOT_FOUND, c.lookup("A. Zhang").outcome(), "initials must fit");
  }

  @Test
  void namesResolveAsAPersonWritesThem() {
    checkLookups();
  }

  @Test
  void namesResolveUnderATurkishLocale() {
    TestLocales.underTurkish(AuthorLookupTest::checkLookups);
  }

  @Test
  void editDistanceIsLevenshteinWithAnEarlyExit() {
    assertEquals(0, AuthorLookup.distance("abc", "abc", 3));
    assertEquals(1, AuthorLookup.distance("lovelace", "lovelance", 3));
    assertEquals(3, AuthorLookup.distance("kitten", "sitting", 3));
    assertEquals(3, AuthorLookup.distance("kitten", "sitting", 2), "gives up with limit + 1");
    assertEquals(5, AuthorLookup.distance("", "abcdefgh", 4));
  }
}
