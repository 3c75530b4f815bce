package org.citegraph.io.delimited;

import static org.citegraph.io.TestInputs.paper;
import static org.citegraph.io.TestInputs.read;
import org.citegraph.io.CollectingSink;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;
import org.citegraph.io.TestInputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;
import org.junit.jupiter.api.Test;

/** The {@code paperscape-csv} preset on real lines of {@code pscp-1991..1996.csv} (comments kept). */
class PaperscapeCsvTest {
  private static final DelimitedReader READER = DelimitedFormats.paperscapeCsv();
  private static final String FILE = "delimited/paperscape-csv/pscp-excerpt.csv";

  @Test
  void detectedFromTheCommentHeader() {
    assertSame(DelimitedFormats.PAPERSCAPE_CSV, Inputs.detect(TestInputs.head(FILE)).formatName());
  }

  @Test
  void compactNamesReferencesAndDateFromTheId() {
    CollectingSink sink = read(READER, FILE);
    Paper p = paper(sink, "arxiv:alg-geom/9502006");
    assertEquals(List.of("T. Kimura", "J. Stasheff", "A. A. Voronov"),
        p.authors().stream().map(PersonName::displayName).toList());
    assertEquals(14, p.references().size());
    assertEquals("arxiv:hep-th/9201056", p.references().get(0));
    assertEquals("arxiv:0709.1228", p.references().get(13));
    assertEquals(Optional.of(PubDate.ofMonth(1995, 2)), p.date());
    assertEquals(5, p.categories().size());
    Paper tye = paper(sink, "arxiv:hep-th/9109001");
    assertEquals("Tye", tye.authors().get(1).family());
    assertEquals(new SourceRef(FILE, 14), tye.provenance().get(0));
  }

  @Test
  void semicolonInTheTitleStaysInTheTitle() {
    Paper p = paper(read(READER, FILE), "arxiv:hep-lat/9208017");
    assertEquals("The triviality bound on the Higgs mass; its value and what it means", p.title());
    assertEquals(List.of("arxiv:hep-lat/9107001"), p.references());
  }

  @Test
  void bareJrIsJoinedToTheAuthorBefore() {
    CollectingSink sink = read(READER, FILE);
    Paper p = paper(sink, "arxiv:hep-th/9110046");
    assertEquals(List.of(new PersonName("C. G.", "", "Callan", "Jr."), PersonName.of("D.", "Freed")), p.authors());
    assertTrue(sink.issues().stream().anyMatch(i -> i.where().line() == 11 && i.message().contains("'Jr.'")));
  }

  @Test
  void nonPersonsLeftOutOrKeptAsGroupAuthor() {
    CollectingSink sink = read(READER, FILE);
    assertEquals(List.of(PersonName.of("A.", "Cappelli")), paper(sink, "arxiv:hep-th/9110019").authors());
    Paper zeus = paper(sink, "arxiv:hep-ex/9602010");
    assertEquals("ZEUS Collaboration", zeus.authors().get(0).family());
    assertEquals(10, zeus.references().size());
  }

  @Test
  void emptyAuthorListKeepsThePaperAndReportsIt() {
    CollectingSink sink = read(READER, FILE);
    assertEquals(8, sink.papers().size());
    assertEquals(List.of(), sink.issues(IngestIssue.Action.REJECTED));
    Paper authorless = paper(sink, "arxiv:nucl-th/9310002");
    assertEquals(List.of(), authorless.authors());
    List<IngestIssue> repaired = sink.issues(IngestIssue.Action.REPAIRED).stream()
        .filter(i -> i.message().contains("kept without authors")).toList();
    assertEquals(1, repaired.size(), sink.issues()::toString);
    assertEquals(new SourceRef(FILE, 13), repaired.get(0).where());
    assertTrue(repaired.get(0).message().contains("'nucl-th/9310002'")
        && repaired.get(0).message().contains("kept without authors"), repaired::toString);
  }
}
