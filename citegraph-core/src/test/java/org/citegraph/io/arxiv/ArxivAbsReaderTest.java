package org.citegraph.io.arxiv;

import static org.citegraph.io.SampleText.SOURCE;
import static org.citegraph.io.SampleText.assertOneIssue;
import static org.citegraph.io.SampleText.assertStrictNames;
import static org.citegraph.io.SampleText.lenient;
import static org.citegraph.io.SampleText.strict;
import org.citegraph.io.CollectingSink;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;
import org.citegraph.io.RecordReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ArxivAbsReader} on real {@code .abs} files from arXiv's arxiv-browse fixtures (see the fixture README). */
class ArxivAbsReaderTest {
  private static final RecordReader READER = new ArxivAbsReader();

  private static Paper one(String fixture) {
    CollectingSink sink = lenient(READER, ArxivFixtures.text("arxiv/arxiv-abs/" + fixture));
    assertEquals(1, sink.papers().size(), sink::toString);
    return sink.papers().get(0);
  }

  @Test
  void readsATypicalRecordFieldByField() {
    CollectingSink sink = lenient(READER, ArxivFixtures.text("arxiv/arxiv-abs/0704.0001.abs"));
    assertEquals(List.of(), sink.issues());
    Paper p = sink.papers().get(0);
    assertEquals(PaperId.arxiv("0704.0001"), p.id());
    assertEquals(List.of(PaperId.doi("10.1103/PhysRevD.76.013009")), p.alternateIds());
    assertEquals("Calculation of prompt diphoton production cross sections at Tevatron and LHC energies", p.title());
    assertEquals(List.of(PersonName.parse("C. Balázs"), PersonName.parse("E. L. Berger"),
        PersonName.parse("P. M. Nadolsky"), PersonName.parse("C.-P. Yuan")), p.authors());
    assertTrue(p.authorListComplete());
    assertEquals(Optional.of(PubDate.parse("2007-04-02")), p.date());
    assertEquals(Optional.of(PubDate.parse("2007-07-24")), p.updated());
    assertEquals(Optional.of(Category.of("hep-ph")), p.primaryCategory());
    assertEquals(List.of(Category.of("hep-ph")), p.categories());
    assertTrue(p.abstractText().startsWith("A fully differential calculation in perturbative quantum chromodynamics "
        + "is presented for the production"), p.abstractText());
    assertTrue(p.abstractText().endsWith("judicious selection of events."), p.abstractText());
    assertEquals(List.of(), p.affiliations());
    assertEquals(List.of(new SourceRef(SOURCE, 3)), p.provenance());
  }

  @Test
  void oldStyleIdWithRevisionAndTwoCategories() {
    Paper p = one("9301001.abs");
    assertEquals(PaperId.arxiv("funct-an/9301001"), p.id());
    assertEquals(Optional.of(PubDate.parse("1993-01-16")), p.date());
    assertEquals(Optional.of(PubDate.parse("1998-09-08")), p.updated());
    assertEquals(List.of(Category.of("funct-an"), Category.of("math.OA")), p.categories());
    assertEquals(Optional.of(Category.of("funct-an")), p.primaryCategory());
    assertEquals(List.of(PersonName.parse("Alexander Turbiner")), p.authors());
    assertEquals("Lie-algebras and linear operators with invariant subspaces", p.title());
  }

  @Test
  void origVersionFileWithoutCategoriesAndWithAffiliations() {
    Paper p = one("9709111v1.abs");
    assertEquals(PaperId.arxiv("hep-th/9709111"), p.id());
    assertEquals(List.of(PersonName.parse("Andrea Brignole"), PersonName.parse("Ferruccio Feruglio"),
        PersonName.parse("Fabio Zwirner")), p.authors());
    assertEquals(List.of("CERN-TH", "Padua Univ.", "INFN-Padua"), p.affiliations());
    assertEquals(Optional.of(Category.of("hep-th")), p.primaryCategory(), "from the old-style id");
    assertEquals(Optional.empty(), p.updated(), "no revision");
    assertFalse(p.abstractText().isEmpty());
  }

  @Test
  void backslashLineInsideTheAbstractDoesNotEndIt() {
    CollectingSink sink = lenient(READER, ArxivFixtures.text("arxiv/arxiv-abs/2004.02153.abs"));
    assertEquals(List.of(), sink.issues());
    Paper p = sink.papers().get(0);
    assertEquals(List.of(PersonName.parse("Jianlu Yan"), PersonName.parse("Mario Fuest")), p.authors());
    assertTrue(p.abstractText().contains("v_t = \\Delta v - v + u"), p.abstractText());
    assertTrue(p.abstractText().endsWith("persistent Dirac distribution."), p.abstractText());
    assertEquals("When do Keller-Segel systems with heterogeneous logistic sources admit generalized solutions?",
        p.title());
  }

  @Test
  void weekdayThatDoesNotMatchTheDateIsIgnored() {
    // arXiv's own fake record says "Thu, 29 Aug 2012"; 29 Aug 2012 was a Wednesday.
    Paper p = one("1208.9998.abs");
    assertEquals(Optional.of(PubDate.parse("2012-08-29")), p.date());
    assertEquals("Fake paper to test no source condition", p.title());
  }

  @Test
  void numberedAffiliations() {
    Paper p = one("0704.0652.abs");
    assertEquals(List.of(PersonName.parse("Daisuke Kawata"), PersonName.parse("Michael Rauch")), p.authors());
    assertEquals(List.of("Carnegie Observatories", "Swinburne"), p.affiliations());
    assertEquals(List.of(PaperId.doi("10.1086/518644")), p.alternateIds());
  }

  @Test
  void detectedFromItsHead() {
    for (String f : List.of("0704.0001.abs", "9301001.abs", "9709111v1.abs", "2004.02153.abs", "1208.9998.abs",
        "0704.0652.abs")) {
      assertInstanceOf(ArxivAbsReader.class, Inputs.detect(ArxivFixtures.text("arxiv/arxiv-abs/" + f)), f);
    }
  }

  @Test
  void authorListsWithAndEtAlJuniorsAndGroups() {
    ArxivAuthors.Result r = ArxivAuthors.parse("LHCb Collaboration: R. Aaij, M. Finger,\\, Jr., Yu.V.Ralchenko "
        + "(Weizmann Institute of Science) and L.A.Vainshtein, the ALADiN2000 Collaboration, et al");
    assertEquals(List.of(PersonName.parse("R. Aaij"), new PersonName("M.", "", "Finger", "Jr."),
        PersonName.parse("Yu. V. Ralchenko"), PersonName.parse("L. A. Vainshtein")), r.names());
    assertEquals(List.of("Weizmann Institute of Science"), r.affiliations());
    assertFalse(r.complete());
    assertEquals(List.of(), r.problems());
    ArxivAuthors.Result onlyGroup = ArxivAuthors.parse("ATLAS Collaboration (750 additional authors not shown)");
    assertEquals(1, onlyGroup.names().size());
    assertFalse(onlyGroup.complete());
    assertEquals(List.of(), onlyGroup.affiliations());
  }

  // --- damaged input ------------------------------------------------------------------------------------------

  private static final String GOOD = ArxivFixtures.text("arxiv/arxiv-abs/0704.0001.abs");

  @Test
  void emptyFile() {
    assertOneIssue(lenient(READER, ""), IngestIssue.Action.REJECTED, 1, "empty file", "expected");
    assertStrictNames(strict(READER, ""), 1, "empty file");
  }

  @Test
  void missingIdLine() {
    String text = GOOD.replace("arXiv:0704.0001\n", "");
    assertOneIssue(lenient(READER, text), IngestIssue.Action.REJECTED, 2, "no 'arXiv:<id>' line");
    assertStrictNames(strict(READER, text), 2, "no 'arXiv:<id>' line");
  }

  @Test
  void badId() {
    String text = GOOD.replace("arXiv:0704.0001", "arXiv:not-an-id");
    assertOneIssue(lenient(READER, text), IngestIssue.Action.REJECTED, 3, "'not-an-id' is not an arXiv id");
  }

  @Test
  void missingTitleOrAuthors() {
    String noTitle = GOOD.replaceFirst("Title: .*\n  LHC energies\n", "");
    assertOneIssue(lenient(READER, noTitle), IngestIssue.Action.REJECTED, 3, "no 'Title:' line");
    String noAuthors = GOOD.replaceFirst("Authors: .*\n", "");
    CollectingSink kept = lenient(READER, noAuthors);
    assertOneIssue(kept, IngestIssue.Action.REPAIRED, 3, "names no author (no 'Authors:' line)",
        IngestIssue.KEPT_WITHOUT_AUTHORS);
    assertEquals(1, kept.papers().size());
    assertEquals(List.of(), kept.papers().get(0).allAuthors());
    assertEquals(PaperId.arxiv("0704.0001"), kept.papers().get(0).id());
    assertFalse(kept.papers().get(0).abstractText().isEmpty());
    assertStrictNames(strict(READER, noAuthors), 3, "names no author");
    String unreadable = GOOD.replaceFirst("Authors: .*\n", "Authors: ???\n");
    CollectingSink unread = lenient(READER, unreadable);
    assertEquals(1, unread.papers().size());
    IngestIssue last = unread.issues().get(unread.issues().size() - 1);
    assertEquals(new SourceRef(SOURCE, 3), last.where());
    assertTrue(last.message().endsWith("names no author in 'Authors: ???' (expected 'Authors: A. One, B. Two and "
        + "C. Three'): " + IngestIssue.KEPT_WITHOUT_AUTHORS), last::toString);
  }

  @ParameterizedTest
  @ValueSource(ints = {4, 8, 10})
  void cutOffInsideTheHeader(int keepLines) {
    String text = String.join("\n", GOOD.lines().limit(keepLines).toList()) + "\n";
    CollectingSink sink = lenient(READER, text);
    assertEquals(List.of(), sink.papers());
    assertEquals(1, sink.issues().size(), sink.issues()::toString);
    assertEquals(IngestIssue.Action.REJECTED, sink.issues().get(0).action());
    assertTrue(sink.issues().get(0).message().contains("cut off"), sink.issues()::toString);
  }

  @Test
  void cutOffInsideTheAbstractIsKeptAndReported() {
    String text = String.join("\n", GOOD.lines().limit(20).toList()) + "\n";
    CollectingSink sink = lenient(READER, text);
    assertEquals(1, sink.papers().size());
    assertOneIssue(sink, IngestIssue.Action.REPAIRED, 3, "not closed");
    assertStrictNames(strict(READER, text), 3, "not closed");
  }

  @Test
  void badDateAndDoiAreLeftOutAndReported() {
    String text = GOOD.replace("Mon, 2 Apr 2007", "Mon, 42 Apr 2007").replace("DOI: 10.", "DOI: 11.");
    CollectingSink sink = lenient(READER, text);
    assertEquals(1, sink.papers().size());
    assertEquals(Optional.empty(), sink.papers().get(0).date());
    assertEquals(List.of(), sink.papers().get(0).alternateIds());
    assertEquals(2, sink.issues(IngestIssue.Action.REPAIRED).size(), sink.issues()::toString);
    assertTrue(sink.issues().stream().anyMatch(i -> i.message().contains("is not a date")), sink.issues()::toString);
    assertTrue(sink.issues().stream().anyMatch(i -> i.message().contains("is not a DOI")), sink.issues()::toString);
  }

  @Test
  void twoRecordsInOneFileAndCrlf() {
    CollectingSink sink = lenient(READER, (GOOD + ArxivFixtures.text("arxiv/arxiv-abs/0704.0652.abs")).replace("\n", "\r\n"));
    assertEquals(List.of(), sink.issues());
    assertEquals(List.of(PaperId.arxiv("0704.0001"), PaperId.arxiv("0704.0652")),
        sink.papers().stream().map(Paper::id).toList());
    assertEquals(new SourceRef(SOURCE, GOOD.lines().count() + 3), sink.papers().get(1).provenance().get(0));
  }

  @Test
  void textOutsideARecord() {
    CollectingSink sink = lenient(READER, "hello\n" + GOOD);
    assertEquals(1, sink.issues().size());
    assertEquals(new SourceRef(SOURCE, 1), sink.issues().get(0).where());
    assertEquals(1, sink.papers().size(), "the record after the stray line is still read");
  }
}
