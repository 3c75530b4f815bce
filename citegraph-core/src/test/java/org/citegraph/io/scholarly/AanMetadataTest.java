package org.citegraph.io.scholarly;

import static org.citegraph.io.TestInputs.paper;
import static org.citegraph.io.TestInputs.read;
import org.citegraph.io.CollectingSink;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;
import org.citegraph.io.ReaderFixtures;
import org.citegraph.io.TestInputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;
import org.junit.jupiter.api.Test;

/** The AAN metadata reader and the citation list, on real records of {@code acl-metadata.txt} and {@code acl.txt}. */
class AanMetadataTest {
  private static final String META = "scholarly/aan-metadata/acl-metadata-excerpt.txt";
  private static final String EDGES = "scholarly/aan-metadata/acl-excerpt.txt";

  private static AanMetadataReader withCitations() throws IOException {
    try (BufferedReader in = Inputs.openResource("org/citegraph/io/" + EDGES)) {
      return AanMetadataReader.withCitations(in, EDGES);
    }
  }

  @Test
  void detection() {
    assertSame(AanMetadataReader.FORMAT, Inputs.detect(TestInputs.head(META)).formatName());
    assertSame(AanCitationListReader.FORMAT, Inputs.detect(TestInputs.head(EDGES)).formatName());
  }

  @Test
  void fieldsAndHtmlEntitiesInsideTheSemicolonList() {
    CollectingSink sink = read(new AanMetadataReader(), META);
    Paper p = paper(sink, "acl:D10-1008");
    assertEquals(List.of(PersonName.of("Amit", "Goyal"), PersonName.of("Ellen", "Riloff"),
        new PersonName("Hal", "", "Daumé", "III")), p.authors());
    assertEquals(Optional.of(PubDate.ofYear(2010)), p.date());
    assertEquals(List.of(), p.references());
    assertEquals(new SourceRef(META, 7), p.provenance().get(0));
  }

  @Test
  void particleWrittenAsItsOwnAuthor() {
    CollectingSink sink = read(new AanMetadataReader(), META);
    Paper p = paper(sink, "acl:D10-1053");
    assertEquals(new PersonName("Adrià", "de", "Gispert", ""), p.authors().get(0));
    assertEquals(3, p.authors().size());
    Paper lemeur = paper(sink, "acl:L08-1430");
    assertEquals(new PersonName("André", "le", "Meur", ""), lemeur.authors().get(1));
  }

  @Test
  void strayCommaBeforeAMiddleInitial() {
    Paper p = paper(read(new AanMetadataReader(), META), "acl:N04-1025");
    assertEquals(PersonName.of("James P.", "Callan"), p.authors().get(1));
  }

  @Test
  void idsWithALetterSuffixAreAclIds() {
    CollectingSink sink = read(new AanMetadataReader(), META);
    Paper p = TestInputs.titled(sink, "Opinion - A Restricted Sublanguage Approach");
    assertEquals(PaperId.acl("J79-1009a"), p.id());
    assertTrue(sink.issues().stream().noneMatch(i -> i.message().contains("J79-1009a")));
  }

  @Test
  void emptyAuthorKeepsThePaperAndReportsIt() {
    CollectingSink sink = read(new AanMetadataReader(), META);
    assertEquals(List.of(), sink.issues(IngestIssue.Action.REJECTED));
    List<IngestIssue> noAuthor = sink.issues(IngestIssue.Action.REPAIRED).stream()
        .filter(i -> i.message().contains("kept without authors")).toList();
    assertEquals(1, noAuthor.size(), sink.issues()::toString);
    assertEquals(new SourceRef(META, 19), noAuthor.get(0).where());
    assertTrue(noAuthor.get(0).message().contains("'W10-4238'"));
    assertEquals(7, sink.papers().size());
  }

  @Test
  void citationsAttachedFromTheCompanionFile() throws IOException {
    CollectingSink sink = read(withCitations(), META);
    assertEquals(List.of("acl:C08-1064", "acl:C08-1144", "acl:D07-1005", "acl:D07-1090", "acl:D08-1065",
        "acl:D09-1106", "acl:E09-1044"), paper(sink, "acl:D10-1053").references());
    assertEquals(List.of("acl:D07-1101"), paper(sink, "acl:D10-1001").references());
    // D12-1027 cites two papers but has no metadata record.
    List<IngestIssue> dropped = sink.issues().stream().filter(i -> i.message().contains("D12-1027")).toList();
    assertEquals(1, dropped.size());
    assertEquals(IngestIssue.Action.REJECTED, dropped.get(0).action());
    assertEquals(new SourceRef(EDGES, 13), dropped.get(0).where());
    assertTrue(dropped.get(0).message().startsWith("2 citations from D12-1027 dropped"));
  }

  @Test
  void citationListOnItsOwnIsReported() {
    CollectingSink sink = read(new AanCitationListReader(), EDGES);
    assertEquals(List.of(), sink.papers());
    assertEquals(1, sink.issues().size());
    assertTrue(sink.issues().get(0).message().contains("citation list without metadata")
        && sink.issues().get(0).message().contains("acl-metadata.txt"));
  }

  @Test
  void venueIsKeptWithEntitiesDecoded() {
    CollectingSink sink = ReaderFixtures.text(new AanMetadataReader(), """
        id = {W09-3801}
        author = {Doe, Jane}
        title = {With a venue}
        venue = {Proceedings of the 11th International Conference on Parsing Technologies (IWPT&rsquo;09)}
        year = {2009}

        id = {W09-3802}
        author = {Doe, Jane}
        title = {Without a venue}
        year = {2009}
        """, CollectingSink.lenient());
    assertEquals(List.of(), sink.issues());
    assertEquals(Optional.of("Proceedings of the 11th International Conference on Parsing Technologies (IWPT\u201909)"),
        paper(sink, "acl:W09-3801").venue());
    assertEquals(Optional.empty(), paper(sink, "acl:W09-3802").venue());
  }
}
