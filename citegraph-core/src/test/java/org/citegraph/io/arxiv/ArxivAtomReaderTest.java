package org.citegraph.io.arxiv;

import static org.citegraph.io.SampleText.SOURCE;
import static org.citegraph.io.SampleText.assertOneIssue;
import static org.citegraph.io.SampleText.assertStrictNames;
import static org.citegraph.io.SampleText.lenient;
import static org.citegraph.io.SampleText.strict;
import org.citegraph.io.CollectingSink;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;
import org.citegraph.io.MalformedRecordException;
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
 * {@link ArxivAtomReader}. The fixtures in {@code arxiv-atom/} are hand-written in the format documented by the arXiv
 * API User's Manual (there is no real API response in the data folder); the paper metadata is copied from arXiv.
 */
class ArxivAtomReaderTest {
  private static final RecordReader READER = new ArxivAtomReader();
  private static final String QUERY = ArxivFixtures.text("arxiv/arxiv-atom/query.xml");

  @Test
  void readsBothEntriesFieldByField() {
    CollectingSink sink = lenient(READER, QUERY);
    assertEquals(List.of(), sink.issues());
    assertEquals(2, sink.papers().size());

    Paper h1 = sink.papers().get(0);
    assertEquals(PaperId.arxiv("hep-ex/0307015"), h1.id());
    assertEquals(List.of(), h1.alternateIds());
    assertEquals("Multi-Electron Production at High Transverse Momenta in ep Collisions at HERA", h1.title());
    assertEquals(List.of(PersonName.parse("H1 Collaboration")), h1.authors());
    assertEquals(Optional.of(PubDate.parse("2003-07-07")), h1.date());
    assertEquals(Optional.of(PubDate.parse("2003-07-07")), h1.updated());
    assertEquals(Optional.of(Category.of("hep-ex")), h1.primaryCategory());
    assertEquals("Multi-electron production is studied at high electron transverse momentum in positron- and "
        + "electron-proton collisions using the H1 detector at HERA.", h1.abstractText());
    assertEquals(List.of(new SourceRef(SOURCE, 12)), h1.provenance());

    Paper p = sink.papers().get(1);
    assertEquals(PaperId.arxiv("0704.0001"), p.id());
    assertEquals(List.of(PaperId.doi("10.1103/PhysRevD.76.013009")), p.alternateIds());
    assertEquals("Calculation of prompt diphoton production cross sections at Tevatron and LHC energies", p.title());
    assertEquals(List.of(PersonName.parse("C. Balázs"), PersonName.parse("E. L. Berger"),
        PersonName.parse("P. M. Nadolsky"), PersonName.parse("C. -P. Yuan")), p.authors());
    assertEquals(List.of("Argonne National Laboratory"), p.affiliations());
    assertEquals(Optional.of(PubDate.parse("2007-04-02")), p.date());
    assertEquals(Optional.of(PubDate.parse("2007-07-24")), p.updated());
    assertEquals(Optional.of(Category.of("hep-ph")), p.primaryCategory());
    assertEquals(List.of(Category.of("hep-ph"), Category.of("hep-ex")), p.categories());
    assertTrue(p.authorListComplete());
  }

  @Test
  void detectedFromItsHead() {
    assertInstanceOf(ArxivAtomReader.class, Inputs.detect(QUERY));
    assertInstanceOf(ArxivAtomReader.class, Inputs.detect(ArxivFixtures.text("arxiv/arxiv-atom/error.xml")));
  }

  @Test
  void apiErrorEntryIsRejectedWithTheApiMessage() {
    String text = ArxivFixtures.text("arxiv/arxiv-atom/error.xml");
    assertOneIssue(lenient(READER, text), IngestIssue.Action.REJECTED, 12, "incorrect id format for 1234.12345");
    assertStrictNames(strict(READER, text), 12, "arXiv API reported an error");
  }

  @Test
  void emptyFile() {
    assertOneIssue(lenient(READER, ""), IngestIssue.Action.REJECTED, 1, "empty file");
    assertStrictNames(strict(READER, ""), 1, "empty file");
  }

  @Test
  void wrongRootElement() {
    String text = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>\n";
    assertOneIssue(lenient(READER, text), IngestIssue.Action.REJECTED, 2, "root element <rss> is not <feed>");
    assertStrictNames(strict(READER, text), 2, "root element <rss>");
  }

  @Test
  void entryWithoutIdIsRejectedAndTheOthersKept() {
    String text = QUERY.replace("<id>http://arxiv.org/abs/hep-ex/0307015v1</id>", "");
    CollectingSink sink = lenient(READER, text);
    assertEquals(List.of(PaperId.arxiv("0704.0001")), sink.papers().stream().map(Paper::id).toList());
    assertOneIssue(sink, IngestIssue.Action.REJECTED, 12, "has no <id>");
    assertStrictNames(strict(READER, text), 12, "has no <id>");
  }

  @Test
  void entryWithoutAuthorIsKeptWithoutAuthorsAndReported() {
    String text = QUERY.replaceFirst("(?s)<author>\\s*<name>H1 Collaboration</name>\\s*</author>", "");
    CollectingSink sink = lenient(READER, text);
    assertEquals(2, sink.papers().size());
    assertEquals(List.of(), sink.papers().get(0).authors());
    assertOneIssue(sink, IngestIssue.Action.REPAIRED, 12, "hep-ex/0307015", "no author", "kept without authors");
  }

  @Test
  void badDateIsLeftOutAndReported() {
    String text = QUERY.replace("<published>2003-07-07T13:46:39-04:00</published>", "<published>yesterday</published>");
    CollectingSink sink = lenient(READER, text);
    assertEquals(2, sink.papers().size());
    assertEquals(Optional.empty(), sink.papers().get(0).date());
    assertOneIssue(sink, IngestIssue.Action.REPAIRED, 14, "'yesterday' is not a date");
  }

  @Test
  void truncatedFileKeepsTheCompleteEntriesAndRejectsTheCutOne() {
    String text = QUERY.substring(0, QUERY.indexOf("<arxiv:doi"));
    CollectingSink sink = lenient(READER, text);
    assertEquals(List.of(PaperId.arxiv("hep-ex/0307015")), sink.papers().stream().map(Paper::id).toList());
    assertOneIssue(sink, IngestIssue.Action.REJECTED, 31, "<entry> record is cut off", "not well-formed");
    MalformedRecordException e = strict(READER, text);
    assertStrictNames(e, 31, "cut off");
  }

  @Test
  void undeclaredEntityRejectsOnlyItsEntry() {
    String text = QUERY.replace("H1 Collaboration", "H1 Collaboration &eacute;");
    CollectingSink sink = lenient(READER, text);
    assertEquals(List.of(PaperId.arxiv("0704.0001")), sink.papers().stream().map(Paper::id).toList());
    assertOneIssue(sink, IngestIssue.Action.REJECTED, 12, "'&eacute;'", "not allowed");
  }

  @Test
  void withoutPrimaryCategoryTheFirstCategoryIsPrimaryAndOddTermsDoNotBreakTheEntry() {
    String text = QUERY.replaceFirst("<arxiv:primary_category [^>]*term=\"hep-ph\"[^>]*/>", "")
        .replace("<category term=\"hep-ex\" scheme=\"http://arxiv.org/schemas/atom\"/>\n  </entry>\n</feed>",
            "<category term=\"hep-ex F.2.2\"/>\n  </entry>\n</feed>");
    CollectingSink sink = lenient(READER, text);
    assertEquals(List.of(), sink.issues());
    Paper p = sink.papers().get(1);
    assertEquals(Optional.of(Category.of("hep-ph")), p.primaryCategory());
    assertEquals(List.of(Category.of("hep-ph"), Category.of("hep-ex"), Category.of("F.2.2")), p.categories());
  }
}
