package org.citegraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.io.IngestIssue;
import org.citegraph.model.Author;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The wrong merges and junk authors found on the arXiv data, each on a small fixture. */
class NamesakesAndJunkTest {

  private static Paper paper(String title, int year, String category, int line, String... authors) {
    Paper.Builder b = Paper.builder().title(title).date(PubDate.ofYear(year)).primaryCategory(Category.of(category))
        .source(new SourceRef("fixture.txt", line));
    for (String a : authors) {
      b.author(PersonName.parse(a));
    }
    return b.build();
  }

  /**
   * A shorter given name is not absorbed by a hyphenated or fuller one, even with a co-author of the same initial and
   * family name on both sides (Shilong Liu vs Steven Liu): the six wrong merges of the arXiv data.
   */
  @ParameterizedTest
  @CsvSource({"Jun Zhu, Jun-Yan Zhu", "Ming Yang, Ming-Hsuan Yang", "Peng Wang, Peng-Shuai Wang",
      "Chen Liu, C. Karen Liu", "Yu Liu, Yu-Shen Liu"})
  void differentFullGivenNamesAreDifferentPeople(String shorter, String fuller) {
    Corpus corpus = Fixtures.corpus(List.of(
        paper("Grounding open-set detection", 2023, "cs.CV", 1, shorter, "Shilong Liu", "Lei Zhang"),
        paper("Unpaired image translation", 2017, "cs.CV", 2, fuller, "Steven Liu", "Alexei A. Efros"),
        paper("Image synthesis with cycles", 2018, "cs.CV", 3, fuller, "Steven Liu", "Taesung Park")));
    Author a = corpus.author(shorter);
    Author b = corpus.author(fuller);
    assertNotEquals(a, b);
    assertEquals(1, corpus.paperCount(a));
    assertEquals(2, corpus.paperCount(b));
    assertFalse(NameMatching.compatible(PersonName.parse(shorter), PersonName.parse(fuller)));
  }

  @Test
  void whyTwoAuthorsAreOrAreNotOnePersonIsExplained() {
    Corpus corpus = Fixtures.corpus(List.of(
        paper("Grounding open-set detection", 2023, "cs.CV", 1, "Jun Zhu", "Shilong Liu"),
        paper("Unpaired image translation", 2017, "cs.CV", 2, "Jun-Yan Zhu", "Steven Liu", "Taesung Park"),
        paper("Semantic image synthesis", 2019, "cs.CV", 3, "J. Y. Zhu", "Taesung Park")));
    IdentityExplanation apart = corpus.explainIdentity(corpus.author("Jun Zhu"), corpus.author("Jun-Yan Zhu"));
    assertFalse(apart.samePerson());
    assertEquals("kept apart: given names Jun vs Jun-Yan", apart.verdict());
    IdentityExplanation one = corpus.explainIdentity(corpus.author("Jun-Yan Zhu"), corpus.author("J. Y. Zhu"));
    assertTrue(one.samePerson(), one.toString());
    assertTrue(one.verdict().contains("co-author taesung park"), one.verdict());
    IdentityExplanation strangers = corpus.explainIdentity(corpus.author("Shilong Liu"),
        corpus.author("Taesung Park"));
    assertTrue(strangers.verdict().startsWith("kept apart: family names"), strangers.verdict());
  }

  /**
   * A shared venue tips a pair with weak other evidence (one common co-author among many, the category) over the
   * threshold: the initial joins its one compatible fuller name, the report names the venue as the rule and the
   * explanation lists it. With different venues they stay apart; so they do when the venue and the category are all
   * they share, as supporting evidence never merges on its own.
   */
  @Test
  void aSharedVenueJoinsAnInitialAndIsNamedInTheReportAndTheExplanation() {
    for (boolean sameVenue : new boolean[] {true, false}) {
      Corpus corpus = Fixtures.corpus(List.of(
          paper("Unpaired image translation", 2017, "cs.CV", 1, "Jun-Yan Zhu", "Anna Berg", "Boris Kowalski",
              "Chiara Rossi", "Dmitri Ivanov", "Elena Petrova", "Taesung Park").toBuilder()
              .venue("Intl. Conf. on Computer Vision").build(),
          paper("Sketch based retrieval", 2019, "cs.CV", 2, "J. Y. Zhu", "Farid Haddad", "Grace Okafor",
              "Hiro Tanaka", "Ines Duarte", "Jonas Lind", "Taesung Park").toBuilder()
              .venue(sameVenue ? "INTL. CONF. ON COMPUTER VISION" : "Graphics Letters").build(),
          paper("Protein folding kinetics", 2018, "q-bio.BM", 3, "Ana Silva", "Taesung Park").toBuilder()
              .venue("Graphics Letters").build(),
          paper("Galaxy rotation curves", 2016, "astro-ph.GA", 4, "Kim Lee", "Taesung Park").toBuilder()
              .venue("Intl. Conf. on Computer Vision").build()));
      Author full = corpus.author("Jun-Yan Zhu");
      Author initial = corpus.author("J. Y. Zhu");
      assertEquals(sameVenue, full.equals(initial), corpus.report().authorMerges().toString());
      IdentityExplanation why = corpus.explainIdentity(full, initial);
      if (sameVenue) {
        assertTrue(why.verdict().contains("same-venue") && why.verdict().contains("venue intl conf on computer vision"),
            why.verdict());
      } else {
        assertEquals(List.of("co-author taesung park", "category cs.CV"), why.evidence(), why.toString());
      }
      if (sameVenue) {
        AuthorMerge line = corpus.report().authorMerges().stream().filter(m -> m.variant().equals("J. Y. Zhu"))
            .findFirst().orElseThrow();
        assertEquals("same-venue", line.rule());
        assertTrue(line.evidence().contains("venue intl conf on computer vision"), line.evidence().toString());
      }
    }
  }

  @Test
  void aSharedVenueAndCategoryAloneNeverJoin() {
    Corpus corpus = Fixtures.corpus(List.of(
        paper("Unpaired image translation", 2017, "cs.CV", 1, "Jun-Yan Zhu", "Alexei A. Efros").toBuilder()
            .venue("arXiv").build(),
        paper("Sketch based retrieval", 2019, "cs.CV", 2, "J. Y. Zhu", "Eli Shechtman").toBuilder().venue("arXiv")
            .build(),
        paper("Protein folding kinetics", 2018, "q-bio.BM", 3, "Ana Silva").toBuilder().venue("Nature").build()));
    assertNotEquals(corpus.author("Jun-Yan Zhu"), corpus.author("J. Y. Zhu"), corpus.report().authorMerges()
        .toString());
  }

  @Test
  void anInitialWithoutSharedEvidenceDoesNotJoinAFullerName() {
    // H. Ding (2007, cond-mat) and Hantian Ding (2022, code language models).
    Corpus corpus = Fixtures.corpus(List.of(
        paper("Superconductivity in layered cuprates", 2007, "cond-mat.supr-con", 1, "H. Ding", "S. Liu"),
        paper("Code generation with large language models", 2022, "cs.CL", 2, "Hantian Ding", "Steven Liu")));
    assertNotEquals(corpus.author("H. Ding"), corpus.author("Hantian Ding"));
    assertTrue(corpus.report().keptApart().stream().anyMatch(k -> k.name().equals("H. Ding")),
        corpus.report().keptApart().toString());
  }

  @Test
  void hyphenAndSpaceVariantsOfOneGivenNameAreCompatible() {
    PersonName joined = PersonName.parse("Xiaoming Li");
    assertTrue(NameMatching.compatible(joined, PersonName.parse("Xiao-Ming Li")));
    assertTrue(NameMatching.compatible(joined, PersonName.parse("Xiao Ming Li")));
    assertTrue(NameMatching.compatible(joined, PersonName.parse("X. Li")));
    assertTrue(NameMatching.compatible(PersonName.parse("Alex Williams"), PersonName.parse("Alex H. Williams")));
    assertFalse(NameMatching.compatible(PersonName.parse("Alex H. Williams"), PersonName.parse("Alex J. Williams")));
    assertFalse(NameMatching.compatible(PersonName.parse("C. Daniel Freeman"), PersonName.parse("Chris D. Freeman")));
  }

  @Test
  void transliteratedUmlautsAreOneName() {
    Corpus corpus = Fixtures.corpus(List.of(
        paper("Foundations of statistical NLP", 1999, "cs.CL", 1, "Hinrich Schuetze", "Christopher Manning"),
        paper("Introduction to information retrieval", 2008, "cs.IR", 2, "Hinrich Sch\u00fctze",
            "Christopher Manning")));
    assertEquals(corpus.author("Hinrich Schuetze"), corpus.author("Hinrich Sch\u00fctze"));
    assertEquals(2, corpus.paperCount(corpus.author("Hinrich Schuetze")));
  }

  @Test
  void placeholdersNeverBecomeAuthorsAndAreReported() {
    Corpus corpus = Fixtures.corpus(List.of(
        paper("Review one", 2020, "cs.LG", 1, "Anonymous", "Luke Metz"),
        paper("Review two", 2020, "cs.LG", 2, "Anonymous", "Surya Ganguli"),
        paper("Review three", 2020, "cs.LG", 3, "Unknown", "et al.", "Kyle Aitken")));
    assertTrue(corpus.findAuthors("Anonymous").isEmpty());
    assertTrue(corpus.findAuthors("Unknown").isEmpty());
    assertEquals(3, corpus.authors().size());
    // No path from Luke Metz to Surya Ganguli through a placeholder.
    assertTrue(corpus.collaborators("Luke Metz").rows().isEmpty());
    List<IngestIssue> issues = corpus.report().issues();
    assertEquals(4, issues.stream().filter(i -> i.message().contains("placeholder")).count(), issues.toString());
    assertEquals(3, corpus.papers().size());
  }

  @Test
  void junkAuthorsAreReportedAndNamesRepaired() {
    Corpus corpus = Fixtures.corpus(List.of(
        paper("Genetic programming", 2019, "cs.NE", 1, "Una-May O'Reilly", "and Erik Hemberg", "210", "Japan",
            "Development Center", "Chris\u007f Dyer", "Ann\u200b Smith\u202e")));
    assertEquals(List.of("Ann Smith", "Chris Dyer", "Erik Hemberg", "Una-May O'Reilly"),
        corpus.authors().stream().map(Author::displayName).sorted().toList());
    List<String> messages = corpus.report().issues().stream().map(IngestIssue::message).toList();
    assertTrue(messages.stream().anyMatch(m -> m.contains("'210' holds no letters")), messages.toString());
    assertTrue(messages.stream().anyMatch(m -> m.contains("'Japan' is a country")), messages.toString());
    assertTrue(messages.stream().anyMatch(m -> m.contains("'Development Center' looks like an organisation")),
        messages.toString());
  }

  @Test
  void aNameListedTwiceOnOnePaperIsCountedOnceAndReported() {
    Corpus corpus = Fixtures.corpus(List.of(
        paper("Twice", 2019, "cs.LG", 1, "Luke Metz", "Surya Ganguli", "Luke Metz")));
    assertEquals(2, corpus.authors().size());
    assertTrue(corpus.report().issues().stream().anyMatch(i -> i.message().contains("'Luke Metz' is listed twice")),
        corpus.report().issues().toString());
  }

  @Test
  void namesakesWithoutSharedEvidenceAreSplitOnRequest() {
    List<Paper> records = List.of(
        paper("Protein folding with graph networks", 2019, "q-bio.BM", 1, "Lei Wang", "Anna Schmidt"),
        paper("Graph networks for protein structure", 2020, "q-bio.BM", 2, "Lei Wang", "Anna Schmidt"),
        paper("Quantum error correction codes", 2019, "quant-ph", 3, "Lei Wang", "Pierre Dupont"));
    Corpus split = CiteGraph.builder().addRecords(records).splitNamesakes().build();
    assertEquals(2, split.findAuthors("Lei Wang").size());
    assertTrue(split.report().keptApart().stream()
        .anyMatch(k -> k.name().equals("Lei Wang") && k.reason().startsWith("split into 2 persons")));
    Corpus joined = Fixtures.corpus(records);
    assertEquals(1, joined.findAuthors("Lei Wang").size());
  }
}
