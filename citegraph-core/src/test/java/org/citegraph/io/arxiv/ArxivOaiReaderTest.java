package org.citegraph.io.arxiv;

import static org.citegraph.io.SampleText.SOURCE;
import static org.citegraph.io.SampleText.assertOneIssue;
import static org.citegraph.io.SampleText.assertStrictNames;
import static org.citegraph.io.SampleText.lenient;
import static org.citegraph.io.SampleText.strict;
import static org.citegraph.io.SampleText.withoutProvenance;
import org.citegraph.io.CollectingSink;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;
import org.citegraph.io.RecordReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;
import org.junit.jupiter.api.Test;

/**
 * {@link ArxivOaiReader}. The fixtures in {@code arxiv-oai/} are hand-written in the formats documented by the OAI-PMH
 * 2.0 specification and arXiv's OAI-PMH interface (metadata formats {@code arXiv} and {@code arXivRaw}); the paper
 * metadata is copied from arXiv.
 */
class ArxivOaiReaderTest {
  private static final RecordReader READER = new ArxivOaiReader();
  private static final String ARXIV = ArxivFixtures.text("arxiv/arxiv-oai/list-records-arxiv.xml");
  private static final String RAW = ArxivFixtures.text("arxiv/arxiv-oai/list-records-arxivraw.xml");

  @Test
  void arxivFormatFieldByFieldAndTheDeletedRecordReported() {
    CollectingSink sink = lenient(READER, ARXIV);
    assertEquals(2, sink.papers().size());
    assertOneIssue(sink, IngestIssue.Action.REJECTED, 37, "oai:arXiv.org:0704.9999", "marked deleted",
        "2009-01-01");

    Paper p = sink.papers().get(0);
    assertEquals(PaperId.arxiv("0704.0001"), p.id());
    assertEquals(List.of(PaperId.doi("10.1103/PhysRevD.76.013009")), p.alternateIds());
    assertEquals("Calculation of prompt diphoton production cross sections at Tevatron and LHC energies", p.title());
    assertEquals(List.of(PersonName.fromLastFirst("Balázs", "C."), PersonName.fromLastFirst("Berger", "E. L."),
        PersonName.fromLastFirst("Nadolsky", "P. M."), PersonName.fromLastFirst("Yuan", "C. -P.")), p.authors());
    assertEquals(List.of("Argonne National Laboratory"), p.affiliations());
    assertEquals(Optional.of(PubDate.parse("2007-04-02")), p.date());
    assertEquals(Optional.of(PubDate.parse("2007-07-24")), p.updated());
    assertEquals(Optional.of(Category.of("hep-ph")), p.primaryCategory());
    assertEquals("A fully differential calculation in perturbative quantum chromodynamics is presented for the "
        + "production of massive photon pairs at hadron colliders.", p.abstractText());
    assertEquals(List.of(new SourceRef(SOURCE, 9)), p.provenance());

    Paper q = sink.papers().get(1);
    assertEquals(PaperId.arxiv("0704.0002"), q.id());
    assertEquals(List.of(Category.of("math.CO"), Category.of("cs.CG")), q.categories());
    assertEquals(Optional.of(Category.of("math.CO")), q.primaryCategory());
    assertEquals(Optional.of(PubDate.parse("2007-03-31")), q.date());
    assertEquals(Optional.of(PubDate.parse("2008-12-13")), q.updated());
    assertEquals(List.of(PersonName.parse("Ileana Streinu"), PersonName.parse("Louis Theran")), q.authors());
  }

  @Test
  void arxivRawFormatFieldByField() {
    CollectingSink sink = lenient(READER, RAW);
    assertEquals(List.of(), sink.issues());
    Paper p = sink.papers().get(0);
    assertEquals(PaperId.arxiv("0704.0001"), p.id());
    assertEquals(List.of(PersonName.parse("C. Balázs"), PersonName.parse("E. L. Berger"),
        PersonName.parse("P. M. Nadolsky"), PersonName.parse("C.-P. Yuan")), p.authors());
    assertEquals(Optional.of(PubDate.parse("2007-04-02")), p.date(), "v1");
    assertEquals(Optional.of(PubDate.parse("2007-07-24")), p.updated(), "latest version");
    assertEquals(List.of(PaperId.doi("10.1103/PhysRevD.76.013009")), p.alternateIds());
    Paper q = sink.papers().get(1);
    assertEquals(List.of(PersonName.parse("Ileana Streinu"), PersonName.parse("Louis Theran")), q.authors());
    assertEquals(Optional.of(PubDate.parse("2007-03-31")), q.date());
    assertEquals(Optional.empty(), q.updated(), "only one version");
  }

  @Test
  void bothFormatsAgreeOnWhatTheyShare() {
    Paper fromArxiv = lenient(READER, ARXIV).papers().get(1);
    Paper fromRaw = lenient(READER, RAW).papers().get(1);
    assertEquals(withoutProvenance(fromArxiv).toBuilder().updated(null).build(), withoutProvenance(fromRaw));
  }

  @Test
  void detectedFromItsHead() {
    assertInstanceOf(ArxivOaiReader.class, Inputs.detect(ARXIV));
    assertInstanceOf(ArxivOaiReader.class, Inputs.detect(RAW));
  }

  @Test
  void oaiErrorResponseIsReported() {
    String text = ArxivFixtures.text("arxiv/arxiv-oai/error.xml");
    assertOneIssue(lenient(READER, text), IngestIssue.Action.REJECTED, 7, "'noRecordsMatch'");
    assertStrictNames(strict(READER, text), 7, "noRecordsMatch");
  }

  @Test
  void strictStopsAtTheDeletedRecord() {
    assertStrictNames(strict(READER, ARXIV), 37, "deleted");
  }

  @Test
  void emptyFileAndWrongRoot() {
    assertOneIssue(lenient(READER, ""), IngestIssue.Action.REJECTED, 1, "empty file");
    String feed = ArxivFixtures.text("arxiv/arxiv-atom/query.xml");
    assertOneIssue(lenient(READER, feed), IngestIssue.Action.REJECTED, 4, "root element <feed> is not <OAI-PMH>");
    assertStrictNames(strict(READER, feed), 4, "root element <feed>");
  }

  @Test
  void recordWithoutIdIsRejected() {
    String text = RAW.replace("<id>0704.0002</id>", "").replace("oai:arXiv.org:0704.0002", "");
    CollectingSink sink = lenient(READER, text);
    assertEquals(1, sink.papers().size());
    assertOneIssue(sink, IngestIssue.Action.REJECTED, 23, "has no <id>");
    assertStrictNames(strict(READER, text), 23, "has no <id>");
  }

  @Test
  void otherMetadataFormatIsRejected() {
    String text = RAW.replace("<arXivRaw ", "<oai_dc ").replace("</arXivRaw>", "</oai_dc>");
    CollectingSink sink = lenient(READER, text);
    assertEquals(List.of(), sink.papers());
    assertEquals(2, sink.issues(IngestIssue.Action.REJECTED).size());
    assertTrue(sink.issues().get(0).message().contains("<oai_dc>"), sink.issues()::toString);
  }

  @Test
  void truncatedFile() {
    String text = ARXIV.substring(0, ARXIV.indexOf("<title>Sparsity"));
    CollectingSink sink = lenient(READER, text);
    assertEquals(List.of(PaperId.arxiv("0704.0001")), sink.papers().stream().map(Paper::id).toList());
    assertOneIssue(sink, IngestIssue.Action.REJECTED, 23, "<record> record is cut off");
    assertStrictNames(strict(READER, text), 23, "cut off");
  }

  @Test
  void badVersionDateIsLeftOutAndReported() {
    String text = RAW.replace("Sat, 31 Mar 2007", "Sat, 31 Foo 2007");
    CollectingSink sink = lenient(READER, text);
    assertEquals(2, sink.papers().size());
    assertEquals(Optional.empty(), sink.papers().get(1).date());
    assertOneIssue(sink, IngestIssue.Action.REPAIRED, 32, "'Sat, 31 Foo 2007 02:26:18 GMT' is not a date");
  }
}
