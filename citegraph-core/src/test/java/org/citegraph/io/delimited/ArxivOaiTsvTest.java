package org.citegraph.io.delimited;

import static org.citegraph.io.TestInputs.paper;
import static org.citegraph.io.TestInputs.read;
import static org.citegraph.io.TestInputs.titled;
import org.citegraph.io.CollectingSink;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;
import org.citegraph.io.MalformedRecordException;
import org.citegraph.io.TestInputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
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

/** The {@code arxiv-oai-tsv} preset on real records copied from the three files of the data set. */
class ArxivOaiTsvTest {
  private static final DelimitedReader READER = DelimitedFormats.arxivOaiTsv();
  private static final String NE = "delimited/arxiv-oai-tsv/cs.NE-excerpt.tsv";
  private static final String NC = "delimited/arxiv-oai-tsv/q-bio.NC-excerpt.tsv";
  private static final String CL = "delimited/arxiv-oai-tsv/cs.CL-excerpt.tsv";

  @Test
  void detectedFromTheHeader() {
    assertSame(DelimitedFormats.ARXIV_OAI_TSV, Inputs.detect(TestInputs.head(NE)).formatName());
  }

  @Test
  void fieldsOfAnIntactRecord() {
    Paper p = paper(read(READER, NC), "arxiv:1503.03585");
    assertEquals("Deep Unsupervised Learning using Nonequilibrium Thermodynamics", p.title());
    assertEquals(List.of("Jascha Sohl-Dickstein", "Eric A. Weiss", "Niru Maheswaranathan", "Surya Ganguli"),
        p.authors().stream().map(PersonName::displayName).toList());
    assertEquals(Optional.of(PubDate.parse("2015-03-12")), p.date());
    assertEquals(Optional.of(PubDate.parse("2015-11-18")), p.updated());
    assertEquals(Optional.of(Category.of("cs.LG")), p.primaryCategory());
    assertEquals(List.of("cs.LG", "cond-mat.dis-nn", "q-bio.NC", "stat.ML"),
        p.categories().stream().map(Category::code).toList());
    assertTrue(p.abstractText().startsWith("A central problem in machine learning"), p.abstractText());
    assertEquals(List.of(new SourceRef(NC, 5)), p.provenance());
  }

  @Test
  void multiLineQuotedAbstractAndDoi() {
    CollectingSink sink = read(READER, NC);
    Paper p = paper(sink, "arxiv:cond-mat/9710352");
    assertEquals(List.of(PaperId.doi("10.1016/S0375-9601(97)00870-0")), p.alternateIds());
    assertEquals(2, p.provenance().get(0).line());
    // The record after the two-line one starts on line 4.
    assertEquals(4, paper(sink, "arxiv:0903.3451").provenance().get(0).line());
  }

  @Test
  void floatDamagedIdsAreRepairedWithBeforeAndAfter() {
    CollectingSink sink = read(READER, NE);
    assertEquals(6, sink.papers().size());
    for (String[] c : new String[][] {{"1806.1023", "1806.10230"}, {"1810.1018", "1810.10180"},
        {"1703.0481300000001", "1703.04813"}}) {
      Paper p = paper(sink, "arxiv:" + c[1]);
      assertTrue(sink.issues().stream().anyMatch(i -> i.action() == IngestIssue.Action.REPAIRED
          && i.where().equals(p.provenance().get(0)) && i.message().contains("'" + c[0] + "' repaired to " + c[1])),
          () -> c[0] + ": " + sink.issues());
    }
    assertEquals(Optional.of(PubDate.parse("2018-06-26")), paper(sink, "arxiv:1806.10230").date());
    paper(sink, "arxiv:1907.08549"); // intact
    Paper leadingZero = paper(read(READER, NC), "arxiv:0903.3451");
    assertEquals(List.of(PaperId.doi("10.1143/JPSJ.78.114801")), leadingZero.alternateIds());
  }

  @Test
  void ambiguousIdsAreLeftOutAndTheRecordKept() {
    CollectingSink ne = read(READER, NE);
    Paper noDoi = titled(ne, "Black-box optimization benchmarking of IPOP-saACM-ES");
    assertEquals(PaperId.Scheme.HASH, noDoi.id().scheme());
    assertTrue(ne.issues().stream().anyMatch(i -> i.where().equals(new SourceRef(NE, 2))
        && i.message().contains("'1206.578' left out") && i.message().contains("2012-04-24")), ne.issues()::toString);
    Paper withDoi = titled(read(READER, NC), "Quantum-like models cannot account");
    assertEquals(PaperId.doi("10.1007/s11238-016-9549-9"), withDoi.id());
  }

  @Test
  void groupAuthors() {
    CollectingSink cl = read(READER, CL);
    Paper xtag = paper(cl, "arxiv:cs/9809024");
    assertEquals(List.of(new PersonName("", "", "XTAG Research Group", "")), xtag.authors());
    Paper terms = paper(cl, "arxiv:cs/0604027");
    assertEquals(4, terms.authors().size());
    assertTrue(cl.issues().stream().anyMatch(i -> i.message().contains("'the termsciences Collaboration' is not a "
        + "person")), cl.issues()::toString);
  }

  @Test
  void suffixWrittenBeforeTheName() {
    CollectingSink cl = read(READER, CL);
    Paper p = paper(cl, "arxiv:1709.07916");
    assertEquals(new PersonName("George", "", "Shaw", "Jr."), p.authors().get(4));
    assertTrue(cl.issues().stream().anyMatch(i -> i.message().contains("'Jr. George Shaw'")));
  }

  @Test
  void strictStopsAtTheFirstRepair() {
    MalformedRecordException e = org.junit.jupiter.api.Assertions.assertThrows(MalformedRecordException.class,
        () -> read(READER, NE, true));
    assertTrue(e.getMessage().startsWith(NE + ":2: "), e::getMessage);
    assertTrue(e.getMessage().contains("expected"), e::getMessage);
    assertFalse(e.getMessage().isBlank());
  }
}
