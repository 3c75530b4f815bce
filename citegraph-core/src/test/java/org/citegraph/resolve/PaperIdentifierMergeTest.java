package org.citegraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Identifier merges that must not happen, and merged metadata that must not depend on where records stand. */
class PaperIdentifierMergeTest {

  private static Paper record(String arxiv, String doi, String title, String author, int line) {
    Paper.Builder b = Paper.builder().id(PaperId.arxiv(arxiv)).title(title).date(PubDate.ofYear(2014))
        .author(PersonName.parse(author)).source(new SourceRef("rows.tsv", line));
    if (doi != null) {
      b.identifier(PaperId.doi(doi));
    }
    return b.build();
  }

  @Test
  void aSharedDoiDoesNotMergePapersWhoseArxivIdsDiffer() {
    List<Paper> records = List.of(
        record("1303.1703", "10.5121/ijcsit", "Graph colouring heuristics", "A. Kumar", 1),
        record("1401.0640", "10.5121/ijcsit", "Image steganography by chaos", "B. Singh", 2));
    PaperDeduplicator.Result r = new PaperDeduplicator().deduplicate(records);
    assertEquals(2, r.papers().size());
    assertEquals(0, r.merges().size());
  }

  @Test
  void aSharedDoiStillMergesWhenNoArxivIdDisagrees() {
    Paper journal = Paper.builder().id(PaperId.doi("10.1000/xyz")).title("Graph colouring heuristics")
        .author(PersonName.parse("A. Kumar")).source(new SourceRef("journal.bib", 1)).build();
    List<Paper> records = List.of(record("1303.1703", "10.1000/xyz", "Graph colouring heuristics, revised",
        "A. Kumar", 1), journal);
    assertEquals(1, new PaperDeduplicator().deduplicate(records).papers().size());
  }

  @Test
  void theMergedTitleDoesNotDependOnRowOrder() {
    for (int swap = 0; swap < 2; swap++) {
      List<Paper> records = List.of(
          record("1303.1703", null, "Graph Colouring Heuristics", "A. Kumar", swap == 0 ? 1 : 2),
          record("1303.1703", null, "Graph colouring heuristics.", "A. Kumar", swap == 0 ? 2 : 1));
      List<Paper> papers = new PaperDeduplicator().deduplicate(records).papers();
      assertEquals(1, papers.size());
      assertEquals("Graph Colouring Heuristics", papers.get(0).title());
    }
  }

  @Test
  @Tag("slow")
  void manyDistinctPapersWithOneTitleStayDistinct() {
    // 20,000 errata by different first authors: every record was compared with every other before.
    List<Paper> records = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      records.add(Paper.builder().title("Erratum").date(PubDate.ofYear(2000 + i % 20))
          .author(PersonName.of("Ann", "Author" + Integer.toString(i, 36).replaceAll("[0-9]", "x") + i % 7))
          .author(PersonName.of("Bo", "Second" + i)).source(new SourceRef("errata.tsv", i + 1)).build());
    }
    PaperDeduplicator.Result r = new PaperDeduplicator().deduplicate(records);
    long distinctFirst = records.stream().map(p -> p.authors().get(0).familyKey() + "/" + p.date().get().year())
        .distinct().count();
    // Records of one first author within two years and half their family names shared would merge; here the
    // second authors all differ, so no two records merge.
    assertEquals(20_000, r.papers().size(), "distinct first authors/years: " + distinctFirst);
  }
}
