package org.citegraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.citegraph.internal.IntUnionFind;
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

  /** A family name of letters only, distinct for each i. */
  private static String family(int i) {
    StringBuilder b = new StringBuilder("Zq");
    for (int x = i; ; x /= 26) {
      b.append((char) ('a' + x % 26));
      if (x < 26) {
        return b.toString();
      }
    }
  }

  @Property(seed = "23", tries = 200)
  void recordsSharingAnIdentifierAreTheComponentsOfTheIdGraph(
      @ForAll @Size(min = 1, max = 40) List<@Size(min = 1, max = 3) List<@IntRange(max = 12) Integer>> idsOfRecords) {
    // Record i holds OpenAlex ids drawn from a small pool; its own first author keeps its title block apart from the
    // others', so only the identifiers can merge records.
    List<Paper> records = new ArrayList<>();
    for (int i = 0; i < idsOfRecords.size(); i++) {
      List<Integer> ids = idsOfRecords.get(i);
      Paper.Builder b = Paper.builder().id(PaperId.openAlex("W" + ids.get(0))).title("Record " + family(i))
          .author(PersonName.parse("A. " + family(i))).source(new SourceRef("rows.tsv", i + 1));
      for (int id : ids.subList(1, ids.size())) {
        b.identifier(PaperId.openAlex("W" + id));
      }
      records.add(b.build());
    }
    IntUnionFind expected = new IntUnionFind(records.size());
    for (int i = 0; i < records.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (!java.util.Collections.disjoint(idsOfRecords.get(i), idsOfRecords.get(j))) {
          expected.union(i, j, 0);
        }
      }
    }
    Set<Set<Long>> expectedGroups = new HashSet<>();
    for (int i = 0; i < records.size(); i++) {
      Set<Long> group = new TreeSet<>();
      for (int j = 0; j < records.size(); j++) {
        if (expected.connected(i, j)) {
          group.add((long) j + 1);
        }
      }
      expectedGroups.add(group);
    }
    Set<Set<Long>> groups = new HashSet<>();
    for (Paper p : new PaperDeduplicator().deduplicate(records).papers()) {
      Set<Long> group = new TreeSet<>();
      p.provenance().forEach(ref -> group.add(ref.line()));
      groups.add(group);
    }
    assertEquals(expectedGroups, groups);
  }
}
