package org.citegraph.io.delimited;

import static org.citegraph.io.TestInputs.read;
import static org.citegraph.io.TestInputs.titled;
import org.citegraph.io.CollectingSink;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;
import org.citegraph.io.ReaderFixtures;
import org.citegraph.io.TestInputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;
import org.junit.jupiter.api.Test;

/**
 * The {@code scopus-csv} preset. No real Scopus export is available here: {@code scopus-export.csv} is HAND-WRITTEN
 * after Scopus's documented CSV export columns (byte-order mark, every field quoted), with made-up author ids and
 * EIDs.
 */
class ScopusCsvTest {
  private static final DelimitedReader READER = DelimitedFormats.scopusCsv();
  private static final String FILE = "delimited/scopus-csv/scopus-export.csv";

  @Test
  void detectedFromTheHeader() {
    assertSame(DelimitedFormats.SCOPUS_CSV, Inputs.detect(TestInputs.head(FILE)).formatName());
  }

  @Test
  void authorsAffiliationsAbstractAndReferences() {
    CollectingSink sink = read(READER, FILE);
    Paper p = titled(sink, "Attention is all you need");
    assertEquals(List.of(PersonName.of("Ashish", "Vaswani"), PersonName.of("Noam", "Shazeer"),
        PersonName.of("Niki", "Parmar")), p.authors());
    assertEquals(Optional.of(PubDate.ofYear(2017)), p.date());
    assertEquals(OptionalInt.of(100), p.citationCount());
    assertEquals(List.of("Google Brain, Mountain View, United States", "Google Research, Mountain View, United States"),
        p.affiliations());
    assertTrue(p.abstractText().contains("\"in an encoder-decoder configuration\". We propose"), p.abstractText());
    assertEquals(3, p.references().size());
    assertEquals("arxiv:1409.0473", p.references().get(0));
    assertEquals("arxiv:1705.03122", p.references().get(1));
    assertTrue(p.references().get(2).startsWith("unresolved:Hochreiter S., Schmidhuber J., Long short-term memory"));
    assertEquals(new SourceRef(FILE, 2), p.provenance().get(0));
  }

  @Test
  void doiSuffixAndBadCitationCount() {
    CollectingSink sink = read(READER, FILE);
    Paper p = titled(sink, "Automatically producing plot unit");
    assertEquals(PaperId.doi("10.5555/1870658.1870666"), p.id());
    assertEquals(new PersonName("Hal", "", "Daumé", "III"), p.authors().get(2));
    assertEquals(OptionalInt.empty(), p.citationCount());
    assertEquals(List.of("doi:10.1162/neco.1997.9.8.1735"), p.references());
    // The quoted abstract of record 1 spans two lines, so record 2 starts on line 4.
    assertEquals(new SourceRef(FILE, 4), p.provenance().get(0));
    assertTrue(sink.issues().stream().anyMatch(i -> i.action() == IngestIssue.Action.REPAIRED
        && i.message().contains("'2-s2.0-85000000002'") && i.message().contains("citation count 'n/a'")));
  }

  @Test
  void recordWithoutAuthorFullNamesIsKeptWithoutAuthorsAndReported() {
    CollectingSink sink = read(READER, FILE);
    assertEquals(3, sink.papers().size());
    assertEquals(List.of(), sink.issues(IngestIssue.Action.REJECTED));
    List<IngestIssue> noAuthor = sink.issues(IngestIssue.Action.REPAIRED).stream()
        .filter(i -> i.message().contains("kept without authors")).toList();
    assertEquals(1, noAuthor.size(), sink.issues()::toString);
    assertEquals(new SourceRef(FILE, 5), noAuthor.get(0).where());
    assertTrue(noAuthor.get(0).message().contains("'Author full names'"), noAuthor::toString);
  }

  @Test
  void sourceTitleIsTheVenue() {
    CollectingSink sink = ReaderFixtures.text(READER, """
        "Author full names","Title","Year","Source title","EID"
        "Doe, Jane (1)","With a source","2017","Advances in Neural Information  Processing Systems","2-s2.0-1"
        "Doe, Jane (1)","Without a source","2017","","2-s2.0-2"
        """, CollectingSink.lenient());
    assertEquals(List.of(), sink.issues());
    assertEquals(Optional.of("Advances in Neural Information Processing Systems"),
        titled(sink, "With a source").venue());
    assertEquals(Optional.empty(), titled(sink, "Without a source").venue());
    // the column is Scopus's only: the other delimited formats map no venue
    assertEquals(Optional.empty(), DelimitedFormats.arxivOaiTsv().mapping().venueColumn());
  }
}
