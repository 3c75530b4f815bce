package org.citegraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.citegraph.Fixtures;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;
import org.junit.jupiter.api.Test;

class PaperDeduplicatorTest {
  private final PaperDeduplicator dedup = new PaperDeduplicator();
  private static final List<String> AUTHORS = List.of("Luke Metz", "Niru Maheswaranathan", "Jascha Sohl-Dickstein");

  @Test
  void papersThatShareTitleWordsNeverMerge() {
    var result = dedup.deduplicate(List.of(
        Fixtures.record("Learned optimizers that scale and generalize", AUTHORS, 2017, "a.txt", 1),
        Fixtures.record("Learned optimizers that outperform SGD", AUTHORS, 2017, "a.txt", 2),
        Fixtures.record("Reverse engineering learned optimizers", AUTHORS, 2020, "a.txt", 3)));
    assertEquals(3, result.papers().size());
    assertTrue(result.merges().isEmpty());
  }

  @Test
  void sameTitleWithDifferentAuthorsOrDistantYearsStaysApart() {
    var result = dedup.deduplicate(List.of(
        Fixtures.record("Introduction", AUTHORS, 2017, "a.txt", 1),
        Fixtures.record("Introduction", List.of("Surya Ganguli", "Aran Nayebi"), 2017, "a.txt", 2),
        Fixtures.record("Introduction", AUTHORS, 2012, "a.txt", 3)));
    assertEquals(3, result.papers().size());
  }

  @Test
  void titleCaseAndPunctuationDoNotMatter() {
    var result = dedup.deduplicate(List.of(
        Fixtures.record("Learned Optimizers that Scale and Generalize", AUTHORS, 2017, "a.txt", 1),
        Fixtures.record("Learned optimizers that scale and generalize.", AUTHORS, 2018, "b.txt", 9)));
    assertEquals(1, result.papers().size());
    assertEquals(PubDate.ofYear(2017), result.papers().get(0).date().orElseThrow());
    assertEquals("same normalised title; same authors", result.merges().get(0).reason());
  }

  @Test
  void sharedArxivIdMergesAndConflictingIdsDoNot() {
    Paper a = Fixtures.record("Guided evolutionary strategies", AUTHORS, 2018, "a.txt", 1).toBuilder()
        .id(PaperId.arxiv("1806.10230v2")).build();
    Paper b = Fixtures.record("Guided ES: augmenting random search", AUTHORS, 2019, "b.txt", 1).toBuilder()
        .id(PaperId.arxiv("arXiv:1806.10230")).build();
    Paper c = Fixtures.record("Guided evolutionary strategies", AUTHORS, 2018, "c.txt", 1).toBuilder()
        .id(PaperId.arxiv("1806.99999")).build();
    var result = dedup.deduplicate(List.of(a, b, c));
    assertEquals(2, result.papers().size());
    PaperMerge merge = result.merges().get(0);
    assertEquals(PaperId.arxiv("1806.10230"), merge.paper());
    assertEquals("same arxiv id 1806.10230", merge.reason());
  }

  @Test
  void theFullestListWinsAndVariantsAtOneSlotAreReported() {
    Paper truncated = Paper.builder().title("Deep learning models of the retinal response")
        .author(PersonName.parse("Lane T. McIntosh")).author(PersonName.parse("Niru Maheswaranathan"))
        .authorListComplete(false).date(PubDate.ofYear(2016)).source(new SourceRef("p.txt", 5)).build();
    Paper full = Paper.builder().title("Deep Learning Models of the Retinal Response")
        .author(PersonName.parse("McIntosh, Lane")).author(PersonName.parse("Maheswaranathan, Niru"))
        .author(PersonName.parse("Baccus, Stephen A.")).source(new SourceRef("r.txt", 2)).build();
    var result = dedup.deduplicate(List.of(truncated, full));
    Paper merged = result.papers().get(0);
    assertEquals(List.of("Lane T. McIntosh", "Niru Maheswaranathan", "Stephen A. Baccus"),
        merged.authors().stream().map(PersonName::displayName).toList());
    assertTrue(merged.authorListComplete());
    assertEquals(1, result.variants().size());
    assertEquals("Lane McIntosh", result.variants().get(0).variant().displayName());
  }

  @Test
  void theMergedVenueIsThatOfTheFullestListNamingOneInAnyRecordOrder() {
    Paper preprint = Paper.builder().title("Deep learning models of the retinal response")
        .author(PersonName.parse("Lane T. McIntosh")).authorListComplete(false).venue("arXiv")
        .date(PubDate.ofYear(2016)).source(new SourceRef("p.txt", 5)).build();
    Paper published = Paper.builder().title("Deep Learning Models of the Retinal Response")
        .author(PersonName.parse("McIntosh, Lane")).author(PersonName.parse("Maheswaranathan, Niru"))
        .venue("NeurIPS").source(new SourceRef("r.txt", 2)).build();
    Paper bare = Paper.builder().title("Deep learning models of the retinal response")
        .author(PersonName.parse("Lane McIntosh")).author(PersonName.parse("Niru Maheswaranathan"))
        .author(PersonName.parse("Stephen A. Baccus")).source(new SourceRef("s.txt", 9)).build();
    for (List<Paper> records : List.of(List.of(preprint, published, bare), List.of(bare, published, preprint))) {
      List<Paper> papers = dedup.deduplicate(records).papers();
      assertEquals(1, papers.size());
      // The fullest list (bare's) names no venue; the next fullest (published) does.
      assertEquals(java.util.Optional.of("NeurIPS"), papers.get(0).venue());
    }
    assertEquals(java.util.Optional.of("arXiv"), dedup.deduplicate(List.of(preprint, bare)).papers().get(0).venue());
  }

  @Test
  void readingTheSameRecordTwiceIsIdempotent() {
    Paper p = Fixtures.record("A paper", AUTHORS, 2017, "a.txt", 1);
    var once = dedup.deduplicate(List.of(p));
    var twice = dedup.deduplicate(List.of(p, p));
    assertEquals(once, twice);
  }

  @Test
  void anyIdentifierLinksRecordsFromDifferentSources() {
    Paper arxiv = Fixtures.record("Attention is all you need", AUTHORS, 2017, "arxiv.jsonl", 1).toBuilder()
        .id(null).identifier(PaperId.arxiv("1706.03762")).identifier(PaperId.doi("10.5555/3295222")).build();
    Paper openAlex = Fixtures.record("Attention Is All You Need.", AUTHORS, 2017, "works.json", 4).toBuilder()
        .id(null).identifier(PaperId.openAlex("https://openalex.org/W2963403868"))
        .identifier(PaperId.doi("https://doi.org/10.5555/3295222")).build();
    assertEquals(PaperId.arxiv("1706.03762"), arxiv.id());
    assertEquals(List.of(PaperId.doi("10.5555/3295222")), arxiv.alternateIds());
    var result = dedup.deduplicate(List.of(openAlex, arxiv));
    assertEquals(1, result.papers().size());
    Paper merged = result.papers().get(0);
    assertEquals(PaperId.arxiv("1706.03762"), merged.id());
    assertEquals(List.of(PaperId.doi("10.5555/3295222"), PaperId.openAlex("W2963403868")), merged.alternateIds());
    assertEquals("same doi id 10.5555/3295222", result.merges().get(0).reason());
  }

  @Test
  void differentIdentifiersOfOneKindKeepSameTitledRecordsApart() {
    Paper a = Fixtures.record("Introduction", AUTHORS, 2017, "a.txt", 1).toBuilder().id(null)
        .identifier(PaperId.doi("10.1/a")).build();
    Paper b = Fixtures.record("Introduction", AUTHORS, 2017, "b.txt", 1).toBuilder().id(null)
        .identifier(PaperId.doi("10.1/b")).build();
    assertEquals(2, dedup.deduplicate(List.of(a, b)).papers().size());
  }

  @Test
  void differentRecordsAtOneSourcePositionAreNotReReads() {
    // A JSON file on one line can hold many papers: same source and line, different content.
    Paper a = Fixtures.record("Computing machinery and intelligence", List.of("Alan Turing"), 1950, "s2.json", 1);
    Paper b = Fixtures.record("Calculating instruments and machines", List.of("Douglas Hartree"), 1949, "s2.json", 1);
    var result = dedup.deduplicate(List.of(a, b, a));
    assertEquals(2, result.papers().size());
    assertTrue(result.merges().isEmpty());
  }
}
